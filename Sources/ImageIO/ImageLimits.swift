/// Bounds checked against an image's header before any pixel is decoded, so a small file
/// claiming an enormous size (a decompression bomb), or one built to make a decoder spin, is
/// refused cheaply.
public struct ImageLimits: Sendable, Equatable {
    /// Largest accepted `width * height` in pixels (default 100 megapixels).
    public var maxPixels: Int
    /// Largest accepted width or height in pixels (default 32,768).
    public var maxDimension: Int
    /// Largest accepted file or buffer size in bytes (default 1 GiB).
    public var maxBytes: Int
    /// Memory budget of one decode in bytes (default 256 MiB): the file, the decoder's working
    /// memory and its output, estimated from the header before decoding.
    public var maxDecodeBytes: Int
    /// Most scans accepted in a JPEG (default 100; progressive files usually have about 10).
    public var maxJPEGScans: Int

    /// Limits with the given bounds (all must be positive to accept anything).
    public init(maxPixels: Int = 100_000_000, maxDimension: Int = 32_768, maxBytes: Int = 1 << 30,
                maxDecodeBytes: Int = 256 << 20, maxJPEGScans: Int = 100) {
        self.maxPixels = maxPixels
        self.maxDimension = maxDimension
        self.maxBytes = maxBytes
        self.maxDecodeBytes = maxDecodeBytes
        self.maxJPEGScans = maxJPEGScans
    }

    /// The defaults: 100 megapixels, 32,768 px per side, 1 GiB of input, a 256 MiB decoding
    /// budget, 100 JPEG scans.
    public static let standard = ImageLimits()

    /// Throws `.tooLarge` when decoding a `width` x `height` image is estimated to need
    /// `bytes` bytes, more than `maxDecodeBytes`.
    func checkMemory(_ bytes: Int, width: Int, height: Int, path: String?) throws(ImageError) {
        guard bytes > maxDecodeBytes else { return }
        let megabytes = { (n: Int) in (n + (1 << 20) - 1) >> 20 }
        throw ImageError(.tooLarge, path: path, reason: """
            image is \(width)x\(height): decoding it would need about \(megabytes(bytes)) MB, \
            more than the memory budget of \(megabytes(maxDecodeBytes)) MB
            """)
    }

    /// Throws `.tooLarge` when a JPEG has more than `maxJPEGScans` scans.
    func checkScans(_ scans: Int, path: String?) throws(ImageError) {
        guard scans > maxJPEGScans else { return }
        throw ImageError(.tooLarge, path: path,
                         reason: "JPEG has \(scans) scans, more than the limit of \(maxJPEGScans) (each scan costs a pass over the image)")
    }

    /// Throws `.tooLarge` when a `width` x `height` image (from a header) exceeds the limits,
    /// `.corrupt` when a side is not positive.
    func check(width: Int, height: Int, path: String?) throws(ImageError) {
        guard width > 0, height > 0 else {
            throw ImageError(.corrupt, path: path, reason: "image header gives a size of \(width)x\(height)")
        }
        if width > maxDimension || height > maxDimension {
            throw ImageError(.tooLarge, path: path,
                             reason: "image is \(width)x\(height), longer than the \(maxDimension)-pixel side limit")
        }
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        if overflow || pixels > maxPixels {
            throw ImageError(.tooLarge, path: path,
                             reason: "image is \(width)x\(height), more than the limit of \(maxPixels) pixels")
        }
    }
}

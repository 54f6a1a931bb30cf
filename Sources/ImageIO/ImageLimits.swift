/// Bounds checked against an image's header before any pixel is decoded, so a small file
/// claiming an enormous size (a decompression bomb) is refused cheaply.
public struct ImageLimits: Sendable, Equatable {
    /// Largest accepted `width * height` in pixels (default 100 megapixels).
    public var maxPixels: Int
    /// Largest accepted width or height in pixels (default 32,768).
    public var maxDimension: Int
    /// Largest accepted file or buffer size in bytes (default 1 GiB).
    public var maxBytes: Int

    /// Limits with the given bounds (all must be positive to accept anything).
    public init(maxPixels: Int = 100_000_000, maxDimension: Int = 32_768, maxBytes: Int = 1 << 30) {
        self.maxPixels = maxPixels
        self.maxDimension = maxDimension
        self.maxBytes = maxBytes
    }

    /// The defaults: 100 megapixels, 32,768 px per side, 1 GiB of input.
    public static let standard = ImageLimits()

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

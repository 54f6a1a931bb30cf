import CImageCodecs

/// Encodes `RGBAImage`s as JPEG or PNG bytes, so tests and benchmarks can make their own images.
public enum ImageWriter {
    /// Chroma subsampling of a JPEG: 4:4:4 (none), 4:2:2 (half width), 4:2:0 (half both ways).
    public enum ChromaSubsampling: Sendable {
        /// 4:4:4, chroma at full resolution.
        case none
        /// 4:2:2, chroma at half width.
        case halfWidth
        /// 4:2:0, chroma at half width and half height.
        case halfBoth
    }

    /// Options for `jpeg(_:options:)`.
    public struct JPEGOptions: Sendable {
        /// libjpeg quality, 1...100.
        public var quality: Int
        /// Write a progressive JPEG (libjpeg's `jpeg_simple_progression` scan script).
        public var progressive: Bool
        /// Chroma subsampling (ignored for greyscale).
        public var subsampling: ChromaSubsampling
        /// Restart interval in MCUs; 0 writes no restart markers.
        public var restartInterval: Int
        /// Write a single-component greyscale JPEG from the red channel.
        public var grayscale: Bool
        /// Body of an APP1 segment to embed (e.g. "Exif\0\0" followed by a TIFF structure),
        /// at most 65,533 bytes.
        public var app1: [UInt8]?

        /// Options with libjpeg-like defaults: quality 90, baseline, 4:2:0, no restarts, colour.
        public init(quality: Int = 90, progressive: Bool = false, subsampling: ChromaSubsampling = .halfBoth,
                    restartInterval: Int = 0, grayscale: Bool = false, app1: [UInt8]? = nil) {
            self.quality = quality
            self.progressive = progressive
            self.subsampling = subsampling
            self.restartInterval = restartInterval
            self.grayscale = grayscale
            self.app1 = app1
        }
    }

    /// PNG colour types that `png(_:channels:)` can write.
    public enum PNGChannels: Int32, Sendable {
        /// 8-bit grey from the red channel.
        case grey = 1
        /// 8-bit grey (red channel) with alpha.
        case greyAlpha = 2
        /// 8-bit RGB, alpha dropped.
        case rgb = 3
        /// 8-bit RGBA.
        case rgba = 4
    }

    /// The image as JPEG bytes (alpha is ignored) encoded by libjpeg-turbo.
    public static func jpeg(_ image: RGBAImage, options: JPEGOptions = JPEGOptions()) throws(ImageError) -> [UInt8] {
        var message = CodecBridge.newMessage()
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        let subsampling: pic_subsampling
        switch options.subsampling {
        case .none: subsampling = PIC_SUBSAMPLE_444
        case .halfWidth: subsampling = PIC_SUBSAMPLE_422
        case .halfBoth: subsampling = PIC_SUBSAMPLE_420
        }
        let app1 = options.app1 ?? []
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            app1.withUnsafeBufferPointer { segment in
                pic_jpeg_encode(pixels.baseAddress, Int32(image.width), Int32(image.height),
                                Int32(options.quality), options.progressive ? 1 : 0,
                                Int32(subsampling.rawValue), Int32(options.restartInterval),
                                options.grayscale ? 1 : 0, segment.baseAddress, segment.count,
                                &out, &length, &message)
            }
        }
        return try collect(status, out, length, message)
    }

    /// The image as PNG bytes encoded by stb_image_write.
    public static func png(_ image: RGBAImage, channels: PNGChannels = .rgba) throws(ImageError) -> [UInt8] {
        var message = CodecBridge.newMessage()
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            pic_png_encode(pixels.baseAddress, Int32(image.width), Int32(image.height), channels.rawValue,
                           &out, &length, &message)
        }
        return try collect(status, out, length, message)
    }

    /// Copies a C-allocated encoder output into an array and frees it, or throws.
    private static func collect(_ status: Int32, _ out: UnsafeMutablePointer<UInt8>?, _ length: Int,
                                _ message: [CChar]) throws(ImageError) -> [UInt8] {
        defer { pic_free(out) }
        guard status == 0, let out else {
            let reason = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw ImageError(.encodingFailed, path: nil, reason: reason.isEmpty ? "encoding failed" : reason)
        }
        return [UInt8](UnsafeBufferPointer(start: out, count: length))
    }
}

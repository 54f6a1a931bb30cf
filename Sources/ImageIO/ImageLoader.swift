import CImageCodecs
import Foundation

/// Loads images from files or memory into `RGBAImage`s: sniffs the format from magic bytes,
/// refuses oversized images from their header before decoding, decodes, and applies the JPEG
/// EXIF orientation. Stateless and safe to share between threads.
public struct ImageLoader: Sendable {
    /// Bounds checked before decoding.
    public var limits: ImageLimits
    /// Whether JPEG EXIF orientation is applied (default true).
    public var appliesOrientation: Bool

    /// A loader with the given limits.
    public init(limits: ImageLimits = .standard, appliesOrientation: Bool = true) {
        self.limits = limits
        self.appliesOrientation = appliesOrientation
    }

    // MARK: Full-size loading

    /// Decodes the whole image at `path`.
    public func load(path: String) throws(ImageError) -> RGBAImage {
        let bytes = try FileReader.read(path: path, maxBytes: limits.maxBytes)
        return try load(bytes: bytes, path: path)
    }

    /// Decodes an image held in memory; `path` only names it in errors.
    public func load(bytes: [UInt8], path: String? = nil) throws(ImageError) -> RGBAImage {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ImageError) in try decode(buffer, path: path, working: nil).image }
        }.get()
    }

    /// Decodes an image held in a `Data`; `path` only names it in errors.
    public func load(data: Data, path: String? = nil) throws(ImageError) -> RGBAImage {
        try load(bytes: [UInt8](data), path: path)
    }

    // MARK: Working-size loading

    /// Decodes the image at `path` shrunk (area filter) to fit `bound`. Large JPEGs are decoded
    /// at a reduced DCT scale, or from their DC coefficients alone (1/8 scale), when the result
    /// still covers `bound` or reaches its `minSide`, which is many times faster than decoding
    /// every pixel.
    public func loadWorking(path: String, fitting bound: WorkingSize) throws(ImageError) -> RGBAImage {
        try loadWorkingImage(path: path, fitting: bound).image
    }

    /// `loadWorking(path:fitting:)` for an image held in memory.
    public func loadWorking(bytes: [UInt8], path: String? = nil, fitting bound: WorkingSize) throws(ImageError) -> RGBAImage {
        try loadWorkingImage(bytes: bytes, path: path, fitting: bound).image
    }

    /// `loadWorking(path:fitting:)` that also tells the size of the image in the file (from its
    /// header, as displayed: after the EXIF orientation when that is applied).
    public func loadWorkingImage(path: String, fitting bound: WorkingSize) throws(ImageError) -> WorkingImage {
        let bytes = try FileReader.read(path: path, maxBytes: limits.maxBytes)
        return try loadWorkingImage(bytes: bytes, path: path, fitting: bound)
    }

    /// `loadWorkingImage(path:fitting:)` for an image held in memory.
    public func loadWorkingImage(bytes: [UInt8], path: String? = nil, fitting bound: WorkingSize) throws(ImageError) -> WorkingImage {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ImageError) in try decode(buffer, path: path, working: bound) }
        }.get()
    }

    // MARK: Decoding

    /// The decoded image (shrunk to `working` when given) and the displayed size in the header.
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String?, working: WorkingSize?) throws(ImageError) -> WorkingImage {
        if bytes.isEmpty { throw ImageError(.empty, path: path, reason: "no image data") }
        if bytes.count > limits.maxBytes {
            throw ImageError(.tooLarge, path: path, reason: "\(bytes.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        guard let format = ImageFormat.sniff(bytes) else {
            let name = ImageFormat.unsupportedName(bytes)
            throw ImageError(.unsupportedFormat, path: path,
                             reason: name.map { "\($0) images are not supported" } ?? "not a JPEG, PNG, GIF, BMP or WebP file")
        }
        if let reason = TruncationCheck.reason(bytes, format: format) {
            throw ImageError(.truncated, path: path, reason: reason)
        }
        let size = try CodecBridge.size(bytes, format: format, path: path)
        try limits.check(width: size.width, height: size.height, path: path)

        var image: RGBAImage
        var original = size
        switch format {
        case .jpeg:
            let survey = try CodecBridge.surveyJPEG(bytes, path: path)
            try limits.checkScans(Int(survey.scans), path: path)
            image = try decodeJPEG(bytes, survey: survey, path: path, working: working)
            if appliesOrientation {
                let orientation = ExifOrientation.fromJPEG(bytes)
                image = image.applying(orientation)
                if orientation.swapsDimensions { original = (size.height, size.width) }
            }
        case .png, .gif, .bmp:
            try limits.checkMemory(bytes.count + DecodeCost.stb(format, bytes: bytes, width: size.width, height: size.height),
                                   width: size.width, height: size.height, path: path)
            image = try CodecBridge.decodeSTB(bytes, format: format, path: path)
        case .webp:
            try limits.checkMemory(bytes.count + DecodeCost.webp(width: size.width, height: size.height),
                                   width: size.width, height: size.height, path: path)
            image = try CodecBridge.decodeWebP(bytes, path: path)
        }
        if let working { image = image.downscaled(toFit: working) }
        return WorkingImage(image: image, originalWidth: original.width, originalHeight: original.height)
    }

    /// Decodes a JPEG within the memory budget (which also holds the file): full size, or for a
    /// working size at the smallest DCT scale that still covers it, from the DC terms alone when
    /// that scale is 1/8 (any colour space, any scan structure), else with libjpeg.
    private func decodeJPEG(_ bytes: UnsafeBufferPointer<UInt8>, survey: pic_jpeg_survey_result, path: String?,
                            working: WorkingSize?) throws(ImageError) -> RGBAImage {
        let (width, height) = (Int(survey.width), Int(survey.height))
        guard let working else {
            let cost = max(DecodeCost.libjpeg(survey, scale: 1),
                           appliesOrientation ? DecodeCost.orientation(width: width, height: height) : 0)
            try limits.checkMemory(bytes.count + cost, width: width, height: height, path: path)
            return try CodecBridge.decodeJPEG(bytes, scale: 1, path: path)
        }
        let scale = Self.jpegScale(width: width, height: height, fitting: working)
        if scale == 8 {
            try limits.checkMemory(bytes.count + DecodeCost.dcOnly(survey), width: width, height: height, path: path)
            if let image = CodecBridge.decodeJPEGDC(bytes) { return image }
        }
        try limits.checkMemory(bytes.count + DecodeCost.libjpeg(survey, scale: scale), width: width, height: height, path: path)
        return try CodecBridge.decodeJPEG(bytes, scale: scale, path: path)
    }

    /// The largest DCT scale denominator (8, 4, 2 or 1) whose output still covers the working
    /// size on both sides (so the final step only shrinks), or whose longer side reaches the
    /// bound's `minSide`.
    static func jpegScale(width: Int, height: Int, fitting bound: WorkingSize) -> Int {
        let target = bound.fitting(width: width, height: height)
        for denominator in [8, 4, 2] {
            let w = (width + denominator - 1) / denominator
            let h = (height + denominator - 1) / denominator
            if (w >= target.width && h >= target.height) || max(w, h) >= bound.minSide { return denominator }
        }
        return 1
    }
}

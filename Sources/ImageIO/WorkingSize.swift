/// A bound on an image's size used to pick a "working size" for analysis: the image is shrunk,
/// keeping its aspect ratio, until its longer side is at most `maxSide` and it has at most
/// `maxPixels` pixels. It is never enlarged.
///
/// `minSide` lets the loader return a smaller image when that saves most of the decoding: a
/// JPEG decoded at 1/8 scale (from DC coefficients only) is used as soon as its longer side
/// reaches `minSide`, even if it falls short of the bound.
public struct WorkingSize: Sendable, Equatable {
    /// Largest width or height in pixels (at least 1).
    public var maxSide: Int
    /// Largest `width * height` in pixels (at least 1).
    public var maxPixels: Int
    /// Smallest longer side the loader may settle for when a reduced decoding scale is much
    /// cheaper (1...maxSide; equal to `maxSide` means "fill the bound").
    public var minSide: Int

    /// A bound of `maxSide` per side and `maxPixels` in total (values below 1 count as 1);
    /// `minSide` defaults to `maxSide`.
    public init(maxSide: Int, maxPixels: Int, minSide: Int? = nil) {
        self.maxSide = max(1, maxSide)
        self.maxPixels = max(1, maxPixels)
        self.minSide = min(self.maxSide, max(1, minSide ?? maxSide))
    }

    /// The size used for palette extraction: at most 256 px per side and 256x256 pixels, and
    /// at least 128 px on the longer side (plenty of samples for a five-colour palette).
    public static let extraction = WorkingSize(maxSide: 256, maxPixels: 256 * 256, minSide: 128)

    /// The largest size within this bound with the aspect ratio of `width` x `height`
    /// (rounded to whole pixels, each side at least 1); the input size if it already fits.
    public func fitting(width: Int, height: Int) -> (width: Int, height: Int) {
        guard width > 0, height > 0 else { return (max(width, 1), max(height, 1)) }
        if max(width, height) <= maxSide && width * height <= maxPixels { return (width, height) }
        let w = Double(width), h = Double(height)
        let scale = min(Double(maxSide) / max(w, h), (Double(maxPixels) / (w * h)).squareRoot())
        var outW = min(width, max(1, Int((w * scale).rounded())))
        var outH = min(height, max(1, Int((h * scale).rounded())))
        outW = min(outW, maxSide)
        outH = min(outH, maxSide)
        while outW * outH > maxPixels && (outW > 1 || outH > 1) {
            if outW >= outH { outW -= 1 } else { outH -= 1 }
        }
        return (outW, outH)
    }
}

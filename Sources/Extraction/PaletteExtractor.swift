import ColorScience
import ImageIO

/// Something that turns an image into a palette: the classical extractors here, and the neural
/// ones built on the trained models.
///
/// Callers pass the image already reduced to a working size (see `ImageIO.WorkingSize`); an
/// extractor treats fully transparent pixels as absent.
public protocol PaletteExtractor: Sendable {
    /// Short name for command lines and output, for example `kmeans`.
    var method: String { get }

    /// The palette of `image`: at most `count` colours, the most representative first. Fewer
    /// come back when the image has fewer distinct colours.
    ///
    /// - Parameter count: number of colours wanted, at least 1.
    func extract(from image: RGBAImage, count: Int) throws -> [RGB8]
}

/// Why a classical extractor produced no palette.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The requested number of colours is outside what the extractor supports.
    case invalidCount(Int, allowed: ClosedRange<Int>)
    /// No pixel the method uses: every pixel is fully transparent (or, for MMCQ, also
    /// mostly transparent or near-white).
    case noUsablePixels(method: String)

    public var description: String {
        switch self {
        case .invalidCount(let n, let allowed):
            "cannot extract \(n) colours; choose \(allowed.lowerBound) to \(allowed.upperBound)"
        case .noUsablePixels(let method) where method == MMCQExtractor.methodName:
            "no usable pixels (\(method) ignores transparent and near-white pixels)"
        case .noUsablePixels:
            "no visible pixels (the image is fully transparent)"
        }
    }
}

import ColorScience
import ImageIO

/// Palette extraction by weighted k-means in Oklab over the image's colour histogram (see
/// `WeightedColors` and `OklabKMeans`). Colours come heaviest cluster first, no two closer than
/// the clusterer's minimum distance.
public struct KMeansExtractor: PaletteExtractor {
    /// The name of the method: `kmeans`.
    public static let methodName = "kmeans"
    /// Counts the extractor accepts.
    public static let allowedCounts = 1...256

    /// The clusterer and its settings.
    public var kmeans: OklabKMeans
    /// Histogram resolution, bits per channel.
    public var bitsPerChannel: Int

    /// Creates the extractor with the given clustering settings.
    public init(kmeans: OklabKMeans = OklabKMeans(), bitsPerChannel: Int = WeightedColors.defaultBitsPerChannel) {
        self.kmeans = kmeans
        self.bitsPerChannel = bitsPerChannel
    }

    public var method: String { Self.methodName }

    public func extract(from image: RGBAImage, count: Int) throws -> [RGB8] {
        guard Self.allowedCounts.contains(count) else {
            throw ExtractionError.invalidCount(count, allowed: Self.allowedCounts)
        }
        let samples = image.pixels.withUnsafeBufferPointer {
            WeightedColors(rgba: $0, bitsPerChannel: bitsPerChannel)
        }
        guard samples.count > 0 else { throw ExtractionError.noUsablePixels(method: method) }
        return kmeans.palette(of: samples, count: count)
    }
}

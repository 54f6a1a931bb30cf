import ColorScience
import ImageIO

/// Palette extraction by MMCQ exactly as colorthief 0.2.1 (see `MMCQ`), on the pixels it is
/// given, sampled every `quality`-th pixel.
///
/// colorthief returns one colour more or fewer than asked for some counts; this extractor asks
/// for the smallest colour count that yields at least `count` colours and keeps the first
/// `count` (colorthief's order), and for one colour returns colorthief's `get_color`: the first
/// of a five-colour palette.
public struct MMCQExtractor: PaletteExtractor {
    /// The name of the method: `mmcq`.
    public static let methodName = "mmcq"
    /// Counts the extractor accepts.
    public static let allowedCounts = 1...(MMCQ.maxColorLimit - 1)

    /// Sampling stride: every `quality`-th pixel is used. colorthief defaults to 10 on full
    /// images; 1 suits an image already reduced to a working size.
    public var quality: Int

    /// Creates the extractor; `quality` is clamped to at least 1.
    public init(quality: Int = 1) {
        self.quality = max(1, quality)
    }

    public var method: String { Self.methodName }

    public func extract(from image: RGBAImage, count: Int) throws -> [RGB8] {
        guard Self.allowedCounts.contains(count) else {
            throw ExtractionError.invalidCount(count, allowed: Self.allowedCounts)
        }
        let histogram = image.pixels.withUnsafeBufferPointer {
            MMCQHistogram(colorThiefSamplesOf: $0, quality: quality)
        }
        do {
            if count == 1 { return Array(try MMCQ.quantize(histogram, maxColors: 5).prefix(1)) }
            var palette: [RGB8] = []
            for request in count...min(count + 2, MMCQ.maxColorLimit) {
                palette = try MMCQ.quantize(histogram, maxColors: request)
                if palette.count >= count { break }
            }
            return Array(palette.prefix(count))
        } catch .noPixels {
            throw ExtractionError.noUsablePixels(method: method)
        } catch {
            throw ExtractionError.invalidCount(count, allowed: Self.allowedCounts)
        }
    }
}

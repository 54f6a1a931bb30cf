import ColorScience
import Extraction
import ImageIO

/// What an image offers beyond its dominant colours, for judging whether a palette keeps the
/// small contrasting accent people pick (DESIGN.md section 7).
///
/// The accent is the colour of the image's most salient vivid cell (`SaliencyMap`, CIE chroma at
/// least `minimumChroma`) when k-means' palette has no colour within `radius` CIE Lab units of
/// it; images whose accent k-means already keeps have none to find.
public struct AccentCheck: Sendable {
    /// The accent k-means misses, if any.
    public let accent: Lab?
    /// The 95th percentile of the image's pixel chroma (CIE C*ab).
    public let chroma95: Double

    /// CIE Lab distance within which a palette colour counts as the accent.
    public static let radius = 15.0
    /// Least CIE chroma of a cell that can be the accent.
    public static let minimumChroma = 25.0

    /// The check for `image` (at working size) against k-means' palette `kmeans`.
    public init(image: RGBAImage, kmeans: [RGB8]) {
        let map = SaliencyMap(image: image)
        var best: (Double, Lab)? = nil
        for i in map.colors.indices where map.weights[i] > 0 {
            let lab = Lab(RGB8(map.colors[i]))
            guard lab.chroma >= Self.minimumChroma, map.saliency[i] > (best?.0 ?? 0) else { continue }
            best = (map.saliency[i], lab)
        }
        let kept = kmeans.map(Lab.init)
        if let (_, lab) = best, !kept.contains(where: { deltaE76($0, lab) < Self.radius }) {
            accent = lab
        } else {
            accent = nil
        }
        var chromas: [Double] = []
        chromas.reserveCapacity(image.pixelCount)
        for i in 0..<image.pixelCount where image.pixels[4 * i + 3] != 0 {
            chromas.append(Lab(RGB8(r: image.pixels[4 * i], g: image.pixels[4 * i + 1], b: image.pixels[4 * i + 2])).chroma)
        }
        chromas.sort()
        chroma95 = chromas.isEmpty ? 0 : chromas[min(chromas.count - 1, Int(0.95 * Double(chromas.count)))]
    }

    /// Whether `palette` holds a colour within `radius` of the accent (nil when there is none).
    public func keepsAccent(_ palette: [RGB8]) -> Bool? {
        guard let accent else { return nil }
        return palette.contains { deltaE76(Lab($0), accent) < Self.radius }
    }

    /// Whether `palette`'s most saturated colour reaches `share` of the image's 95th-percentile
    /// chroma.
    public func reachesChroma(_ palette: [RGB8], share: Double = 0.75) -> Bool {
        (palette.map { Lab($0).chroma }.max() ?? 0) >= share * chroma95
    }
}

import ColorScience
import Foundation
import ImageIO

/// Recolouring a crop so that its dominant colours become a human palette's colours (DESIGN
/// section 4, method 1), keeping the crop's structure:
///
/// 1. Cluster the crop's pixels in Lab (`LabKMeans`, up to 5 clusters, salient seed first).
/// 2. Match clusters to palette colours one-to-one with the least total Lab distance (the
///    Hungarian algorithm), so each region moves to the palette colour nearest it overall
///    and the result stays natural. With fewer clusters than colours, some colours go unused.
/// 3. Give each pixel soft weights over the clusters, `exp(-(d_j^2 - d_min^2) / (2 s^2))`
///    with d_j its Lab distance to centre j and s = `softness`, and shift it by the weighted
///    mean of the clusters' offsets (matched colour - centre). Pixels at a centre move exactly
///    onto their colour; pixels between clusters blend smoothly, so there is no banding.
/// 4. Clamp L* to 0...100 and bring the colour into sRGB by reducing chroma at constant
///    lightness and hue (`GamutMapping`), as 8-bit pixels.
public struct Recolouring: Sendable {
    /// The clustering of step 1.
    public var kmeans = LabKMeans()
    /// The soft-assignment width s of step 3, in Lab units (default 8).
    public var softness: Float = 8

    /// Default settings.
    public init() {}

    /// The recoloured image (same size, opaque) of an opaque `image` for `palette` (at least
    /// one colour; usually five).
    public func recolour(_ image: RGBAImage, to palette: [RGB8], using random: inout ExampleRandom) -> RGBAImage {
        let lab = image.pixels.withUnsafeBufferPointer { PixelConversion.lab(rgba: $0) }
        let centers = kmeans.centers(of: lab, using: &random)
        let offsets = Self.offsets(centers: centers, palette: palette.map(Lab.init))
        let k = centers.count / 3
        let n = lab.count / 3
        let inverse = 1 / (2 * softness * softness)
        var pixels = image.pixels
        var distances = [Float](repeating: 0, count: k)
        for i in 0..<n {
            var nearest = Float.infinity
            for j in 0..<k {
                distances[j] = squaredDistance(lab, i, centers, j)
                nearest = min(nearest, distances[j])
            }
            var shift: (Float, Float, Float) = (0, 0, 0)
            var total: Float = 0
            for j in 0..<k {
                let w = expf(-(distances[j] - nearest) * inverse)
                shift.0 += w * offsets[3 * j]; shift.1 += w * offsets[3 * j + 1]; shift.2 += w * offsets[3 * j + 2]
                total += w
            }
            let moved = Lab(l: Double(min(max(lab[3 * i] + shift.0 / total, 0), 100)),
                            a: Double(lab[3 * i + 1] + shift.1 / total),
                            b: Double(lab[3 * i + 2] + shift.2 / total))
            let color = RGB8(moved)
            pixels[4 * i] = color.r
            pixels[4 * i + 1] = color.g
            pixels[4 * i + 2] = color.b
            pixels[4 * i + 3] = 255
        }
        return RGBAImage(width: image.width, height: image.height, pixels: pixels) ?? image
    }

    /// Per cluster, the Lab offset to the palette colour it is matched to (Hungarian algorithm
    /// on Lab distances; the cost matrix is padded with zero-cost dummy rows or columns to be
    /// square).
    static func offsets(centers: [Float], palette: [Lab]) -> [Float] {
        let k = centers.count / 3
        let size = max(k, palette.count)
        guard k > 0, !palette.isEmpty else { return [Float](repeating: 0, count: centers.count) }
        var cost = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        for j in 0..<k {
            let center = Lab(l: Double(centers[3 * j]), a: Double(centers[3 * j + 1]), b: Double(centers[3 * j + 2]))
            for c in palette.indices { cost[j][c] = deltaE76(center, palette[c]) }
        }
        let columns = (try? Assignment.minimumCost(cost).columns) ?? Array(0..<size)
        var offsets = [Float](repeating: 0, count: 3 * k)
        for j in 0..<k where columns[j] < palette.count {
            let target = palette[columns[j]]
            offsets[3 * j] = Float(target.l) - centers[3 * j]
            offsets[3 * j + 1] = Float(target.a) - centers[3 * j + 1]
            offsets[3 * j + 2] = Float(target.b) - centers[3 * j + 2]
        }
        return offsets
    }
}

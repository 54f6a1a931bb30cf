import ColorScience
import Foundation
import ImageIO

/// Where an image's eye-catching colours are: the image reduced to a coarse grid of Oklab
/// colours, each cell with its pixel count and a saliency.
///
/// A cell is salient when its colour differs from its surroundings (local contrast against the
/// mean of a window around it), the more so when it is vivid (chroma) and near the centre (people
/// frame what matters there). This is what makes a small contrasting accent, the blue of water
/// in a warm sunset or the pink of a dress in an orchard, weigh more than its pixel count.
public struct SaliencyMap: Sendable {
    /// Grid width and height in cells.
    public let width: Int, height: Int
    /// Mean colour of each cell (row-major), averaged in linear light.
    public let colors: [Oklab]
    /// Visible pixels in each cell, >= 0 (0 for a fully transparent cell).
    public let weights: [Double]
    /// Saliency of each cell, >= 0, in Oklab distance units scaled by the chroma and centre
    /// factors (a vivid cell unlike its surroundings scores about 0.1-0.5, a flat area 0).
    public let saliency: [Double]

    /// Longest side of the grid in cells.
    public static let gridSide = 64

    /// The map of `image` (already at working size).
    public init(image: RGBAImage) {
        let scale = max(1, (max(image.width, image.height) + Self.gridSide - 1) / Self.gridSide)
        let width = (image.width + scale - 1) / scale, height = (image.height + scale - 1) / scale
        self.width = width
        self.height = height
        var linear = [Double](repeating: 0, count: width * height * 3)
        var counts = [Double](repeating: 0, count: width * height)
        let table = SRGBTransfer.linearTable
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<image.height {
                for x in 0..<image.width {
                    let o = (y * image.width + x) * 4
                    guard p[o + 3] != 0 else { continue }
                    let cell = (y / scale) * width + x / scale
                    counts[cell] += 1
                    linear[3 * cell] += table[Int(p[o])]
                    linear[3 * cell + 1] += table[Int(p[o + 1])]
                    linear[3 * cell + 2] += table[Int(p[o + 2])]
                }
            }
        }
        let colors = (0..<(width * height)).map { i in
            let n = max(counts[i], 1)
            return Oklab(LinearRGB(r: linear[3 * i] / n, g: linear[3 * i + 1] / n, b: linear[3 * i + 2] / n))
        }
        self.colors = colors
        weights = counts
        saliency = Self.saliency(colors: colors, weights: counts, width: width, height: height)
    }

    /// Local contrast (distance to the weighted mean colour of a window about a quarter of the
    /// grid wide), times `0.25 + chroma / 0.1`, times a centre weight from 0.6 (corners) to 1.
    private static func saliency(colors: [Oklab], weights: [Double], width: Int, height: Int) -> [Double] {
        // Summed-area tables of weight and weighted colour for O(1) window means.
        let w1 = width + 1
        var sums = [Double](repeating: 0, count: w1 * (height + 1) * 4)
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x, c = colors[i], w = weights[i]
                let values = [w, w * c.l, w * c.a, w * c.b]
                for k in 0..<4 {
                    sums[((y + 1) * w1 + x + 1) * 4 + k] = values[k]
                        + sums[(y * w1 + x + 1) * 4 + k] + sums[((y + 1) * w1 + x) * 4 + k] - sums[(y * w1 + x) * 4 + k]
                }
            }
        }
        let radius = max(2, max(width, height) / 8)
        var out = [Double](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x
                guard weights[i] > 0 else { continue }
                let x0 = max(0, x - radius), x1 = min(width, x + radius + 1)
                let y0 = max(0, y - radius), y1 = min(height, y + radius + 1)
                func window(_ k: Int) -> Double {
                    sums[(y1 * w1 + x1) * 4 + k] - sums[(y0 * w1 + x1) * 4 + k]
                        - sums[(y1 * w1 + x0) * 4 + k] + sums[(y0 * w1 + x0) * 4 + k]
                }
                let total = window(0)
                guard total > 0 else { continue }
                let mean = Oklab(l: window(1) / total, a: window(2) / total, b: window(3) / total)
                let c = colors[i]
                let chroma = (c.a * c.a + c.b * c.b).squareRoot()
                let dx = (Double(x) + 0.5) / Double(width) - 0.5, dy = (Double(y) + 0.5) / Double(height) - 0.5
                let centre = 0.6 + 0.4 * Foundation.exp(-(dx * dx + dy * dy) / (2 * 0.3 * 0.3))
                out[i] = c.distance(to: mean) * (0.25 + chroma / 0.1) * centre
            }
        }
        return out
    }
}

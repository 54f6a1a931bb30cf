import ColorScience

/// The colours a palette for an image may be made of, and what the image asks of a palette.
///
/// Candidates are colours really in the image: its main swatches (k-means clusters, each the
/// mean of the more vivid half of its cluster, as `SwatchSnapping` makes them) and its accents
/// (clusters of the most salient cells of a `SaliencyMap`: small, vivid regions unlike their
/// surroundings, which a quantiser merges away). The image itself is summarised as atoms: fine
/// clusters of its grid cells, each with its share of the pixels and of the saliency, against
/// which a palette's coverage is measured.
public struct SwatchCandidates: Sendable {
    /// The candidate colours, main swatches first (heaviest first), then accents; no two closer
    /// than `SwatchSnapping.minimumSwatchDistance` CIE Lab units.
    public let colors: [Oklab]
    /// Whether each candidate came from the saliency map rather than the pixel clusters.
    public let isAccent: [Bool]
    /// Fine clusters of the image's colours.
    public let atoms: [Oklab]
    /// Share of the visible pixels nearest each atom (sums to 1).
    public let pixelShare: [Double]
    /// Share of the saliency nearest each atom (sums to 1, or all 0 for a flat image).
    public let salienceShare: [Double]
    /// The image's colour samples the candidates were made from.
    public let samples: WeightedColors

    /// Candidates and atoms of an image from its colour samples and saliency map.
    ///
    /// - Parameters:
    ///   - swatches: main swatches kept at most (k-means clusters of `samples`).
    ///   - accents: accent clusters of the salient cells, at most.
    ///   - atomCount: fine clusters summarising the image, at most.
    ///   - maximum: candidates kept at most (accents first, then the heaviest swatches).
    public init(samples: WeightedColors, map: SaliencyMap, swatches: Int = 16, accents: Int = 6, atomCount: Int = 40,
                maximum: Int = 20) {
        self.samples = samples
        let main = SwatchSnapping(swatchCount: swatches).swatches(of: samples)
        let cells = map.colors.indices.filter { map.weights[$0] > 0 }
        let totalWeight = cells.reduce(0) { $0 + map.weights[$1] }
        let totalSaliency = cells.reduce(0) { $0 + map.saliency[$1] }

        // Accents: the cells weighted by squared saliency, so that peaks dominate.
        var accentColors: [Oklab] = []
        if totalSaliency > 0 {
            let salient = WeightedColors(colors: cells.map { map.colors[$0] },
                                         weights: cells.map { Float(map.saliency[$0] * map.saliency[$0]) })
            accentColors = OklabKMeans(minimumDistance: 0.04, maxIterations: 10).clusters(of: salient, count: accents).map(\.center)
        }
        var kept: [(Oklab, Lab, Bool)] = []
        for (color, accent) in main.map({ ($0, false) }) + accentColors.map({ ($0, true) }) {
            let lab = Lab(RGB8(color))
            if kept.allSatisfy({ deltaE76($0.1, lab) >= SwatchSnapping.minimumSwatchDistance }) {
                kept.append((Oklab(RGB8(color)), lab, accent))
            }
        }
        // At most `maximum` candidates: every accent, then the heaviest swatches.
        let accentCount = kept.filter(\.2).count
        var mainLeft = max(maximum - accentCount, 0)
        kept = kept.filter { entry in
            if entry.2 { return true }
            mainLeft -= 1
            return mainLeft >= 0
        }
        colors = kept.map(\.0)
        isAccent = kept.map(\.2)

        // Atoms: clusters of the cells weighted half by pixels and half by saliency, so that
        // salient regions are resolved as finely as large ones.
        let mixed = cells.map { i -> Float in
            Float(0.5 * map.weights[i] / max(totalWeight, 1e-12)
                  + (totalSaliency > 0 ? 0.5 * map.saliency[i] / totalSaliency : 0))
        }
        let atomColors = OklabKMeans(minimumDistance: 0.01, maxIterations: 10)
            .clusters(of: WeightedColors(colors: cells.map { map.colors[$0] }, weights: mixed), count: atomCount)
            .map(\.center)
        var pixel = [Double](repeating: 0, count: atomColors.count)
        var salience = [Double](repeating: 0, count: atomColors.count)
        for i in cells {
            var best = 0, bestDistance = Double.infinity
            for (k, atom) in atomColors.enumerated() {
                let d = map.colors[i].distance(to: atom)
                if d < bestDistance { bestDistance = d; best = k }
            }
            pixel[best] += map.weights[i] / max(totalWeight, 1e-12)
            if totalSaliency > 0 { salience[best] += map.saliency[i] / totalSaliency }
        }
        atoms = atomColors
        pixelShare = pixel
        salienceShare = salience
    }
}

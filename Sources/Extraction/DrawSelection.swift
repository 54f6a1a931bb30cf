import ColorScience

/// Chooses which of the VAE-GAN's candidate palettes for an image to show: only those that cover
/// the image nearly as well as the best candidate, and among them the most different ones.
///
/// The auxiliary noise gives variety, but some draws drop one of the image's main colours and
/// fit it badly (docs/MODEL.md). Drawing a few times more candidates than wanted and keeping
/// the fitting, mutually distant ones keeps the variety without the misfits.
public struct DrawSelection: Sendable, Equatable {
    /// Candidates drawn per palette wanted (>= 1).
    public var oversampling: Int
    /// A candidate is eligible when its coverage error is at most this multiple of the best
    /// candidate's (>= 1).
    public var tolerance: Double

    /// Defaults (measured with `palette evaluate`, docs/MODEL.md): six candidates per palette,
    /// within 20% of the best coverage.
    public init(oversampling: Int = 6, tolerance: Double = 1.2) {
        self.oversampling = max(oversampling, 1)
        self.tolerance = max(tolerance, 1)
    }

    /// `count` of `candidates` (all of them if there are fewer): first the best-covering one, then
    /// repeatedly the eligible candidate farthest (palette distance, CIE Lab) from those chosen;
    /// when no eligible one is left, the best-covering of the rest.
    public func choose(_ candidates: [[RGB8]], count: Int, samples: WeightedColors) -> [[RGB8]] {
        guard !candidates.isEmpty, count > 0 else { return [] }
        let colors = (0..<samples.count).map(samples.color(at:))
        let weights = samples.weight.map(Double.init)
        let coverage = candidates.map { palette in
            (try? PaletteMetrics.coverageError(palette: palette.map(Oklab.init), colors: colors, weights: weights)) ?? .infinity
        }
        let byCoverage = candidates.indices.sorted { (coverage[$0], $0) < (coverage[$1], $1) }
        let limit = coverage[byCoverage[0]] * tolerance
        var chosen = [byCoverage[0]]
        var nearest = candidates.indices.map { distance(candidates[$0], candidates[byCoverage[0]]) }
        while chosen.count < min(count, candidates.count) {
            let open = candidates.indices.filter { !chosen.contains($0) }
            let eligible = open.filter { coverage[$0] <= limit }
            let next = eligible.max { (nearest[$0], -$0) < (nearest[$1], -$1) }
                ?? open.min { (coverage[$0], $0) < (coverage[$1], $1) }!
            chosen.append(next)
            for i in candidates.indices { nearest[i] = min(nearest[i], distance(candidates[i], candidates[next])) }
        }
        return chosen.map { candidates[$0] }
    }

    private func distance(_ p: [RGB8], _ q: [RGB8]) -> Double {
        (try? PaletteMetrics.distance(p, q)) ?? 0
    }
}

/// Measures of palettes used to judge extractors and generators (DESIGN section 5).
public enum PaletteMetrics {
    /// Palette distance of Lin & Hanrahan (2013): the mean colour difference over the optimal
    /// one-to-one matching of two palettes of equal size, in Lab units (0 for identical
    /// palettes, in any order). 0 for two empty palettes.
    /// - Throws: `ColorError.paletteSizeMismatch` if the sizes differ.
    public static func distance(_ p: [Lab], _ q: [Lab], metric: ColorDifference = .cie76) throws(ColorError) -> Double {
        guard p.count == q.count else { throw .paletteSizeMismatch(p.count, q.count) }
        if p.isEmpty { return 0 }
        let cost = p.map { x in q.map { y in metric(x, y) } }
        return try Assignment.minimumCost(cost).total / Double(p.count)
    }

    /// Palette distance of two 8-bit palettes (see `distance(_:_:metric:)` on Lab).
    public static func distance(_ p: [RGB8], _ q: [RGB8], metric: ColorDifference = .cie76) throws(ColorError) -> Double {
        try distance(p.map(Lab.init), q.map(Lab.init), metric: metric)
    }

    /// The smallest difference between two colours of one palette, in Lab units; small values
    /// mean near-duplicates. Nil for fewer than two colours.
    public static func minimumPairwiseDistance(_ palette: [Lab], metric: ColorDifference = .cie76) -> Double? {
        guard palette.count >= 2 else { return nil }
        var best = Double.infinity
        for i in 0..<palette.count {
            for j in (i + 1)..<palette.count {
                best = min(best, metric(palette[i], palette[j]))
            }
        }
        return best
    }

    /// The smallest difference between two colours of an 8-bit palette, in Lab units.
    public static func minimumPairwiseDistance(_ palette: [RGB8], metric: ColorDifference = .cie76) -> Double? {
        minimumPairwiseDistance(palette.map(Lab.init), metric: metric)
    }

    /// How well a palette covers a set of colours: the weighted mean Oklab distance from each
    /// colour to its nearest palette colour (0 when every colour is in the palette). Pass a
    /// histogram as `colors` with their counts as `weights`; nil weights count each colour once.
    /// Returns 0 when there are no colours or the weights sum to 0, and infinity for an empty
    /// palette with colours to cover.
    /// - Throws: `ColorError.weightCountMismatch` if weights are given but not one per colour.
    public static func coverageError(palette: [Oklab], colors: [Oklab], weights: [Double]? = nil) throws(ColorError) -> Double {
        if let weights, weights.count != colors.count {
            throw .weightCountMismatch(colors: colors.count, weights: weights.count)
        }
        var weightedSum = 0.0, totalWeight = 0.0
        for (i, color) in colors.enumerated() {
            let weight = weights?[i] ?? 1
            guard weight != 0 else { continue }
            var nearest = Double.infinity
            for p in palette {
                let dl = color.l - p.l, da = color.a - p.a, db = color.b - p.b
                nearest = min(nearest, dl * dl + da * da + db * db)
            }
            weightedSum += weight * nearest.squareRoot()
            totalWeight += weight
        }
        return totalWeight == 0 ? 0 : weightedSum / totalWeight
    }
}

import ColorScience

/// Moves decoded palette colours onto colours the image really contains.
///
/// A regression model averages over plausible answers, and averaging hues kills chroma
/// (DESIGN.md section 4): decoded palettes come out duller than the image. Snapping keeps the
/// model's choice of *which* colours (light or dark, accent or background) but takes the colours
/// themselves from the image's swatches: each decoded colour is matched to a different swatch
/// (an optimal one-to-one matching in Oklab), then moved `strength` of the way to it.
public struct SwatchSnapping: Sendable, Equatable {
    /// How far each colour moves to its swatch, 0 (not at all) ... 1 (onto it).
    public var strength: Double
    /// How many swatches the image is reduced to (k-means in Oklab), at least the palette size.
    public var swatchCount: Int

    /// Snapping with the given strength and swatch count (defaults: fully, 12 swatches).
    public init(strength: Double = 1, swatchCount: Int = 12) {
        self.strength = min(max(strength, 0), 1)
        self.swatchCount = max(swatchCount, 1)
    }

    /// The image's swatches: k-means cluster centres of its visible pixels.
    public func swatches(of samples: WeightedColors) -> [Oklab] {
        OklabKMeans(minimumDistance: 0.03).clusters(of: samples, count: swatchCount).map(\.center)
    }

    /// `palette` with each colour moved towards a distinct swatch. With fewer swatches than
    /// colours, the extra colours are left where they are.
    public func apply(to palette: [RGB8], swatches: [Oklab]) -> [RGB8] {
        guard strength > 0, !swatches.isEmpty, !palette.isEmpty else { return palette }
        let colors = palette.map(Oklab.init)
        let n = max(colors.count, swatches.count)
        // Square cost matrix: rows are palette colours (padded with free dummy rows), columns
        // swatches (padded with prohibitive dummy columns, used only when swatches run out).
        var cost = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n {
                if i < colors.count {
                    cost[i][j] = j < swatches.count ? distance(colors[i], swatches[j]) : 1e6
                }
            }
        }
        guard let columns = try? Assignment.minimumCost(cost).columns else { return palette }
        return colors.enumerated().map { i, c in
            let j = columns[i]
            guard j < swatches.count else { return palette[i] }
            let s = swatches[j], t = strength
            return RGB8(Oklab(l: c.l + (s.l - c.l) * t, a: c.a + (s.a - c.a) * t, b: c.b + (s.b - c.b) * t))
        }
    }

    private func distance(_ p: Oklab, _ q: Oklab) -> Double {
        let dl = p.l - q.l, da = p.a - q.a, db = p.b - q.b
        return (dl * dl + da * da + db * db).squareRoot()
    }
}

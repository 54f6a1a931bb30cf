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
    /// Chroma of decoded colours is multiplied by this before matching (>= 1 prefers the more
    /// vivid of two nearby swatches, against the regression's pull towards grey).
    public var chromaBoost: Double

    /// Snapping with the given strength, swatch count, chroma boost and swatch style (defaults,
    /// chosen by `palette evaluate`, see docs/MODEL.md: fully onto 20 vivid swatches, no boost).
    public init(strength: Double = 1, swatchCount: Int = 20, chromaBoost: Double = 1, vivid: Bool = true,
                anchors: Int = 0) {
        self.vivid = vivid
        self.anchors = max(anchors, 0)
        self.strength = min(max(strength, 0), 1)
        self.swatchCount = max(swatchCount, 1)
        self.chromaBoost = max(chromaBoost, 0)
    }

    /// How many of the heaviest swatches every snapped palette must use (0...palette size), so
    /// that palettes which differ (the VAE-GAN's draws) still cover the image's main colours.
    public var anchors: Int

    /// Whether each swatch is the mean of the more vivid half (by weight) of its cluster rather
    /// than of the whole cluster: a cluster mean averages hues and loses chroma.
    public var vivid: Bool

    /// The image's swatches: k-means clusters of its visible pixels, each represented by its
    /// mean, or with `vivid` by the mean of its more chromatic half.
    public func swatches(of samples: WeightedColors) -> [Oklab] {
        distinct(vividOrPlainSwatches(of: samples))
    }

    /// The smallest CIE Lab distance (CIE76) kept between two swatches, so that no two colours
    /// of a snapped palette are near-duplicates (`Evaluation` counts pairs under 3 as such).
    public static let minimumSwatchDistance = 5.0

    /// Drops every swatch closer than `minimumSwatchDistance` to an earlier one (k-means lists
    /// heavier clusters first).
    private func distinct(_ swatches: [Oklab]) -> [Oklab] {
        var kept: [(Oklab, Lab)] = []
        for s in swatches {
            let lab = Lab(XYZ(s))
            if kept.allSatisfy({ deltaE76($0.1, lab) >= Self.minimumSwatchDistance }) { kept.append((s, lab)) }
        }
        return kept.map(\.0)
    }

    private func vividOrPlainSwatches(of samples: WeightedColors) -> [Oklab] {
        let centers = OklabKMeans(minimumDistance: 0.03).clusters(of: samples, count: swatchCount).map(\.center)
        guard vivid, !centers.isEmpty else { return centers }
        var members = Array(repeating: [(chroma: Float, index: Int)](), count: centers.count)
        for i in 0..<samples.count {
            let c = samples.color(at: i)
            var best = 0, bestDistance = Double.infinity
            for (k, center) in centers.enumerated() {
                let dl = c.l - center.l, da = c.a - center.a, db = c.b - center.b
                let d = dl * dl + da * da + db * db
                if d < bestDistance { bestDistance = d; best = k }
            }
            members[best].append(((samples.a[i] * samples.a[i] + samples.b[i] * samples.b[i]).squareRoot(), i))
        }
        return members.enumerated().map { k, list in
            let total = list.reduce(Float(0)) { $0 + samples.weight[$1.index] }
            guard total > 0 else { return centers[k] }
            var taken: Float = 0, l = 0.0, a = 0.0, b = 0.0
            for m in list.sorted(by: { $0.chroma > $1.chroma }) where taken < total / 2 {
                let w = Double(samples.weight[m.index])
                taken += samples.weight[m.index]
                l += w * Double(samples.l[m.index]); a += w * Double(samples.a[m.index]); b += w * Double(samples.b[m.index])
            }
            let t = Double(taken)
            return Oklab(l: l / t, a: a / t, b: b / t)
        }
    }

    /// `palette` with each colour moved towards a distinct swatch. With fewer swatches than
    /// colours, the extra colours are left where they are.
    public func apply(to palette: [RGB8], swatches: [Oklab]) -> [RGB8] {
        guard strength > 0, !swatches.isEmpty, !palette.isEmpty else { return palette }
        let colors = palette.map { c -> Oklab in
            let o = Oklab(c)
            return Oklab(l: o.l, a: o.a * chromaBoost, b: o.b * chromaBoost)
        }
        let n = max(colors.count, swatches.count)
        // Square cost matrix: rows are palette colours (padded with free dummy rows), columns
        // swatches (padded with prohibitive dummy columns, used only when swatches run out).
        // Dummy rows may not take an anchor swatch, so real colours must.
        let anchored = min(anchors, colors.count, swatches.count)
        var cost = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n {
                if i < colors.count {
                    cost[i][j] = j < swatches.count ? distance(colors[i], swatches[j]) : 1e6
                } else if j < anchored {
                    cost[i][j] = 1e6
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

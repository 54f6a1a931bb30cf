import ColorScience

/// Summary figures of a set of palettes (for example the samples of a model, or the palettes
/// extracted from validation images), each defined by `PaletteTraits`.
public struct PaletteSetStatistics: Sendable, Equatable {
    /// Number of palettes summarised.
    public var count: Int
    /// Share (0...1) of palettes with near-duplicate colours (`PaletteTraits.hasNearDuplicates`).
    public var nearDuplicateShare: Double
    /// Share (0...1) of grey/brown-collapsed palettes (`PaletteTraits.isGreyBrownCollapsed`).
    public var greyBrownShare: Double
    /// Share (0...1) of palettes whose lightness is monotone along their order.
    public var monotoneLightnessShare: Double
    /// Median over the palettes of each palette's largest chroma (C*ab, Lab units).
    public var medianMaximumChroma: Double
    /// Mean palette distance over all pairs of palettes (`Variety.meanPairwiseDistance`), Lab
    /// units; 0 for fewer than two palettes.
    public var variety: Double

    /// The statistics of `palettes` (all zero for an empty set).
    public init(_ palettes: [[Lab]]) {
        count = palettes.count
        let n = Double(max(palettes.count, 1))
        nearDuplicateShare = Double(palettes.filter(PaletteTraits.hasNearDuplicates).count) / n
        greyBrownShare = Double(palettes.filter(PaletteTraits.isGreyBrownCollapsed).count) / n
        monotoneLightnessShare = Double(palettes.filter(PaletteTraits.hasMonotoneLightness).count) / n
        medianMaximumChroma = Statistics.median(palettes.map(PaletteTraits.maximumChroma)) ?? 0
        variety = Variety.meanPairwiseDistance(palettes) ?? 0
    }

    /// The statistics of 8-bit palettes (converted to Lab).
    public init(_ palettes: [[RGB8]]) {
        self.init(palettes.map { $0.map(Lab.init) })
    }
}

/// Variety of a set of palettes (DESIGN section 5): how different they are from each other.
public enum Variety {
    /// The mean palette distance (`PaletteDistance.cie76`, Lab units) over all unordered pairs
    /// of `palettes`; nil for fewer than two palettes or palettes of different sizes.
    public static func meanPairwiseDistance(_ palettes: [[Lab]]) -> Double? {
        guard palettes.count >= 2 else { return nil }
        var total = 0.0
        for i in palettes.indices {
            for j in palettes.indices where j > i {
                guard let d = PaletteDistance.cie76(palettes[i], palettes[j]) else { return nil }
                total += d
            }
        }
        return total / Double(palettes.count * (palettes.count - 1) / 2)
    }

    /// The mean pairwise palette distance of 8-bit palettes (converted to Lab).
    public static func meanPairwiseDistance(_ palettes: [[RGB8]]) -> Double? {
        meanPairwiseDistance(palettes.map { $0.map(Lab.init) })
    }
}

/// Small statistics helpers.
public enum Statistics {
    /// The median (the mean of the two middle values for an even count); nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

import ColorScience

/// Orders for a palette's colours, all computed in OKLCH. Ties keep their original order.
public enum PaletteSort: String, CaseIterable, Sendable {
    /// As given.
    case none
    /// Dark to light (OKLCH L ascending).
    case lightness
    /// Around the hue wheel from 0 degrees (pinkish red) through yellow, green and blue; colours
    /// with chroma below `PaletteSort.achromaticChroma` have no meaningful hue and go last, dark
    /// to light.
    case hue
    /// Most colourful first (OKLCH C descending).
    case chroma

    /// Chroma under which a colour counts as grey for hue sorting (about a just noticeable
    /// difference in Oklab).
    public static let achromaticChroma = 0.02

    /// The colours in this order.
    public func apply(to colors: [RGB8]) -> [RGB8] {
        guard self != .none else { return colors }
        let keyed = colors.enumerated().map { (index: $0.offset, color: $0.element, lch: OKLCH(Oklab($0.element))) }
        let sorted = keyed.sorted { x, y in
            let (kx, ky) = (sortKey(x.lch), sortKey(y.lch))
            return kx != ky ? kx.lexicographicallyPrecedes(ky) : x.index < y.index
        }
        return sorted.map(\.color)
    }

    /// Keys compared lexicographically, smaller first.
    private func sortKey(_ c: OKLCH) -> [Double] {
        switch self {
        case .none: []
        case .lightness: [c.l]
        case .chroma: [-c.c]
        case .hue: c.c < Self.achromaticChroma ? [1, c.l] : [0, c.h]
        }
    }
}

/// Brings colours outside the sRGB gamut inside it by reducing OKLCH chroma at constant Oklab
/// lightness and hue, instead of clamping channels (which shifts hue and lightness).
///
/// Colours already in gamut (within `tolerance`) are returned unchanged apart from clamping the
/// tolerance away. Otherwise the largest in-gamut chroma along the constant-L, constant-h line is
/// found by bisection to within `chromaTolerance`; lightness at or above 1 gives white and at or
/// below 0 gives black.
public enum GamutMapping {
    /// How far outside 0...1 a linear channel may be and still count as in gamut.
    public static let tolerance = 1e-9
    /// The bisection stops when the chroma interval is narrower than this (Oklab units).
    public static let chromaTolerance = 1e-7

    /// Maps an Oklab colour into the sRGB gamut; every channel of the result is in 0...1.
    public static func linearRGB(_ c: Oklab) -> LinearRGB {
        let direct = LinearRGB(c)
        if direct.isInGamut(tolerance: tolerance) { return clamped(direct) }
        if c.l.isNaN || c.a.isNaN || c.b.isNaN { return LinearRGB(r: 0, g: 0, b: 0) }
        if c.l >= 1 { return LinearRGB(r: 1, g: 1, b: 1) }
        if c.l <= 0 { return LinearRGB(r: 0, g: 0, b: 0) }
        let lch = OKLCH(c)
        var inside = 0.0, outside = lch.c
        var best = LinearRGB(Oklab(l: c.l, a: 0, b: 0))
        while outside - inside > chromaTolerance {
            let mid = (inside + outside) / 2
            let candidate = LinearRGB(Oklab(OKLCH(l: lch.l, c: mid, h: lch.h)))
            if candidate.isInGamut(tolerance: tolerance) {
                inside = mid
                best = candidate
            } else {
                outside = mid
            }
        }
        return clamped(best)
    }

    /// Maps a CIE Lab colour into the sRGB gamut (in-gamut colours take the exact Lab -> XYZ ->
    /// linear path; others are mapped in OKLCH as for `linearRGB(_: Oklab)`).
    public static func linearRGB(_ c: Lab) -> LinearRGB {
        let xyz = XYZ(c)
        let direct = LinearRGB(xyz)
        if direct.isInGamut(tolerance: tolerance) { return clamped(direct) }
        return linearRGB(Oklab(xyz))
    }

    private static func clamped(_ c: LinearRGB) -> LinearRGB {
        LinearRGB(r: min(max(c.r, 0), 1), g: min(max(c.g, 0), 1), b: min(max(c.b, 0), 1))
    }
}

extension RGB8 {
    /// The nearest 8-bit colour to an Oklab colour, gamut-mapped first (see `GamutMapping`).
    public init(_ c: Oklab) {
        self.init(clamping: GamutMapping.linearRGB(c))
    }

    /// The nearest 8-bit colour to a CIE Lab colour, gamut-mapped first (see `GamutMapping`).
    public init(_ c: Lab) {
        self.init(clamping: GamutMapping.linearRGB(c))
    }
}

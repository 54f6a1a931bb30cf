/// Brings colours outside the sRGB gamut inside it by reducing OKLCH chroma at constant Oklab
/// lightness and hue, instead of clamping channels (which shifts hue and lightness).
///
/// The method is the binary search of CSS Color Module Level 4 (section 13.2) with a tighter
/// acceptance: search the chroma of the constant-L, constant-h line, and accept a
/// channel-clamped colour once it is within `clampTolerance` (Oklab distance) of the point on
/// the line. The acceptance matters near the primaries, where the constant-hue line bends
/// slightly outside the gamut and strict bisection would lose much chroma for a colour a hair
/// out of gamut.
///
/// So the result is always in gamut, and lies within `clampTolerance` of a colour with the
/// input's Oklab lightness and hue and at most its chroma. Colours in gamut (within
/// `tolerance`) are returned unchanged; lightness at or above 1 gives white, at or below 0
/// black.
public enum GamutMapping {
    /// How far outside 0...1 a linear channel may be and still count as in gamut.
    public static let tolerance = 1e-9
    /// The largest Oklab distance between a clamped colour and the chroma-reduced one it stands
    /// for. CSS uses 0.02 (one just-noticeable difference); a tenth of that keeps lightness and
    /// hue tighter while still covering the bends near the primaries.
    public static let clampTolerance = 0.002
    /// The search stops when the chroma interval is narrower than this (Oklab units).
    public static let chromaTolerance = 1e-4

    /// Maps an Oklab colour into the sRGB gamut; every channel of the result is in 0...1.
    public static func linearRGB(_ c: Oklab) -> LinearRGB {
        map(c, direct: LinearRGB(c))
    }

    /// Maps a CIE Lab colour into the sRGB gamut (via Oklab, as `linearRGB(_: Oklab)`; colours
    /// in gamut take the exact Lab -> XYZ -> linear path).
    public static func linearRGB(_ c: Lab) -> LinearRGB {
        let xyz = XYZ(c)
        return map(Oklab(xyz), direct: LinearRGB(xyz))
    }

    /// The search, given the colour in Oklab and its unmapped linear value.
    private static func map(_ c: Oklab, direct: LinearRGB) -> LinearRGB {
        if c.l.isNaN || c.a.isNaN || c.b.isNaN { return LinearRGB(r: 0, g: 0, b: 0) }
        if direct.isInGamut(tolerance: tolerance) { return clamped(direct) }
        if c.l >= 1 { return LinearRGB(r: 1, g: 1, b: 1) }
        if c.l <= 0 { return LinearRGB(r: 0, g: 0, b: 0) }
        if Oklab(clamped(direct)).distance(to: Oklab(direct)) < clampTolerance { return clamped(direct) }

        let lch = OKLCH(c)
        func onLine(_ chroma: Double) -> Oklab { Oklab(OKLCH(l: lch.l, c: chroma, h: lch.h)) }
        var low = 0.0, high = lch.c
        var lowIsInGamut = true  // false once `low` is a clamped-but-close point instead
        while high - low > chromaTolerance {
            let mid = (low + high) / 2
            let point = onLine(mid)
            let linear = LinearRGB(point)
            if lowIsInGamut && linear.isInGamut(tolerance: tolerance) {
                low = mid
                continue
            }
            let error = Oklab(clamped(linear)).distance(to: point)
            if error < clampTolerance {
                lowIsInGamut = false
                low = mid
                if clampTolerance - error < chromaTolerance { break }
            } else {
                high = mid
            }
        }
        return clamped(LinearRGB(onLine(low)))
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

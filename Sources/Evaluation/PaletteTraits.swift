import ColorScience
import Foundation

/// Properties of single palettes used to describe a set of generated palettes (DESIGN
/// section 5 and the pilot's findings in section 4). Colours are judged in CIE Lab (D65) and
/// its polar form (chroma C*ab = hypot(a, b), hue h_ab = atan2(b, a) in degrees 0..<360).
public enum PaletteTraits {
    /// Two colours of one palette closer than this CIE76 distance (Lab units) are
    /// near-duplicates: 3.0, about 1.3 just-noticeable differences (JND ~ 2.3). About 2.7% of the
    /// 41,000 human palettes in the shared data have such a pair. The k-means extractor keeps its
    /// colours at least 0.04 apart in Oklab, which is more than 3.0 in Lab almost everywhere.
    public static let nearDuplicateThreshold = 3.0

    /// Chroma (C*ab) below which a colour counts as grey: 12.
    public static let greyChroma = 12.0
    /// The brown/beige region: hue h_ab in 20...90 degrees (reds-oranges-yellows), chroma below
    /// 40, lightness L* below 70.
    public static let brownHues = 20.0...90.0
    /// Chroma bound of the brown region: 40.
    public static let brownChroma = 40.0
    /// Lightness bound of the brown region: 70.
    public static let brownLightness = 70.0

    /// The smallest CIE76 distance between two colours of the palette, nil for fewer than two.
    public static func minimumPairwiseDistance(_ palette: [Lab]) -> Double? {
        PaletteMetrics.minimumPairwiseDistance(palette, metric: .cie76)
    }

    /// True when two colours are closer than `nearDuplicateThreshold`.
    public static func hasNearDuplicates(_ palette: [Lab]) -> Bool {
        (minimumPairwiseDistance(palette) ?? .infinity) < nearDuplicateThreshold
    }

    /// True when the colour is grey (chroma < `greyChroma`) or brown (hue in `brownHues`,
    /// chroma < `brownChroma`, L* < `brownLightness`).
    public static func isGreyOrBrown(_ color: Lab) -> Bool {
        let chroma = color.chroma
        if chroma < greyChroma { return true }
        var hue = atan2(color.b, color.a) * 180 / .pi
        if hue < 0 { hue += 360 }
        return brownHues.contains(hue) && chroma < brownChroma && color.l < brownLightness
    }

    /// A grey/brown-collapsed palette: every colour is grey or brown (`isGreyOrBrown`), the
    /// known failure of reconstruction-only training. About 2.2% of the human palettes in the
    /// shared data are collapsed in this sense.
    public static func isGreyBrownCollapsed(_ palette: [Lab]) -> Bool {
        !palette.isEmpty && palette.allSatisfy(isGreyOrBrown)
    }

    /// True when the lightness L* never increases, or never decreases, along the palette's
    /// order (equal neighbours allowed): a light-to-dark ramp. 38% of the human palettes in the
    /// shared data are monotone in this sense; a random order of five distinct values is
    /// monotone with probability 2/120.
    public static func hasMonotoneLightness(_ palette: [Lab]) -> Bool {
        guard palette.count >= 2 else { return true }
        let steps = zip(palette.dropFirst(), palette).map { $0.l - $1.l }
        return steps.allSatisfy { $0 >= 0 } || steps.allSatisfy { $0 <= 0 }
    }

    /// The largest chroma (C*ab) among the palette's colours; 0 for an empty palette.
    public static func maximumChroma(_ palette: [Lab]) -> Double {
        palette.map(\.chroma).max() ?? 0
    }
}

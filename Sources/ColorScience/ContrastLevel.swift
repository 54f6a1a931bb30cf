/// WCAG 2.x conformance levels of a contrast ratio (success criteria 1.4.3 and 1.4.6).
public enum ContrastLevel: String, Sendable, CaseIterable {
    /// Below the AA minimum.
    case fail
    /// Level AA: at least 4.5:1 for normal text, 3:1 for large text.
    case aa = "AA"
    /// Level AAA: at least 7:1 for normal text, 4.5:1 for large text.
    case aaa = "AAA"

    /// The level a ratio reaches for normal text (under 18 pt, or 14 pt bold). WCAG compares the
    /// unrounded ratio: 4.499:1 fails AA.
    public static func normalText(_ ratio: Double) -> ContrastLevel {
        ratio >= 7 ? .aaa : ratio >= 4.5 ? .aa : .fail
    }

    /// The level a ratio reaches for large text (at least 18 pt, or 14 pt bold).
    public static func largeText(_ ratio: Double) -> ContrastLevel {
        ratio >= 4.5 ? .aaa : ratio >= 3 ? .aa : .fail
    }
}

/// WCAG 2.x relative luminance and contrast ratio.
///
/// WCAG 2.0 writes the sRGB threshold as 0.03928 rather than IEC 61966-2-1's 0.04045; no 8-bit
/// value lies between the two, so the standard curve used here gives identical results.
extension RGB8 {
    /// Relative luminance (WCAG 2.x): 0.2126 R + 0.7152 G + 0.0722 B on linear channels,
    /// 0 (black) ... 1 (white).
    public var relativeLuminance: Double {
        let t = SRGBTransfer.linearTable
        return 0.2126 * t[Int(r)] + 0.7152 * t[Int(g)] + 0.0722 * t[Int(b)]
    }

    /// WCAG 2.x contrast ratio with another colour, (lighter + 0.05) / (darker + 0.05):
    /// 1 (same luminance) ... 21 (black on white). Symmetric.
    public func contrastRatio(with other: RGB8) -> Double {
        let x = relativeLuminance, y = other.relativeLuminance
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Black or white, whichever has the higher contrast ratio on this colour as a background
    /// (black on a tie).
    public var preferredTextColor: RGB8 {
        let black = RGB8(r: 0, g: 0, b: 0), white = RGB8(r: 255, g: 255, b: 255)
        return contrastRatio(with: black) >= contrastRatio(with: white) ? black : white
    }
}

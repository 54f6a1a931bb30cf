import ColorScience

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hex codes and readable text colours for swatches.
public enum SwatchText {
    private static let digits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)

    /// The seven glyphs of `#rrggbb` (lower case), without building a string.
    public static func hexGlyphs(_ colour: RGB8) -> (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar,
                                                     Unicode.Scalar, Unicode.Scalar, Unicode.Scalar,
                                                     Unicode.Scalar) {
        ("#", digits[Int(colour.r >> 4)], digits[Int(colour.r & 15)],
         digits[Int(colour.g >> 4)], digits[Int(colour.g & 15)],
         digits[Int(colour.b >> 4)], digits[Int(colour.b & 15)])
    }

    /// `#rrggbb` in lower case.
    public static func hex(_ colour: RGB8) -> String {
        let g = hexGlyphs(colour)
        var view = String.UnicodeScalarView()
        for scalar in [g.0, g.1, g.2, g.3, g.4, g.5, g.6] { view.append(scalar) }
        return String(view)
    }

    /// The hex codes of a palette separated by single spaces, as copied by `y`.
    public static func hexList(_ colours: [RGB8]) -> String {
        colours.map(hex).joined(separator: " ")
    }

    /// WCAG 2.x relative luminance of an sRGB colour, 0 (black) ... 1 (white).
    public static func relativeLuminance(_ colour: RGB8) -> Double {
        0.2126 * linear[Int(colour.r)] + 0.7152 * linear[Int(colour.g)] + 0.0722 * linear[Int(colour.b)]
    }

    /// WCAG 2.x contrast ratio between two colours, 1 ... 21.
    public static func contrastRatio(_ a: RGB8, _ b: RGB8) -> Double {
        let la = relativeLuminance(a), lb = relativeLuminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// Black or white, whichever has the higher WCAG contrast on `background` (white on a tie).
    public static func readableText(on background: RGB8) -> RGB8 {
        let white = RGB8(r: 255, g: 255, b: 255), black = RGB8(r: 0, g: 0, b: 0)
        return contrastRatio(white, background) >= contrastRatio(black, background) ? white : black
    }

    /// sRGB decoding of each 8-bit value to linear light (IEC 61966-2-1).
    private static let linear: [Double] = (0...255).map { value in
        let c = Double(value) / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
}

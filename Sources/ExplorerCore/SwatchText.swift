import ColorScience

/// Hex codes of swatches, written straight into cells and copied as text.
public enum SwatchText {
    private static let digits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)

    /// The seven glyphs of `#rrggbb` (lower case), without building a string, for drawing
    /// every swatch of every frame.
    public static func hexGlyphs(_ colour: RGB8) -> (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar,
                                                     Unicode.Scalar, Unicode.Scalar, Unicode.Scalar,
                                                     Unicode.Scalar) {
        ("#", digits[Int(colour.r >> 4)], digits[Int(colour.r & 15)],
         digits[Int(colour.g >> 4)], digits[Int(colour.g & 15)],
         digits[Int(colour.b >> 4)], digits[Int(colour.b & 15)])
    }

    /// The hex codes of a palette separated by single spaces, as copied by `y`.
    public static func hexList(_ colours: [RGB8]) -> String {
        colours.map(\.hex).joined(separator: " ")
    }
}

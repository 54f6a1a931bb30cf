import ColorScience

/// Text attributes of one terminal cell, as a bit set.
public struct CellAttributes: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = CellAttributes(rawValue: 1 << 0)
    /// Underlined text.
    public static let underline = CellAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped by the terminal.
    public static let reverse = CellAttributes(rawValue: 1 << 2)
    /// Faint text.
    public static let dim = CellAttributes(rawValue: 1 << 3)
}

/// The colours and attributes of a cell, without its glyph.
public struct CellStyle: Hashable, Sendable {
    /// Colour of the glyph, 24-bit sRGB.
    public var foreground: RGB8
    /// Colour of the cell behind the glyph, 24-bit sRGB.
    public var background: RGB8
    /// Text attributes.
    public var attributes: CellAttributes

    /// Creates a style.
    public init(foreground: RGB8, background: RGB8, attributes: CellAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// One character cell of the screen: a single-column glyph drawn in 24-bit colours.
public struct Cell: Hashable, Sendable {
    /// The glyph; always one terminal column wide.
    public var glyph: Unicode.Scalar
    /// Colour of the glyph, 24-bit sRGB.
    public var foreground: RGB8
    /// Colour of the cell behind the glyph, 24-bit sRGB.
    public var background: RGB8
    /// Text attributes.
    public var attributes: CellAttributes

    /// Creates a cell.
    public init(glyph: Unicode.Scalar, foreground: RGB8, background: RGB8, attributes: CellAttributes = []) {
        self.glyph = glyph
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Creates a cell with a glyph in a style.
    public init(_ glyph: Unicode.Scalar, _ style: CellStyle) {
        self.init(glyph: glyph, foreground: style.foreground, background: style.background,
                  attributes: style.attributes)
    }

    /// The cell's colours and attributes.
    public var style: CellStyle {
        CellStyle(foreground: foreground, background: background, attributes: attributes)
    }
}

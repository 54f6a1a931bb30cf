import ColorScience

/// The colours of the explorer's own text and chrome.
public enum Theme {
    /// Screen background.
    public static let background = RGB8(r: 22, g: 22, b: 28)
    /// Ordinary text.
    public static let text = RGB8(r: 218, g: 218, b: 224)
    /// Secondary text (hints, labels of unselected items).
    public static let faint = RGB8(r: 130, g: 130, b: 145)
    /// Frames and markers of the selection.
    public static let accent = RGB8(r: 255, g: 196, b: 64)
    /// Frame of the marked interpolation end.
    public static let mark = RGB8(r: 110, g: 190, b: 255)
    /// Header and status bar background.
    public static let bar = RGB8(r: 44, g: 44, b: 56)
    /// Success messages.
    public static let success = RGB8(r: 130, g: 220, b: 140)
    /// Error messages.
    public static let error = RGB8(r: 255, g: 110, b: 100)

    /// The blank cell everything is drawn on.
    public static let blank = Cell(glyph: " ", foreground: text, background: background)
    /// Plain text.
    public static let plain = CellStyle(foreground: text, background: background)
    /// Bar text.
    public static let barStyle = CellStyle(foreground: text, background: bar)
}

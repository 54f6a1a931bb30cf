/// The output formats of palettes. Each is a pure function from records to text.
public enum PaletteFormat: String, CaseIterable, Sendable {
    /// One colour per line: a colour swatch (24-bit or the nearest xterm-256 colour, as
    /// `TextStyle` says) and the hex code, or the bare hex code when `TextStyle.plain`. Several
    /// palettes are headed by their labels and separated by blank lines.
    case text
    /// One line per palette, `#rrggbb` codes separated by single spaces.
    case hex
    /// An array of `{"image": PATH, "method": M, "colors": ["#rrggbb", ...]}` objects, one per
    /// palette (`"name"` instead of `"image"` for named palettes); always an array, even for
    /// one palette or none.
    case json
    /// The objects of `json`, one per line (JSON Lines); nothing for no palettes.
    case jsonl
    /// A GIMP/Inkscape palette (`.gpl`); several palettes share one file, each group headed by a
    /// comment with its label.
    case gpl
    /// CSS custom properties in a `:root` rule: `--palette-1` ... for one palette, and
    /// `--<file name>-1` ... for each of several, named from the image file's base name.
    case css
}

/// How `PaletteFormat.text` shows colours; the caller decides (for example by whether standard
/// output is a terminal).
public enum TextStyle: Sendable {
    /// 24-bit ANSI background swatches (`ESC[48;2;R;G;Bm`) followed by the hex code.
    case swatches
    /// Swatches in the nearest colour of the xterm 256-colour palette (`ESC[48;5;Nm`, N in
    /// 16-255) followed by the exact hex code.
    case swatches256
    /// Bare hex codes, no escape sequences.
    case plain
}

/// Options shared by the formats.
public struct PaletteEncodingOptions: Sendable {
    /// How the `text` format shows colours.
    public var textStyle: TextStyle
    /// Whether the output stands for several palettes (headed groups in text, gpl and css) even
    /// if fewer records are given, as when some of several inputs failed; nil means "when more
    /// than one record is given".
    public var isCollection: Bool?

    /// Creates options; by default plain text, collection when more than one record.
    public init(textStyle: TextStyle = .plain, isCollection: Bool? = nil) {
        self.textStyle = textStyle
        self.isCollection = isCollection
    }
}

extension PaletteFormat {
    /// Encodes the records in this format; the text ends with a newline unless it is empty.
    public func encode(_ records: [PaletteRecord], options: PaletteEncodingOptions = .init()) -> String {
        let collection = options.isCollection ?? (records.count > 1)
        switch self {
        case .text: return TextEncoding.text(records, style: options.textStyle, collection: collection)
        case .hex: return TextEncoding.hex(records)
        case .json: return JSONEncoding.json(records)
        case .jsonl: return JSONEncoding.jsonLines(records)
        case .gpl: return GPLEncoding.gpl(records, collection: collection)
        case .css: return CSSEncoding.css(records, collection: collection)
        }
    }
}

import ColorScience

/// The `text` and `hex` formats.
enum TextEncoding {
    static func text(_ records: [PaletteRecord], style: TextStyle, collection: Bool) -> String {
        let blocks = records.map { record in
            var lines = collection ? [heading(record.label, style: style)] : []
            lines += record.colors.map { line(for: $0, style: style) }
            return lines.map { $0 + "\n" }.joined()
        }
        return blocks.joined(separator: "\n")
    }

    static func hex(_ records: [PaletteRecord]) -> String {
        records.map { $0.colors.map(\.hex).joined(separator: " ") + "\n" }.joined()
    }

    /// A swatch six cells wide in the colour, then the hex code; the bare code when plain.
    private static func line(for color: RGB8, style: TextStyle) -> String {
        style == .plain ? color.hex : swatch(color, style: style, width: 6) + " " + color.hex
    }

    /// `width` spaces on the colour as background (24-bit or xterm-256 SGR), then a reset;
    /// empty when plain.
    static func swatch(_ color: RGB8, style: TextStyle, width: Int) -> String {
        let cells = String(repeating: " ", count: width)
        switch style {
        case .plain: return ""
        case .swatches: return "\u{1B}[48;2;\(color.r);\(color.g);\(color.b)m\(cells)\u{1B}[0m"
        case .swatches256: return "\u{1B}[48;5;\(XTerm256.nearestIndex(color))m\(cells)\u{1B}[0m"
        }
    }

    private static func heading(_ label: String, style: TextStyle) -> String {
        let clean = label.replacingControlCharacters()
        switch style {
        case .plain: return clean
        case .swatches, .swatches256: return "\u{1B}[1m\(clean)\u{1B}[0m"
        }
    }
}

extension String {
    /// The string with control characters (newlines, escapes) replaced by spaces, so a label
    /// cannot break a line-based format or inject terminal escapes.
    public func replacingControlCharacters() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
    }
}

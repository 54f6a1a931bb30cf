import ColorScience

/// A change to the favourites file, applied by the shell as read, change, atomic write.
public enum FavouritesOperation: Hashable, Sendable {
    /// Only read the file.
    case load
    /// Append a palette.
    case add(NamedPalette)
    /// Remove the first entry equal to this palette.
    case remove(NamedPalette)
}

/// The favourites file as text lines, so that rewriting it keeps every line it does not
/// understand (comments, entries written by a newer version) exactly as it was.
///
/// Format, one palette per line: five `#rrggbb` codes separated by single spaces, then
/// optionally a tab and a label. Lines of any other shape are kept but not listed; every line,
/// listed or not, is written back byte for byte (apart from line endings, which become `\n`).
public struct FavouritesDocument: Hashable, Sendable {
    /// One line of the file.
    public enum Line: Hashable, Sendable {
        /// A palette entry and the line's exact text.
        case entry(NamedPalette, text: String)
        /// Any other line, kept verbatim.
        case other(String)
    }

    /// The lines, in file order.
    public private(set) var lines: [Line]

    /// The comment written at the top of a new file.
    public static let header = "; palette favourites: five #rrggbb codes separated by spaces, then a tab and a label"

    /// Parses the file's text; never fails, since unknown lines are kept.
    public init(text: String) {
        var parsed: [Line] = []
        // "\r\n" is one Character in Swift, so both line ends are matched as characters.
        var body = Substring(text)
        if body.last == "\n" || body.last == "\r\n" { body = body.dropLast() }
        if !body.isEmpty {
            for line in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                if let entry = Self.parseEntry(line) {
                    parsed.append(.entry(entry, text: String(line)))
                } else {
                    parsed.append(.other(String(line)))
                }
            }
        }
        lines = parsed
    }

    /// The palette entries, in file order.
    public var entries: [NamedPalette] {
        lines.compactMap { if case .entry(let palette, _) = $0 { palette } else { nil } }
    }

    /// The file's text: every line followed by a newline; a new file starts with `header`.
    public var text: String {
        var out = ""
        for line in lines {
            switch line {
            case .entry(_, let text), .other(let text): out += text
            }
            out += "\n"
        }
        return out
    }

    /// Applies an operation; returns whether the document changed.
    @discardableResult
    public mutating func apply(_ operation: FavouritesOperation) -> Bool {
        switch operation {
        case .load:
            return false
        case .add(let palette):
            if lines.isEmpty { lines.append(.other(Self.header)) }
            let entry = Self.sanitised(palette)
            lines.append(.entry(entry, text: Self.format(entry)))
            return true
        case .remove(let palette):
            let target = Self.sanitised(palette)
            guard let index = lines.firstIndex(where: {
                if case .entry(let palette, _) = $0 { palette == target } else { false }
            }) else { return false }
            lines.remove(at: index)
            return true
        }
    }

    /// One entry line (without the newline).
    public static func format(_ palette: NamedPalette) -> String {
        let codes = SwatchText.hexList(palette.colours)
        return palette.label.isEmpty ? codes : codes + "\t" + palette.label
    }

    /// The palette as it will read back from the file: tabs and line breaks in the label become
    /// spaces.
    public static func sanitised(_ palette: NamedPalette) -> NamedPalette {
        let label = String(palette.label.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        return NamedPalette(label: label, colours: palette.colours)
    }

    private static func parseEntry(_ line: Substring) -> NamedPalette? {
        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard let codesPart = parts.first else { return nil }
        let codes = codesPart.split(separator: " ", omittingEmptySubsequences: false)
        guard codes.count == paletteColourCount else { return nil }
        var colours: [RGB8] = []
        for code in codes {
            guard let colour = parseHex(code) else { return nil }
            colours.append(colour)
        }
        let label = parts.count > 1 ? String(parts[1]) : ""
        return NamedPalette(label: label, colours: colours)
    }

    private static func parseHex(_ code: Substring) -> RGB8? {
        guard code.count == 7, code.first == "#" else { return nil }
        let digits = code.dropFirst()
        guard digits.allSatisfy(\.isHexDigit),
              let value = UInt32(digits, radix: 16) else { return nil }
        return RGB8(r: UInt8(value >> 16), g: UInt8((value >> 8) & 0xFF), b: UInt8(value & 0xFF))
    }
}

import ColorScience

/// Palette files: a header `c1,c2,c3,c4,c5`, then one palette per line, each cell a colour
/// `#rrggbb`, in the order the palette's author gave.
///
/// Reading is tolerant of CRLF line ends, a byte order mark, blank lines, a missing trailing
/// newline, spaces around cells, upper-case digits and the `#rgb` short form; anything else is
/// an error naming the file and line. Writing always produces the canonical form (LF line ends,
/// lower-case `#rrggbb`, a trailing newline).
public enum PaletteCSV {
    /// Number of colours in every palette of these files.
    public static let colorCount = 5
    /// The header line, without its line end.
    public static let header = "c1,c2,c3,c4,c5"

    /// The palettes in `text`; `path` only names the source in errors.
    /// - Throws: `.badHeader` when the first non-blank line is not the header (case-insensitive),
    ///   `.wrongCellCount` for a row without exactly five cells, `.badColor` for a cell that is
    ///   not a hex colour. An empty text or a header alone gives no palettes.
    public static func parse(_ text: String, path: String) throws(PaletteDataError) -> [[RGB8]] {
        let rows = CSVRows.parse(text)
        guard let first = rows.first else { return [] }
        guard first.cells.map({ $0.lowercased() }) == header.split(separator: ",").map(String.init) else {
            throw PaletteDataError(.badHeader, path: path, line: first.line,
                                   reason: "expected the header \"\(header)\", found \"\(first.cells.joined(separator: ","))\"")
        }
        var palettes: [[RGB8]] = []
        palettes.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            palettes.append(try colors(row.cells[...], row: row, path: path))
        }
        return palettes
    }

    /// The palettes in the file at `path` (see `parse(_:path:)`).
    /// - Throws: `.missing` or `.unreadable` for the file, and the errors of `parse`.
    public static func read(path: String) throws(PaletteDataError) -> [[RGB8]] {
        try parse(try TextFiles.read(path), path: path)
    }

    /// The palettes in several files, concatenated in the order of `paths`.
    public static func read(paths: [String]) throws(PaletteDataError) -> [[RGB8]] {
        var all: [[RGB8]] = []
        for path in paths { all += try read(path: path) }
        return all
    }

    /// The canonical text of `palettes`: the header, then one line per palette.
    /// - Throws: `.wrongColorCount` (with `path` "(palettes)" and the 1-based line the palette
    ///   would have had) when a palette does not have five colours.
    public static func format(_ palettes: [[RGB8]]) throws(PaletteDataError) -> String {
        var text = header + "\n"
        for (index, palette) in palettes.enumerated() {
            guard palette.count == colorCount else {
                throw PaletteDataError(.wrongColorCount, path: "(palettes)", line: index + 2,
                                       reason: "a palette has \(palette.count) colours, expected \(colorCount)")
            }
            text += palette.map(\.hex).joined(separator: ",") + "\n"
        }
        return text
    }

    /// Writes `palettes` to `path` in the canonical form, atomically.
    /// - Throws: `.wrongColorCount` (naming `path`) or `.unwritable`.
    public static func write(_ palettes: [[RGB8]], to path: String) throws(PaletteDataError) {
        let text: String
        do {
            text = try format(palettes)
        } catch {
            throw PaletteDataError(error.kind, path: path, line: error.line, reason: error.reason)
        }
        try TextFiles.write(text, to: path)
    }

    /// Parses five colour cells of `row`.
    static func colors(_ cells: ArraySlice<String>, row: CSVRow, path: String) throws(PaletteDataError) -> [RGB8] {
        guard cells.count == colorCount else {
            throw PaletteDataError(.wrongCellCount, path: path, line: row.line,
                                   reason: "\(cells.count) colour cells, expected \(colorCount)")
        }
        var palette: [RGB8] = []
        palette.reserveCapacity(colorCount)
        for cell in cells {
            do {
                palette.append(try RGB8(hex: cell))
            } catch {
                throw PaletteDataError(.badColor, path: path, line: row.line,
                                       reason: "\"\(cell)\" is not a colour (expected #rrggbb)")
            }
        }
        return palette
    }
}

import ColorScience

/// One row of a paired file: an image and the palette a person made for it.
public struct PalettePair: Sendable, Equatable {
    /// The image's path: the file's folder joined with the path the row gives.
    public var imagePath: String
    /// The palette's five colours, in the order the file gives.
    public var palette: [RGB8]
    /// The 1-based line of the row in its file (for error messages).
    public var line: Int

    /// A pair of an image path and a palette (five colours), from `line` of its file.
    public init(imagePath: String, palette: [RGB8], line: Int) {
        self.imagePath = imagePath
        self.palette = palette
        self.line = line
    }
}

/// Paired files, the form of real (image, palette) training data: a header
/// `image,c1,c2,c3,c4,c5`, then one row per pair. The image cell is a path relative to an
/// image folder given by the caller (`photos/beach.jpg`); an absolute path (starting with `/`)
/// is used as given. A cell holding a comma must be quoted with `"`. The same tolerance as
/// `PaletteCSV` applies (CRLF, blank lines, no trailing newline).
public enum PairedCSV {
    /// The header line, without its line end.
    public static let header = "image,c1,c2,c3,c4,c5"

    /// The pairs in `text`, with image paths resolved against `imageFolder`; `path` only names
    /// the source in errors. The images themselves are not opened.
    /// - Throws: `.badHeader`, `.wrongCellCount` (a row without six cells), `.badImagePath` (an
    ///   empty image cell) or `.badColor`, each with the line.
    public static func parse(_ text: String, path: String, imageFolder: String) throws(PaletteDataError) -> [PalettePair] {
        let rows = CSVRows.parse(text)
        guard let first = rows.first else { return [] }
        guard first.cells.map({ $0.lowercased() }) == header.split(separator: ",").map(String.init) else {
            throw PaletteDataError(.badHeader, path: path, line: first.line,
                                   reason: "expected the header \"\(header)\", found \"\(first.cells.joined(separator: ","))\"")
        }
        var pairs: [PalettePair] = []
        for row in rows.dropFirst() {
            guard row.cells.count == PaletteCSV.colorCount + 1 else {
                throw PaletteDataError(.wrongCellCount, path: path, line: row.line,
                                       reason: "\(row.cells.count) cells, expected an image and \(PaletteCSV.colorCount) colours")
            }
            let image = row.cells[0]
            guard !image.isEmpty else {
                throw PaletteDataError(.badImagePath, path: path, line: row.line, reason: "the image cell is empty")
            }
            let palette = try PaletteCSV.colors(row.cells[1...], row: row, path: path)
            pairs.append(PalettePair(imagePath: resolve(image, in: imageFolder), palette: palette, line: row.line))
        }
        return pairs
    }

    /// The pairs in the file at `path` (see `parse(_:path:imageFolder:)`).
    public static func read(path: String, imageFolder: String) throws(PaletteDataError) -> [PalettePair] {
        try parse(try TextFiles.read(path), path: path, imageFolder: imageFolder)
    }

    /// `relative` joined to `folder` with one `/`, or `relative` itself when it is absolute or
    /// the folder is empty.
    static func resolve(_ relative: String, in folder: String) -> String {
        if relative.hasPrefix("/") || folder.isEmpty { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}

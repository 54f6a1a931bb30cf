/// Why palette or pair data could not be read or written, with the file (and line) concerned.
public struct PaletteDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The file or folder does not exist.
        case missing
        /// The file exists but cannot be read, or is not UTF-8 text.
        case unreadable
        /// The file could not be written.
        case unwritable
        /// The first line is not the expected header.
        case badHeader
        /// A row has the wrong number of cells.
        case wrongCellCount
        /// A cell is not a `#rrggbb` colour.
        case badColor
        /// A row of a paired file names no image, or names one outside its folder.
        case badImagePath
        /// A palette does not have the expected number of colours.
        case wrongColorCount
        /// A path that must be a folder is a file.
        case notAFolder
    }

    /// The class of failure.
    public let kind: Kind
    /// The file or folder concerned.
    public let path: String
    /// The 1-based line of the file, when the failure concerns one line.
    public let line: Int?
    /// A human-readable reason.
    public let reason: String

    /// Makes an error of `kind` for `path` (and `line`, 1-based) with a reason.
    public init(_ kind: Kind, path: String, line: Int? = nil, reason: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// "path:line: reason", or "path: reason" without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

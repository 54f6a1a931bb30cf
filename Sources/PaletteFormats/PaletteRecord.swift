import ColorScience

/// A palette with what it belongs to and how it was made: the unit the output formats encode.
public struct PaletteRecord: Hashable, Sendable {
    /// What a palette belongs to.
    public enum Origin: Hashable, Sendable {
        /// Extracted from the image at this path (as the user wrote it).
        case image(path: String)
        /// Anything else, by name (for example a sample number).
        case named(String)
    }

    /// What the palette belongs to.
    public var origin: Origin
    /// How it was made, for example `kmeans` or `mmcq`.
    public var method: String
    /// The colours, in output order.
    public var colors: [RGB8]

    /// Creates a record.
    public init(origin: Origin, method: String, colors: [RGB8]) {
        self.origin = origin
        self.method = method
        self.colors = colors
    }

    /// The image path or the name, for headings and comments.
    public var label: String {
        switch origin {
        case .image(let path): path
        case .named(let name): name
        }
    }
}

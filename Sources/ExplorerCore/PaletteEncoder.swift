import ColorScience

/// A file format a palette can be exported to (hex, json, gpl, css), provided by the
/// executable from the PaletteFormats target.
public struct PaletteEncoder: Sendable {
    /// Format name as typed by the user, e.g. `gpl`; also the file extension it is chosen by.
    public var name: String
    /// Encodes colours under a palette name into the file's full text.
    public var encode: @Sendable (_ colours: [RGB8], _ name: String) -> String

    /// Creates an encoder.
    public init(name: String, encode: @escaping @Sendable (_ colours: [RGB8], _ name: String) -> String) {
        self.name = name
        self.encode = encode
    }
}

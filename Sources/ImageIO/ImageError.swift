/// Why an image could not be loaded or written, with the file it concerns.
public struct ImageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// No file at the path.
        case missing
        /// The file exists but cannot be read (permissions, a directory, an I/O error).
        case unreadable
        /// The file or byte buffer holds zero bytes.
        case empty
        /// The data ends before the image is complete.
        case truncated
        /// The data is not a valid image of its format.
        case corrupt
        /// Not a format this library decodes (or a variant of one it does not support).
        case unsupportedFormat
        /// The header claims more pixels, or a longer side, than the configured limits.
        case tooLarge
        /// Encoding an image failed (bad size for the format, or out of memory).
        case encodingFailed
    }

    /// The class of failure.
    public let kind: Kind
    /// The file concerned, or nil for an in-memory buffer without a name.
    public let path: String?
    /// A human-readable reason (from the codec where there is one).
    public let reason: String

    /// Makes an error of `kind` for `path` with a reason.
    public init(_ kind: Kind, path: String?, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    /// "path: reason" (or "image data: reason" without a path).
    public var description: String {
        "\(path ?? "image data"): \(reason)"
    }
}

/// A file operation that failed, with the path and the system's reason.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path involved.
    public var path: String
    /// Why, e.g. `Permission denied`.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

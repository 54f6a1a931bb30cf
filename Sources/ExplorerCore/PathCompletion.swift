/// One entry of a directory listed for path completion.
public struct DirectoryEntry: Hashable, Sendable {
    /// File name, without any directory.
    public var name: String
    /// Whether the entry is a directory (completion then appends `/`).
    public var isDirectory: Bool

    /// Creates an entry.
    public init(name: String, isDirectory: Bool) {
        self.name = name
        self.isDirectory = isDirectory
    }
}

/// Tab completion of paths, as pure functions: the shell only lists the directory.
public enum PathCompletion {
    /// Splits typed text into the directory to list (as typed, ending in `/`, or empty for the
    /// current directory) and the partial name after it.
    public static func split(_ text: String) -> (directory: String, partial: String) {
        guard let slash = text.lastIndex(of: "/") else { return ("", text) }
        let afterSlash = text.index(after: slash)
        return (String(text[..<afterSlash]), String(text[afterSlash...]))
    }

    /// The outcome of completing a text against a directory listing.
    public enum Outcome: Hashable, Sendable {
        /// Nothing matches.
        case noMatch
        /// The text becomes `text` (a unique match, or the longest common prefix of several).
        case completed(text: String)
        /// Several names match and the text cannot be extended: show them (directories with `/`).
        case ambiguous(candidates: [String])
    }

    /// Completes `text` from the entries of its directory. Hidden files are offered only when
    /// the partial name starts with a dot.
    public static func complete(_ text: String, entries: [DirectoryEntry]) -> Outcome {
        let (directory, partial) = split(text)
        let showHidden = partial.hasPrefix(".")
        let matches = entries
            .filter { $0.name.hasPrefix(partial) && (showHidden || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
        guard let first = matches.first else { return .noMatch }
        if matches.count == 1 {
            return .completed(text: directory + first.name + (first.isDirectory ? "/" : ""))
        }
        let prefix = matches.dropFirst().reduce(Array(first.name)) { common, entry in
            Array(zip(common, entry.name).prefix { $0 == $1 }.map(\.0))
        }
        if prefix.count > Array(partial).count {
            return .completed(text: directory + String(prefix))
        }
        return .ambiguous(candidates: matches.map { $0.name + ($0.isDirectory ? "/" : "") })
    }
}

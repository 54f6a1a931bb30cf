import ExplorerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The favourites file: read, change (with the core's pure `FavouritesDocument`), write back
/// atomically. Operations are serialised, and an advisory lock on `PATH.lock` keeps two
/// explorers from losing each other's changes. A file that is not UTF-8 text is never rewritten.
public actor FavouritesStore {
    /// The file, or nil when no location could be determined.
    public let path: String?

    /// Creates a store for a file.
    public init(path: String?) { self.path = path }

    /// The default location: `$XDG_DATA_HOME/palette/favourites.txt`, or
    /// `$HOME/.local/share/palette/favourites.txt` when `XDG_DATA_HOME` is unset or relative
    /// (as the XDG base directory specification says). Nil without a home directory.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/palette/favourites.txt"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/palette/favourites.txt"
    }

    /// Applies an operation and returns all entries afterwards.
    public func apply(_ operation: FavouritesOperation) throws(FileError) -> [NamedPalette] {
        guard let path else { throw FileError(path: "favourites", reason: "no home directory (HOME is not set)") }
        let directory = AtomicFile.parentDirectory(of: path)
        if operation != .load { try AtomicFile.createDirectories(directory) }
        let lock = operation != .load ? open(path + ".lock", O_WRONLY | O_CREAT | O_CLOEXEC, 0o600) : -1
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        var document = FavouritesDocument(text: "")
        if let bytes = try AtomicFile.read(path) {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw FileError(path: path, reason: "not UTF-8 text; left untouched")
            }
            document = FavouritesDocument(text: text)
        }
        if document.apply(operation) {
            try AtomicFile.write(document.text, to: path)
        }
        return document.entries
    }
}

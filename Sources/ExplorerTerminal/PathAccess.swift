import ExplorerCore
import Foundation

/// Paths as typed in the explorer, made usable.
enum PathAccess {
    /// Expands a leading `~` or `~/` to `home`.
    static func expand(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// Lists a directory for completion; `path` empty means the current directory.
    static func list(_ path: String, home: String?) throws(FileError) -> [DirectoryEntry] {
        let directory = path.isEmpty ? "." : expand(path, home: home)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw FileError(path: path.isEmpty ? "." : path, reason: "cannot list the directory")
        }
        return names.map { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            return DirectoryEntry(name: name, isDirectory: exists && isDirectory.boolValue)
        }
    }
}

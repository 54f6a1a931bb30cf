import Foundation

/// Reading and writing whole UTF-8 text files with typed errors.
enum TextFiles {
    /// The contents of the file at `path`.
    /// - Throws: `.missing` when nothing is there, `.unreadable` for a folder, an I/O error or
    ///   text that is not UTF-8.
    static func read(_ path: String) throws(PaletteDataError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw PaletteDataError(.missing, path: path, reason: "no such file")
        }
        if isFolder.boolValue { throw PaletteDataError(.unreadable, path: path, reason: "is a folder, not a file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PaletteDataError(.unreadable, path: path, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PaletteDataError(.unreadable, path: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// Writes `text` to `path` atomically (a temporary file renamed into place).
    static func write(_ text: String, to path: String) throws(PaletteDataError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PaletteDataError(.unwritable, path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}

import Foundation

/// Finding the images in a folder by their file name extension.
public enum ImageFolder {
    /// File name extensions taken as images, compared case-insensitively: the formats ImageIO
    /// decodes.
    public static let extensions: Set<String> = ["jpg", "jpeg", "png", "gif", "bmp", "webp"]

    /// The image files in `folder`, as paths (`folder` joined with the file's relative path),
    /// sorted by that relative path byte by byte (so the order is the same on every machine).
    /// Hidden files and folders (names starting with `.`) are skipped. With `recursive`, files in
    /// subfolders at any depth are included (symbolic links to folders are not followed);
    /// otherwise only the folder's own files.
    /// - Throws: `.missing` when `folder` does not exist, `.notAFolder` when it is a file,
    ///   `.unreadable` when it cannot be listed.
    public static func list(_ folder: String, recursive: Bool = false) throws(PaletteDataError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw PaletteDataError(.missing, path: folder, reason: "no such folder")
        }
        guard isFolder.boolValue else { throw PaletteDataError(.notAFolder, path: folder, reason: "is a file, not a folder") }
        var relativePaths: [String] = []
        try collect(folder: folder, prefix: "", recursive: recursive, into: &relativePaths)
        relativePaths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return relativePaths.map { PairedCSV.resolve($0, in: folder) }
    }

    /// True when `name` ends in one of `extensions` (after a dot), in any case.
    public static func isImageName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func collect(folder: String, prefix: String, recursive: Bool,
                                into paths: inout [String]) throws(PaletteDataError) {
        let here = PairedCSV.resolve(prefix, in: folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: prefix.isEmpty ? folder : here)
        } catch {
            throw PaletteDataError(.unreadable, path: prefix.isEmpty ? folder : here,
                                   reason: "cannot list the folder: \(error.localizedDescription)")
        }
        for name in names where !name.hasPrefix(".") {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let full = PairedCSV.resolve(relative, in: folder)
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            let type = attributes?[.type] as? FileAttributeType
            if type == .typeDirectory {
                if recursive { try collect(folder: folder, prefix: relative, recursive: true, into: &paths) }
            } else if isImageName(name) {
                paths.append(relative)
            }
        }
    }
}

import ColorScience
import ExplorerCore
@testable import ExplorerTerminal
import Foundation
import Testing

/// A fresh temporary directory, removed by `cleanup`.
private func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("palette-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private let sample = NamedPalette(label: "sea", colours: [
    RGB8(r: 0x26, g: 0x46, b: 0x53), RGB8(r: 0x2a, g: 0x9d, b: 0x8f), RGB8(r: 0xe9, g: 0xc4, b: 0x6a),
    RGB8(r: 0xf4, g: 0xa2, b: 0x61), RGB8(r: 0xe7, g: 0x6f, b: 0x51),
])

@Suite("Files")
struct FileTests {
    @Test("atomic writes replace the file, keep its permissions and leave no temporary file")
    func atomicWrite() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/out.gpl"
        try AtomicFile.write("first\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        chmod(path, 0o600)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.gpl"])
        #expect(throws: FileError.self) { try AtomicFile.write("x", to: directory + "/missing/dir/file") }
        #expect(try AtomicFile.read(directory + "/nothing") == nil)
    }

    @Test("favourites: created under the data directory, appended, deleted, unknown lines kept")
    func favourites() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = FavouritesStore.defaultPath(environment: ["XDG_DATA_HOME": directory, "HOME": "/nonexistent"])!
        #expect(path == directory + "/palette/favourites.txt")
        #expect(FavouritesStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])
                == "/home/u/.local/share/palette/favourites.txt")
        #expect(FavouritesStore.defaultPath(environment: [:]) == nil)
        let store = FavouritesStore(path: path)
        #expect(try await store.apply(.load) == [])
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try await store.apply(.add(sample)) == [sample])
        // Lines written by hand survive every rewrite.
        let handWritten = try String(contentsOfFile: path, encoding: .utf8) + "; my note\n"
        try handWritten.write(toFile: path, atomically: true, encoding: .utf8)
        var second = sample
        second.label = "second"
        #expect(try await store.apply(.add(second)) == [sample, second])
        #expect(try await store.apply(.remove(sample)) == [second])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == FavouritesDocument.header + "\n; my note\n" + FavouritesDocument.format(second) + "\n")
    }

    @Test("concurrent saves from two stores on one file lose nothing")
    func concurrentSaves() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/favourites.txt"
        let a = FavouritesStore(path: path), b = FavouritesStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                var palette = sample
                palette.label = "entry \(index)"
                let store = index % 2 == 0 ? a : b
                group.addTask { _ = try await store.apply(.add(palette)) }
            }
            try await group.waitForAll()
        }
        let entries = try await a.apply(.load)
        #expect(Set(entries.map(\.label)) == Set((0..<20).map { "entry \($0)" }))
    }

    @Test("a favourites file that is not UTF-8 is reported and never rewritten")
    func notText() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/favourites.txt"
        let bytes: [UInt8] = [0x23, 0xff, 0xfe, 0x0a]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let store = FavouritesStore(path: path)
        await #expect(throws: FileError.self) { try await store.apply(.add(sample)) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test("paths: ~ expansion and directory listing for completion")
    func paths() throws {
        #expect(PathAccess.expand("~/a.png", home: "/home/u") == "/home/u/a.png")
        #expect(PathAccess.expand("~", home: "/home/u") == "/home/u")
        #expect(PathAccess.expand("~x/a", home: "/home/u") == "~x/a")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: false)
        try "x".write(toFile: directory + "/f.png", atomically: true, encoding: .utf8)
        let entries = try PathAccess.list(directory + "/", home: nil).sorted { $0.name < $1.name }
        #expect(entries == [DirectoryEntry(name: "f.png", isDirectory: false), DirectoryEntry(name: "sub", isDirectory: true)])
        #expect(throws: FileError.self) { try PathAccess.list(directory + "/nope/", home: nil) }
    }
}

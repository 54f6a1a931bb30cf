import Foundation

/// Scratch files for tests that need a path.
enum TemporaryFile {
    static func directory() -> String {
        let dir = NSTemporaryDirectory() + "imageio-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let path = directory() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}

import Foundation

/// Runs the built `palette` executable and captures what it prints.
enum PaletteProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "palette executable not found; looked at: \(searched.joined(separator: ", "))" }
    }

    /// The executable in the build products directory, which also holds the test bundle, or
    /// the one named by `PALETTE_EXECUTABLE` (to run these tests against a release build).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["PALETTE_EXECUTABLE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var directories: [URL] = []
        // Linux: the test runner is an executable in the products directory.
        directories.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent())
        // macOS: the products directory holds the .xctest bundle.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        let candidates = directories.map { $0.appendingPathComponent("palette") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotFound(searched: candidates.map(\.path))
        }
        return found
    }

    /// Runs `palette` with the arguments in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Outputs here are small; read both to the end, then reap the process.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

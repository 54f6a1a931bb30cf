import Foundation

/// Runs the built `palette` executable (or `palette-train`, `palette-bench`) and captures what
/// it prints.
enum PaletteProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "executable not found; looked at: \(searched.joined(separator: ", "))" }
    }

    /// The executable in the build products directory, which also holds the test bundle, or for
    /// `palette` the one named by `PALETTE_EXECUTABLE` (to run these tests against a release build).
    static func executable(_ name: String = "palette") throws -> URL {
        if name == "palette", let path = ProcessInfo.processInfo.environment["PALETTE_EXECUTABLE"], !path.isEmpty {
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
        let candidates = directories.map { $0.appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotFound(searched: candidates.map(\.path))
        }
        return found
    }

    /// Runs `program` with the arguments in `directory` and waits for it. `environment` replaces
    /// the test's environment when given. With `terminal`, the program runs under util-linux
    /// `script`, so that its standard output (and standard error, merged into it) is a fresh
    /// pseudo-terminal; its CR LF line ends are read back as LF.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                    terminal: Bool = false, program: String = "palette") throws -> Output {
        let process = Process()
        let executable = try executable(program)
        if terminal {
            let command = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-q", "-e", "-c", command.joined(separator: " "), "/dev/null"]
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Outputs here are small; read both to the end, then reap the process.
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: terminal ? stdout.replacingOccurrences(of: "\r\n", with: "\n") : stdout,
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

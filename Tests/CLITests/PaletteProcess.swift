import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    struct NoTerminal: Error, CustomStringConvertible {
        var description: String { "could not open a pseudo-terminal" }
    }

    /// The executable in the build products directory, which also holds the test bundle.
    static func executable(_ name: String = "palette") throws -> URL {
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
    /// the test's environment when given. With `terminal`, standard output is a fresh
    /// pseudo-terminal (its CR LF line ends read back as LF).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                    terminal: Bool = false, program: String = "palette") throws -> Output {
        let process = Process()
        process.executableURL = try executable(program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        var pseudoTerminal: (main: Int32, other: FileHandle)?
        if terminal {
            let main = posix_openpt(O_RDWR | O_NOCTTY)
            guard main >= 0, grantpt(main) == 0, unlockpt(main) == 0, let name = ptsname(main) else { throw NoTerminal() }
            // O_NOCTTY: the terminal must not become the test runner's controlling terminal.
            let descriptor = open(name, O_RDWR | O_NOCTTY)
            guard descriptor >= 0 else { throw NoTerminal() }
            let other = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            pseudoTerminal = (main, other)
            process.standardOutput = other
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Outputs here are small; read both to the end, then reap the process.
        var stdout: Data
        if let pseudoTerminal {
            try pseudoTerminal.other.close()
            stdout = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                // Reading ends with EIO once the child has closed the terminal.
                let count = read(pseudoTerminal.main, &buffer, buffer.count)
                if count <= 0 { break }
                stdout.append(contentsOf: buffer[..<count])
            }
            close(pseudoTerminal.main)
        } else {
            stdout = out.fileHandleForReading.readDataToEndOfFile()
        }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: stdout, as: UTF8.self)
        return Output(
            status: process.terminationStatus,
            stdout: terminal ? text.replacingOccurrences(of: "\r\n", with: "\n") : text,
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

import Foundation
import Testing

/// What the built and installed programs link to, and `make install` / `make uninstall`.
@Suite(.serialized) struct InstallTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a program from PATH (or an absolute path) and returns its status and output.
    private static func shell(_ arguments: [String], in directory: URL? = nil,
                              environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// The shared libraries `ldd` lists for a program.
    private static func libraries(of path: String) throws -> String {
        let ldd = try shell(["ldd", path])
        #expect(ldd.status == 0, "\(ldd.output)")
        return ldd.output
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd")))
    func nothingLinksLibpng() throws {
        for program in ["palette", "palette-train", "palette-bench"] {
            let libraries = try Self.libraries(of: try PaletteProcess.executable(program).path)
            #expect(libraries.contains("libjpeg"), "\(libraries)")
            #expect(!libraries.contains("libpng"), "\(program): \(libraries)")
        }
    }

    /// A full release build: minutes, so only with PALETTE_INSTALL_TEST=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PALETTE_INSTALL_TEST"] == "1"))
    func installedProgramsRunWithoutTheSwiftToolchain() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("palette-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = try Self.shell(["make", "install", "PREFIX=\(prefix.path)"], in: Self.root)
        #expect(install.status == 0, "\(install.output)")

        let files = ["bin/palette", "bin/palette-train", "share/man/man1/palette.1", "share/man/man1/palette-train.1",
                     "share/bash-completion/completions/palette", "share/zsh/site-functions/_palette",
                     "share/fish/vendor_completions.d/palette.fish", "share/bash-completion/completions/palette-train",
                     "share/zsh/site-functions/_palette-train", "share/fish/vendor_completions.d/palette-train.fish"]
        for file in files {
            let size = (try? FileManager.default.attributesOfItem(atPath: prefix.appendingPathComponent(file).path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(file)")
        }
        let manual = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/palette.1"), encoding: .utf8)
        #expect(manual.contains(".Dt PALETTE 1") && manual.contains("interpolate"))
        let bash = try String(contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/palette"), encoding: .utf8)
        #expect(bash.contains("sample") && bash.contains("--color"))

        // No Swift runtime among the shared libraries, and runs with the toolchain out of reach.
        for program in ["palette", "palette-train"] {
            let path = prefix.appendingPathComponent("bin/\(program)").path
            let libraries = try Self.libraries(of: path)
            #expect(!libraries.contains("libswift") && !libraries.contains("libFoundation") && !libraries.contains("/opt/swift"),
                    "\(libraries)")
            let version = try Self.shell([path, "--version"], environment: ["PATH": "/usr/bin:/bin"])
            #expect(version.status == 0 && version.output == "0.1.0\n", "\(version.output)")
        }
        let sample = try Self.shell([prefix.appendingPathComponent("bin/palette").path, "sample", "--count", "2", "--seed", "7",
                                     "--format", "hex"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(sample.status == 0)
        #expect(sample.output.split(separator: "\n").count == 2, "\(sample.output)")

        let uninstall = try Self.shell(["make", "uninstall", "PREFIX=\(prefix.path)"], in: Self.root)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        for file in files {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
    }
}

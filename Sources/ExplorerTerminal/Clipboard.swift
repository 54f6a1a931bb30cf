import Foundation

/// Putting text on the clipboard: the OSC 52 escape sequence (works over SSH and in tmux with
/// `set-clipboard on`), plus a local clipboard program when one is present.
enum Clipboard {
    /// The OSC 52 sequence that asks the terminal to put `text` on the clipboard:
    /// `ESC ] 52 ; c ; BASE64 BEL`.
    static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// The clipboard program to use, as a command line, or nil: `wl-copy` under Wayland,
    /// `xclip` or `xsel` under X11, `pbcopy` on macOS. `find` maps a program name to its path.
    static func program(environment: [String: String], find: (String) -> String?) -> [String]? {
        var candidates: [[String]] = []
        if environment["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true { candidates.append(["wl-copy"]) }
        if environment["DISPLAY"].map({ !$0.isEmpty }) == true {
            candidates.append(["xclip", "-selection", "clipboard"])
            candidates.append(["xsel", "--clipboard", "--input"])
        }
        #if os(macOS)
        candidates.append(["pbcopy"])
        #endif
        for candidate in candidates {
            if let path = find(candidate[0]) { return [path] + candidate.dropFirst() }
        }
        return nil
    }

    /// The first executable named `name` on `PATH`.
    static func findOnPath(_ name: String, environment: [String: String]) -> String? {
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a clipboard program with `text` on its standard input; its output is discarded.
    /// Gives up after two seconds. Returns whether it exited successfully.
    static func run(_ command: [String], text: String) async -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        for _ in 0..<200 where process.isRunning {
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        if process.isRunning {
            process.terminate()
            return false
        }
        return process.terminationStatus == 0
    }
}

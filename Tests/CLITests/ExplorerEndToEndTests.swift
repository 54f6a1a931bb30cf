import Foundation
import ImageIO
import Testing

/// The real `palette` explorer in a tmux pane with a direct-colour TERM: swatches in 24-bit
/// colour, arrows walk, `+` widens the interval, `y` copies through OSC 52, `q` restores the screen.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed (make deps installs it)"))
struct ExplorerEndToEndTests {
    /// `#rrggbb` codes in text, in order.
    private static func hexCodes(_ text: some StringProtocol) -> [String] {
        var codes: [String] = []
        var rest = Substring(text)
        while let hash = rest.firstIndex(of: "#") {
            let candidate = rest[hash...].prefix(7)
            if candidate.count == 7, candidate.dropFirst().allSatisfy(\.isHexDigit) { codes.append(String(candidate)) }
            rest = rest[rest.index(after: hash)...]
        }
        return codes
    }

    /// The SGR sequence that paints a background `#rrggbb`.
    private static func background(_ hex: String) -> String {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return "\u{1B}[48;2;\(value >> 16);\((value >> 8) & 0xff);\(value & 0xff)m"
    }

    /// The palette area's hex codes (every line but the status line at the bottom).
    private static func paletteCodes(_ screen: String) -> [String] {
        hexCodes(screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n"))
    }

    /// The status line's interval, e.g. `1.00`.
    private static func interval(_ screen: String) -> String? {
        guard let range = screen.range(of: #"interval [0-9]+\.[0-9]+"#, options: .regularExpression) else { return nil }
        return String(screen[range].dropFirst("interval ".count))
    }

    /// The pane's text once `condition` holds and two captures 50 ms apart agree (a whole frame,
    /// not one tmux is still receiving).
    private static func settledScreen(_ tmux: Tmux, _ what: String, _ condition: @escaping (String) -> Bool) throws -> String {
        var previous = ""
        return try tmux.poll(what) { () throws -> String? in
            let screen = try tmux.capture()
            defer { previous = screen }
            return screen == previous && condition(screen) ? screen : nil
        }
    }

    @Test func keysChangeTheSwatchesAndQuitRestoresTheTerminal() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let vae = try TestWeights.write(.vae, in: scratch.directory)
        let vaegan = try TestWeights.write(.vaegan, in: scratch.directory)
        let configuration = try scratch.write("tmux.conf", Array("set -g set-clipboard on\nset -g default-terminal tmux-256color\n".utf8))
        let palette = try PaletteProcess.executable().path
        // No desktop display, so the copy goes through OSC 52 only; favourites in the scratch folder.
        let command = """
            env -u DISPLAY -u WAYLAND_DISPLAY -u COLORTERM TERM=tmux-direct XDG_DATA_HOME='\(scratch.directory.path)' \
            '\(palette)' --weights '\(vae)' --weights '\(vaegan)' --seed 11; \
            echo "palette exited with status $?"; exec cat
            """
        let tmux = try Tmux.start(command: command, columns: 120, rows: 40, configuration: configuration)
        defer { tmux.kill() }

        // Swatches in 24-bit colour: every hex code on screen sits on its own colour.
        let first = try Self.settledScreen(tmux, "the first frame") {
            Self.interval($0) != nil && Self.paletteCodes($0).count >= 15
        }
        #expect(Self.interval(first) == "1.00")
        let codes = Self.paletteCodes(first)
        let coloured = try tmux.capture(escapes: true)
        for code in codes {
            #expect(coloured.contains(Self.background(code)), "\(code) is not drawn on a 24-bit background")
        }
        #expect(try tmux.format("#{alternate_on}") == "1")

        // An arrow key walks the plane: the swatches change.
        try tmux.send("Right")
        let walked = Self.paletteCodes(try Self.settledScreen(tmux, "the swatches to change after Right") {
            Self.paletteCodes($0) != codes
        })
        #expect(walked.count == codes.count)
        let walkedColoured = try tmux.capture(escapes: true)
        #expect(walked.allSatisfy { walkedColoured.contains(Self.background($0)) })

        // `+` widens the interval shown on the status line.
        try tmux.send("+", literal: true)
        let widened = try tmux.poll("the interval to change after +") { () throws -> String? in
            let value = Self.interval(try tmux.capture())
            return value != "1.00" ? value : nil
        }
        #expect(Double(widened) ?? 0 > 1.0)

        // `y` copies the selected palette's five hex codes into tmux's buffer through OSC 52.
        let before = try tmux.capture()
        try tmux.send("y", literal: true)
        let copied = try tmux.poll("tmux's buffer after y") { () -> String? in
            guard let text = tmux.buffer(), !text.isEmpty else { return nil }
            return text
        }
        let copiedCodes = copied.split(separator: " ").map(String.init)
        #expect(copiedCodes.count == 5)
        #expect(copiedCodes == Self.hexCodes(copied))
        #expect(Self.paletteCodes(before).joined().contains(copiedCodes.joined()), "copied \(copied), not a palette on screen")

        // `q` leaves the alternate screen: the shell's line is back and no swatch is left.
        try tmux.send("q", literal: true)
        let after = try tmux.poll("palette to exit") { () throws -> String? in
            let screen = try tmux.capture()
            return screen.contains("palette exited with status") ? screen : nil
        }
        #expect(after.contains("palette exited with status 0"))
        #expect(Self.hexCodes(after).isEmpty)
        #expect(!(try tmux.capture(escapes: true)).contains("\u{1B}[48;2;"))
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test func imageModeShowsTheOriginalSizeOfTheImage() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let vae = try TestWeights.write(.vae, in: scratch.directory)
        // 600x300, loaded for the explorer at its working size (256x128).
        var pixels: [UInt8] = []
        for y in 0..<300 {
            for x in 0..<600 { pixels += [UInt8(x * 255 / 599), 90, UInt8(y * 255 / 299), 255] }
        }
        let image = try #require(RGBAImage(width: 600, height: 300, pixels: pixels))
        let path = try scratch.png("wide.png", image)
        let configuration = try scratch.write("tmux.conf", Array("set -g default-terminal tmux-256color\n".utf8))
        let palette = try PaletteProcess.executable().path
        let command = "env -u COLORTERM TERM=tmux-direct '\(palette)' --weights '\(vae)' --seed 3 '\(path)'; exec cat"
        let tmux = try Tmux.start(command: command, columns: 120, rows: 40, configuration: configuration)
        defer { tmux.kill() }
        let screen = try Self.settledScreen(tmux, "image mode with wide.png") { $0.contains("Image ·") && $0.contains("wide.png") }
        #expect(screen.contains("· 600x300 ·"), "header: \(screen.split(separator: "\n").first ?? "")")
        #expect(!screen.contains("256x128"))
        try tmux.send("q", literal: true)
    }

    @Test func exportAsksBeforeReplacingAFile() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let vae = try TestWeights.write(.vae, in: scratch.directory)
        let existing = try scratch.write("existing.hex", Array("keep me\n".utf8))
        let configuration = try scratch.write("tmux.conf", Array("set -g default-terminal tmux-256color\n".utf8))
        let palette = try PaletteProcess.executable().path
        let command = "cd '\(scratch.directory.path)' && env -u COLORTERM TERM=tmux-direct '\(palette)' --weights '\(vae)' --seed 2; exec cat"
        let tmux = try Tmux.start(command: command, columns: 100, rows: 30, configuration: configuration)
        defer { tmux.kill() }
        _ = try Self.settledScreen(tmux, "the first frame") { Self.interval($0) != nil }
        func export() throws {
            try tmux.send("e", literal: true)
            _ = try Self.settledScreen(tmux, "the export prompt") { $0.contains("Export to file") }
            try tmux.send("existing.hex", literal: true)
            try tmux.send("Enter")
            _ = try Self.settledScreen(tmux, "the question") {
                $0.contains("Replace existing.hex? (y/n)") && $0.contains("existing.hex already exists")
            }
        }
        try export()
        try tmux.send("n", literal: true)
        _ = try Self.settledScreen(tmux, "the refusal") { $0.contains("Not exported; existing.hex is unchanged") }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")
        try export()
        try tmux.send("y", literal: true)
        _ = try Self.settledScreen(tmux, "the export") { $0.contains("Exported to existing.hex") }
        let written = try String(contentsOfFile: existing, encoding: .utf8)
        #expect(Self.hexCodes(written).count == 5, "\(written)")
        try tmux.send("q", literal: true)
    }
}

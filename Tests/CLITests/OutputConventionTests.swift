import Foundation
import Testing

/// `--color`, NO_COLOR and the JSON shapes, seen as a user sees them: the built `palette` with a
/// chosen environment, its standard output a pipe or a pseudo-terminal.
@Suite(.serialized) struct OutputConventionTests {
    private static let sample = ["sample", "--count", "1", "--seed", "7"]
    private static let direct = "\u{1B}[48;2;", palette256 = "\u{1B}[48;5;"

    /// The swatch kind in `text` output: "direct", "256", "plain" (hex codes, no escape at all).
    private static func swatches(_ extra: [String] = [], terminal: Bool, _ environment: [String: String]) throws -> String {
        var env = environment
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        let run = try PaletteProcess.run(sample + extra, environment: env, terminal: terminal)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5, "\(run.stdout)")
        if run.stdout.contains(direct) { return "direct" }
        if run.stdout.contains(palette256) { return "256" }
        #expect(!run.stdout.contains("\u{1B}"), "\(run.stdout)")
        #expect(lines.allSatisfy { $0.count == 7 && $0.hasPrefix("#") }, "\(run.stdout)")
        return "plain"
    }

    @Test func autoColoursTerminalsAtTheDepthTheyDeclare() throws {
        #expect(try Self.swatches(terminal: true, ["TERM": "xterm-256color"]) == "256")
        #expect(try Self.swatches(terminal: true, ["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == "direct")
        #expect(try Self.swatches(terminal: true, ["TERM": "xterm-256color", "COLORTERM": "24bit"]) == "direct")
        #expect(try Self.swatches(terminal: true, ["TERM": "xterm-direct"]) == "direct")
        // Fewer than 256 colours, no description, or no colours: plain hex codes.
        #expect(try Self.swatches(terminal: true, ["TERM": "xterm"]) == "plain")
        #expect(try Self.swatches(terminal: true, ["TERM": "no-such-terminal"]) == "plain")
        #expect(try Self.swatches(terminal: true, ["TERM": "dumb", "COLORTERM": "truecolor"]) == "plain")
        #expect(try Self.swatches(terminal: true, [:]) == "plain")
    }

    @Test func noColorAndPipesTurnAutoOff() throws {
        let colourful = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]
        #expect(try Self.swatches(terminal: false, colourful) == "plain")
        #expect(try Self.swatches(terminal: true, colourful.merging(["NO_COLOR": "1"]) { $1 }) == "plain")
        #expect(try Self.swatches(terminal: true, colourful.merging(["NO_COLOR": "anything"]) { $1 }) == "plain")
        // Set but empty does not count (no-color.org).
        #expect(try Self.swatches(terminal: true, colourful.merging(["NO_COLOR": ""]) { $1 }) == "direct")
    }

    @Test func explicitChoicesOverrideTheEnvironment() throws {
        let noColour = ["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"]
        #expect(try Self.swatches(["--color", "never"], terminal: true, ["TERM": "xterm-direct"]) == "plain")
        #expect(try Self.swatches(["--color", "always"], terminal: false, noColour) == "direct")
        #expect(try Self.swatches(["--color", "always"], terminal: false, ["TERM": "xterm-256color"]) == "256")
        #expect(try Self.swatches(["--color", "always"], terminal: false, ["TERM": "dumb"]) == "256")
        #expect(try Self.swatches(["--color", "truecolor"], terminal: false, [:]) == "direct")
        #expect(try Self.swatches(["--color", "256"], terminal: true, noColour) == "256")
    }

    @Test func otherFormatsNeverCarryEscapes() throws {
        for format in ["hex", "json", "jsonl", "gpl", "css"] {
            let run = try PaletteProcess.run(Self.sample + ["--format", format, "--color", "always"])
            #expect(run.status == 0)
            #expect(!run.stdout.contains("\u{1B}"), "\(format)")
        }
    }

    @Test func everyCommandAcceptsColor() throws {
        for command in ["explore", "sample", "extract", "interpolate", "evaluate", "contrast"] {
            let help = try PaletteProcess.run([command, "--help"])
            #expect(help.stdout.contains("--color <when>"), "\(command)")
        }
        let invalid = try PaletteProcess.run(Self.sample + ["--color", "sometimes"])
        #expect(invalid.status == 64)
        // The explorer keeps its old values and refuses never.
        for value in ["auto", "always", "truecolor", "256"] {
            let explore = try PaletteProcess.run(["explore", "--color", value], environment: ["TERM": "dumb"])
            #expect(explore.status == 1, "\(value): \(explore.stderr)")
        }
        let never = try PaletteProcess.run(["explore", "--color", "never"])
        #expect(never.status == 64)
        #expect(never.stderr.hasPrefix("palette: error: the explorer shows colours"))
    }

    @Test func jsonIsAlwaysAnArrayAndJsonlOneObjectPerLine() throws {
        for count in [1, 3] {
            let json = try PaletteProcess.run(["sample", "--count", "\(count)", "--seed", "1", "--format", "json"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(array.count == count)

            let jsonl = try PaletteProcess.run(["sample", "--count", "\(count)", "--seed", "1", "--format", "jsonl"])
            let lines = jsonl.stdout.split(separator: "\n")
            #expect(lines.count == count)
            let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            #expect(objects.map { $0["colors"] as? [String] } == array.map { $0["colors"] as? [String] })
        }
        let interpolation = try PaletteProcess.run(["interpolate", "--from", "#000 #333 #666 #999 #ccc",
                                                    "--to", "#f00 #0f0 #00f #ff0 #0ff", "--steps", "2", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(interpolation.stdout.utf8)) as? [Any])?.count == 2)
    }
}

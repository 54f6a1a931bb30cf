import Foundation
import ImageIO
import Testing

/// The README's headline examples run from the repository as they are written, with the output
/// they show, on the example image in `assets/`.
@Suite(.serialized) struct ReadmeExampleTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The commands of the README's first `$ palette` code block, each with the lines it prints.
    private static func examples() throws -> [(command: [String], output: String)] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let opening = try #require(readme.range(of: "```\n$ palette "))
        let closing = try #require(readme.range(of: "\n```", range: opening.upperBound..<readme.endIndex))
        let block = readme[readme.index(opening.lowerBound, offsetBy: 4)..<closing.lowerBound]
        var examples: [(command: [String], output: String)] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("$ palette ") {
                // `$ palette ARGUMENTS  # comment` (a comment starts with " # ", unlike a hex code)
                let command = String(line.dropFirst(2)).components(separatedBy: " # ")[0]
                examples.append((command.split(separator: " ").dropFirst().map(String.init), ""))
            } else if !examples.isEmpty {
                examples[examples.count - 1].output += line + "\n"
            }
        }
        return examples
    }

    @Test func headlineExamplesPrintWhatTheReadmeShows() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 4)
        for example in examples {
            #expect(!example.command.contains("beach.jpg"))
            let run = try PaletteProcess.run(example.command, in: Self.root)
            #expect(run.status == 0, "\(example.command): \(run.stderr)")
            #expect(run.stdout == example.output, "palette \(example.command.joined(separator: " "))")
        }
    }

    @Test func theExampleImageIsWhatTheBenchToolDraws() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let drawn = scratch.directory.appendingPathComponent("seaside.png").path
        let run = try PaletteProcess.run(["example-image", "--out", drawn], program: "palette-bench")
        #expect(run.status == 0, "\(run.stderr)")
        let committed = Self.root.appendingPathComponent("assets/seaside.png").path
        let bytes = try #require(FileManager.default.contents(atPath: committed))
        #expect(bytes.count < 100_000)
        let loader = ImageLoader()
        let expected = try loader.load(path: committed)
        let actual = try loader.load(path: drawn)
        #expect(actual.width == expected.width && actual.height == expected.height)
        #expect(actual.pixels == expected.pixels)
    }
}

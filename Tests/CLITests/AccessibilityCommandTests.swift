import ColorScience
import Foundation
import Testing

/// `palette contrast` and `--simulate`, run as a separate process.
@Suite(.serialized) struct AccessibilityCommandTests {
    /// Far apart for normal vision, 1.9 Lab units apart with protanopia (see the ColorScience
    /// tests).
    static let protanConfused = ["#66a182", "#c28e7c"]

    @Test func contrastPrintsEveryPairAsJSON() throws {
        let run = try PaletteProcess.run(["contrast", "#000 #ffffff", "767676", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == """
            [
              {"colors": ["#000000", "#ffffff"], "ratio": 21.00, "normal": "AAA", "large": "AAA"},
              {"colors": ["#000000", "#767676"], "ratio": 4.62, "normal": "AA", "large": "AAA"},
              {"colors": ["#ffffff", "#767676"], "ratio": 4.54, "normal": "AA", "large": "AAA"}
            ]

            """)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
    }

    @Test func contrastTextIsAGridWithALegend() throws {
        let run = try PaletteProcess.run(["contrast", "#ffffff,#777777", "--color", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "           #ffffff    #777777")
        #expect(lines[1] == "#ffffff          -  4.47 AA-L")
        #expect(lines[2] == "#777777  4.47 AA-L          -")
        #expect(run.stdout.contains("AA-L 3:1 or more: large text only, level AA"))

        let coloured = try PaletteProcess.run(["contrast", "#ffffff,#777777", "--color", "truecolor"])
        #expect(coloured.stdout.contains("\u{1B}[48;2;119;119;119m  \u{1B}[0m #777777  4.47 AA-L"), "\(coloured.stdout)")
    }

    @Test func badPalettesAreUsageErrors() throws {
        let invalid = try PaletteProcess.run(["contrast", "#112233 #12345g"])
        #expect(invalid.status == 64)
        #expect(invalid.stdout.isEmpty)
        #expect(invalid.stderr.hasPrefix("palette: error: the palette: \"#12345g\" is not a hex colour"), "\(invalid.stderr)")

        let single = try PaletteProcess.run(["contrast", "#112233"])
        #expect(single.status == 64)
        #expect(single.stderr.hasPrefix("palette: error: the palette needs 2 to 32 colours (got 1)."), "\(single.stderr)")

        let many = try PaletteProcess.run(["contrast"] + (0..<33).map { String(format: "#%06x", $0 * 0x070503) })
        #expect(many.status == 64)
        #expect(many.stderr.hasPrefix("palette: error: the palette needs 2 to 32 colours (got 33)."), "\(many.stderr)")

        let format = try PaletteProcess.run(["contrast", "#112233 #ffffff", "--format", "gpl"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("'text'") && format.stderr.contains("'json'"), "\(format.stderr)")
    }

    @Test func anUnknownDeficiencyIsAUsageErrorNamingTheKnownOnes() throws {
        for arguments in [["contrast", "#112233 #ffffff"], ["sample", "--seed", "1"]] {
            let run = try PaletteProcess.run(arguments + ["--simulate", "achromatopsia"])
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("achromatopsia"), "\(run.stderr)")
            for name in ["protanopia", "deuteranopia", "tritanopia"] {
                #expect(run.stderr.contains(name), "\(run.stderr)")
            }
        }
    }

    @Test func contrastSimulatesAndWarns() throws {
        let palette = Self.protanConfused + ["#000000"]
        let plain = try PaletteProcess.run(["contrast"] + palette + ["--format", "json"])
        #expect(plain.stderr.isEmpty)
        let run = try PaletteProcess.run(["contrast"] + palette + ["--format", "json", "--simulate", "protanopia"])
        #expect(run.status == 0)
        let seen = try palette.map { ColorVisionDeficiency.protanopia.simulate(try RGB8(hex: $0)) }
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.first?["colors"] as? [String] == [seen[0].hex, seen[1].hex])
        #expect(run.stderr == "palette: warning: protanopia: colours 1 (#66a182) and 2 (#c28e7c) become "
            + "indistinguishable (CIE76 difference 1.9, under 5).\n", "\(run.stderr)")

        let tritan = try PaletteProcess.run(["contrast"] + palette + ["--simulate", "tritanopia"])
        #expect(tritan.status == 0)
        #expect(tritan.stderr.isEmpty, "\(tritan.stderr)")
    }

    @Test func sampleAndInterpolatePrintTheSimulatedColours() throws {
        let commands = [["sample", "--seed", "3", "--count", "3"],
                        ["interpolate", "--from", "#0b132b #1c2541 #3a506b #5bc0be #ffffff",
                         "--to", "f94144 f3722c f8961e f9c74f 90be6d", "--steps", "3"]]
        for arguments in commands {
            let plain = try PaletteProcess.run(arguments + ["--format", "hex"])
            #expect(plain.status == 0, "\(plain.stderr)")
            for deficiency in ColorVisionDeficiency.allCases {
                let run = try PaletteProcess.run(arguments + ["--format", "hex", "--simulate", deficiency.rawValue])
                #expect(run.status == 0, "\(run.stderr)")
                let expected = try plain.stdout.split(separator: "\n").map { line in
                    try line.split(separator: " ").map { deficiency.simulate(try RGB8(hex: String($0))).hex }.joined(separator: " ")
                }
                #expect(run.stdout.split(separator: "\n").map(String.init) == expected, "\(arguments) \(deficiency)")
            }
        }
    }

    @Test func extractWarnsAboutItsPalette() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let image = try #require(ScratchImages.bands([(0x66, 0xa1, 0x82), (0xc2, 0x8e, 0x7c), (0, 0, 0)]))
        let path = try scratch.png("bands.png", image)
        let plain = try PaletteProcess.run(["extract", path, "--count", "3", "--format", "hex", "--sort", "lightness"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let colours = plain.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(Set(colours) == ["#66a182", "#c28e7c", "#000000"])

        let run = try PaletteProcess.run(["extract", path, "--count", "3", "--format", "hex", "--sort", "lightness",
                                          "--simulate", "protanopia"])
        #expect(run.status == 0)
        let expected = try colours.map { ColorVisionDeficiency.protanopia.simulate(try RGB8(hex: $0)).hex }
        #expect(run.stdout == expected.joined(separator: " ") + "\n")
        let first = try #require(colours.firstIndex(of: "#66a182")), second = try #require(colours.firstIndex(of: "#c28e7c"))
        let (i, j) = (min(first, second), max(first, second))
        #expect(run.stderr == "palette: warning: protanopia: colours \(i + 1) (\(colours[i])) and \(j + 1) (\(colours[j])) "
            + "of \(path) become indistinguishable (CIE76 difference 1.9, under 5).\n", "\(run.stderr)")
    }

    @Test func helpListsContrast() throws {
        let help = try PaletteProcess.run(["--help"])
        #expect(help.stdout.contains("contrast                Show the WCAG contrast ratio"), "\(help.stdout)")
        let sample = try PaletteProcess.run(["sample", "--help"])
        #expect(sample.stdout.contains("--simulate <deficiency>"), "\(sample.stdout)")
    }
}

/// The README's `palette contrast` examples print what the README shows (standard error, then
/// standard output).
@Suite struct AccessibilityReadmeTests {
    @Test func contrastExamplesMatchTheReadme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```\n$ palette contrast ").dropFirst()
        #expect(blocks.count == 2)
        for block in blocks {
            let body = try #require(block.components(separatedBy: "\n```").first)
            var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let arguments = ["contrast"] + lines.removeFirst().split(separator: " ").map(String.init)
            let run = try PaletteProcess.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr + run.stdout == lines.joined(separator: "\n") + "\n", "\(arguments)")
        }
    }
}

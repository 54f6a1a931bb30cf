import ColorScience
import Extraction
import Foundation
import ImageIO
import PaletteModel
import Testing

/// `palette sample`, `palette interpolate`, the neural `extract` options and the weights options,
/// run as a separate process on weights files the tests write.
@Suite(.serialized) struct ModelCommandTests {
    private static func hexLines(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }

    @Test func sampleDecodesTheSeededPointsOfTheGivenModel() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        for kind in ModelConfig.Kind.allCases {
            let weights = try TestWeights.write(kind, in: scratch.directory)
            let run = try PaletteProcess.run(["sample", "--weights", weights, "--count", "4", "--seed", "7",
                                              "--interval", "1.5", "--format", "hex"])
            #expect(run.status == 0, "\(run.stderr)")
            let expected = try PaletteModel.load(path: weights).sample(count: 4, interval: 1.5, seed: 7)
            #expect(Self.hexLines(run.stdout) == expected.map { $0.map(\.hex) })

            let again = try PaletteProcess.run(["sample", "--weights", weights, "--count", "4", "--seed", "7",
                                                "--interval", "1.5", "--format", "hex"])
            #expect(again.stdout == run.stdout)
            let other = try PaletteProcess.run(["sample", "--weights", weights, "--count", "4", "--seed", "8",
                                                "--interval", "1.5", "--format", "hex"])
            #expect(other.stdout != run.stdout)

            let json = try PaletteProcess.run(["sample", "--weights", weights, "--count", "2", "--seed", "7",
                                               "--format", "json", "--sort", "lightness"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(array.count == 2)
            #expect(array.allSatisfy { $0["method"] as? String == kind.rawValue && ($0["colors"] as? [String])?.count == 5 })
        }
    }

    @Test func modelChoiceMustMatchTheWeightsFiles() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let vae = try TestWeights.write(.vae, in: scratch.directory)
        let vaegan = try TestWeights.write(.vaegan, in: scratch.directory)
        let vae2 = try TestWeights.write(.vae, seed: 2, in: scratch.directory)

        let both = try PaletteProcess.run(["sample", "--weights", vae, "--weights", vaegan, "--model", "vaegan",
                                           "--seed", "3", "--format", "hex", "--count", "1"])
        #expect(both.status == 0)
        let expected = try PaletteModel.load(path: vaegan).sample(count: 1, interval: 1, seed: 3)
        #expect(Self.hexLines(both.stdout) == expected.map { $0.map(\.hex) })

        let twice = try PaletteProcess.run(["sample", "--weights", vae, "--weights", vae2])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains(vae) && twice.stderr.contains(vae2) && twice.stderr.contains("vae model"))
    }

    @Test func missingOrBrokenWeightsAreExplained() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let missing = scratch.directory.appendingPathComponent("nothing.safetensors").path
        let broken = try scratch.write("broken.safetensors", Array("definitely not safetensors".utf8))
        for (arguments, path) in [(["sample", "--weights", missing], missing), (["sample", "--weights", broken], broken),
                                  (["interpolate", "--from", "#000", "#111", "#222", "#333", "#444",
                                    "--to", "#fff", "#eee", "#ddd", "#ccc", "#bbb", "--weights", broken], broken),
                                  (["explore", "--weights", missing], missing)] {
            let run = try PaletteProcess.run(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("palette: error: "), "\(run.stderr)")
            #expect(run.stderr.contains(path), "\(run.stderr)")
            #expect(run.stderr.contains("palette-train"), "\(run.stderr)")
        }
    }

    @Test func interpolationWalksTheLatentLineBetweenTheEncodedPalettes() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let weights = try TestWeights.write(.vae, in: scratch.directory)
        let from = ["#0b132b", "#1c2541", "#3a506b", "#5bc0be", "#ffffff"]
        let to = ["f94144", "F3722C", "#f8961e", "#f9c74f", "#9b6"]
        // One value holding all five, as the explorer's `y` copies them, and separate values.
        let run = try PaletteProcess.run(["interpolate", "--weights", weights, "--from", from.joined(separator: " "),
                                          "--to"] + to + ["--steps", "5", "--format", "hex"])
        #expect(run.status == 0, "\(run.stderr)")

        let model = try PaletteModel.load(path: weights)
        let a = try model.encode(palette: from.map { try RGB8(hex: $0) })
        let b = try model.encode(palette: to.map { try RGB8(hex: $0) })
        let expected = try model.decode(PaletteModel.interpolate(from: a, to: b, steps: 5))
        #expect(Self.hexLines(run.stdout) == expected.map { $0.map(\.hex) })
        #expect(Self.hexLines(run.stdout).count == 5)
    }

    @Test func neuralExtractionGivesTheExtractorsPalettes() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let image = try #require(ScratchImages.bands([(200, 30, 40), (20, 90, 160), (240, 200, 10), (30, 160, 60)], rows: 12))
        let path = try scratch.png("bands.png", image)
        let working = try ImageLoader().loadWorking(path: path, fitting: .extraction)
        for (kind, variants) in [(ModelConfig.Kind.vae, 1), (.vaegan, 3)] {
            let weights = try TestWeights.write(kind, in: scratch.directory)
            let run = try PaletteProcess.run(["extract", path, "--method", kind.rawValue, "--weights", weights,
                                              "--variants", String(variants), "--seed", "9", "--format", "hex"])
            #expect(run.status == 0, "\(run.stderr)")
            let expected = try NeuralExtractor(model: try PaletteModel.load(path: weights))
                .variants(of: working, count: 5, variants: variants, seed: 9)
            #expect(expected.count == variants)
            #expect(Self.hexLines(run.stdout) == expected.map { $0.map(\.hex) })
        }
    }

    @Test func interpolationInputIsValidated() throws {
        let five = ["#000", "#111", "#222", "#333", "#444"]
        let cases: [([String], String)] = [
            (["interpolate", "--from"] + five + ["--to", "#fff", "#eee", "#ddd", "#ccc"], "exactly 5"),
            (["interpolate", "--from"] + five + ["#555", "--to"] + five, "exactly 5"),
            (["interpolate", "--from"] + five + ["--to", "#fff", "#eee", "#ddd", "#ccc", "#zzzzzz"], "\"#zzzzzz\" is not a hex colour"),
            (["interpolate", "--from"] + five + ["--to"] + five + ["--steps", "1"], "--steps"),
            (["interpolate", "--to"] + five, "--from"),
            (["sample", "--count", "0"], "--count"),
            (["sample", "--interval", "-1"], "--interval"),
            (["sample", "--model", "gan"], "gan"),
            (["extract", "x.png", "--method", "vae", "--count", "4"], "--count 4"),
            (["extract", "x.png", "--variants", "3"], "--variants"),
            (["extract", "x.png", "--method", "vaegan", "--variants", "0"], "--variants"),
            (["explore", "--color", "16"], "16"),
        ]
        for (arguments, message) in cases {
            let run = try PaletteProcess.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
    }

    @Test func helpDescribesTheCommands() throws {
        for (command, words) in [("sample", ["--count", "--interval", "--seed", "--model", "--format", "--sort", "--weights"]),
                                 ("interpolate", ["--from", "--to", "--steps", "--model", "--format", "--weights"]),
                                 ("extract", ["vae", "vaegan", "--variants", "--seed", "--weights"]),
                                 ("explore", ["--color", "truecolor", "256", "--seed", "--weights"])] {
            let run = try PaletteProcess.run([command, "--help"])
            #expect(run.status == 0)
            for word in words { #expect(run.stdout.contains(word), "\(command) --help lacks \(word)") }
        }
    }

    @Test func theExplorerNeedsATerminal() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let weights = try TestWeights.write(.vae, in: scratch.directory)
        // Standard input is /dev/null and standard output a pipe here.
        for arguments in [["--weights", weights], ["explore", "--weights", weights]] {
            let run = try PaletteProcess.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.contains("not a terminal"), "\(run.stderr)")
            #expect(run.stderr.contains("palette sample"), "\(run.stderr)")
        }
    }
}

import Foundation
import Testing

/// Mistyped commands, help, versions and the error form shared by `palette`, `palette-train` and
/// `palette-bench`, run as separate processes.
@Suite(.serialized) struct CommandLineTests {
    @Test func aMistypedCommandGetsTheNearestCommandAndStatus64() throws {
        let samples = try PaletteProcess.run(["samples", "--count", "3"])
        #expect(samples.status == 64)
        #expect(samples.stdout.isEmpty)
        #expect(samples.stderr.hasPrefix("palette: error: unknown command 'samples'. Did you mean 'sample'?"), "\(samples.stderr)")
        #expect(!samples.stderr.contains("--color") && !samples.stderr.contains("explorer"), "\(samples.stderr)")

        let extrct = try PaletteProcess.run(["extrct", "photo.jpg"])
        #expect(extrct.status == 64)
        #expect(extrct.stderr.contains("Did you mean 'extract'?"))

        let unknown = try PaletteProcess.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("palette: error: unknown command 'frobnicate'"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("sample, extract, interpolate"))
        #expect(!unknown.stderr.contains("explorer"), "\(unknown.stderr)")
    }

    @Test func anExistingFileIsStillAnImageForTheExplorer() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        try scratch.png("samples", try #require(ScratchImages.bands([(10, 20, 30)])))
        // No terminal here: the explorer, not the command check, answers.
        let run = try PaletteProcess.run(["samples"], in: scratch.directory, environment: ["TERM": "dumb"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot open the explorer"), "\(run.stderr)")
    }

    @Test func topLevelHelpShowsTheImageForm() throws {
        let help = try PaletteProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: palette [IMAGE]"), "\(help.stdout)")
        #expect(help.stdout.contains("palette <subcommand>"))
    }

    @Test func allThreeToolsShareVersionAndErrorForm() throws {
        for program in ["palette", "palette-train", "palette-bench"] {
            let version = try PaletteProcess.run(["--version"], program: program)
            #expect(version.status == 0)
            #expect(version.stdout == "0.1.0\n", "\(program)")

            let usage = try PaletteProcess.run(["--no-such-option"], program: program)
            #expect(usage.status == 64, "\(program)")
            #expect(usage.stderr.hasPrefix("\(program): error: "), "\(usage.stderr)")
        }
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let missing = scratch.directory.appendingPathComponent("missing.csv").path
        let train = try PaletteProcess.run(["--palettes", missing, "--images", scratch.directory.path,
                                            "--out", scratch.directory.appendingPathComponent("w.safetensors").path],
                                           program: "palette-train")
        #expect(train.status == 1)
        #expect(train.stderr == "palette-train: error: \(missing): no such file\n", "\(train.stderr)")

        let badTrain = try PaletteProcess.run(["--palettes", missing, "--images", "x", "--out", "w", "--epochs", "0"],
                                              program: "palette-train")
        #expect(badTrain.status == 64)
        #expect(badTrain.stderr.hasPrefix("palette-train: error: --epochs"), "\(badTrain.stderr)")

        let bench = try PaletteProcess.run(["extract", "--image", scratch.directory.appendingPathComponent("no.jpg").path,
                                            "--repeats", "1"], program: "palette-bench")
        #expect(bench.status == 1)
        #expect(bench.stderr.hasPrefix("palette-bench: error: "), "\(bench.stderr)")
        let badBench = try PaletteProcess.run(["extract", "--repeats", "0"], program: "palette-bench")
        #expect(badBench.status == 64)
        #expect(badBench.stderr.hasPrefix("palette-bench: error: --repeats"), "\(badBench.stderr)")
    }

    @Test func trainerAndBenchmarkHelpShowDefaults() throws {
        let train = try PaletteProcess.run(["--help"], program: "palette-train")
        for text in ["--epochs <epochs>       Passes over the training pairs. (default: 30)",
                     "(default: 0.001)", "Weight of the KL term. (default: 0.002)", "(default: 0.05)", "(default: 0.3)"] {
            #expect(train.stdout.contains(text), "\(text)")
        }
        let bench = try PaletteProcess.run(["extract", "--help"], program: "palette-bench")
        #expect(bench.stdout.contains("(default: 15)"))
        let neural = try PaletteProcess.run(["neural", "--help"], program: "palette-bench")
        #expect(neural.stdout.contains("(default: 1,2)"))
    }
}

import ArgumentParser
import CommandLineSupport
import Foundation
import PaletteModel
import Training

/// The `palette-train` command: trains the palette VAE or VAE-GAN and writes a weights file.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette-train",
        abstract: "Train the palette VAE or VAE-GAN and write a safetensors weights file.",
        discussion: """
            Pairs are made from human palettes and images (each image crop is recoloured to a \
            human palette; see docs/MODEL.md), plus any real pairs given with --pairs. A tenth of \
            the palettes and images is held out for validation, chosen by a stable hash of each \
            palette and file name.

            Ctrl-C writes a checkpoint (with --checkpoint-dir) and exits; --resume continues from \
            it and ends with the same weights as an uninterrupted run.

            Usage errors exit with status 64, other errors with status 1, an interrupted run \
            with status 130.
            """,
        version: ToolVersion.current)

    /// Errors, usage errors included, read `palette-train: error: ...`.
    static var _errorPrefix: String { "palette-train: error: " }

    /// The trainer's defaults, shown in `--help`.
    private static let defaults = TrainingOptions(kind: .vae)

    @Option(help: "Model to train: vae or vaegan.")
    var model: ModelConfig.Kind = .vae

    @Option(parsing: .upToNextOption, help: "Palette CSV files (header c1,c2,c3,c4,c5; cells #rrggbb).")
    var palettes: [String] = []

    @Option(parsing: .upToNextOption, help: "Folders of images to pair with the palettes.")
    var images: [String] = []

    @Option(help: "Real pairs: a CSV with header image,c1,c2,c3,c4,c5.")
    var pairs: String?

    @Option(name: .customLong("pair-images"), help: "Folder the image paths in --pairs are relative to (default: the CSV's folder).")
    var pairImages: String?

    @Option(help: "Passes over the training pairs.")
    var epochs: Int = defaults.epochs

    @Option(help: "Pairs per training step.")
    var batch: Int = defaults.batchSize

    @Option(help: "Seed of everything random (weights, pairs, batches).")
    var seed: UInt64 = defaults.seed

    @Option(help: "Threads for pairing and for matrix products.")
    var threads: Int = defaults.threads

    @Option(help: "Generated (image, palette) pairs to train on.")
    var examples: Int = 20_000

    @Option(help: "Share of generated pairs made by palette retrieval instead of recolouring (0...1).")
    var retrievalShare: Double = 0

    @Option(help: "Adam learning rate of the encoders and decoder.")
    var learningRate: Float = defaults.learningRate

    @Option(help: "Weight of the KL term.")
    var klWeight: Float = defaults.klWeight

    @Option(help: "Weight of the discriminator term on sampled palettes (0 turns the discriminator off).")
    var ganWeight: Float = defaults.ganWeight

    @Option(help: "Weight of the VAE-GAN's diversity term between noise draws.")
    var diversityWeight: Float = defaults.diversityWeight

    @Option(help: "VAE-GAN: share of the reconstruction error applied to the noise draws other than the best (0...1).")
    var otherDrawsWeight: Float = defaults.otherDrawsWeight

    @Option(help: "Weight of a second, order-aware critic of sampled palettes (0 = none).")
    var orderCriticWeight: Float = defaults.orderCriticWeight

    @Option(help: "Weight of keeping human colour order on the palette path (0 = order-free only).")
    var orderWeight: Float = defaults.orderWeight

    @Option(help: "Network sizes: standard, or paper (the published model's sizes).")
    var size: SizePreset = .standard

    @Option(help: "Units per direction of each decoder GRU layer, comma-separated (overrides --size).")
    var decoderUnits: String?

    @Option(help: "Weights file to write (safetensors).")
    var out: String

    @Option(name: .customLong("checkpoint-dir"), help: "Folder for checkpoints (written after every epoch and on Ctrl-C).")
    var checkpointDir: String?

    @Flag(help: "Continue from the checkpoint in --checkpoint-dir.")
    var resume = false

    @Flag(help: "Train the palette judge (how human a palette and its order look) and store it in the existing weights file --out, keeping its model.")
    var judge = false

    @Option(help: "Optimiser steps of the judge (with --judge).")
    var judgeSteps: Int = 4000

    enum SizePreset: String, ExpressibleByArgument, CaseIterable { case standard, paper }

    func validate() throws {
        guard !palettes.isEmpty else { throw ValidationError("give at least one --palettes CSV file.") }
        guard !images.isEmpty || pairs != nil else { throw ValidationError("give --images folders, --pairs, or both.") }
        guard epochs > 0, batch > 0, threads > 0, examples > 0 else {
            throw ValidationError("--epochs, --batch, --threads and --examples must be positive.")
        }
        guard (0...1).contains(retrievalShare) else { throw ValidationError("--retrieval-share must be between 0 and 1.") }
        guard !resume || checkpointDir != nil else { throw ValidationError("--resume needs --checkpoint-dir.") }
    }

    func run() throws {
        if judge {
            let run = JudgeRun(paletteFiles: palettes, imageFolders: images, steps: judgeSteps, seed: seed, reporter: ProgressReporter())
            return try run.run(into: out)
        }
        var options = TrainingOptions(kind: model)
        options.model = size == .paper ? .paper(model) : .standard(model)
        options.epochs = epochs
        options.batchSize = batch
        options.seed = seed
        options.threads = threads
        if let decoderUnits {
            let units = decoderUnits.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !units.isEmpty, units.allSatisfy({ $0 > 0 }) else {
                throw ValidationError("--decoder-units needs positive whole numbers separated by commas, e.g. 32,32.")
            }
            options.model.decoderUnits = units
        }
        options.learningRate = learningRate
        options.klWeight = klWeight
        options.ganWeight = ganWeight
        options.diversityWeight = diversityWeight
        options.orderWeight = orderWeight
        options.orderCriticWeight = max(orderCriticWeight, 0)
        options.otherDrawsWeight = min(max(otherDrawsWeight, 0), 1)

        let reporter = ProgressReporter()
        let started = Date()
        // The commit checked out when the run starts (the weights record it).
        let commit = GitCommit.current() ?? "unknown"
        let sources = DataSources(
            paletteFiles: palettes, imageFolders: images,
            pairFile: pairs.map { ($0, pairImages ?? URL(fileURLWithPath: $0).deletingLastPathComponent().path) },
            examples: examples, retrievalShare: retrievalShare)
        let (data, summary) = try sources.load(seed: seed, threads: threads) { phase, done, total in
            reporter.phase(phase, done: done, total: total)
        }
        reporter.line("palettes \(summary.palettes.training) training / \(summary.palettes.validation) validation; "
                      + "images \(summary.images.training) / \(summary.images.validation); real pairs \(summary.realPairs); "
                      + "pairs \(data.pairs.count) training / \(data.validationPairs.count) validation")
        for skipped in summary.skipped { reporter.line("skipped \(skipped)") }

        let trainer = try Trainer(options: options, data: data)
        let checkpoint = checkpointDir.map { URL(fileURLWithPath: $0).appendingPathComponent("\(model.rawValue)-checkpoint.safetensors").path }
        if let checkpointDir {
            try FileManager.default.createDirectory(atPath: checkpointDir, withIntermediateDirectories: true)
        }
        if resume, let checkpoint {
            if FileManager.default.fileExists(atPath: checkpoint) {
                try trainer.resume(from: checkpoint)
                reporter.line("resumed from \(checkpoint) at epoch \(trainer.epoch + 1), step \(trainer.step)")
            } else {
                reporter.line("no checkpoint at \(checkpoint); starting a new run")
            }
        }
        let stop = StopSignal.install()
        let probe = RealismProbe(validationPalettes: data.validationPalettes)
        var lastValidation: [(String, Double)] = []
        let outcome = try trainer.run(checkpointPath: checkpoint, validate: probe.measure, progress: { event in
            if case .epoch(_, _, let measures, _) = event { lastValidation = measures }
            reporter.report(event, totalEpochs: options.epochs, batch: options.batchSize)
        }, shouldStop: { stop.requested })
        if outcome == .interrupted {
            reporter.line("stopped" + (checkpoint.map { "; checkpoint written to \($0). Run again with --resume to continue." } ?? "."))
            throw ExitCode(130)
        }

        var metadata: [String: String] = [
            "epochs": String(options.epochs), "seed": String(seed), "batch": String(batch),
            "examples": String(data.pairs.count), "validation_examples": String(data.validationPairs.count),
            "palettes": String(summary.palettes.training), "validation_palettes": String(summary.palettes.validation),
            "images": String(summary.images.training), "validation_images": String(summary.images.validation),
            "real_pairs": String(summary.realPairs),
            "training_seconds": String(Int(Date().timeIntervalSince(started))),
            "git_commit": commit,
        ]
        for (name, value) in lastValidation { metadata[name] = String(format: "%.4f", value) }
        try trainer.model().save(to: out, metadata: metadata)
        reporter.line("wrote \(out) after \(Int(Date().timeIntervalSince(started))) s")
    }
}

extension ModelConfig.Kind: ExpressibleByArgument {}

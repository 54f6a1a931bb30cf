import ColorScience
import Foundation
import ImageIO
import PaletteData
import PaletteModel
import Training

/// `palette-train --judge`: trains the palette judge (`PaletteJudge`) on the human palettes and
/// palettes of the images' own colours, and stores it in an existing weights file.
struct JudgeRun {
    let paletteFiles: [String]
    let imageFolders: [String]
    let steps: Int
    let seed: UInt64
    let reporter: ProgressReporter

    /// Trains the judge and rewrites `path` (a model weights file) with it, keeping the model.
    func run(into path: String) throws {
        let started = Date()
        let model = try PaletteModel.load(path: path)
        let size = model.config.paletteSize
        let split = ValidationSplit()
        let (humans, heldHumans) = split.split(palettes: try PaletteCSV.read(paths: paletteFiles).filter { $0.count == size })
        var paths: [String] = []
        for folder in imageFolders { paths += try ImageFolder.list(folder) }
        let (trainPaths, heldPaths) = split.split(imagePaths: paths)
        let others = try palettes(of: trainPaths, size: size, phase: "image colours")
        let heldOthers = try palettes(of: heldPaths, size: size, phase: "held-out image colours")
        reporter.line("human palettes \(humans.count) training / \(heldHumans.count) validation; "
                      + "image-colour palettes \(others.count) / \(heldOthers.count)")
        let training = JudgeTraining(steps: steps, seed: seed)
        let judge = PaletteJudge(seed: seed)
        training.train(judge, humans: humans, others: others) { step, total, loss in
            if step % 100 == 0 || step == total { reporter.phase(String(format: "judge (loss %.4f)", loss), done: step, total: total) }
        }
        let accuracy = training.accuracy(of: judge, humans: heldHumans, others: heldOthers)
        reporter.line(String(format: "held-out accuracy: set %.3f, order %.3f", accuracy.set, accuracy.order))
        model.judge = judge
        var metadata = model.metadata
        metadata["judge_steps"] = String(steps)
        metadata["judge_seed"] = String(seed)
        metadata["judge_set_accuracy"] = String(format: "%.4f", accuracy.set)
        metadata["judge_order_accuracy"] = String(format: "%.4f", accuracy.order)
        metadata["judge_git_commit"] = GitCommit.current() ?? "unknown"
        try model.save(to: path, metadata: metadata)
        reporter.line("wrote the judge into \(path) after \(Int(Date().timeIntervalSince(started))) s")
    }

    private func palettes(of paths: [String], size: Int, phase: String) throws -> [[RGB8]] {
        let loader = ImageLoader()
        var out: [[RGB8]] = []
        for (i, path) in paths.enumerated() {
            reporter.phase(phase, done: i + 1, total: paths.count)
            guard let image = try? loader.loadWorking(path: path, fitting: .extraction) else { continue }
            out += JudgeTraining.imageColourPalettes(of: image, size: size, count: 16, seed: seed &+ UInt64(i))
        }
        return out
    }
}

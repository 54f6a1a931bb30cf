import ColorScience
import Foundation
import NeuralCore
import PaletteModel

extension Trainer {
    /// How a run ended.
    public enum Outcome: Sendable, Equatable {
        /// All epochs ran.
        case finished
        /// `shouldStop` asked to stop; a checkpoint was written if a path was given.
        case interrupted
    }

    /// Runs the remaining epochs. Reports progress about every `reportEvery` steps and after each
    /// epoch (with `validate`'s measures added to the trainer's own); writes a checkpoint after
    /// every epoch and when stopped. A NaN or runaway loss throws `.diverged`, leaving the last
    /// good checkpoint in place.
    public func run(checkpointPath: String?, reportEvery: Int = 20,
                    validate: (PaletteModel) -> [(String, Double)] = { _ in [] },
                    progress: (TrainingEvent) -> Void,
                    shouldStop: () -> Bool) throws(TrainingError) -> Outcome {
        BLAS.setThreadCount(options.threads)
        var smoothed: Float? = nil
        while epoch < options.epochs {
            let started = Date()
            let order = StepRandom.order(count: data.pairs.count, seed: options.seed, epoch: epoch)
            var sums: [String: Float] = [:], names: [String] = [], counted = 0
            var windowStart = Date()
            while step < stepsPerEpoch {
                if shouldStop() {
                    if let checkpointPath { try writeCheckpoint(to: checkpointPath); progress(.checkpoint(path: checkpointPath)) }
                    return .interrupted
                }
                let losses = trainStep(order: order)
                let total = losses.reduce(Float(0)) { $0 + $1.1 }
                if !total.isFinite || (smoothed.map { total > 50 * max($0, 1e-3) && step > 10 } ?? false) {
                    let bad = losses.first { !$0.1.isFinite } ?? ("total", total)
                    throw .diverged(epoch: epoch + 1, step: step + 1, loss: bad.0, value: bad.1,
                                    checkpoint: checkpointPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil })
                }
                smoothed = smoothed.map { 0.98 * $0 + 0.02 * total } ?? total
                for (name, value) in losses {
                    if sums[name] == nil { names.append(name) }
                    sums[name, default: 0] += value
                }
                counted += 1
                step += 1
                if counted == reportEvery || step == stepsPerEpoch {
                    let seconds = Date().timeIntervalSince(windowStart)
                    progress(.step(epoch: epoch + 1, step: step, stepsPerEpoch: stepsPerEpoch,
                                   losses: names.map { ($0, sums[$0]! / Float(counted)) },
                                   examplesPerSecond: Double(counted * options.batchSize) / max(seconds, 1e-9)))
                    sums = [:]; names = []; counted = 0
                    windowStart = Date()
                }
            }
            epoch += 1
            step = 0
            let model = self.model()
            let measures = validationMeasures(model) + validate(model)
            progress(.epoch(epoch: epoch, of: options.epochs, validation: measures,
                            seconds: Date().timeIntervalSince(started)))
            if let checkpointPath { try writeCheckpoint(to: checkpointPath); progress(.checkpoint(path: checkpointPath)) }
        }
        return .finished
    }

    /// Mean CIE Lab palette distance (optimal matching) between the decoded palettes and the
    /// targets of the held-out pairs (`val_fit`) and held-out human palettes through the palette
    /// encoder (`val_palette`).
    public func validationMeasures(_ model: PaletteModel) -> [(String, Double)] {
        let c = options.model, v = data.validationPairs, per = c.paletteSize * 3
        var out: [(String, Double)] = []
        if v.count > 0 {
            var sum = 0.0
            for i in 0..<v.count {
                let image = Array(v.images[(i * v.imageSize)..<((i + 1) * v.imageSize)])
                let target = LabScaling.colors(Array(v.palettes[(i * per)..<((i + 1) * per)]))
                guard let (mean, _) = try? model.encode(image: image),
                      let decoded = try? model.decode(z: mean),
                      let d = try? PaletteMetrics.distance(decoded, target) else { continue }
                sum += d
            }
            out.append(("val_fit", sum / Double(v.count)))
        }
        let humanCount = data.validationPalettes.count / per
        if humanCount > 0 {
            var sum = 0.0
            for i in 0..<humanCount {
                let target = LabScaling.colors(Array(data.validationPalettes[(i * per)..<((i + 1) * per)]))
                guard let z = try? model.encode(palette: target), let decoded = try? model.decode(z: z),
                      let d = try? PaletteMetrics.distance(decoded, target) else { continue }
                sum += d
            }
            out.append(("val_palette", sum / Double(humanCount)))
        }
        return out
    }
}

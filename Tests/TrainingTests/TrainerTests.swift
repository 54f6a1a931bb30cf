import Foundation
import NeuralCore
import PaletteModel
import Testing
@testable import Training

@Suite struct TrainerTests {
    private func run(_ trainer: Trainer, checkpoint: String? = nil, stopAfter: Int? = nil) throws -> Trainer.Outcome {
        var steps = 0
        return try trainer.run(checkpointPath: checkpoint, progress: { event in
            if case .step = event { steps += 1 }
        }, shouldStop: {
            defer { steps += 0 }
            if let stopAfter { return trainer.epoch * trainer.stepsPerEpoch + trainer.step >= stopAfter }
            return false
        })
    }

    @Test(arguments: [ModelConfig.Kind.vae, .vaegan])
    func lossFallsOnGeneratedData(kind: ModelConfig.Kind) throws {
        let trainer = try Trainer(options: TinyData.options(kind: kind, epochs: 40), data: TinyData.data())
        let before = trainer.validationMeasures(trainer.model()).first { $0.0 == "val_fit" }!.1
        #expect(try run(trainer) == .finished)
        let after = trainer.validationMeasures(trainer.model()).first { $0.0 == "val_fit" }!.1
        // Random init decodes near the mean colour; training must at least halve the error.
        #expect(after < before * 0.6, "val_fit \(before) -> \(after)")
    }

    @Test func resumedRunMatchesUninterruptedRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = TinyData.options(kind: .vaegan, epochs: 3)
        options.orderCriticWeight = 0.05

        let straight = try Trainer(options: options, data: TinyData.data())
        #expect(try run(straight) == .finished)

        let checkpoint = dir.appendingPathComponent("run.safetensors").path
        let first = try Trainer(options: options, data: TinyData.data())
        // Stop in the middle of the second epoch.
        #expect(try run(first, checkpoint: checkpoint, stopAfter: first.stepsPerEpoch + 3) == .interrupted)
        let second = try Trainer(options: options, data: TinyData.data())
        try second.resume(from: checkpoint)
        #expect(second.epoch == 1 && second.step == 3)
        #expect(try run(second, checkpoint: checkpoint) == .finished)

        let a = straight.networks.inferenceParameters + straight.networks.discriminatorParameters
            + (straight.orderCritic?.parameters ?? [])
        let b = second.networks.inferenceParameters + second.networks.discriminatorParameters
            + (second.orderCritic?.parameters ?? [])
        #expect(a.count == b.count && straight.orderCritic != nil)
        for (p, q) in zip(a, b) {
            #expect(p.value.values == q.value.values, "\(p.name) differs after resume")
        }
    }

    @Test func checkpointFromOtherSettingsIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c.safetensors").path
        let trainer = try Trainer(options: TinyData.options(epochs: 1), data: TinyData.data())
        try trainer.writeCheckpoint(to: path)
        var other = TinyData.options(epochs: 1)
        other.seed = 99
        let resumed = try Trainer(options: other, data: TinyData.data())
        #expect(throws: TrainingError.self) { try resumed.resume(from: path) }
    }

    @Test func divergenceStopsTheRun() throws {
        var options = TinyData.options(epochs: 2)
        options.learningRate = 1e6
        options.clipNorm = 1e30
        let trainer = try Trainer(options: options, data: TinyData.data())
        #expect(throws: TrainingError.self) { _ = try run(trainer) }
    }

    @Test func savedModelLoadsBackIdentically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let trainer = try Trainer(options: TinyData.options(kind: .vaegan, epochs: 2), data: TinyData.data())
        _ = try run(trainer)
        let path = dir.appendingPathComponent("m.safetensors").path
        try trainer.model().save(to: path, metadata: ["seed": "1"])
        let loaded = try PaletteModel.load(path: path, expecting: .vaegan)
        #expect(loaded.config == trainer.options.model)
        #expect(loaded.metadata["seed"] == "1")
        for (p, q) in zip(trainer.networks.inferenceParameters, loaded.networks.inferenceParameters) {
            #expect(p.name == q.name && p.value.values == q.value.values)
        }
        #expect(throws: ModelError.self) { _ = try PaletteModel.load(path: path, expecting: .vae) }
    }
}

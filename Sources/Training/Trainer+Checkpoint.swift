import Foundation
import NeuralCore
import PaletteModel

extension Trainer {
    private static let epochKey = "checkpoint_epoch"
    private static let stepKey = "checkpoint_step"
    private static let optionsKey = "training_options"
    private static let generatorStepsKey = "adam_generator_steps"
    private static let discriminatorStepsKey = "adam_discriminator_steps"
    private static let orderCriticStepsKey = "adam_order_critic_steps"

    /// Every tensor a checkpoint holds: all weights and running statistics, and both optimisers'
    /// moments.
    private var checkpointTensors: [Parameter] {
        func moments(_ adam: Adam, _ prefix: String) -> [Parameter] {
            zip(adam.parameters, zip(adam.firstMoments, adam.secondMoments)).flatMap { p, m in
                [Parameter(name: "\(prefix).m.\(p.name)", value: m.0, kind: .runningStatistic),
                 Parameter(name: "\(prefix).v.\(p.name)", value: m.1, kind: .runningStatistic)]
            }
        }
        var tensors = networks.inferenceParameters + networks.discriminatorParameters
            + moments(generatorOptimizer, "adam_generator") + moments(discriminatorOptimizer, "adam_discriminator")
        if let critic = orderCritic, let optimizer = orderCriticOptimizer {
            tensors += critic.parameters + moments(optimizer, "adam_order_critic")
        }
        return tensors
    }

    /// Writes the whole training state atomically (temporary file, then rename), so a crash never
    /// leaves a broken checkpoint. The file is also a valid weights file for `palette --weights`.
    public func writeCheckpoint(to path: String) throws(TrainingError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let optionsJSON = (try? encoder.encode(options)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        let metadata = [
            Self.epochKey: String(epoch), Self.stepKey: String(step), Self.optionsKey: optionsJSON,
            Self.generatorStepsKey: String(generatorOptimizer.stepCount),
            Self.discriminatorStepsKey: String(discriminatorOptimizer.stepCount),
            Self.orderCriticStepsKey: String(orderCriticOptimizer?.stepCount ?? 0),
            PaletteModel.kindKey: options.model.kind.rawValue,
        ]
        do {
            try WeightsFile.save(checkpointTensors, config: options.model.json(), extraMetadata: metadata, to: path)
        } catch {
            throw .checkpoint(path: path, reason: error.description)
        }
    }

    /// Restores the state saved by `writeCheckpoint`. The checkpoint must come from a run with
    /// the same options (apart from the number of epochs, which may grow).
    public func resume(from path: String) throws(TrainingError) {
        let file: SafeTensorsFile
        do { file = try SafeTensorsFile(contentsOf: path) } catch {
            throw .checkpoint(path: path, reason: error.description)
        }
        let meta = file.metadata
        guard let e = meta[Self.epochKey].flatMap(Int.init), let s = meta[Self.stepKey].flatMap(Int.init),
              let g = meta[Self.generatorStepsKey].flatMap(Int.init),
              let d = meta[Self.discriminatorStepsKey].flatMap(Int.init),
              let saved = meta[Self.optionsKey].flatMap({ try? JSONDecoder().decode(TrainingOptions.self, from: Data($0.utf8)) })
        else { throw .checkpoint(path: path, reason: "not a training checkpoint (missing training state)") }
        var comparable = saved
        comparable.epochs = options.epochs
        comparable.threads = options.threads
        guard comparable == options else {
            throw .checkpoint(path: path, reason: "it was made with different settings (model, seed, batch or loss weights); start a new run or use the same flags")
        }
        do { try WeightsFile.load(into: checkpointTensors, from: file) } catch {
            throw .checkpoint(path: path, reason: error.description)
        }
        epoch = e
        step = s
        generatorOptimizer.restore(stepCount: g)
        discriminatorOptimizer.restore(stepCount: d)
        orderCriticOptimizer?.restore(stepCount: meta[Self.orderCriticStepsKey].flatMap(Int.init) ?? 0)
    }
}

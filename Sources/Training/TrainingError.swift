import NeuralCore
import PaletteModel

/// Why a training run stopped early or could not start.
public enum TrainingError: Error, CustomStringConvertible {
    /// A loss became NaN, infinite, or grew far past its recent values.
    case diverged(epoch: Int, step: Int, loss: String, value: Float, checkpoint: String?)
    /// A checkpoint could not be written or read.
    case checkpoint(path: String, reason: String)
    /// The data is unusable (too few pairs, wrong shapes).
    case data(reason: String)
    /// The model could not be built or saved.
    case model(ModelError)

    public var description: String {
        switch self {
        case .diverged(let epoch, let step, let loss, let value, let checkpoint):
            "training diverged at epoch \(epoch), step \(step): \(loss) loss is \(value)"
                + (checkpoint.map { "; the last good checkpoint is \($0)" } ?? "; no checkpoint was written yet")
                + ". Try a lower --learning-rate or a different --seed."
        case .checkpoint(let path, let reason): "checkpoint \(path): \(reason)"
        case .data(let reason): "training data: \(reason)"
        case .model(let error): error.description
        }
    }
}

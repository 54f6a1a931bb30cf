import NeuralCore

/// What can go wrong when building, loading or running a palette model.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    /// The configuration has an unusable value.
    case invalidConfig(reason: String)
    /// The weights file could not be read or does not match the model.
    case weights(path: String, error: SafeTensorsError)
    /// The weights file holds a different kind of model than was asked for.
    case wrongKind(path: String, expected: ModelConfig.Kind, found: ModelConfig.Kind)
    /// An input has the wrong number of values.
    case inputSize(what: String, expected: Int, found: Int)

    public var description: String {
        switch self {
        case .invalidConfig(let reason): "invalid model configuration: \(reason)"
        case .weights(let path, let error):
            error.description.hasPrefix(path) ? error.description : "\(path): \(error)"
        case .wrongKind(let path, let expected, let found):
            "\(path) holds a \(found.rawValue) model, not a \(expected.rawValue) model"
        case .inputSize(let what, let expected, let found):
            "\(what) needs \(expected) values, got \(found)"
        }
    }
}

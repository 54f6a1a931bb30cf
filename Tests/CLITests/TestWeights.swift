import Foundation
import PaletteModel

/// Weights files the tests write themselves: freshly initialised networks of the standard
/// configuration, saved as `palette-train` saves them.
enum TestWeights {
    /// Writes a `kind` model initialised from `seed` into `directory` and returns its path.
    static func write(_ kind: ModelConfig.Kind, seed: UInt64 = 1, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("test-\(kind.rawValue)-\(seed).safetensors").path
        try PaletteModel(networks: try PaletteNetworks(config: .standard(kind), seed: seed)).save(to: path)
        return path
    }
}

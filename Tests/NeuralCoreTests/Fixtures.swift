import Foundation
import Testing
@testable import NeuralCore

/// One tensor of a fixture file: shape and row-major values.
struct FixtureTensor: Decodable {
    let shape: [Int]
    let data: [Float]

    var tensor: Tensor { Tensor(shape: shape, values: data) }
}

/// The PyTorch reference values written by `Fixtures/make_fixtures.py`.
struct TorchReference: Decodable {
    let torch_version: String
    let cases: [String: [String: FixtureTensor]]

    static func load() throws -> TorchReference {
        let data = try Data(contentsOf: fixtureURL("torch_reference.json"))
        return try JSONDecoder().decode(TorchReference.self, from: data)
    }

    /// The tensors of case `name` (an empty case fails the calling test).
    func tensors(_ name: String) -> [String: FixtureTensor] {
        guard let c = cases[name] else { Issue.record("missing fixture case \(name)"); return [:] }
        return c
    }
}

/// The URL of a file in the test bundle's Fixtures folder.
func fixtureURL(_ file: String) -> URL {
    (Bundle.module.resourceURL ?? Bundle.module.bundleURL).appendingPathComponent("Fixtures").appendingPathComponent(file)
}

extension Dictionary where Key == String, Value == FixtureTensor {
    /// A fresh tensor with the fixture's values (an empty tensor if missing, failing the test).
    subscript(tensor name: String) -> Tensor {
        guard let f = self[name] else { Issue.record("missing fixture tensor \(name)"); return Tensor(shape: [0]) }
        return f.tensor
    }
}

/// Expects equal shapes and `|ours - reference| <= absolute + relative * |reference|` everywhere.
func expectClose(_ ours: Tensor, _ reference: FixtureTensor?, _ label: String,
                 absolute: Float = 1e-5, relative: Float = 1e-4,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let reference else { Issue.record("\(label): missing reference", sourceLocation: sourceLocation); return }
    #expect(ours.shape == reference.shape, "\(label): shape", sourceLocation: sourceLocation)
    guard ours.count == reference.data.count else { return }
    var worst: Float = 0, worstIndex = 0
    for i in 0..<ours.count {
        let excess = abs(ours[i] - reference.data[i]) - (absolute + relative * abs(reference.data[i]))
        if excess > worst { worst = excess; worstIndex = i }
    }
    #expect(worst == 0, "\(label)[\(worstIndex)]: \(ours[worstIndex]) vs \(reference.data[worstIndex])",
            sourceLocation: sourceLocation)
}

/// Copies fixture values into a parameter (shapes must agree).
func assign(_ p: Parameter, _ f: FixtureTensor?, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let f, f.shape == p.value.shape else {
        Issue.record("\(p.name): fixture shape mismatch", sourceLocation: sourceLocation); return
    }
    for i in 0..<f.data.count { p.value[i] = f.data[i] }
}

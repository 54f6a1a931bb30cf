import Foundation
import NeuralCore
import PaletteModel

/// Why a model could not be loaded; the message names the file and says what to run.
public enum WeightsError: Error, CustomStringConvertible {
    /// No weights of these kinds were built in and no file was given.
    case notBuiltIn([ModelConfig.Kind])
    /// A weights file given with `--weights` does not exist.
    case missingFile(path: String)
    /// A weights file (or the built-in bytes, named as such) could not be loaded.
    case unreadable(name: String, reason: String)
    /// Two `--weights` files hold the same kind of model.
    case sameKindTwice(ModelConfig.Kind, first: String, second: String)

    public var description: String {
        switch self {
        case .notBuiltIn(let kinds):
            """
            no \(kinds.map(\.rawValue).joined(separator: " or ")) weights are built into this palette: \
            \(kinds.map(EmbeddedWeights.assetName).joined(separator: " and ")) did not exist when it was compiled.
            Train them and rebuild:
            \(kinds.map { "  palette-train --model \($0.rawValue) --palettes CSV... --images DIR... --out \(EmbeddedWeights.sourcePath(for: $0))" }.joined(separator: "\n"))
              make build
            or pass a weights file: --weights FILE
            """
        case .missingFile(let path):
            """
            the weights file \(path) does not exist.
            Pass a file written by palette-train (palette-train --model vae|vaegan ... --out FILE), \
            or leave out --weights to use the built-in weights.
            """
        case .unreadable(let name, let reason):
            """
            cannot load the weights \(name): \(reason).
            Pass a file written by palette-train (palette-train --model vae|vaegan ... --out FILE), \
            or leave out --weights to use the built-in weights.
            """
        case .sameKindTwice(let kind, let first, let second):
            "--weights \(first) and --weights \(second) both hold a \(kind.rawValue) model; give one file per kind."
        }
    }
}

/// Where each model's weights come from: a file given with `--weights`, else the built-in
/// bytes. A value, so threads can each load their own instances.
public struct ModelSources: Sendable {
    /// The `--weights` files by the kind of model they hold.
    public fileprivate(set) var files: [ModelConfig.Kind: String] = [:]

    /// Built-in weights only.
    public init() {}

    /// Whether weights of `kind` are available (from a file or built in).
    public func has(_ kind: ModelConfig.Kind) -> Bool {
        files[kind] != nil || EmbeddedWeights.bytes(for: kind) != nil
    }

    /// A new instance of the model of `kind` (a `PaletteModel` must not be shared between threads).
    public func load(_ kind: ModelConfig.Kind) throws(WeightsError) -> PaletteModel {
        if let path = files[kind] { return try Self.load(path: path) }
        guard let bytes = EmbeddedWeights.bytes(for: kind) else { throw .notBuiltIn([kind]) }
        let name = "built into palette (from \(EmbeddedWeights.assetName(for: kind)))"
        do {
            return try PaletteModel.load(bytes: bytes, name: name, expecting: kind)
        } catch {
            throw .unreadable(name: name, reason: Self.reason(error))
        }
    }

    /// Loads a weights file, whatever its kind.
    public static func load(path: String) throws(WeightsError) -> PaletteModel {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path: path) }
        do {
            return try PaletteModel.load(path: path)
        } catch {
            throw .unreadable(name: "file \(path)", reason: reason(error))
        }
    }

    /// The error's explanation without the file name the message already carries.
    private static func reason(_ error: ModelError) -> String {
        if case .weights(_, let inner) = error { return inner.reason.description }
        return error.description
    }
}

/// The weights sources with the `--weights` files already loaded once (which is how their kind
/// is known), so the first model of each of those kinds costs nothing more.
public struct ModelCatalog {
    /// Where each kind comes from.
    public private(set) var sources = ModelSources()
    private var preloaded: [ModelConfig.Kind: PaletteModel] = [:]

    /// Loads each file to learn its kind. Throws when a file is missing or broken, or when two
    /// files hold the same kind.
    public init(files paths: [String]) throws(WeightsError) {
        // Inference decodes a few dozen palettes at a time, where one BLAS thread beats two
        // (measured in the explorer: 0.8 ms against 1.5 ms of decoding per frame at 200x60) and
        // the second thread's buffers are never allocated.
        BLAS.setThreadCount(1)
        var files: [ModelConfig.Kind: String] = [:]
        for path in paths {
            let model = try ModelSources.load(path: path)
            let kind = model.config.kind
            if let first = files[kind] { throw .sameKindTwice(kind, first: first, second: path) }
            files[kind] = path
            preloaded[kind] = model
        }
        sources.files = files
    }

    /// The kind of the single `--weights` file, if exactly one was given.
    public var onlyFileKind: ModelConfig.Kind? { sources.files.count == 1 ? sources.files.keys.first : nil }

    /// One model of every kind available, VAE first (what the explorer's Tab cycles through).
    /// Throws `notBuiltIn` when there is none.
    public mutating func availableModels() throws(WeightsError) -> [PaletteModel] {
        let kinds = ModelConfig.Kind.allCases.filter { sources.has($0) }
        guard !kinds.isEmpty else { throw .notBuiltIn(ModelConfig.Kind.allCases) }
        var models: [PaletteModel] = []
        for kind in kinds { models.append(try model(kind)) }
        return models
    }

    /// A model of `kind`; an instance loaded by `init` is handed out once, later calls load anew.
    public mutating func model(_ kind: ModelConfig.Kind) throws(WeightsError) -> PaletteModel {
        if let model = preloaded.removeValue(forKey: kind) { return model }
        return try sources.load(kind)
    }
}

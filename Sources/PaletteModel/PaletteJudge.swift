import ColorScience
import Foundation
import NeuralCore

/// Two small networks that judge palettes the way the human palettes they were trained on would
/// (`palette-train --model judge`):
///
/// - `colours`, order-invariant (DeepSets): how human a set of colours looks, trained to tell human
///   palettes from choices of an image's own colours that cover the image well;
/// - `order`, a BiGRU reading the colours in order: how human an order of colours looks, trained
///   to tell human palettes in their authors' order from the same colours shuffled.
///
/// Stored beside a model's own tensors in its weights file (`judge.*`, sizes under the metadata
/// key `judge_config`).
public final class PaletteJudge {
    /// The networks' sizes.
    public struct Config: Codable, Sendable, Equatable {
        /// Colours per palette.
        public var paletteSize: Int
        /// Width of the set network.
        public var setUnits: Int
        /// GRU units per direction of the order network.
        public var orderUnits: Int

        /// Sizes with the given values (defaults: the shipped judge's).
        public init(paletteSize: Int = 5, setUnits: Int = 64, orderUnits: Int = 16) {
            self.paletteSize = paletteSize
            self.setUnits = setUnits
            self.orderUnits = orderUnits
        }
    }

    /// Metadata key of the judge's `Config` (JSON).
    public static let configKey = "judge_config"
    /// Largest width accepted from a file, so that a hostile file cannot ask for huge layers.
    public static let maximumUnits = 1024

    /// The sizes.
    public let config: Config
    /// Set of colours -> score (about 1 human, 0 not).
    public let colours: PaletteSetNetwork
    /// Colours in order -> score (about 1 a human order, 0 a shuffled one).
    public let order: SequenceCritic
    /// Every parameter, named `judge.set.*` and `judge.order.*`.
    public var parameters: [Parameter] { colours.parameters + order.parameters }

    /// Randomly initialised networks (same seed, same weights).
    public init(config: Config = Config(), seed: UInt64) {
        self.config = config
        var rng = Xoshiro256(seed: seed)
        colours = PaletteSetNetwork(name: "judge.set", units: config.setUnits, outputs: 1, slope: 0.2, rng: &rng)
        order = SequenceCritic(name: "judge.order", colors: config.paletteSize, units: config.orderUnits, slope: 0.2, rng: &rng)
    }

    /// The judge stored in a weights file, or nil when the file has none.
    static func load(from file: SafeTensorsFile, metadata: [String: String], name: String) throws(ModelError) -> PaletteJudge? {
        guard let json = metadata[configKey] else { return nil }
        guard let config = try? JSONDecoder().decode(Config.self, from: Data(json.utf8)),
              (1...16).contains(config.paletteSize), (1...maximumUnits).contains(config.setUnits),
              (1...maximumUnits).contains(config.orderUnits) else {
            throw .invalidConfig(reason: "\(name): unreadable or out-of-range \(configKey)")
        }
        let judge = PaletteJudge(config: config, seed: 0)
        do {
            try WeightsFile.load(into: judge.parameters, from: file, allowExtraTensors: true)
        } catch { throw .weights(path: name, error: error) }
        return judge
    }

    /// `config` as the JSON stored in weights files.
    var configJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(config)) ?? Data(), as: UTF8.self)
    }

    /// How human each palette's colours look, whatever their order (higher = more human).
    public func humanness(_ palettes: [[RGB8]]) -> [Float] {
        run(colours, palettes)
    }

    /// How human each palette's order of colours looks (higher = more human).
    public func orderScores(_ palettes: [[RGB8]]) -> [Float] {
        run(order, palettes)
    }

    /// An order of `palette` drawn from the order network's judgement: each of the n!
    /// permutations with probability proportional to `exp(score / temperature)`, so that orders
    /// come out as varied as people's (a ramp when the network is sure, otherwise a likely one).
    /// The same seed gives the same order. Returns indices into `palette`.
    public func order(of palette: [RGB8], temperature: Float, seed: UInt64) -> [Int] {
        let permutations = Self.permutations(of: palette.count)
        guard permutations.count > 1 else { return Array(palette.indices) }
        let scores = orderScores(permutations.map { $0.map { palette[$0] } })
        let top = scores.max() ?? 0
        let weights = scores.map { Double(Foundation.exp(Double(($0 - top) / max(temperature, 1e-6)))) }
        var rng = Xoshiro256(seed: seed)
        var pick = Double(rng.uniform()) * weights.reduce(0, +)
        for (i, w) in weights.enumerated() {
            pick -= w
            if pick <= 0 { return permutations[i] }
        }
        return permutations[scores.firstIndex(of: top) ?? 0]
    }

    private func run(_ network: some Layer, _ palettes: [[RGB8]]) -> [Float] {
        let n = config.paletteSize
        guard !palettes.isEmpty, palettes.allSatisfy({ $0.count == n }) else { return palettes.map { _ in -.infinity } }
        let input = Tensor(shape: [palettes.count, n, 3], values: palettes.flatMap { LabScaling.scaled($0) })
        return network.forward(input, mode: .inference).values
    }

    /// Every permutation of `0..<n`, in lexicographic order.
    static func permutations(of n: Int) -> [[Int]] {
        guard n > 1 else { return [Array(0..<max(n, 0))] }
        return permutations(of: n - 1).flatMap { p in
            (0...p.count).map { i in var q = p; q.insert(n - 1, at: i); return q }
        }
    }
}

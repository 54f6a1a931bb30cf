import ColorScience
import Evaluation
import PaletteData
import PaletteModel

/// The validation measure of sampling: the leave-one-out 1-nearest-neighbour accuracy between
/// palettes sampled from the model and held-out human palettes (0.5 = indistinguishable), and
/// the share of samples collapsed to grey or brown.
public struct RealismProbe: Sendable {
    /// Held-out human palettes to compare with.
    public let reference: [[RGB8]]
    /// Sampling interval (standard deviation of the prior draw).
    public let interval: Float
    /// Seed of the sampled latent points (fixed, so epochs are comparable).
    public let seed: UInt64

    /// A probe against up to `count` of `validationPalettes` (scaled Lab, 15 values each),
    /// chosen as `ValidationSplit.subset` chooses them.
    public init(validationPalettes: [Float], count: Int = 300, interval: Float = 1, seed: UInt64 = 12_345) {
        let per = 15
        let all = (0..<(validationPalettes.count / per)).map {
            LabScaling.colors(Array(validationPalettes[($0 * per)..<(($0 + 1) * per)]))
        }
        reference = ValidationSplit.subset(all, count: count)
        self.interval = interval
        self.seed = seed
    }

    /// `val_realism` (1-NN accuracy) and `val_grey` (grey/brown share) for `model`.
    public func measure(_ model: PaletteModel) -> [(String, Double)] {
        guard reference.count >= 10, let samples = try? model.sample(count: reference.count, interval: interval, seed: seed),
              let accuracy = NearestNeighbourTest.accuracy(samples, reference) else { return [] }
        let stats = PaletteSetStatistics(samples)
        return [("val_realism", accuracy), ("val_grey", stats.greyBrownShare)]
    }
}

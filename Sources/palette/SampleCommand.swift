import ArgumentParser
import PaletteFormats
import PaletteModel
import ShippedModels

/// `palette sample`: palettes drawn from the model's latent space.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate palettes by sampling the model's latent space.",
        discussion: """
            Latent points are drawn from a normal distribution whose standard deviation is the \
            sampling interval: a wider interval gives more colourful palettes. The same seed gives \
            the same palettes. The VAE-GAN also draws its auxiliary noise from the seed.
            """)

    /// The accepted range of `--count`.
    static let allowedCounts = 1...10_000
    /// The accepted range of `--interval`.
    static let allowedIntervals: ClosedRange<Float> = 0.05...4

    @Option(help: "Number of palettes, \(allowedCounts.lowerBound) to \(allowedCounts.upperBound).")
    var count: Int = 5

    @Option(help: "Sampling interval (standard deviation of the latent points), \(allowedIntervals.lowerBound) to \(allowedIntervals.upperBound).")
    var interval: Float = 1.0

    @Option(help: "Random seed (default: a new one each run).")
    var seed: UInt64?

    @OptionGroup var model: ModelOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard Self.allowedCounts.contains(count) else {
            throw ValidationError("--count must be between \(Self.allowedCounts.lowerBound) and \(Self.allowedCounts.upperBound) (got \(count)).")
        }
        guard Self.allowedIntervals.contains(interval) else {
            throw ValidationError("--interval must be between \(Self.allowedIntervals.lowerBound) and \(Self.allowedIntervals.upperBound) (got \(interval)).")
        }
    }

    func run() throws {
        let model = try CommandFailure.reporting { () throws(WeightsError) in try self.model.load() }
        let kind = model.config.kind.rawValue
        let palettes = try CommandFailure.reporting { () throws(ModelError) in
            try model.sample(count: count, interval: interval, seed: seed ?? UInt64.random(in: .min ... .max))
        }
        let records = palettes.enumerated().map { index, colors in
            PaletteRecord(origin: .named("\(kind) sample \(index + 1)"), method: kind, colors: colors)
        }
        output.write(records)
    }
}

import ArgumentParser
import ColorScience
import PaletteFormats
import PaletteModel
import ShippedModels

/// `palette interpolate`: a walk between two palettes through the latent space.
struct InterpolateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interpolate",
        abstract: "Walk between two palettes through the model's latent space.",
        discussion: """
            Both palettes are encoded to the latent space (whatever the order of their colours), \
            the straight line between the two points is cut into --steps evenly spaced points \
            (both ends included), and each point is decoded. The end palettes are therefore the \
            model's versions of the two given, not copies of them. With the VAE-GAN, the \
            auxiliary noise is zero.

            Example: palette interpolate --from "#0b132b #1c2541 #3a506b #5bc0be #ffffff" \
            --to f94144 f3722c f8961e f9c74f 90be6d --steps 6
            """)

    /// Colours in each end palette.
    static let paletteSize = 5
    /// The accepted range of `--steps`.
    static let allowedSteps = 2...64

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("The first palette: \(paletteSize) hex colours (#rrggbb or #rgb).", valueName: "hex"))
    var from: [String]

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("The last palette: \(paletteSize) hex colours.", valueName: "hex"))
    var to: [String]

    @Option(help: "Number of palettes, ends included, \(allowedSteps.lowerBound) to \(allowedSteps.upperBound).")
    var steps: Int = 7

    @OptionGroup var model: ModelOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try HexPalette.parse(from, option: "--from", count: Self.paletteSize)
        _ = try HexPalette.parse(to, option: "--to", count: Self.paletteSize)
        guard Self.allowedSteps.contains(steps) else {
            throw ValidationError("--steps must be between \(Self.allowedSteps.lowerBound) and \(Self.allowedSteps.upperBound) (got \(steps)).")
        }
    }

    func run() throws {
        let start = try HexPalette.parse(from, option: "--from", count: Self.paletteSize)
        let end = try HexPalette.parse(to, option: "--to", count: Self.paletteSize)
        let model = try CommandFailure.reporting { () throws(WeightsError) in try self.model.load() }
        let kind = model.config.kind.rawValue
        let palettes = try CommandFailure.reporting { () throws(ModelError) in
            let points = PaletteModel.interpolate(from: try model.encode(palette: start),
                                                  to: try model.encode(palette: end), steps: steps)
            return try model.decode(points)
        }
        let records = palettes.enumerated().map { index, colors in
            PaletteRecord(origin: .named("\(kind) interpolation \(index + 1)/\(palettes.count)"), method: kind, colors: colors)
        }
        output.write(records)
    }
}

import ArgumentParser
import ExplorerTerminal
import PaletteModel
import ShippedModels

/// `palette explore [IMAGE]` (also plain `palette` and `palette IMAGE`): the terminal explorer.
struct ExploreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default command).",
        discussion: """
            Walks the learned palette space with the arrow keys; with an IMAGE, starts in image \
            mode beside its extracted palettes. Press ? inside for every key, q to quit.
            Needs a terminal; in scripts use palette sample, palette extract and palette \
            interpolate instead.
            """)

    @Argument(help: ArgumentHelp("An image to open in image mode.", valueName: "image"))
    var image: String?

    @Option(help: ArgumentHelp("""
        Colour mode: auto or always (direct colour where COLORTERM or terminfo says so, else \
        redefined colours, else the nearest of 256), truecolor, or 256. The swatches are the \
        explorer's content, so NO_COLOR does not turn them off and never is refused.
        """, valueName: "when"))
    var color: ColourModePreference = .auto

    @Option(help: "Random seed of the points, axes and VAE-GAN draws (default: a new one each run).")
    var seed: UInt64?

    @OptionGroup var weights: WeightsOptions

    func validate() throws {
        if color == .never {
            throw ValidationError("""
                the explorer shows colours and cannot run with --color never; for plain hex codes use \
                palette sample, palette extract or palette interpolate.
                """)
        }
    }

    func run() async throws {
        let (models, sources) = try CommandFailure.reporting { () throws(WeightsError) in
            var catalog = try weights.catalog()
            return (try catalog.availableModels(), catalog.sources)
        }
        let launch = ExplorerLaunch(colour: color, image: image, seed: seed, sources: sources)
        let status = await launch.run(models: models.map(SharedModel.init))
        if status != 0 { throw ExitCode(status) }
    }
}

/// What the explorer starts with, and running it on the main actor.
struct ExplorerLaunch: Sendable {
    var colour: ColourModePreference
    var image: String?
    var seed: UInt64?
    var sources: ModelSources

    /// Runs the explorer and returns the exit status: 0 on quit, 128 + n after signal n, 1 when
    /// the terminal cannot be used (with a message and a hint on standard error). The generators
    /// and the image extraction share `models`.
    @MainActor
    func run(models: [SharedModel]) async -> Int32 {
        let options = TerminalOptions(colourMode: colour, initialImagePath: image, seed: seed)
        do {
            let exit = try await ExplorerTerminal.run(
                generators: models.map(ModelGenerator.init(shared:)),
                imageSource: ImageSource(sources: sources, models: models),
                encoders: ExportEncoders.all, options: options)
            switch exit {
            case .quit: return 0
            case .signal(let number): return 128 + number
            }
        } catch {
            StandardStreams.writeError("""
                palette: error: cannot open the explorer: \(error).
                For scripts, use the subcommands: palette sample, palette extract IMAGE, \
                palette interpolate (see palette --help).
                """)
            return 1
        }
    }
}

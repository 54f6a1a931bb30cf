import ArgumentParser
import ExplorerTerminal

/// The `palette` command: colour palettes from images and from a learned model.
@main
struct PaletteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette",
        abstract: "Generate and extract colour palettes in the terminal.",
        discussion: """
            With no command, or with an image, opens the interactive explorer \
            (palette [explore] [IMAGE]). The trained VAE and VAE-GAN are built in; \
            --weights FILE uses another weights file written by palette-train.
            """,
        version: "0.1.0",
        subcommands: [ExploreCommand.self, SampleCommand.self, ExtractCommand.self, InterpolateCommand.self,
                      EvaluateCommand.self],
        defaultSubcommand: ExploreCommand.self)

    /// Limits the allocator to one arena (see `AllocatorArenas`), then parses and runs.
    static func main() async {
        AllocatorArenas.limitToOne()
        await main(nil)
    }
}

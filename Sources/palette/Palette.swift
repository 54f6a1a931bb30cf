import ArgumentParser

/// The `palette` command: colour palettes from images and from a learned model.
@main
struct PaletteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette",
        abstract: "Generate and extract colour palettes in the terminal.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self, EvaluateCommand.self])
}

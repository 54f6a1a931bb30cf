import ArgumentParser
import CommandLineSupport
import ExplorerTerminal
import Foundation

/// The `palette` command: colour palettes from images and from a learned model.
@main
struct PaletteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette",
        abstract: "Generate and extract colour palettes in the terminal.",
        usage: """
            palette [IMAGE] [--color <when>] [--seed <seed>] [--weights <file> ...]
            palette <subcommand> [<options>]
            """,
        discussion: """
            With no command, or with an image, opens the interactive explorer \
            (palette [explore] [IMAGE]). The trained VAE and VAE-GAN are built in; \
            --weights FILE uses another weights file written by palette-train.

            Every command takes --color auto|always|never|truecolor|256; auto follows NO_COLOR \
            (no-color.org). Usage errors exit with status 64, other errors with status 1.
            """,
        version: ToolVersion.current,
        subcommands: [ExploreCommand.self, SampleCommand.self, ExtractCommand.self, InterpolateCommand.self,
                      EvaluateCommand.self, ContrastCommand.self],
        defaultSubcommand: ExploreCommand.self)

    /// Errors, usage errors included, read `palette: error: ...`.
    static var _errorPrefix: String { "palette: error: " }

    /// Limits the allocator to one arena (see `AllocatorArenas`), stops a mistyped command before
    /// it is taken for an image, then parses and runs.
    static func main() async {
        AllocatorArenas.limitToOne()
        rejectMistypedCommand(Array(CommandLine.arguments.dropFirst()))
        await main(nil)
    }

    /// Exits with status 64 and a suggestion when the first argument is an unknown command
    /// rather than an image (see `CommandSuggestion`).
    private static func rejectMistypedCommand(_ arguments: [String]) {
        let commands = configuration.subcommands.map { $0._commandName }
        let message: String
        switch CommandSuggestion.verdict(arguments: arguments, commands: commands,
                                         isFile: { FileManager.default.fileExists(atPath: $0) }) {
        case .parse:
            return
        case .didYouMean(let word, let suggestion):
            message = "unknown command '\(word)'. Did you mean '\(suggestion)'?"
        case .unknown(let word):
            message = "unknown command '\(word)', and no image file of that name. "
                + "Commands: \(commands.joined(separator: ", ")); or palette IMAGE to explore an image."
        }
        StandardStreams.writeError(_errorPrefix + message + "\n  See 'palette --help' for more information.")
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}

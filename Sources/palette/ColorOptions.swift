import ArgumentParser
import ExplorerTerminal
import Foundation
import PaletteFormats

extension ColourModePreference: ExpressibleByArgument {}

/// `--color auto|always|never|truecolor|256`, on every command.
struct ColorOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        When and how to colour: auto (on a terminal, unless NO_COLOR is set or TERM is dumb; \
        24-bit where COLORTERM or terminfo says so, else the nearest of 256), always, never, \
        truecolor (24-bit), or 256.
        """, valueName: "when"))
    var color: ColourModePreference = .auto

    /// How `text` output shows colours on this process's standard output.
    var textStyle: TextStyle {
        let depth = TextColourChoice.depth(
            color, outputIsTerminal: StandardStreams.outputIsTerminal,
            environment: ProcessInfo.processInfo.environment,
            terminfo: { TerminalColourCapabilities(terminfo: $0) })
        switch depth {
        case .plain: return .plain
        case .palette256: return .swatches256
        case .direct: return .swatches
        }
    }
}

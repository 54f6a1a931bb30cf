import ArgumentParser
import ColorScience
import PaletteFormats

/// `palette contrast --format`: the grid or a JSON array of pairs.
enum ContrastFormat: String, CaseIterable, ExpressibleByArgument {
    /// A grid of ratios with AA/AAA marks and a legend.
    case text
    /// An array with one object per pair of colours.
    case json
}

/// `palette contrast`: WCAG 2.x contrast ratios of every pair of a palette's colours.
struct ContrastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contrast",
        abstract: "Show the WCAG contrast ratio of every pair of colours in a palette.",
        discussion: """
            Each cell of the grid holds the WCAG 2.x contrast ratio of its row and column colours \
            (truncated to two decimals) and a mark: AAA (7:1, normal text AAA), AA (4.5:1, normal \
            text AA and large text AAA), AA-L (3:1, large text AA only) or fail. Large text is \
            18 pt, or 14 pt bold.

            With --simulate, the ratios are those of the colours as seen with the deficiency, and \
            those colours are printed.

            Example: palette contrast "#0b132b #1c2541 #3a506b #5bc0be #ffffff"
            """)

    /// The accepted number of colours.
    static let allowedCounts = 2...32

    @Argument(help: ArgumentHelp("""
        The palette: \(allowedCounts.lowerBound) to \(allowedCounts.upperBound) hex colours \
        (#rrggbb or #rgb), in one argument or several.
        """, valueName: "hex"))
    var palette: [String]

    @Option(help: "Output format: a grid (text) or an array of pairs (json).")
    var format: ContrastFormat = .text

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var colors: ColorOptions

    func validate() throws {
        _ = try HexPalette.parse(palette, option: "the palette", counts: Self.allowedCounts)
    }

    func run() throws {
        let given = try HexPalette.parse(palette, option: "the palette", counts: Self.allowedCounts)
        let table = ContrastTable(colors: simulation.apply(to: given))
        switch format {
        case .text: StandardStreams.writeOutput(table.text(style: colors.textStyle))
        case .json: StandardStreams.writeOutput(table.json())
        }
    }
}

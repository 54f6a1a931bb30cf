import ArgumentParser
import PaletteFormats

/// `--format`, `--sort`, `--simulate` and `--color`, shared by every command that prints palettes.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(PaletteFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PaletteFormat = .text

    @Option(help: "Colour order: \(PaletteSort.allCases.map(\.rawValue).joined(separator: ", ")) (in OKLCH).")
    var sort: PaletteSort = .none

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var colors: ColorOptions

    /// Prints the palettes (sorted, then simulated with `--simulate`, which may warn on standard
    /// error) to standard output; in text format, swatches as `--color` decides. `collection`
    /// forces the per-palette labels of text, gpl and css.
    func write(_ records: [PaletteRecord], collection: Bool? = nil) {
        let shown = simulation.apply(to: records.map {
            PaletteRecord(origin: $0.origin, method: $0.method, colors: sort.apply(to: $0.colors))
        })
        let style = format == .text ? colors.textStyle : .plain
        StandardStreams.writeOutput(format.encode(
            shown, options: .init(textStyle: style, isCollection: collection ?? (records.count > 1))))
    }
}

import ArgumentParser
import PaletteFormats

/// `--format`, `--sort` and `--color`, shared by every command that prints palettes.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(PaletteFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PaletteFormat = .text

    @Option(help: "Colour order: \(PaletteSort.allCases.map(\.rawValue).joined(separator: ", ")) (in OKLCH).")
    var sort: PaletteSort = .none

    @OptionGroup var colors: ColorOptions

    /// Prints the palettes (sorted) to standard output; in text format, swatches as `--color`
    /// decides. `collection` forces the per-palette labels of text, gpl and css.
    func write(_ records: [PaletteRecord], collection: Bool? = nil) {
        let sorted = records.map { PaletteRecord(origin: $0.origin, method: $0.method, colors: sort.apply(to: $0.colors)) }
        let style = format == .text ? colors.textStyle : .plain
        StandardStreams.writeOutput(format.encode(
            sorted, options: .init(textStyle: style, isCollection: collection ?? (records.count > 1))))
    }
}

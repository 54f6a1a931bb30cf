import ArgumentParser
import PaletteFormats

/// `--format` and `--sort`, shared by every command that prints palettes.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(PaletteFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PaletteFormat = .text

    @Option(help: "Colour order: \(PaletteSort.allCases.map(\.rawValue).joined(separator: ", ")) (in OKLCH).")
    var sort: PaletteSort = .none

    /// Prints the palettes (sorted) to standard output; swatches in text format on a terminal.
    /// `collection` forces the list form of json and the per-palette labels of text.
    func write(_ records: [PaletteRecord], collection: Bool? = nil) {
        let sorted = records.map { PaletteRecord(origin: $0.origin, method: $0.method, colors: sort.apply(to: $0.colors)) }
        let style: TextStyle = StandardStreams.outputIsTerminal ? .swatches : .plain
        StandardStreams.writeOutput(format.encode(
            sorted, options: .init(textStyle: style, isCollection: collection ?? (records.count > 1))))
    }
}

import ArgumentParser
import ColorScience
import Foundation
import PaletteFormats

extension ColorVisionDeficiency: ExpressibleByArgument {}

/// `--simulate protanopia|deuteranopia|tritanopia`: palettes as seen with a colour-vision
/// deficiency, with a warning for each pair of colours it makes indistinguishable.
struct SimulationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Print the colours as seen with a colour-vision deficiency (the matrices of Machado, \
        Oliveira and Fernandes 2009). Warns on standard error about colours it makes \
        indistinguishable (CIE76 difference under \(Int(ColorVisionDeficiency.indistinguishableDifference))).
        """, valueName: "deficiency"))
    var simulate: ColorVisionDeficiency?

    /// The colours as seen with the deficiency (unchanged without `--simulate`); warns on
    /// standard error for each pair the deficiency confuses, naming the palette by `label`.
    func apply(to colors: [RGB8], label: String? = nil) -> [RGB8] {
        guard let simulate else { return colors }
        let limit = ColorVisionDeficiency.indistinguishableDifference
        for pair in simulate.confusedPairs(in: colors) {
            let x = colors[pair.first], y = colors[pair.second]
            let palette = label.map { " of \($0.replacingControlCharacters())" } ?? ""
            StandardStreams.writeError(
                "palette: warning: \(simulate.rawValue): colours \(pair.first + 1) (\(x.hex)) and "
                + "\(pair.second + 1) (\(y.hex))\(palette) become indistinguishable "
                + String(format: "(CIE76 difference %.1f, under %g).", pair.simulatedDifference, limit))
        }
        return colors.map(simulate.simulate)
    }

    /// The records with their colours as seen with the deficiency, warning as `apply(to:label:)`.
    func apply(to records: [PaletteRecord]) -> [PaletteRecord] {
        records.map { PaletteRecord(origin: $0.origin, method: $0.method, colors: apply(to: $0.colors, label: $0.label)) }
    }
}

import ColorScience
import ExplorerCore
import PaletteFormats

/// The explorer's export formats, written exactly as `palette extract --format` writes them.
enum ExportEncoders {
    /// hex, json, gpl and css.
    static let all: [ExplorerCore.PaletteEncoder] = [PaletteFormat.hex, .json, .gpl, .css].map { format in
        ExplorerCore.PaletteEncoder(name: format.rawValue) { colours, name in
            format.encode([PaletteRecord(origin: .named(name), method: "palette", colors: colours)],
                          options: .init(textStyle: .plain, isCollection: false))
        }
    }
}

import ArgumentParser
import Extraction
import PaletteFormats

// Library enums offered as command-line values by their raw names.
extension ExtractionMethod: ExpressibleByArgument {}
extension PaletteFormat: ExpressibleByArgument {}
extension PaletteSort: ExpressibleByArgument {}

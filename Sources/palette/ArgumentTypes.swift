import ArgumentParser
import Extraction
import PaletteFormats

// Library enums offered as command-line values by their raw names.
extension ExtractionMethod: @retroactive ExpressibleByArgument {}
extension PaletteFormat: @retroactive ExpressibleByArgument {}
extension PaletteSort: @retroactive ExpressibleByArgument {}

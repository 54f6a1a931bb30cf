import ArgumentParser
import Extraction
import PaletteFormats
import PaletteModel

// Library enums offered as command-line values by their raw names.
extension PaletteFormat: ExpressibleByArgument {}
extension PaletteSort: ExpressibleByArgument {}

/// `palette extract --method`: the classical extractors and the two models.
enum ExtractMethod: String, CaseIterable, ExpressibleByArgument {
    /// Weighted k-means in Oklab.
    case kmeans
    /// Modified median cut as colorthief.
    case mmcq
    /// The VAE: one palette per image.
    case vae
    /// The VAE-GAN: one palette per noise draw (`--variants`).
    case vaegan

    /// The classical method, nil for the models.
    var classical: ExtractionMethod? { ExtractionMethod(rawValue: rawValue) }

    /// The model kind, nil for the classical methods.
    var modelKind: ModelConfig.Kind? { ModelConfig.Kind(rawValue: rawValue) }
}

import ColorScience
import Extraction
import ImageIO
import PaletteModel

/// An extractor that can give several palettes for one image (the VAE-GAN's noise draws).
protocol VariantPaletteExtractor: PaletteExtractor {
    /// Whether `variants` gives more than one palette.
    var hasVariants: Bool { get }
    /// `variants` palettes of `count` colours for `image` (one when `hasVariants` is false), the
    /// same for the same seed.
    func variants(of image: RGBAImage, count: Int, variants: Int, seed: UInt64) throws -> [[RGB8]]
}

/// Why a neural extraction could not run.
struct NeuralExtractionUnavailable: Error, CustomStringConvertible {
    /// The method asked for (`vae` or `vaegan`).
    var method: String
    var description: String { "\(method) extraction is not available in this build" }
}

/// The neural extractors on the trained models.
enum NeuralExtraction {
    /// An extractor owning `model` (do not use the model elsewhere afterwards).
    static func extractor(model: PaletteModel) throws -> any VariantPaletteExtractor {
        throw NeuralExtractionUnavailable(method: model.config.kind.rawValue)
    }
}

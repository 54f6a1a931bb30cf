import ColorScience
import ExplorerCore
import PaletteModel

/// A trained model as the explorer's `PaletteGenerator`: batched decoding of latent points.
/// The model is a `SharedModel`, so image extraction on another thread can use the same weights.
public final class ModelGenerator: PaletteGenerator {
    private let model: SharedModel

    /// Wraps a model that only this generator uses.
    public convenience init(model: PaletteModel) { self.init(shared: SharedModel(model)) }

    /// Wraps a model shared with other users (each use holds its lock).
    public init(shared model: SharedModel) { self.model = model }

    /// `VAE` or `VAE-GAN`.
    public var name: String { model.config.kind == .vae ? "VAE" : "VAE-GAN" }
    /// The model's latent dimension.
    public var latentDimension: Int { model.config.latent }
    /// The model's noise dimension (0 for the VAE).
    public var noiseDimension: Int { model.config.noise }

    /// Decodes `count` points in one batch; see `PaletteGenerator`.
    public func decode(latents: [Float], noises: [Float], count: Int) -> [RGB8] {
        let latent = latentDimension, noise = noiseDimension
        let points = (0..<count).map { Array(latents[($0 * latent)..<(($0 + 1) * latent)]) }
        let noiseVectors = noise == 0 || noises.count < count * noise
            ? [] : (0..<count).map { Array(noises[($0 * noise)..<(($0 + 1) * noise)]) }
        // The explorer always passes the model's own dimensions, which is all decode checks.
        guard let palettes = try? model.withModel({ (model) throws(ModelError) in try model.decode(points, noise: noiseVectors) }) else {
            return Array(repeating: RGB8(r: 128, g: 128, b: 128), count: count * paletteColourCount)
        }
        return palettes.flatMap { $0 }
    }
}

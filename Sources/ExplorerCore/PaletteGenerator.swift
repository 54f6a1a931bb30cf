import ColorScience

/// Number of colours in every palette the explorer shows.
public let paletteColourCount = 5

/// A generative palette model as the explorer sees it: a decoder from a latent point (and, for
/// the VAE-GAN, an auxiliary noise vector) to a palette of five colours.
///
/// Decoding must be deterministic: the same inputs give the same colours. The explorer decodes
/// every palette on screen once per frame, in one batch.
public protocol PaletteGenerator {
    /// Short model name for the status line, e.g. `VAE` or `VAE-GAN`.
    var name: String { get }
    /// Dimension of the latent space, >= 1.
    var latentDimension: Int { get }
    /// Dimension of the auxiliary noise; 0 when the model has none (the VAE).
    var noiseDimension: Int { get }

    /// Decodes `count` points at once.
    /// - Parameters:
    ///   - latents: `count * latentDimension` values, point by point.
    ///   - noises: `count * noiseDimension` values, point by point (empty when there is no noise).
    ///   - count: number of points, >= 0.
    /// - Returns: `count * paletteColourCount` colours, palette by palette.
    func decode(latents: [Float], noises: [Float], count: Int) -> [RGB8]
}

extension PaletteGenerator {
    /// Decodes one point into a palette of `paletteColourCount` colours.
    public func decode(latent: [Float], noise: [Float]) -> [RGB8] {
        decode(latents: latent, noises: noise, count: 1)
    }
}

import NeuralCore

/// Every network of one palette model. Inference uses the image encoder, the palette encoder and
/// the decoder; training also uses the discriminator, a critic of palettes alone (the paper's
/// second discriminator, made order-invariant).
public final class PaletteNetworks {
    /// The sizes these networks were built with.
    public let config: ModelConfig
    /// Image -> q(z | image).
    public let imageEncoder: ImageEncoder
    /// Palette -> q(z | palette).
    public let paletteEncoder: PaletteEncoder
    /// (z, noise) -> palette.
    public let decoder: PaletteDecoder
    /// Palette -> realness score (least-squares GAN: 1 real, 0 generated).
    public let discriminator: PaletteSetNetwork

    /// Parameters a weights file for inference holds, in a stable order.
    public var inferenceParameters: [Parameter] {
        imageEncoder.parameters + paletteEncoder.parameters + decoder.parameters
    }
    /// The discriminator's parameters (in checkpoints only).
    public var discriminatorParameters: [Parameter] { discriminator.parameters }

    /// Networks for `config`, initialised from `seed` (same seed, same weights).
    public init(config: ModelConfig, seed: UInt64) throws(ModelError) {
        try config.validate()
        self.config = config
        var rng = Xoshiro256(seed: seed)
        imageEncoder = ImageEncoder(config: config, rng: &rng)
        paletteEncoder = PaletteEncoder(config: config, rng: &rng)
        decoder = PaletteDecoder(config: config, rng: &rng)
        discriminator = PaletteSetNetwork(name: "discriminator", units: config.setUnits, outputs: 1,
                                          slope: config.leakySlope, rng: &rng)
    }
}

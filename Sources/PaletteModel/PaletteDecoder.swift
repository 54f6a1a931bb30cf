import NeuralCore

/// The paper's decoder: the latent code and the auxiliary noise, concatenated and repeated once
/// per colour, through a stack of bidirectional GRUs and a per-step dense layer to scaled Lab.
///
/// Shapes: `z` `[batch, latent]`, `noise` `[batch, noise]` (absent for the VAE), output
/// `[batch, paletteSize, 3]`.
public final class PaletteDecoder {
    private let config: ModelConfig
    private let join = Concatenate()
    private let repeatVector: RepeatVector
    private let recurrent: BidirectionalGRU
    private let out: Dense
    private let noiseGradient = Tensor(shape: [0])
    private let latentGradient = Tensor(shape: [0])

    /// Named `decoder.*`.
    public var parameters: [Parameter] { recurrent.parameters + out.parameters }

    /// A randomly initialised decoder for `config`.
    public init(config: ModelConfig, rng: inout Xoshiro256) {
        self.config = config
        repeatVector = RepeatVector(steps: config.paletteSize)
        recurrent = BidirectionalGRU(name: "decoder.gru", inputs: config.latent + config.noise,
                                     units: config.decoderUnits, rng: &rng)
        out = Dense(name: "decoder.out", inputs: recurrent.outputFeatures, outputs: 3, rng: &rng)
    }

    /// Decodes a batch of latent codes (and noise, for the VAE-GAN) to palettes.
    public func forward(z: Tensor, noise: Tensor?, mode: Mode) -> Tensor {
        let input = config.noise > 0 ? join.forward(z, noise ?? zeros(batch: z.shape[0])) : z
        return out.forward(recurrent.forward(repeatVector.forward(input, mode: mode), mode: mode), mode: mode)
    }

    /// Backpropagates a palette gradient; returns the gradients of z and of the noise.
    @discardableResult
    public func backward(_ dy: Tensor) -> (z: Tensor, noise: Tensor?) {
        let d = repeatVector.backward(recurrent.backward(out.backward(dy)))
        guard config.noise > 0 else { return (d, nil) }
        let parts = join.backward(d)
        latentGradient.copy(from: parts[0])
        noiseGradient.copy(from: parts[1])
        return (latentGradient, noiseGradient)
    }

    private let zeroNoise = Tensor(shape: [0])
    private func zeros(batch: Int) -> Tensor {
        zeroNoise.resize(batch, config.noise)
        zeroNoise.fill(0)
        return zeroNoise
    }
}

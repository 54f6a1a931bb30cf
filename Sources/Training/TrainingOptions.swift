import PaletteModel

/// Everything that shapes a training run besides the data. Stored in checkpoints so that a
/// resumed run continues with the same settings.
public struct TrainingOptions: Codable, Sendable, Equatable {
    /// The model's sizes (and kind).
    public var model: ModelConfig
    /// Passes over the training pairs.
    public var epochs: Int = 30
    /// Pairs (and human palettes) per step.
    public var batchSize: Int = 32
    /// Seed of everything random: initial weights, batches, reparameterisation and noise.
    public var seed: UInt64 = 1
    /// Adam learning rate of the encoders and the decoder (the paper: 5e-4).
    public var learningRate: Float = 1e-3
    /// Adam learning rate of the discriminator (the paper: 2e-3).
    public var discriminatorLearningRate: Float = 1e-3
    /// Adam beta1 (the paper: 0.5 for the GAN).
    public var beta1: Float = 0.5
    /// Weight of the KL term, relative to the reconstruction error per colour.
    public var klWeight: Float = 0.002
    /// Weight of the palette-only path (human palettes through the palette encoder).
    public var paletteWeight: Float = 1
    /// Weight of the generator's least-squares GAN term on prior samples (0 disables the
    /// discriminator).
    public var ganWeight: Float = 0.05
    /// Weight of a second, order-aware critic (`SequenceCritic`) on prior samples, which
    /// penalises colour orders people do not use, such as light-to-dark ramps (0 disables it).
    public var orderCriticWeight: Float = 0

    /// Weight of target chroma in the reconstruction error (see `OrderFreeLoss`).
    public var chromaWeight: Float = 1
    /// Weight of a slot-by-slot error on the palette path, so that decoded palettes keep the
    /// colour order people use instead of a light-to-dark ramp (0 disables it).
    public var orderWeight: Float = 0

    /// Noise draws per image for the VAE-GAN's best-of-K reconstruction.
    public var noiseDraws: Int = 4
    /// Share of the reconstruction gradient that the VAE-GAN's other (not best) noise draws keep,
    /// 0...1: 0 lets them wander wherever the diversity term and the critic push them.
    public var otherDrawsWeight: Float = 0

    /// Weight of the VAE-GAN's diversity term (how far apart noise draws are pushed).
    public var diversityWeight: Float = 0.3
    /// Global gradient-norm clip.
    public var clipNorm: Float = 5
    /// BLAS threads.
    public var threads: Int = 2

    /// Defaults for a model of `kind` with its standard configuration.
    public init(kind: ModelConfig.Kind) {
        model = .standard(kind)
    }
}

import NeuralCore

/// The paper's image encoder: stride-2 blocks of Conv2D(3x3, same) -> LeakyReLU -> BatchNorm,
/// then flatten -> Dense -> LeakyReLU -> Dense to the mean and log-variance of q(z | image).
///
/// Shapes: input `[batch, imageHeight, imageWidth, 3]` (NHWC, scaled Lab); outputs `[batch, latent]`
/// each. Unlike the paper's code, the mean and log-variance are linear (its ELU bounded sigma from
/// below at about 0.61).
public final class ImageEncoder {
    /// The convolution blocks followed by flatten, dense and activation.
    let body: Sequential
    /// The last dense layer, `encoderDense -> 2 * latent`.
    let head: Dense
    private let split: LatentHead

    /// Trainable parameters and running statistics, named `encoder.*`.
    public var parameters: [Parameter] { body.parameters + head.parameters }

    /// A randomly initialised encoder for `config`.
    public init(config: ModelConfig, rng: inout Xoshiro256) {
        var layers: [Layer] = []
        var channels = 3
        for (i, filters) in config.convFilters.enumerated() {
            layers.append(Conv2D(name: "encoder.conv\(i)", inChannels: channels, outChannels: filters,
                                 kernelSize: 3, stride: 2, padding: .same, rng: &rng))
            layers.append(Activation(.leakyReLU(slope: config.leakySlope)))
            layers.append(BatchNorm(name: "encoder.norm\(i)", channels: filters,
                                    momentum: config.batchNormMomentum))
            channels = filters
        }
        let spatial = config.encodedSpatial
        layers.append(Flatten())
        layers.append(Dense(name: "encoder.dense", inputs: spatial.height * spatial.width * channels,
                            outputs: config.encoderDense, rng: &rng))
        layers.append(Activation(.leakyReLU(slope: config.leakySlope)))
        body = Sequential(layers)
        head = Dense(name: "encoder.head", inputs: config.encoderDense, outputs: 2 * config.latent, rng: &rng)
        split = LatentHead(latent: config.latent)
    }

    /// The mean and log-variance of q(z | image) for a batch of images.
    public func forward(_ images: Tensor, mode: Mode) -> (mean: Tensor, logVariance: Tensor) {
        split.split(head.forward(body.forward(images, mode: mode), mode: mode))
    }

    /// Backpropagates the gradients of the mean and log-variance; returns the image gradient.
    @discardableResult
    public func backward(mean: Tensor, logVariance: Tensor) -> Tensor {
        body.backward(head.backward(split.join(mean: mean, logVariance: logVariance)))
    }
}

import NeuralCore

/// Order-invariant pooling over the colours of a palette: `[batch, items, features]` ->
/// `[batch, 2 * features]`, the mean over items followed by the maximum over items. Backward
/// spreads the mean's gradient evenly and routes the maximum's to the item that held it.
final class SetPooling: Layer {
    var parameters: [Parameter] { [] }
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])
    private var argmax: [Int] = []
    private var items = 0

    func forward(_ x: Tensor, mode: Mode) -> Tensor {
        precondition(x.shape.count == 3, "SetPooling expects [batch, items, features], got \(x.shape)")
        let batch = x.shape[0], n = x.shape[1], f = x.shape[2]
        items = n
        output.resize(batch, 2 * f)
        if argmax.count != batch * f { argmax = Array(repeating: 0, count: batch * f) }
        let scale = 1 / Float(n)
        for b in 0..<batch {
            let src = x.pointer + b * n * f, dst = output.pointer + b * 2 * f
            for j in 0..<f {
                var sum: Float = 0, best = src[j], at = 0
                for t in 0..<n {
                    let v = src[t * f + j]
                    sum += v
                    if v > best { best = v; at = t }
                }
                dst[j] = sum * scale
                dst[f + j] = best
                argmax[b * f + j] = at
            }
        }
        return output
    }

    func backward(_ dy: Tensor) -> Tensor {
        let batch = dy.shape[0], f = dy.shape[1] / 2, n = items
        inputGradient.resize(batch, n, f)
        let scale = 1 / Float(n)
        for b in 0..<batch {
            let g = dy.pointer + b * 2 * f, dst = inputGradient.pointer + b * n * f
            for t in 0..<n {
                for j in 0..<f { dst[t * f + j] = g[j] * scale }
            }
            for j in 0..<f { dst[argmax[b * f + j] * f + j] += g[f + j] }
        }
        return inputGradient
    }
}

/// A DeepSets network over the colours of a palette: a per-colour MLP, `SetPooling`, then an MLP
/// to `outputs` values. Its output does not depend on the order of the colours.
///
/// Shapes: input `[batch, paletteSize, 3]` (scaled Lab), output `[batch, outputs]`.
public final class PaletteSetNetwork: Layer {
    private let body: Sequential
    public var parameters: [Parameter] { body.parameters }

    /// A network named `name` with hidden width `units`.
    public init(name: String, units: Int, outputs: Int, slope: Float, rng: inout Xoshiro256) {
        body = Sequential([
            Dense(name: "\(name).item0", inputs: 3, outputs: units, rng: &rng),
            Activation(.leakyReLU(slope: slope)),
            Dense(name: "\(name).item1", inputs: units, outputs: units, rng: &rng),
            Activation(.leakyReLU(slope: slope)),
            SetPooling(),
            Dense(name: "\(name).pooled", inputs: 2 * units, outputs: units, rng: &rng),
            Activation(.leakyReLU(slope: slope)),
            Dense(name: "\(name).out", inputs: units, outputs: outputs, rng: &rng),
        ])
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor { body.forward(x, mode: mode) }
    public func backward(_ dy: Tensor) -> Tensor { body.backward(dy) }
}

/// Encodes a palette (in any colour order) to the mean and log-variance of q(z | palette), so
/// that the decoder also learns from palettes that have no image, and so that two palettes
/// can be interpolated through the latent space.
public final class PaletteEncoder {
    private let network: PaletteSetNetwork
    private let split: LatentHead
    /// Named `palette_encoder.*`.
    public var parameters: [Parameter] { network.parameters }

    /// A randomly initialised encoder for `config`.
    public init(config: ModelConfig, rng: inout Xoshiro256) {
        network = PaletteSetNetwork(name: "palette_encoder", units: config.setUnits,
                                    outputs: 2 * config.latent, slope: config.leakySlope, rng: &rng)
        split = LatentHead(latent: config.latent)
    }

    /// `[batch, paletteSize, 3]` -> mean and log-variance, each `[batch, latent]`.
    public func forward(_ palettes: Tensor, mode: Mode) -> (mean: Tensor, logVariance: Tensor) {
        split.split(network.forward(palettes, mode: mode))
    }

    /// Backpropagates the gradients of the mean and log-variance.
    public func backward(mean: Tensor, logVariance: Tensor) {
        _ = network.backward(split.join(mean: mean, logVariance: logVariance))
    }
}

/// A critic that reads a palette as a sequence, in its colour order (the paper's palette
/// branch): a bidirectional GRU over the colours, flattened, then a small MLP to one score.
/// Unlike `PaletteSetNetwork` it can tell a human colour order from a light-to-dark ramp.
///
/// Shapes: input `[batch, paletteSize, 3]`, output `[batch, 1]`.
public final class SequenceCritic: Layer {
    private let body: Sequential
    public var parameters: [Parameter] { body.parameters }

    /// A critic named `name` for palettes of `colors` colours, `units` GRU units per direction.
    public init(name: String, colors: Int, units: Int, slope: Float, rng: inout Xoshiro256) {
        body = Sequential([
            BidirectionalGRU(name: "\(name).gru", inputs: 3, units: [units], rng: &rng),
            Flatten(),
            Dense(name: "\(name).hidden", inputs: colors * 2 * units, outputs: 2 * units, rng: &rng),
            Activation(.leakyReLU(slope: slope)),
            Dense(name: "\(name).out", inputs: 2 * units, outputs: 1, rng: &rng),
        ])
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor { body.forward(x, mode: mode) }
    public func backward(_ dy: Tensor) -> Tensor { body.backward(dy) }
}

/// Inverted dropout: in training mode each element is zeroed with probability `rate` and the
/// survivors are scaled by 1 / (1 - rate); in inference mode the layer is the identity.
///
/// The mask comes from the layer's own generator, so runs with the same seed drop the same
/// elements. Any shape in, same shape out.
public final class Dropout: Layer {
    /// Probability of dropping an element, in [0, 1).
    public let rate: Float
    /// The generator drawing the masks; replace it to reseed (for example on resume).
    public var rng: Xoshiro256
    public var parameters: [Parameter] { [] }

    private let mask = Tensor(shape: [0])     // 0 or 1 / (1 - rate) per element
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])
    private var lastMode = Mode.inference

    /// A layer dropping with probability `rate` (0 <= rate < 1), masks drawn from `seed`.
    public init(rate: Float, seed: UInt64) {
        precondition(rate >= 0 && rate < 1, "dropout rate must be in [0, 1)")
        self.rate = rate
        rng = Xoshiro256(seed: seed)
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        lastMode = mode
        guard mode == .training && rate > 0 else { return x }
        mask.resize(x.shape)
        output.resize(x.shape)
        let keep = 1 / (1 - rate), m = mask.pointer, y = output.pointer, xp = x.pointer
        for i in 0..<x.count {
            m[i] = rng.uniform() < rate ? 0 : keep
            y[i] = xp[i] * m[i]
        }
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard lastMode == .training && rate > 0 else { return dy }
        inputGradient.resize(dy.shape)
        let m = mask.pointer, d = dy.pointer, dx = inputGradient.pointer
        for i in 0..<dy.count { dx[i] = d[i] * m[i] }
        return inputGradient
    }
}

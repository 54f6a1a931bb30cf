import Foundation

/// Batch normalisation over the last (channel) axis: NHWC images, `[batch, features]` rows or
/// any `[..., channels]` tensor.
///
/// Training mode normalises with the batch's mean and biased variance and updates the running
/// statistics; inference mode normalises with the running statistics.
///
/// `momentum` follows Keras: `running = momentum * running + (1 - momentum) * batch` (the
/// paper's 0.8; PyTorch's `momentum` m corresponds to `1 - m`). As in PyTorch, the running
/// variance is updated with the unbiased batch variance (n / (n - 1)).
/// Parameters: `<name>.gamma`, `<name>.beta` (trainable), `<name>.running_mean`,
/// `<name>.running_variance` (running statistics), each `[channels]`.
public final class BatchNorm: Layer {
    /// Normalised channels.
    public let channels: Int
    /// Added to the variance before the square root (Keras default 1e-3).
    public let epsilon: Float
    /// Weight kept on the old running statistics per update, in [0, 1].
    public let momentum: Float
    /// Scale `[channels]`, initially 1.
    public let gamma: Parameter
    /// Shift `[channels]`, initially 0.
    public let beta: Parameter
    /// Running mean `[channels]`, initially 0.
    public let runningMean: Parameter
    /// Running variance `[channels]`, initially 1.
    public let runningVariance: Parameter
    public var parameters: [Parameter] { [gamma, beta, runningMean, runningVariance] }

    private var lastMode = Mode.inference
    private let normalized = Tensor(shape: [0])     // x-hat, same shape as the input
    private let inverseStd = Tensor(shape: [0])      // [channels]
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])
    private let sums = Tensor(shape: [0])            // [2, channels] scratch

    /// A layer named `name` over `channels` channels.
    public init(name: String, channels: Int, epsilon: Float = 1e-3, momentum: Float = 0.8) {
        self.channels = channels
        self.epsilon = epsilon
        self.momentum = momentum
        gamma = Parameter(name: "\(name).gamma", value: Tensor(shape: [channels], repeating: 1))
        beta = Parameter(name: "\(name).beta", value: Tensor(shape: [channels]))
        runningMean = Parameter(name: "\(name).running_mean", value: Tensor(shape: [channels]),
                                kind: .runningStatistic)
        runningVariance = Parameter(name: "\(name).running_variance",
                                    value: Tensor(shape: [channels], repeating: 1), kind: .runningStatistic)
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        precondition(x.shape.last == channels, "BatchNorm expects last axis \(channels), got \(x.shape)")
        let c = channels, rows = x.count / c
        lastMode = mode
        output.resize(like: x)
        normalized.resize(like: x)
        inverseStd.resize([c])
        sums.resize(2, c)
        let xp = x.pointer, xh = normalized.pointer, y = output.pointer, inv = inverseStd.pointer
        let mean = sums.pointer, variance = sums.pointer + c
        switch mode {
        case .training:
            precondition(rows > 1, "BatchNorm training needs more than one value per channel")
            mean.update(repeating: 0, count: c)
            variance.update(repeating: 0, count: c)
            for r in 0..<rows { BLAS.axpy(c, 1, xp + r * c, mean) }
            for j in 0..<c { mean[j] /= Float(rows) }
            for r in 0..<rows {
                let row = xp + r * c
                for j in 0..<c { let d = row[j] - mean[j]; variance[j] += d * d }
            }
            let rm = runningMean.value.pointer, rv = runningVariance.value.pointer
            for j in 0..<c {
                let biased = variance[j] / Float(rows)
                inv[j] = 1 / (biased + epsilon).squareRoot()
                rm[j] = momentum * rm[j] + (1 - momentum) * mean[j]
                rv[j] = momentum * rv[j] + (1 - momentum) * variance[j] / Float(rows - 1)
            }
        case .inference:
            let rm = runningMean.value.pointer, rv = runningVariance.value.pointer
            for j in 0..<c {
                mean[j] = rm[j]
                inv[j] = 1 / (rv[j] + epsilon).squareRoot()
            }
        }
        let g = gamma.value.pointer, b = beta.value.pointer
        for r in 0..<rows {
            let o = r * c
            for j in 0..<c {
                let h = (xp[o + j] - mean[j]) * inv[j]
                xh[o + j] = h
                y[o + j] = g[j] * h + b[j]
            }
        }
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let c = channels, rows = dy.count / c
        inputGradient.resize(like: dy)
        let d = dy.pointer, xh = normalized.pointer, inv = inverseStd.pointer, dx = inputGradient.pointer
        let g = gamma.value.pointer, dg = gamma.grad.pointer, db = beta.grad.pointer
        let sumDy = sums.pointer, sumDyXh = sums.pointer + c
        sumDy.update(repeating: 0, count: 2 * c)
        for r in 0..<rows {
            let o = r * c
            for j in 0..<c { sumDy[j] += d[o + j]; sumDyXh[j] += d[o + j] * xh[o + j] }
        }
        for j in 0..<c { dg[j] += sumDyXh[j]; db[j] += sumDy[j] }
        switch lastMode {
        case .training:
            // dx = gamma * inv / n * (n dy - sum(dy) - x-hat * sum(dy x-hat))
            let n = Float(rows)
            for r in 0..<rows {
                let o = r * c
                for j in 0..<c {
                    dx[o + j] = g[j] * inv[j] * (d[o + j] - sumDy[j] / n - xh[o + j] * sumDyXh[j] / n)
                }
            }
        case .inference:
            for r in 0..<rows {
                let o = r * c
                for j in 0..<c { dx[o + j] = d[o + j] * g[j] * inv[j] }
            }
        }
        return inputGradient
    }
}

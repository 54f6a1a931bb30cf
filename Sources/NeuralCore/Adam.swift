import Foundation

/// Adam with bias correction (Kingma & Ba), as PyTorch's `torch.optim.Adam`:
///
///     g = grad + weightDecay * value          (L2 weight decay, if non-zero)
///     m = beta1 * m + (1 - beta1) * g
///     v = beta2 * v + (1 - beta2) * g^2
///     value -= learningRate * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + epsilon)
///
/// Only trainable parameters are updated. `step()` does not clear the gradients.
public final class Adam {
    /// The parameters updated, in order.
    public let parameters: [Parameter]
    /// Step size (the paper: 5e-4 for encoder/decoder, 2e-3 for discriminators).
    public var learningRate: Float
    /// Decay of the first-moment average, in [0, 1).
    public let beta1: Float
    /// Decay of the second-moment average, in [0, 1).
    public let beta2: Float
    /// Added to the denominator for stability.
    public let epsilon: Float
    /// L2 penalty coefficient added to the gradient (0 disables it).
    public let weightDecay: Float
    /// Number of steps taken (t in the bias correction).
    public private(set) var stepCount = 0
    /// First-moment estimates, one per parameter, same shapes.
    public let firstMoments: [Tensor]
    /// Second-moment estimates, one per parameter, same shapes.
    public let secondMoments: [Tensor]

    /// An optimiser over the trainable members of `parameters`.
    public init(parameters: [Parameter], learningRate: Float = 1e-3, beta1: Float = 0.9,
                beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0) {
        self.parameters = parameters.trainable
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        firstMoments = self.parameters.map { Tensor(shape: $0.value.shape) }
        secondMoments = self.parameters.map { Tensor(shape: $0.value.shape) }
    }

    /// Applies one update from the current gradients.
    public func step() {
        stepCount += 1
        let t = Double(stepCount)
        let correction1 = Float(1 - pow(Double(beta1), t))
        let correction2Root = Float((1 - pow(Double(beta2), t)).squareRoot())
        let stepSize = learningRate / correction1
        for (i, p) in parameters.enumerated() {
            let w = p.value.pointer, g = p.grad.pointer
            let m = firstMoments[i].pointer, v = secondMoments[i].pointer
            for j in 0..<p.value.count {
                let grad = weightDecay == 0 ? g[j] : g[j] + weightDecay * w[j]
                m[j] = beta1 * m[j] + (1 - beta1) * grad
                v[j] = beta2 * v[j] + (1 - beta2) * grad * grad
                w[j] -= stepSize * m[j] / (v[j].squareRoot() / correction2Root + epsilon)
            }
        }
    }

    /// Restores the step count from a checkpoint (the moments are restored by writing into
    /// `firstMoments` and `secondMoments`).
    public func restore(stepCount: Int) { self.stepCount = max(0, stepCount) }
}

/// Scales all gradients so that their global L2 norm is at most `maxNorm` (as PyTorch's
/// `clip_grad_norm_`: factor `maxNorm / (norm + 1e-6)` when the norm exceeds `maxNorm`).
/// Returns the norm before clipping.
@discardableResult
public func clipGradients(_ parameters: [Parameter], maxNorm: Float) -> Float {
    var total = 0.0
    for p in parameters where p.isTrainable { total += p.grad.squaredNorm() }
    let norm = Float(total.squareRoot())
    if norm > maxNorm {
        let factor = maxNorm / (norm + 1e-6)
        for p in parameters where p.isTrainable {
            for j in 0..<p.grad.count { p.grad.pointer[j] *= factor }
        }
    }
    return norm
}

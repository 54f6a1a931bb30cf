import Foundation

/// Loss functions. Each returns the loss (a mean, as documented per function) times `weight`
/// and overwrites `gradient` with the derivative of that returned value with respect to each
/// input, so weighted terms can be computed separately and their gradients added.
/// Sums are accumulated in Double.
public enum Loss {
    /// Mean squared error over all elements: `mean((prediction - target)^2)`.
    /// `gradient` gets dL/dprediction (same shape as `prediction`).
    @discardableResult
    public static func meanSquaredError(prediction: Tensor, target: Tensor, gradient: Tensor,
                                        weight: Float = 1) -> Float {
        precondition(prediction.count == target.count, "MSE: \(prediction.shape) vs \(target.shape)")
        gradient.resize(prediction.shape)
        let n = prediction.count
        var sum = 0.0
        let scale = 2 * weight / Float(n)
        for i in 0..<n {
            let d = prediction[i] - target[i]
            sum += Double(d * d)
            gradient[i] = scale * d
        }
        return weight * Float(sum / Double(n))
    }

    /// Least-squares GAN loss against one target label for every output (for example 1 for
    /// "real", 0 for "fake"): `mean((prediction - label)^2)`. For per-sample labels (one-sided
    /// label smoothing draws real targets around 0.9) use `meanSquaredError` with a target tensor.
    @discardableResult
    public static func leastSquaresGAN(prediction: Tensor, label: Float, gradient: Tensor,
                                       weight: Float = 1) -> Float {
        gradient.resize(prediction.shape)
        let n = prediction.count
        var sum = 0.0
        let scale = 2 * weight / Float(n)
        for i in 0..<n {
            let d = prediction[i] - label
            sum += Double(d * d)
            gradient[i] = scale * d
        }
        return weight * Float(sum / Double(n))
    }

    /// KL divergence of N(mean, exp(logVariance)) from N(0, I), summed over the latent axis and
    /// averaged over the batch: `-0.5 * sum(1 + logVar - mean^2 - exp(logVar)) / batch`.
    /// Shapes: `mean`, `logVariance` `[batch, latent]`; the gradients get the same shapes.
    @discardableResult
    public static func gaussianKL(mean: Tensor, logVariance: Tensor, meanGradient: Tensor,
                                  logVarianceGradient: Tensor, weight: Float = 1) -> Float {
        precondition(mean.shape == logVariance.shape && mean.shape.count >= 1, "KL: shapes differ")
        let batch = mean.shape[0]
        meanGradient.resize(mean.shape)
        logVarianceGradient.resize(mean.shape)
        var sum = 0.0
        let scale = weight / Float(batch)
        for i in 0..<mean.count {
            let m = mean[i], lv = logVariance[i], e = exp(lv)
            sum += Double(1 + lv - m * m - e)
            meanGradient[i] = scale * m
            logVarianceGradient[i] = scale * 0.5 * (e - 1)
        }
        return weight * Float(-0.5 * sum / Double(batch))
    }

    /// Gaussian negative log-likelihood as PyTorch's `gaussian_nll_loss` (`full=False`,
    /// mean reduction): `mean(0.5 * (log(v) + (prediction - target)^2 / v))` with
    /// `v = max(variance, epsilon)`. All three tensors have the same shape; the variance must
    /// be positive. Gradients go to the prediction and the variance (the clamp passes gradients
    /// through, as in PyTorch).
    @discardableResult
    public static func gaussianNLL(prediction: Tensor, target: Tensor, variance: Tensor,
                                   predictionGradient: Tensor, varianceGradient: Tensor,
                                   epsilon: Float = 1e-6, weight: Float = 1) -> Float {
        precondition(prediction.count == target.count && prediction.count == variance.count,
                     "Gaussian NLL: shapes differ")
        predictionGradient.resize(prediction.shape)
        varianceGradient.resize(variance.shape)
        let n = prediction.count
        let scale = weight / Float(n)
        var sum = 0.0
        for i in 0..<n {
            let v = max(variance[i], epsilon), d = prediction[i] - target[i]
            sum += 0.5 * (Double(log(v)) + Double(d * d / v))
            predictionGradient[i] = scale * d / v
            varianceGradient[i] = scale * 0.5 * (1 / v - d * d / (v * v))
        }
        return weight * Float(sum / Double(n))
    }
}

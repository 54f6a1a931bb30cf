import Foundation

/// The VAE's reparameterisation step: `z = mu + exp(logVariance / 2) * eps`, eps ~ N(0, I).
///
/// Shapes: `mean`, `logVariance` and `z` are all `[batch, latent]` (any equal shapes work).
/// eps is drawn from the helper's own generator (kept in `noise` for inspection); backward
/// returns the gradients with respect to the mean and the log-variance.
public final class Reparameterize {
    /// The generator drawing eps; replace it to reseed.
    public var rng: Xoshiro256
    /// The eps of the last forward pass.
    public let noise = Tensor(shape: [0])
    private let output = Tensor(shape: [0])
    private let sigma = Tensor(shape: [0])
    private let meanGradient = Tensor(shape: [0])
    private let logVarianceGradient = Tensor(shape: [0])

    /// A step drawing eps from `seed`.
    public init(seed: UInt64) { rng = Xoshiro256(seed: seed) }

    /// Draws fresh eps and returns z.
    public func forward(mean: Tensor, logVariance: Tensor) -> Tensor {
        precondition(mean.shape == logVariance.shape, "mean and log-variance shapes differ")
        noise.resize(mean.shape)
        rng.fillNormal(noise)
        return forward(mean: mean, logVariance: logVariance, noise: noise)
    }

    /// Returns z for the given eps (copied into `noise`).
    public func forward(mean: Tensor, logVariance: Tensor, noise eps: Tensor) -> Tensor {
        if eps !== noise { noise.copy(from: eps) }
        output.resize(mean.shape)
        sigma.resize(mean.shape)
        for i in 0..<mean.count {
            sigma[i] = exp(0.5 * logVariance[i])
            output[i] = mean[i] + sigma[i] * noise[i]
        }
        return output
    }

    /// Given dLoss/dz, returns (dLoss/dmean, dLoss/dlogVariance).
    public func backward(_ dz: Tensor) -> (mean: Tensor, logVariance: Tensor) {
        meanGradient.copy(from: dz)
        logVarianceGradient.resize(dz.shape)
        for i in 0..<dz.count { logVarianceGradient[i] = dz[i] * noise[i] * 0.5 * sigma[i] }
        return (meanGradient, logVarianceGradient)
    }
}

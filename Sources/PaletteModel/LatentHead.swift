import NeuralCore

/// Splits a dense layer's `[batch, 2 * latent]` output into the mean and the log-variance of a
/// diagonal Gaussian, and joins their gradients back (the mean comes first).
final class LatentHead {
    let latent: Int
    let mean = Tensor(shape: [0])
    let logVariance = Tensor(shape: [0])
    private let joined = Tensor(shape: [0])

    init(latent: Int) { self.latent = latent }

    /// `[batch, 2L]` -> (`[batch, L]`, `[batch, L]`).
    func split(_ x: Tensor) -> (mean: Tensor, logVariance: Tensor) {
        let batch = x.shape[0], l = latent
        mean.resize(batch, l)
        logVariance.resize(batch, l)
        for i in 0..<batch {
            (mean.pointer + i * l).update(from: x.pointer + i * 2 * l, count: l)
            (logVariance.pointer + i * l).update(from: x.pointer + i * 2 * l + l, count: l)
        }
        return (mean, logVariance)
    }

    /// Gradients of the two halves -> the gradient of the joined `[batch, 2L]` tensor.
    func join(mean dm: Tensor, logVariance dv: Tensor) -> Tensor {
        let batch = dm.shape[0], l = latent
        joined.resize(batch, 2 * l)
        for i in 0..<batch {
            (joined.pointer + i * 2 * l).update(from: dm.pointer + i * l, count: l)
            (joined.pointer + i * 2 * l + l).update(from: dv.pointer + i * l, count: l)
        }
        return joined
    }
}

import ColorScience
import Foundation
import NeuralCore

/// How well the palette path of a model explains one palette: the two terms of its negative
/// evidence lower bound (ELBO), and the palette the model reconstructs from it.
///
/// A palette that looks like the human palettes the model learned from sits where the prior is
/// dense (small `divergence`) and comes back nearly unchanged (small `reconstruction`).
public struct PaletteEvidence: Sendable, Equatable {
    /// Order-free mean squared reconstruction error per colour, in scaled Lab units squared
    /// (`LabScaling`; 0.01 is about 10 CIE Lab units of error per colour), >= 0.
    public var reconstruction: Float
    /// KL divergence of q(z | palette) from the prior N(0, I), in nats, >= 0.
    public var divergence: Float
    /// For each slot of the reconstructed palette, the index of the given colour it was matched
    /// to: the given colours in the order the decoder puts them.
    public var order: [Int]

    /// The negative ELBO with the divergence weighted by `beta` (lower = more human-like).
    public func cost(beta: Float) -> Float { reconstruction + beta * divergence }
}

extension PaletteModel {
    /// The evidence for each palette (each `paletteSize` colours, in any order) under the palette
    /// path: encode to q(z | palette), decode its mean (with `noise`, for the VAE-GAN, or zeros),
    /// and compare the reconstruction with the palette by the best one-to-one matching.
    ///
    /// Runs as one batch: a few hundred palettes cost about as much as a few.
    public func evidence(for palettes: [[RGB8]], noise: [Float] = []) throws(ModelError) -> [PaletteEvidence] {
        let c = config
        guard !palettes.isEmpty else { return [] }
        let n = c.paletteSize
        var scaled: [Float] = []
        scaled.reserveCapacity(palettes.count * n * 3)
        for palette in palettes {
            guard palette.count == n else { throw .inputSize(what: "a palette", expected: n, found: palette.count) }
            scaled += LabScaling.scaled(palette)
        }
        let target = Tensor(shape: [palettes.count, n, 3], values: scaled)
        let (mean, logVariance) = networks.paletteEncoder.forward(target, mode: .inference)
        let means = mean.values, logVariances = logVariance.values
        let points = (0..<palettes.count).map { Array(means[($0 * c.latent)..<(($0 + 1) * c.latent)]) }
        let decoded = try decodeScaled(points, noise: noise.isEmpty ? [] : Array(repeating: noise, count: points.count))
        let prediction = Tensor(shape: [palettes.count, n, 3], values: decoded.flatMap { $0 })
        var matching = [Int](repeating: 0, count: palettes.count * n)
        var perPalette = [Float](repeating: 0, count: palettes.count)
        matching.withUnsafeMutableBufferPointer { m in
            perPalette.withUnsafeMutableBufferPointer { p in
                _ = OrderFreeLoss.compute(prediction: prediction, target: target, gradient: Tensor(shape: [0]),
                                          matching: m.baseAddress, perPalette: p.baseAddress)
            }
        }
        return (0..<palettes.count).map { i in
            var divergence: Float = 0
            for j in 0..<c.latent {
                let m = means[i * c.latent + j], v = logVariances[i * c.latent + j]
                divergence += 0.5 * (m * m + Float(exp(Double(v))) - v - 1)
            }
            return PaletteEvidence(reconstruction: perPalette[i], divergence: divergence,
                                   order: Array(matching[(i * n)..<((i + 1) * n)]))
        }
    }
}

import ColorScience
import Foundation
import NeuralCore
import PaletteModel

/// Trains a palette model: the VAE (image path + palette path + an optional least-squares
/// discriminator on prior samples) or the VAE-GAN (the same, with auxiliary noise, best-of-K
/// reconstruction over noise draws and a diversity term). See docs/MODEL.md for the objective.
///
/// Every random draw of a step comes from (seed, epoch, step), so a run resumed from a checkpoint
/// is identical to an uninterrupted one.
public final class Trainer {
    /// The run's settings.
    public let options: TrainingOptions
    /// The networks being trained.
    public let networks: PaletteNetworks
    let data: TrainingData
    let generatorOptimizer: Adam
    let discriminatorOptimizer: Adam
    /// The order-aware critic and its optimiser, when `orderCriticWeight > 0`.
    let orderCritic: SequenceCritic?
    let orderCriticOptimizer: Adam?
    /// The next epoch to run (0-based).
    public internal(set) var epoch = 0
    /// The next step to run within `epoch`.
    public internal(set) var step = 0

    private let imageReparam = Reparameterize(seed: 0)
    private let paletteReparam = Reparameterize(seed: 0)
    private let images = Tensor(shape: [0])
    private let targets = Tensor(shape: [0])
    private let humans = Tensor(shape: [0])
    private let repeatedTargets = Tensor(shape: [0])
    private let repeatedZ = Tensor(shape: [0])
    private let noise = Tensor(shape: [0])
    private let prior = Tensor(shape: [0])
    private let generated = Tensor(shape: [0])
    private let generatedGradient = Tensor(shape: [0])
    private let outputGradient = Tensor(shape: [0])
    private let orderGradient = Tensor(shape: [0])
    private let scoreGradient = Tensor(shape: [0])
    private let labels = Tensor(shape: [0])
    private let klMean = Tensor(shape: [0]), klLogVar = Tensor(shape: [0])
    private let zGradient = Tensor(shape: [0])

    /// The number of steps in one epoch.
    public var stepsPerEpoch: Int { max(data.pairs.count / options.batchSize, 1) }

    /// A fresh run on `data`.
    public init(options: TrainingOptions, data: TrainingData) throws(TrainingError) {
        let c = options.model
        guard data.pairs.height == c.imageHeight, data.pairs.width == c.imageWidth,
              data.pairs.colors == c.paletteSize else {
            throw .data(reason: "pairs are \(data.pairs.height)x\(data.pairs.width) with \(data.pairs.colors) colours; the model needs \(c.imageHeight)x\(c.imageWidth) with \(c.paletteSize)")
        }
        guard data.pairs.count >= options.batchSize else {
            throw .data(reason: "\(data.pairs.count) pairs is fewer than one batch of \(options.batchSize)")
        }
        guard data.palettes.count / (c.paletteSize * 3) >= options.batchSize else {
            throw .data(reason: "fewer human palettes than one batch of \(options.batchSize)")
        }
        self.options = options
        self.data = data
        do { networks = try PaletteNetworks(config: c, seed: options.seed) } catch { throw .model(error) }
        generatorOptimizer = Adam(parameters: networks.inferenceParameters.trainable,
                                  learningRate: options.learningRate, beta1: options.beta1)
        discriminatorOptimizer = Adam(parameters: networks.discriminatorParameters.trainable,
                                      learningRate: options.discriminatorLearningRate, beta1: options.beta1)
        if options.orderCriticWeight > 0 {
            var rng = Xoshiro256(seed: options.seed ^ 0x0DE2)
            let critic = SequenceCritic(name: "order_critic", colors: c.paletteSize, units: 16,
                                        slope: c.leakySlope, rng: &rng)
            orderCritic = critic
            orderCriticOptimizer = Adam(parameters: critic.parameters.trainable,
                                        learningRate: options.discriminatorLearningRate, beta1: options.beta1)
        } else {
            orderCritic = nil
            orderCriticOptimizer = nil
        }
    }

    /// The model as trained so far (sharing the networks).
    public func model(metadata: [String: String] = [:]) -> PaletteModel {
        PaletteModel(networks: networks, metadata: metadata)
    }

    // MARK: One step

    /// Runs step `step` of epoch `epoch` and advances the counters. Returns named losses.
    func trainStep(order: [Int]) -> [(String, Float)] {
        let c = options.model, o = options
        let batch = o.batchSize
        var rng = StepRandom.generator(seed: o.seed, epoch: epoch, step: step, stream: 2)
        imageReparam.rng = StepRandom.generator(seed: o.seed, epoch: epoch, step: step, stream: 3)
        paletteReparam.rng = StepRandom.generator(seed: o.seed, epoch: epoch, step: step, stream: 4)
        let indices = (0..<batch).map { order[(step * batch + $0) % order.count] }
        fillBatch(indices: indices, rng: &rng)
        networks.inferenceParameters.zeroGradients()
        networks.discriminatorParameters.zeroGradients()
        var losses: [(String, Float)] = []

        // Image path: image -> z -> palette, order-free reconstruction (+ best-of-K for noise).
        let (mean, logVar) = networks.imageEncoder.forward(images, mode: .training)
        let z = imageReparam.forward(mean: mean, logVariance: logVar)
        let draws = c.noise > 0 ? max(o.noiseDraws, 1) : 1
        let (rec, div) = reconstruct(z: z, draws: draws, rng: &rng)
        losses.append(("rec", rec))
        if c.noise > 0 { losses.append(("div", div)) }
        let kl = Loss.gaussianKL(mean: mean, logVariance: logVar, meanGradient: klMean,
                                 logVarianceGradient: klLogVar, weight: o.klWeight)
        losses.append(("kl", kl))
        let dz = imageReparam.backward(zGradient)
        add(klMean, into: dz.mean)
        add(klLogVar, into: dz.logVariance)
        networks.imageEncoder.backward(mean: dz.mean, logVariance: dz.logVariance)

        // Palette path: human palette -> z -> palette.
        if o.paletteWeight > 0 {
            let (pm, plv) = networks.paletteEncoder.forward(humans, mode: .training)
            let pz = paletteReparam.forward(mean: pm, logVariance: plv)
            fillNoise(rows: batch, rng: &rng)
            let y = networks.decoder.forward(z: pz, noise: c.noise > 0 ? noise : nil, mode: .training)
            let l = OrderFreeLoss.compute(prediction: y, target: humans, gradient: outputGradient,
                                          chromaWeight: o.chromaWeight, weight: o.paletteWeight)
            losses.append(("pal", l))
            if o.orderWeight > 0 {
                let ordered = Loss.meanSquaredError(prediction: y, target: humans, gradient: orderGradient,
                                                    weight: o.orderWeight * 3 * o.paletteWeight)
                losses.append(("order", ordered))
                add(orderGradient, into: outputGradient)
            }
            let g = networks.decoder.backward(outputGradient)
            let pkl = Loss.gaussianKL(mean: pm, logVariance: plv, meanGradient: klMean,
                                      logVarianceGradient: klLogVar, weight: o.klWeight * o.paletteWeight)
            losses.append(("pal_kl", pkl))
            let d = paletteReparam.backward(g.z)
            add(klMean, into: d.mean)
            add(klLogVar, into: d.logVariance)
            networks.paletteEncoder.backward(mean: d.mean, logVariance: d.logVariance)
        }

        // Generator side of the GAN: prior samples should look human to the discriminator.
        if o.ganWeight > 0 {
            prior.resize(batch, c.latent)
            rng.fillNormal(prior)
            fillNoise(rows: batch, rng: &rng)
            let y = networks.decoder.forward(z: prior, noise: c.noise > 0 ? noise : nil, mode: .training)
            generated.copy(from: y)
            let s = networks.discriminator.forward(generated, mode: .training)
            let g = Loss.leastSquaresGAN(prediction: s, label: 1, gradient: scoreGradient, weight: o.ganWeight)
            losses.append(("gan_g", g))
            generatedGradient.copy(from: networks.discriminator.backward(scoreGradient))
            if let critic = orderCritic {
                let s2 = critic.forward(generated, mode: .training)
                let g2 = Loss.leastSquaresGAN(prediction: s2, label: 1, gradient: scoreGradient, weight: o.orderCriticWeight)
                losses.append(("order_g", g2))
                add(critic.backward(scoreGradient), into: generatedGradient)
            }
            networks.decoder.backward(generatedGradient)
        }
        _ = clipGradients(networks.inferenceParameters.trainable, maxNorm: o.clipNorm)
        generatorOptimizer.step()

        // Critics: human palettes are real (targets about 0.9), prior samples are fake.
        if o.ganWeight > 0 {
            labels.resize(batch, 1)
            for i in 0..<batch { labels[i] = 0.9 + 0.1 * rng.normal() * 0.1 }
            losses.append(("gan_d", trainCritic(networks.discriminator, discriminatorOptimizer)))
            if let critic = orderCritic, let optimizer = orderCriticOptimizer {
                losses.append(("order_d", trainCritic(critic, optimizer)))
            }
        }
        return losses
    }

    /// One least-squares step of a critic: `humans` against `labels`, `generated` against 0.
    private func trainCritic(_ critic: Layer, _ optimizer: Adam) -> Float {
        optimizer.parameters.zeroGradients()
        var s = critic.forward(humans, mode: .training)
        let real = Loss.meanSquaredError(prediction: s, target: labels, gradient: scoreGradient, weight: 0.5)
        _ = critic.backward(scoreGradient)
        s = critic.forward(generated, mode: .training)
        let fake = Loss.leastSquaresGAN(prediction: s, label: 0, gradient: scoreGradient, weight: 0.5)
        _ = critic.backward(scoreGradient)
        _ = clipGradients(optimizer.parameters, maxNorm: options.clipNorm)
        optimizer.step()
        return real + fake
    }

    /// Decodes `z` with `draws` noise vectors per image, keeps the reconstruction gradient of the
    /// best draw of each image only, and pushes draws of one image apart (VAE-GAN); leaves
    /// dLoss/dz in `zGradient`. Returns (reconstruction, diversity) losses.
    private func reconstruct(z: Tensor, draws: Int, rng: inout Xoshiro256) -> (Float, Float) {
        let c = options.model, o = options
        let batch = z.shape[0], per = c.paletteSize * 3
        repeatedZ.resize(batch * draws, c.latent)
        repeatedTargets.resize(batch * draws, c.paletteSize, 3)
        for b in 0..<batch {
            for k in 0..<draws {
                (repeatedZ.pointer + (b * draws + k) * c.latent).update(from: z.pointer + b * c.latent, count: c.latent)
                (repeatedTargets.pointer + (b * draws + k) * per).update(from: targets.pointer + b * per, count: per)
            }
        }
        fillNoise(rows: batch * draws, rng: &rng)
        let y = networks.decoder.forward(z: repeatedZ, noise: c.noise > 0 ? noise : nil, mode: .training)
        var perPalette = [Float](repeating: 0, count: batch * draws)
        _ = perPalette.withUnsafeMutableBufferPointer { buf in
            OrderFreeLoss.compute(prediction: y, target: repeatedTargets, gradient: outputGradient,
                                  chromaWeight: o.chromaWeight, weight: Float(draws), perPalette: buf.baseAddress)
        }
        var rec: Float = 0, diversity: Float = 0
        let margin: Float = 0.4
        for b in 0..<batch {
            let rows = (b * draws)..<((b + 1) * draws)
            let best = rows.min { perPalette[$0] < perPalette[$1] } ?? rows.lowerBound
            rec += perPalette[best]
            for r in rows where r != best {
                let g = outputGradient.pointer + r * per
                for i in 0..<per { g[i] *= o.otherDrawsWeight }
            }
            guard draws > 1, o.diversityWeight > 0 else { continue }
            // Hinge on the distance between every two draws: apart by at least `margin`.
            let pairs = Float(draws * (draws - 1) / 2)
            for r in rows {
                for s in rows where s > r {
                    let yr = y.pointer + r * per, ys = y.pointer + s * per
                    var d2: Float = 0
                    for i in 0..<per { let e = yr[i] - ys[i]; d2 += e * e }
                    let d = d2.squareRoot()
                    guard d < margin else { continue }
                    diversity += (margin - d) / (pairs * Float(batch))
                    let scale = o.diversityWeight / (pairs * Float(batch) * max(d, 1e-6))
                    let gr = outputGradient.pointer + r * per, gs = outputGradient.pointer + s * per
                    for i in 0..<per {
                        let e = (yr[i] - ys[i]) * scale
                        gr[i] -= e
                        gs[i] += e
                    }
                }
            }
        }
        let g = networks.decoder.backward(outputGradient)
        zGradient.resize(batch, c.latent)
        zGradient.fill(0)
        for b in 0..<batch {
            for k in 0..<draws {
                BLAS.axpy(c.latent, 1, g.z.pointer + (b * draws + k) * c.latent, zGradient.pointer + b * c.latent)
            }
        }
        return (rec / Float(batch), diversity * o.diversityWeight)
    }

    private func fillNoise(rows: Int, rng: inout Xoshiro256) {
        let n = options.model.noise
        guard n > 0 else { return }
        noise.resize(rows, n)
        rng.fillNormal(noise)
    }

    /// Copies the pairs at `indices` (with the paper's flips) and as many human palettes into
    /// the batch tensors.
    private func fillBatch(indices: [Int], rng: inout Xoshiro256) {
        let p = data.pairs, c = options.model
        let batch = indices.count
        images.resize(batch, p.height, p.width, 3)
        targets.resize(batch, p.colors, 3)
        humans.resize(batch, p.colors, 3)
        let humanCount = data.palettes.count / p.paletteSize
        for (b, index) in indices.enumerated() {
            let flipV = rng.uniform() < 0.5, flipH = rng.uniform() < 0.5
            p.images.withUnsafeBufferPointer { src in
                Augmentation.copyImage(from: src.baseAddress! + index * p.imageSize,
                                       to: images.pointer + b * p.imageSize,
                                       height: p.height, width: p.width,
                                       flipVertically: flipV, flipHorizontally: flipH)
            }
            p.palettes.withUnsafeBufferPointer { src in
                Augmentation.copyPalette(from: src.baseAddress! + index * p.paletteSize,
                                         to: targets.pointer + b * p.paletteSize,
                                         colors: p.colors, reversed: flipH)
            }
            let h = Int(rng.next() % UInt64(humanCount))
            data.palettes.withUnsafeBufferPointer { src in
                (humans.pointer + b * p.paletteSize).update(from: src.baseAddress! + h * p.paletteSize,
                                                            count: c.paletteSize * 3)
            }
        }
    }

    private func add(_ a: Tensor, into b: Tensor) {
        BLAS.axpy(a.count, 1, a.pointer, b.pointer)
    }
}

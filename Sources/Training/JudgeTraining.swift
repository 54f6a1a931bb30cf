import ColorScience
import Extraction
import ImageIO
import NeuralCore
import PaletteModel

/// Trains a `PaletteJudge` on human palettes (least-squares targets 1 for human, 0 otherwise):
///
/// - the colour-set network against palettes of image colours (plausible choices of an image's
///   candidate colours, which cover the image well but were not picked by a person);
/// - the order network against the same human palettes with their colours shuffled.
///
/// Every draw comes from `seed`, so a run is reproducible.
public struct JudgeTraining: Sendable {
    /// Optimiser steps.
    public var steps: Int
    /// Palettes per side (human and other) per step.
    public var batch: Int
    /// Adam learning rate.
    public var learningRate: Float
    /// Seed of the weights and of every draw.
    public var seed: UInt64

    /// Training with the given settings (defaults: the shipped judge's).
    public init(steps: Int = 4000, batch: Int = 64, learningRate: Float = 1e-3, seed: UInt64 = 1) {
        self.steps = max(steps, 1)
        self.batch = max(batch, 1)
        self.learningRate = learningRate
        self.seed = seed
    }

    /// How well a judge tells the two sides apart on palettes it did not train on.
    public struct Accuracy: Sendable, Equatable {
        /// Share of human palettes scored above 0.5 and of image-colour palettes below it.
        public var set: Double
        /// Share of human palettes whose own order scores above a shuffled order of them.
        public var order: Double
    }

    /// Trains `judge` in place. `progress` gets (step, steps, mean loss of the step).
    public func train(_ judge: PaletteJudge, humans: [[RGB8]], others: [[RGB8]],
                      progress: (Int, Int, Float) -> Void = { _, _, _ in }) {
        guard !humans.isEmpty, !others.isEmpty else { return }
        let size = judge.config.paletteSize
        let optimizer = Adam(parameters: judge.parameters, learningRate: learningRate, beta1: 0.5)
        var rng = Xoshiro256(seed: seed)
        let gradient = Tensor(shape: [0])
        for step in 1...steps {
            judge.parameters.zeroGradients()
            let real = (0..<batch).map { _ in humans[Int(rng.next() % UInt64(humans.count))] }
            let fake = (0..<batch).map { _ in others[Int(rng.next() % UInt64(others.count))] }
            let shuffled = real.map { Self.shuffled($0, using: &rng) }
            var loss: Float = 0
            for (network, palettes, label) in [(judge.colours as any Layer, real, Float(1)), (judge.colours, fake, 0),
                                               (judge.order, real, 1), (judge.order, shuffled, 0)] {
                let y = network.forward(Self.tensor(palettes, size: size), mode: .training)
                loss += Loss.leastSquaresGAN(prediction: y, label: label, gradient: gradient)
                _ = network.backward(gradient)
            }
            optimizer.step()
            progress(step, steps, loss / 4)
        }
    }

    /// The judge's accuracy on `humans` and `others` (for example held-out ones).
    public func accuracy(of judge: PaletteJudge, humans: [[RGB8]], others: [[RGB8]]) -> Accuracy {
        var rng = Xoshiro256(seed: seed &+ 1)
        let real = judge.humanness(humans), fake = judge.humanness(others)
        let own = judge.orderScores(humans)
        let shuffled = judge.orderScores(humans.map { Self.shuffled($0, using: &rng) })
        let set = Double(real.filter { $0 > 0.5 }.count + fake.filter { $0 < 0.5 }.count) / Double(max(real.count + fake.count, 1))
        let order = Double(zip(own, shuffled).filter { $0 > $1 }.count) / Double(max(own.count, 1))
        return Accuracy(set: set, order: order)
    }

    /// Palettes of an image's own colours that a person did not pick: `count` drawn from the 64
    /// choices of its candidate colours that cover it best (`PaletteChooser.plausibleChoices`),
    /// plus its k-means palette. Empty for an image with fewer than `size` distinct colours.
    public static func imageColourPalettes(of image: RGBAImage, size: Int, count: Int, seed: UInt64) -> [[RGB8]] {
        let samples = image.pixels.withUnsafeBufferPointer { WeightedColors(rgba: $0) }
        guard samples.count > 0 else { return [] }
        let candidates = SwatchCandidates(samples: samples, map: SaliencyMap(image: image))
        let choices = PaletteChooser().plausibleChoices(from: candidates, size: size, count: 64)
        var rng = Xoshiro256(seed: seed)
        var out = choices.isEmpty ? [] : (0..<count).map { _ in choices[Int(rng.next() % UInt64(choices.count))] }
        let kmeans = OklabKMeans().palette(of: samples, count: size)
        if kmeans.count == size { out.append(kmeans) }
        return out
    }

    /// `palette` in a random order other than its own (when it has two different colours).
    static func shuffled(_ palette: [RGB8], using rng: inout Xoshiro256) -> [RGB8] {
        var p = palette
        for _ in 0..<8 {
            for i in stride(from: p.count - 1, to: 0, by: -1) { p.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            if p != palette { break }
        }
        return p
    }

    private static func tensor(_ palettes: [[RGB8]], size: Int) -> Tensor {
        Tensor(shape: [palettes.count, size, 3], values: palettes.flatMap { LabScaling.scaled($0) })
    }
}

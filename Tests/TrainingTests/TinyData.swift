import NeuralCore
import PaletteModel
@testable import Training

/// Small generated training data: each image is horizontal stripes of its palette's colours,
/// so the palette is exactly what the image shows.
enum TinyData {
    static let config = ModelConfig(kind: .vae, imageHeight: 16, imageWidth: 8, convFilters: [4, 8],
                                    encoderDense: 16, latent: 4, noise: 0, decoderUnits: [8],
                                    setUnits: 8, paletteSize: 5, leakySlope: 0.2, batchNormMomentum: 0.8)

    static func pairs(count: Int, seed: UInt64, config: ModelConfig = config) -> PairSet {
        var rng = Xoshiro256(seed: seed)
        var set = PairSet(height: config.imageHeight, width: config.imageWidth, colors: config.paletteSize)
        for _ in 0..<count {
            let a = rng.uniform(-0.6, 0.6), b = rng.uniform(-0.6, 0.6), spread = rng.uniform(0.1, 0.4)
            let palette = (0..<config.paletteSize).flatMap { k -> [Float] in
                let t = Float(k) - Float(config.paletteSize - 1) / 2
                return [t * spread, a + 0.1 * t, b - 0.1 * t]
            }
            var image: [Float] = []
            for y in 0..<config.imageHeight {
                let c = y * config.paletteSize / config.imageHeight
                for _ in 0..<config.imageWidth { image += palette[(c * 3)..<(c * 3 + 3)] }
            }
            set.append(image: image, palette: palette)
        }
        return set
    }

    static func data(seed: UInt64 = 7, config: ModelConfig = config) -> TrainingData {
        let train = pairs(count: 64, seed: seed, config: config)
        let validation = pairs(count: 8, seed: seed + 1, config: config)
        return TrainingData(pairs: train, palettes: train.palettes, validationPairs: validation,
                            validationPalettes: validation.palettes)
    }

    static func options(kind: ModelConfig.Kind = .vae, epochs: Int) -> TrainingOptions {
        var o = TrainingOptions(kind: kind)
        var c = config
        c.kind = kind
        c.noise = kind == .vae ? 0 : 2
        o.model = c
        o.epochs = epochs
        o.batchSize = 8
        o.threads = 1
        o.learningRate = 5e-3
        return o
    }
}

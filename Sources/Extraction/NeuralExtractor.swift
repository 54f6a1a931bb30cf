import ColorScience
import Foundation
import ImageIO
import PaletteData
import PaletteModel

/// Palettes from a trained palette model (DESIGN.md section 3): the image is reduced to the
/// model's 64 x 40 Lab input and encoded; the VAE decodes the mean of q(z | image) to one palette,
/// the VAE-GAN decodes it with several noise draws to several. Decoded colours are then snapped
/// to the image's own swatches (`SwatchSnapping`).
///
/// Thread-safe: calls are serialised on the model (a `SharedModel`), which reuses its buffers.
public final class NeuralExtractor: PaletteExtractor, Sendable {
    private let model: SharedModel
    /// How decoded colours are pulled onto the image's swatches.
    public let snapping: SwatchSnapping
    /// How the VAE-GAN's draws are chosen among candidates (nil: every draw is shown as drawn).
    public let selection: DrawSelection?
    /// How palettes are chosen among the image's candidate colours (nil: decoded palettes are
    /// snapped instead).
    public let chooser: PaletteChooser?
    /// Temperature of the drawn colour order (`ModelJudging`).
    public let orderTemperature: Float

    /// An extractor on `model` (which it then owns: do not use the model elsewhere).
    public convenience init(model: PaletteModel, snapping: SwatchSnapping = SwatchSnapping(),
                            selection: DrawSelection? = DrawSelection(), chooser: PaletteChooser? = PaletteChooser(),
                            orderTemperature: Float = ModelJudging.defaultTemperature) {
        self.init(shared: SharedModel(model), snapping: snapping, selection: selection, chooser: chooser,
                  orderTemperature: orderTemperature)
    }

    /// An extractor on a model that other code may use too, through the same `SharedModel`.
    public init(shared model: SharedModel, snapping: SwatchSnapping = SwatchSnapping(),
                selection: DrawSelection? = DrawSelection(), chooser: PaletteChooser? = PaletteChooser(),
                orderTemperature: Float = ModelJudging.defaultTemperature) {
        self.model = model
        self.chooser = chooser
        self.orderTemperature = orderTemperature
        self.snapping = snapping
        self.selection = selection
    }

    /// `vae` or `vaegan`.
    public var method: String { model.config.kind.rawValue }

    /// Whether the model has a noise axis and so gives several palettes per image.
    public var hasVariants: Bool { model.config.noise > 0 }

    /// The first palette of `variants(of:count:seed:)`. `count` must be the model's palette size.
    public func extract(from image: RGBAImage, count: Int) throws -> [RGB8] {
        try variants(of: image, count: count, variants: 1, seed: 0)[0]
    }

    /// `variants` palettes for `image` (one for the VAE, whatever `variants` is), the same for
    /// the same seed. With a `chooser`, each palette is a choice among the image's candidate
    /// colours (`SwatchCandidates`, `PaletteChooser`), one per noise draw; otherwise decoded
    /// palettes are snapped onto swatches and the VAE-GAN's come from `selection.oversampling`
    /// times as many noise draws (see `DrawSelection`).
    public func variants(of image: RGBAImage, count: Int, variants: Int, seed: UInt64) throws -> [[RGB8]] {
        let size = model.config.paletteSize
        guard count == size else { throw ExtractionError.invalidCount(count, allowed: size...size) }
        let samples = image.pixels.withUnsafeBufferPointer { WeightedColors(rgba: $0) }
        guard samples.count > 0 else { throw ExtractionError.noUsablePixels(method: method) }
        let input = ModelInput.encode(image)
        if let chooser {
            let wanted = hasVariants ? max(variants, 1) : 1
            let (decoded, noise) = try model.withModel { (model) throws(ModelError) in
                let noise = model.noiseDraws(count: wanted, seed: seed)
                return (try model.extractScaled(image: input, variants: wanted, seed: seed), noise)
            }
            let candidates = SwatchCandidates(samples: samples, map: SaliencyMap(image: image))
            return try chooser.choose(from: candidates, predictions: decoded.map { LabScaling.colors($0).map(Oklab.init) },
                                      size: size, judge: ModelJudging(model: model, noise: noise, temperature: orderTemperature, seed: seed))
        }
        let draws = hasVariants ? max(variants, 1) * (selection?.oversampling ?? 1) : 1
        let decoded = try model.withModel { (model) throws(ModelError) in
            try model.extractScaled(image: input, variants: draws, seed: seed)
        }
        let swatches = snapping.swatches(of: samples)
        let palettes = decoded.map { snapping.apply(to: LabScaling.colors($0), swatches: swatches) }
        guard hasVariants, let selection else { return palettes }
        return selection.choose(palettes, count: max(variants, 1), samples: samples)
    }
}

import ColorScience
import PaletteModel

/// What `PaletteChooser` asks of a learned model: how human candidate palettes look, and the
/// order to give the chosen one.
public protocol PaletteJudging {
    /// A cost per palette (lower = more human; differences of about 1 are large) for the
    /// chooser's `draw` (the VAE-GAN's noise draw, 0 for the VAE).
    func cost(of palettes: [[RGB8]], draw: Int) throws -> [Double]
    /// The order to show `palette` in, as indices into it.
    func order(of palette: [RGB8], draw: Int) throws -> [Int]
}

/// The judgement of a trained model: its `PaletteJudge` when the weights file has one (cost
/// `1 - humanness`; the order drawn from the order network), otherwise the palette path's
/// evidence (negative ELBO per colour in units of 0.01 scaled Lab squared, and the order of the
/// decoder's reconstruction).
public struct ModelJudging: PaletteJudging {
    /// The model (used under its lock).
    public let model: SharedModel
    /// Noise vector of each draw (VAE-GAN), used by the evidence fallback.
    public let noise: [[Float]]
    /// Temperature of the order draw (see `PaletteJudge.order(of:temperature:seed:)`).
    public let temperature: Float
    /// Seed of the order draws (each draw adds its index).
    public let seed: UInt64

    /// The judgement of `model` for draws with the given noise vectors.
    public init(model: SharedModel, noise: [[Float]], temperature: Float = ModelJudging.defaultTemperature, seed: UInt64) {
        self.model = model
        self.noise = noise
        self.temperature = temperature
        self.seed = seed
    }

    /// The order temperature measured in docs/MODEL.md.
    public static let defaultTemperature: Float = 0.14

    public func cost(of palettes: [[RGB8]], draw: Int) throws -> [Double] {
        try model.withModel { (model) throws(ModelError) in
            if let judge = model.judge { return judge.humanness(palettes).map { 1 - Double($0) } }
            return try model.evidence(for: palettes, noise: noise.indices.contains(draw) ? noise[draw] : [])
                .map { Double($0.cost(beta: 0.002)) / 0.01 }
        }
    }

    public func order(of palette: [RGB8], draw: Int) throws -> [Int] {
        try model.withModel { (model) throws(ModelError) in
            if let judge = model.judge { return judge.order(of: palette, temperature: temperature, seed: seed &+ UInt64(draw)) }
            return try model.evidence(for: [palette], noise: noise.indices.contains(draw) ? noise[draw] : [])[0].order
        }
    }
}

import Foundation

/// The shape of a palette model: which variant, and the sizes of its networks. Stored as JSON in
/// the weights file's metadata, so a file describes the model it holds.
///
/// Images enter as `imageHeight x imageWidth x 3` normalised CIE Lab (see `LabScaling`);
/// palettes are `paletteSize` colours in the same scaling.
public struct ModelConfig: Codable, Sendable, Equatable {
    /// The two models of the paper.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Variational autoencoder: one palette per latent point.
        case vae
        /// VAE with an auxiliary noise input and discriminators: many palettes per latent point.
        case vaegan
    }

    /// Which model this is.
    public var kind: Kind
    /// Input image height in pixels (the paper: 64, portrait).
    public var imageHeight: Int
    /// Input image width in pixels (the paper: 40).
    public var imageWidth: Int
    /// Filters of each stride-2 convolution block of the image encoder.
    public var convFilters: [Int]
    /// Width of the dense layer after the convolutions.
    public var encoderDense: Int
    /// Dimension of the latent code z.
    public var latent: Int
    /// Dimension of the auxiliary noise (0 for the VAE).
    public var noise: Int
    /// Units per direction of each bidirectional GRU layer of the decoder.
    public var decoderUnits: [Int]
    /// Width of the order-invariant palette encoder and discriminator.
    public var setUnits: Int
    /// Colours per palette.
    public var paletteSize: Int
    /// Negative slope of the leaky ReLUs (the paper: 0.2).
    public var leakySlope: Float
    /// Keras-style batch-norm momentum (the paper: 0.8).
    public var batchNormMomentum: Float

    /// A configuration with every size given; see the properties for their meaning.
    public init(kind: Kind, imageHeight: Int, imageWidth: Int, convFilters: [Int], encoderDense: Int,
                latent: Int, noise: Int, decoderUnits: [Int], setUnits: Int, paletteSize: Int,
                leakySlope: Float, batchNormMomentum: Float) {
        self.kind = kind
        self.imageHeight = imageHeight
        self.imageWidth = imageWidth
        self.convFilters = convFilters
        self.encoderDense = encoderDense
        self.latent = latent
        self.noise = noise
        self.decoderUnits = decoderUnits
        self.setUnits = setUnits
        self.paletteSize = paletteSize
        self.leakySlope = leakySlope
        self.batchNormMomentum = batchNormMomentum
    }

    /// The default configuration of each model (see docs/MODEL.md for why these sizes).
    public static func standard(_ kind: Kind) -> ModelConfig {
        ModelConfig(kind: kind, imageHeight: 64, imageWidth: 40, convFilters: [16, 32, 64, 64, 64],
                    encoderDense: 128, latent: 32, noise: kind == .vae ? 0 : 8,
                    decoderUnits: [32, 32], setUnits: 64, paletteSize: 5,
                    leakySlope: 0.2, batchNormMomentum: 0.8)
    }

    /// The paper's published sizes (DESIGN.md section 3), for comparison runs.
    public static func paper(_ kind: Kind) -> ModelConfig {
        ModelConfig(kind: kind, imageHeight: 64, imageWidth: 40, convFilters: [3, 6, 12, 24, 32],
                    encoderDense: 64, latent: 32, noise: kind == .vae ? 0 : 8,
                    decoderUnits: [16, 8, 8], setUnits: 16, paletteSize: 5,
                    leakySlope: 0.2, batchNormMomentum: 0.8)
    }

    /// Spatial size after the convolution stack (each block halves, rounding up).
    public var encodedSpatial: (height: Int, width: Int) {
        var h = imageHeight, w = imageWidth
        for _ in convFilters { h = (h + 1) / 2; w = (w + 1) / 2 }
        return (h, w)
    }

    /// Upper bounds on the sizes a configuration may ask for, far above any useful model (the
    /// standard one has about 0.2 M weights), so that a hostile weights file cannot make the
    /// loader allocate gigabytes before its tensors are checked.
    public enum Bounds {
        /// Largest image side in pixels.
        public static let imageSide = 512
        /// Most convolution blocks, and most filters in one.
        public static let convLayers = 8, filters = 1024
        /// Widest dense, latent, noise and set layers.
        public static let width = 4096
        /// Most decoder GRU layers, and most units in one.
        public static let decoderLayers = 8, decoderUnits = 1024
        /// Most weights in the whole model (about 256 MB of floats, counted for training too).
        public static let parameters = 64 << 20
    }

    /// The number of weights the networks of this configuration hold (an upper estimate, with
    /// the discriminators and critics the trainer adds), computed without overflow: nil when it
    /// does not fit in an `Int`.
    public var parameterEstimate: Int? {
        var total = 0, overflow = false
        func add(_ factors: Int...) {
            var product = 1
            for factor in factors {
                let (p, o) = product.multipliedReportingOverflow(by: max(factor, 0))
                product = p
                overflow = overflow || o
            }
            let (sum, o) = total.addingReportingOverflow(product)
            total = sum
            overflow = overflow || o
        }
        var channels = 3
        for filters in convFilters {
            add(9, channels + 1, filters)
            channels = filters
        }
        let spatial = encodedSpatial
        add(spatial.height, spatial.width, channels + 1, encoderDense)
        add(encoderDense + 1, 2, latent)
        var inputs = latent + noise
        for units in decoderUnits {
            add(2, 3, inputs + units + 2, units)
            inputs = 2 * units
        }
        // The set encoder, the discriminator and the order critic.
        add(4, setUnits + 4, setUnits + latent + paletteSize * 2 + 4)
        add(2, paletteSize * 2 + 3, setUnits + 1, setUnits + 4)
        return overflow ? nil : total
    }

    /// Checks that every size is usable and within `Bounds`.
    public func validate() throws(ModelError) {
        func need(_ ok: Bool, _ what: String) throws(ModelError) {
            if !ok { throw .invalidConfig(reason: what) }
        }
        try need(imageHeight <= Bounds.imageSide && imageWidth <= Bounds.imageSide,
                 "image size \(imageHeight)x\(imageWidth) is more than \(Bounds.imageSide) pixels a side")
        try need(convFilters.count <= Bounds.convLayers && convFilters.allSatisfy { $0 <= Bounds.filters },
                 "at most \(Bounds.convLayers) conv blocks of at most \(Bounds.filters) filters")
        try need([encoderDense, latent, noise, setUnits].allSatisfy { $0 <= Bounds.width },
                 "dense, latent, noise and set widths must be at most \(Bounds.width)")
        try need(decoderUnits.count <= Bounds.decoderLayers && decoderUnits.allSatisfy { $0 <= Bounds.decoderUnits },
                 "at most \(Bounds.decoderLayers) decoder layers of at most \(Bounds.decoderUnits) units")
        try need(imageHeight > 0 && imageWidth > 0, "image size must be positive")
        try need(!convFilters.isEmpty && convFilters.allSatisfy { $0 > 0 }, "conv filters must be positive")
        try need(encoderDense > 0 && latent > 0 && setUnits > 0, "layer widths must be positive")
        try need(noise >= 0, "noise dimension must not be negative")
        try need(kind == .vae ? noise == 0 : noise > 0, "the VAE has no noise; the VAE-GAN needs some")
        try need(!decoderUnits.isEmpty && decoderUnits.allSatisfy { $0 > 0 }, "decoder units must be positive")
        try need((2...8).contains(paletteSize), "palette size must be 2...8")
        try need(leakySlope >= 0 && leakySlope < 1, "leaky slope must be in [0, 1)")
        try need(batchNormMomentum >= 0 && batchNormMomentum < 1, "batch-norm momentum must be in [0, 1)")
        let parameters = parameterEstimate
        try need(parameters.map { $0 <= Bounds.parameters } ?? false,
                 "the networks would hold \(parameters.map(String.init) ?? "too many") weights, more than \(Bounds.parameters)")
    }

    /// The configuration as compact JSON with sorted keys (what the weights file stores).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding a struct of numbers, strings and arrays cannot fail.
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// Parses a configuration written by `json()` and validates it.
    public static func parse(json text: String) throws(ModelError) -> ModelConfig {
        let config: ModelConfig
        do {
            config = try JSONDecoder().decode(ModelConfig.self, from: Data(text.utf8))
        } catch {
            throw .invalidConfig(reason: "cannot parse the model configuration: \(error)")
        }
        try config.validate()
        return config
    }
}

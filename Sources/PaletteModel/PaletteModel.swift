import ColorScience
import Foundation
import NeuralCore

/// A trained palette model ready for inference: encode images or palettes to the latent space,
/// decode latent points (and, for the VAE-GAN, auxiliary noise) to palettes, sample, interpolate
/// and extract.
///
/// Not thread-safe: the networks reuse their buffers between calls. Use one instance per thread.
public final class PaletteModel {
    /// Metadata key under which the model kind is mirrored for quick inspection.
    public static let kindKey = "model_kind"

    /// The model's sizes.
    public var config: ModelConfig { networks.config }
    /// The networks (shared with the trainer).
    public let networks: PaletteNetworks
    /// The weights file's metadata (empty for a freshly built model).
    public let metadata: [String: String]
    /// The learned judge of palettes stored with the model, if its file has one.
    public var judge: PaletteJudge?

    private let latentBuffer = Tensor(shape: [0])
    private let noiseBuffer = Tensor(shape: [0])
    private let inputBuffer = Tensor(shape: [0])

    /// Wraps networks (for example, fresh from the trainer).
    public init(networks: PaletteNetworks, metadata: [String: String] = [:], judge: PaletteJudge? = nil) {
        self.networks = networks
        self.metadata = metadata
        self.judge = judge
    }

    // MARK: Weights

    /// Loads a weights file written by `save` (or a trainer checkpoint), checking its format
    /// version, its configuration and every tensor's shape; `kind`, when given, must match.
    public static func load(path: String, expecting kind: ModelConfig.Kind? = nil) throws(ModelError) -> PaletteModel {
        let file: SafeTensorsFile
        do { file = try SafeTensorsFile(contentsOf: path) } catch { throw .weights(path: path, error: error) }
        return try load(file: file, name: path, expecting: kind)
    }

    /// Loads weights from the bytes of a safetensors file; `name` labels errors.
    public static func load(bytes: [UInt8], name: String, expecting kind: ModelConfig.Kind? = nil) throws(ModelError) -> PaletteModel {
        let file: SafeTensorsFile
        do { file = try SafeTensorsFile(bytes: bytes) } catch { throw .weights(path: name, error: error) }
        return try load(file: file, name: name, expecting: kind)
    }

    private static func load(file: SafeTensorsFile, name: String,
                             expecting kind: ModelConfig.Kind?) throws(ModelError) -> PaletteModel {
        let metadata: [String: String]
        do { metadata = try WeightsFile.checkedMetadata(file) } catch { throw .weights(path: name, error: error) }
        let config = try ModelConfig.parse(json: metadata[WeightsFile.configKey] ?? "")
        if let kind, kind != config.kind { throw .wrongKind(path: name, expected: kind, found: config.kind) }
        let networks = try PaletteNetworks(config: config, seed: 0)
        do {
            try WeightsFile.load(into: networks.inferenceParameters, from: file, allowExtraTensors: true)
        } catch { throw .weights(path: name, error: error) }
        let judge = try PaletteJudge.load(from: file, metadata: metadata, name: name)
        return PaletteModel(networks: networks, metadata: metadata, judge: judge)
    }

    /// Writes the inference weights (and the judge, if any) atomically with the configuration
    /// and `metadata`.
    public func save(to path: String, metadata extra: [String: String] = [:]) throws(ModelError) {
        var metadata = extra
        metadata[Self.kindKey] = config.kind.rawValue
        var parameters = networks.inferenceParameters
        metadata[PaletteJudge.configKey] = judge?.configJSON
        parameters += judge?.parameters ?? []
        do {
            try WeightsFile.save(parameters, config: config.json(), extraMetadata: metadata, to: path)
        } catch { throw .weights(path: path, error: error) }
    }

    // MARK: Encoding

    /// The mean and log-variance of q(z | image) for one image given as
    /// `imageHeight * imageWidth * 3` scaled Lab values (row-major, see `LabScaling`).
    public func encode(image: [Float]) throws(ModelError) -> (mean: [Float], logVariance: [Float]) {
        let c = config
        let n = c.imageHeight * c.imageWidth * 3
        guard image.count == n else { throw .inputSize(what: "an image", expected: n, found: image.count) }
        inputBuffer.resize(1, c.imageHeight, c.imageWidth, 3)
        image.withUnsafeBufferPointer { inputBuffer.pointer.update(from: $0.baseAddress!, count: n) }
        let (mean, logVariance) = networks.imageEncoder.forward(inputBuffer, mode: .inference)
        return (mean.values, logVariance.values)
    }

    /// The mean of q(z | palette): where a palette lives in the latent space, whatever the order
    /// of its colours. The palette must have `paletteSize` colours.
    public func encode(palette: [RGB8]) throws(ModelError) -> [Float] {
        guard palette.count == config.paletteSize else {
            throw .inputSize(what: "a palette", expected: config.paletteSize, found: palette.count)
        }
        inputBuffer.resize(1, palette.count, 3)
        for (i, v) in LabScaling.scaled(palette).enumerated() { inputBuffer[i] = v }
        return networks.paletteEncoder.forward(inputBuffer, mode: .inference).mean.values
    }

    // MARK: Decoding

    /// Decodes latent points (each `latent` values) with auxiliary noise (each `noise` values;
    /// ignored by the VAE, zeros when empty) to palettes of `paletteSize` colours, gamut-mapped
    /// to sRGB.
    public func decode(_ points: [[Float]], noise: [[Float]] = []) throws(ModelError) -> [[RGB8]] {
        try decodeScaled(points, noise: noise).map(LabScaling.colors)
    }

    /// One palette for one latent point (and noise vector).
    public func decode(z: [Float], noise: [Float] = []) throws(ModelError) -> [RGB8] {
        try decode([z], noise: noise.isEmpty ? [] : [noise])[0]
    }

    /// `decode` returning scaled Lab values (`paletteSize * 3` per palette) instead of colours.
    public func decodeScaled(_ points: [[Float]], noise: [[Float]] = []) throws(ModelError) -> [[Float]] {
        let c = config
        guard !points.isEmpty else { return [] }
        guard noise.isEmpty || noise.count == points.count else {
            throw .inputSize(what: "the noise list", expected: points.count, found: noise.count)
        }
        latentBuffer.resize(points.count, c.latent)
        for (i, z) in points.enumerated() {
            guard z.count == c.latent else { throw .inputSize(what: "a latent point", expected: c.latent, found: z.count) }
            for j in 0..<c.latent { latentBuffer[i * c.latent + j] = z[j] }
        }
        var noiseTensor: Tensor? = nil
        if c.noise > 0 {
            noiseBuffer.resize(points.count, c.noise)
            noiseBuffer.fill(0)
            for (i, e) in noise.enumerated() where !e.isEmpty {
                guard e.count == c.noise else { throw .inputSize(what: "a noise vector", expected: c.noise, found: e.count) }
                for j in 0..<c.noise { noiseBuffer[i * c.noise + j] = e[j] }
            }
            noiseTensor = noiseBuffer
        }
        let y = networks.decoder.forward(z: latentBuffer, noise: noiseTensor, mode: .inference)
        let per = c.paletteSize * 3
        return (0..<points.count).map { i in Array(UnsafeBufferPointer(start: y.pointer + i * per, count: per)) }
    }

    // MARK: Sampling, interpolation, extraction

    /// `count` palettes decoded from latent points drawn from N(0, interval^2 I) (noise from
    /// N(0, I) for the VAE-GAN). A wider `interval` (about 0.5...2) gives more colourful palettes.
    /// The same seed gives the same palettes.
    public func sample(count: Int, interval: Float, seed: UInt64) throws(ModelError) -> [[RGB8]] {
        var rng = Xoshiro256(seed: seed)
        let points = (0..<max(count, 0)).map { _ in (0..<config.latent).map { _ in rng.normal() * interval } }
        let noise = (0..<max(count, 0)).map { _ in (0..<config.noise).map { _ in rng.normal() } }
        return try decode(points, noise: config.noise > 0 ? noise : [])
    }

    /// `steps` latent points evenly spaced from `a` to `b`, both ends included (steps >= 2).
    public static func interpolate(from a: [Float], to b: [Float], steps: Int) -> [[Float]] {
        let n = max(steps, 2)
        return (0..<n).map { i in
            let t = Float(i) / Float(n - 1)
            return zip(a, b).map { $0 + ($1 - $0) * t }
        }
    }

    /// Palettes for an image (scaled Lab, as `encode(image:)`): the VAE gives one palette, decoded
    /// from the mean of q(z | image); the VAE-GAN gives `variants` palettes, one per noise draw
    /// from `seed`, all at that mean. Scaled Lab values, `paletteSize * 3` per palette.
    public func extractScaled(image: [Float], variants: Int, seed: UInt64) throws(ModelError) -> [[Float]] {
        let (mean, _) = try encode(image: image)
        guard config.noise > 0 else { return try decodeScaled([mean]) }
        let noise = noiseDraws(count: variants, seed: seed)
        return try decodeScaled(Array(repeating: mean, count: noise.count), noise: noise)
    }

    /// The auxiliary noise vectors `extractScaled` decodes with for `count` variants (at least
    /// one) and `seed`: each `noise` values from N(0, I); empty vectors for the VAE.
    public func noiseDraws(count: Int, seed: UInt64) -> [[Float]] {
        var rng = Xoshiro256(seed: seed)
        return (0..<max(count, 1)).map { _ in (0..<config.noise).map { _ in rng.normal() } }
    }
}

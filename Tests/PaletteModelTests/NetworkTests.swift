import ColorScience
import Foundation
import NeuralCore
import Testing
@testable import PaletteModel

@Suite struct NetworkTests {
    static let tiny = ModelConfig(kind: .vaegan, imageHeight: 16, imageWidth: 8, convFilters: [4, 4],
                                  encoderDense: 8, latent: 4, noise: 2, decoderUnits: [6, 5],
                                  setUnits: 6, paletteSize: 5, leakySlope: 0.2, batchNormMomentum: 0.8)

    @Test func setNetworkIgnoresColourOrder() throws {
        var rng = Xoshiro256(seed: 5)
        let net = PaletteSetNetwork(name: "d", units: 6, outputs: 2, slope: 0.2, rng: &rng)
        let values = (0..<15).map { _ in rng.uniform(-1, 1) }
        let a = net.forward(Tensor(shape: [1, 5, 3], values: values), mode: .inference).values
        let reordered = [3, 0, 4, 1, 2].flatMap { values[($0 * 3)..<($0 * 3 + 3)] }
        let b = net.forward(Tensor(shape: [1, 5, 3], values: reordered), mode: .inference).values
        for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-6) }
    }

    @Test func setNetworkGradientMatchesFiniteDifferences() {
        var rng = Xoshiro256(seed: 8)
        let net = PaletteSetNetwork(name: "d", units: 5, outputs: 1, slope: 0.2, rng: &rng)
        let x = Tensor(shape: [2, 5, 3], values: (0..<30).map { _ in rng.uniform(-1, 1) })
        let y = net.forward(x, mode: .training)
        let dy = Tensor(shape: y.shape, repeating: 1)
        let dx = Tensor(copying: net.backward(dy))
        // A small step, so that no probe crosses a ReLU kink or changes which colour holds a maximum.
        let h: Float = 1e-3
        func total() -> Float { net.forward(x, mode: .training).values.reduce(0, +) }
        for i in 0..<x.count {
            let keep = x[i]
            x[i] = keep + h; let up = total()
            x[i] = keep - h; let down = total()
            x[i] = keep
            let numeric = (up - down) / (2 * h)
            #expect(abs(numeric - dx[i]) <= 2e-3 + 1e-2 * abs(numeric), "element \(i)")
        }
    }

    @Test func samplingIsDeterministicAndTheIntervalScalesTheLatentPoints() throws {
        let model = PaletteModel(networks: try PaletteNetworks(config: Self.tiny, seed: 2))
        let a = try model.sample(count: 4, interval: 1, seed: 9)
        #expect(a == (try model.sample(count: 4, interval: 1, seed: 9)))
        #expect(a != (try model.sample(count: 4, interval: 1, seed: 10)))
        #expect(a.allSatisfy { $0.count == 5 })
        // The palettes are the decoded prior draws with z scaled by the interval (noise unscaled).
        for interval: Float in [0, 0.5, 2] {
            var rng = Xoshiro256(seed: 9)
            let points = (0..<4).map { _ in (0..<Self.tiny.latent).map { _ in rng.normal() * interval } }
            let noise = (0..<4).map { _ in (0..<Self.tiny.noise).map { _ in rng.normal() } }
            let sampled = try model.sample(count: 4, interval: interval, seed: 9)
            #expect(sampled == (try model.decode(points, noise: noise)))
            #expect(sampled != a)
        }
        // At the origin with no noise every palette is the same.
        let atOrigin = try model.decode(Array(repeating: [Float](repeating: 0, count: Self.tiny.latent), count: 4),
                                        noise: Array(repeating: [Float](repeating: 0, count: Self.tiny.noise), count: 4))
        #expect(Set(atOrigin.map { $0.map(\.hex).joined() }).count == 1)
    }

    @Test func interpolationHitsBothEnds() {
        let path = PaletteModel.interpolate(from: [0, 1], to: [2, -1], steps: 5)
        #expect(path.count == 5)
        #expect(path.first == [0, 1] && path.last == [2, -1])
        #expect(path[2] == [1, 0])
    }

    @Test func vaeganExtractionGivesOneScaledPalettePerVariant() throws {
        let model = PaletteModel(networks: try PaletteNetworks(config: Self.tiny, seed: 2))
        let image = [Float](repeating: 0.1, count: 16 * 8 * 3)
        let out = try model.extractScaled(image: image, variants: 3, seed: 1)
        #expect(out.count == 3 && out.allSatisfy { $0.count == 15 })
        #expect(throws: ModelError.inputSize(what: "an image", expected: 384, found: 3)) {
            _ = try model.extractScaled(image: [0, 0, 0], variants: 1, seed: 1)
        }
    }

    @Test func brokenWeightsFilesGiveTypedErrors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.safetensors").path
        #expect(throws: ModelError.self) { _ = try PaletteModel.load(path: missing) }
        let junk = dir.appendingPathComponent("junk.safetensors").path
        try Data("not a weights file".utf8).write(to: URL(fileURLWithPath: junk))
        #expect(throws: ModelError.self) { _ = try PaletteModel.load(path: junk) }
        // A valid safetensors file whose configuration is nonsense.
        let model = PaletteModel(networks: try PaletteNetworks(config: Self.tiny, seed: 1))
        let bad = dir.appendingPathComponent("bad.safetensors").path
        try WeightsFile.save(model.networks.inferenceParameters, config: "{\"kind\":\"vae\"}", to: bad)
        #expect(throws: ModelError.self) { _ = try PaletteModel.load(path: bad) }
    }

    @Test func configRoundTripsThroughJSON() throws {
        for kind in ModelConfig.Kind.allCases {
            let c = ModelConfig.standard(kind)
            #expect(try ModelConfig.parse(json: c.json()) == c)
        }
        var broken = ModelConfig.standard(.vae)
        broken.noise = 3
        #expect(throws: ModelError.self) { try broken.validate() }
    }

    @Test func configBoundsKeepTheNetworksSmallEnoughToAllocate() throws {
        for kind in ModelConfig.Kind.allCases {
            try ModelConfig.standard(kind).validate()
            try ModelConfig.paper(kind).validate()
            #expect((ModelConfig.standard(kind).parameterEstimate ?? .max) < 1_000_000)
        }
        let edits: [(inout ModelConfig) -> Void] = [
            { $0.imageHeight = 100_000 }, { $0.convFilters = [16, 1 << 40] }, { $0.convFilters = Array(repeating: 8, count: 30) },
            { $0.encoderDense = 1 << 30 }, { $0.latent = .max }, { $0.decoderUnits = [1 << 20] },
            { $0.setUnits = 100_000 },
            // Each size within its own bound, the product far beyond: 512x512 images into one
            // 1024-filter block, then a 4096-wide dense layer.
            { $0.imageHeight = 512; $0.imageWidth = 512; $0.convFilters = [1024]; $0.encoderDense = 4096 },
        ]
        for edit in edits {
            var config = ModelConfig.standard(.vae)
            edit(&config)
            #expect(throws: ModelError.self, "\(config)") { try config.validate() }
        }
    }
}

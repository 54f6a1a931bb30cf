import ColorScience
import ExplorerCore

/// A stand-in model: each channel of each colour is an affine function of two latent
/// coordinates (and one noise coordinate), clamped to 0...255, so tests can predict every colour.
final class FakeGenerator: PaletteGenerator {
    let name: String
    let latentDimension: Int
    let noiseDimension: Int
    /// How many times `decode` ran, and how many palettes it decoded in all.
    private(set) var decodeCalls = 0
    private(set) var decodedPalettes = 0

    init(name: String, latentDimension: Int = 6, noiseDimension: Int) {
        self.name = name
        self.latentDimension = latentDimension
        self.noiseDimension = noiseDimension
    }

    func decode(latents: [Float], noises: [Float], count: Int) -> [RGB8] {
        decodeCalls += 1
        decodedPalettes += count
        var colours: [RGB8] = []
        for index in 0..<count {
            let z = Array(latents[(index * latentDimension)..<((index + 1) * latentDimension)])
            let noise = Array(noises[(index * noiseDimension)..<((index + 1) * noiseDimension)])
            colours += Self.palette(z: z, noise: noise)
        }
        return colours
    }

    /// The palette of one point, computed independently of the batching above.
    static func palette(z: [Float], noise: [Float]) -> [RGB8] {
        (0..<paletteColourCount).map { j in
            func channel(_ c: Int) -> UInt8 {
                var value: Float = 128 + 50 * z[(j + c) % z.count] + 30 * z[(2 * j + c + 1) % z.count]
                if !noise.isEmpty { value += 40 * noise[(j + c) % noise.count] }
                return UInt8(max(0, min(255, value.rounded())))
            }
            return RGB8(r: channel(0), g: channel(1), b: channel(2))
        }
    }
}

/// Export formats that tag their output, so tests see which encoder ran.
let fakeEncoders: [PaletteEncoder] = ["hex", "json", "gpl", "css"].map { name in
    PaletteEncoder(name: name) { colours, label in
        "\(name):\(label):" + colours.map { "\($0.r),\($0.g),\($0.b)" }.joined(separator: ";")
    }
}

import ImageIO

/// Small synthetic images for extraction tests.
enum TestImages {
    /// An image made of horizontal bands, one flat colour per band, `rows` rows each, 16 wide.
    static func bands(_ bands: [(rgba: (UInt8, UInt8, UInt8, UInt8), rows: Int)]) -> RGBAImage? {
        var pixels: [UInt8] = []
        for band in bands {
            for _ in 0..<(band.rows * 16) {
                pixels += [band.rgba.0, band.rgba.1, band.rgba.2, band.rgba.3]
            }
        }
        return RGBAImage(width: 16, height: bands.reduce(0) { $0 + $1.rows }, pixels: pixels)
    }

    /// Noisy pixels around given centres (sRGB), `weights[i]` pixels for centre i, deterministic.
    static func noisyClusters(_ centres: [(UInt8, UInt8, UInt8)], weights: [Int], spread: Int, seed: UInt64) -> RGBAImage? {
        var generator = SplitMix(state: seed)
        var pixels: [UInt8] = []
        for (centre, n) in zip(centres, weights) {
            for _ in 0..<n {
                func jitter(_ v: UInt8) -> UInt8 {
                    UInt8(clamping: Int(v) + Int(generator.next() % UInt64(2 * spread + 1)) - spread)
                }
                pixels += [jitter(centre.0), jitter(centre.1), jitter(centre.2), 255]
            }
        }
        return RGBAImage(width: pixels.count / 4, height: 1, pixels: pixels)
    }

    /// Uniformly random opaque pixels.
    static func noise(width: Int, height: Int, seed: UInt64) -> RGBAImage? {
        var generator = SplitMix(state: seed)
        var pixels: [UInt8] = []
        for _ in 0..<(width * height) {
            let v = generator.next()
            pixels += [UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v >> 16), 255]
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    /// A generator for test data, independent of the one under test.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

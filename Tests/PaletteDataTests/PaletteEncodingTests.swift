import ColorScience
import Testing
@testable import PaletteData

@Suite struct PaletteEncodingTests {
    @Test func matchesScikitImage() throws {
        let colors = try paletteEncodingReference.map { try RGB8(hex: $0.0) }
        let encoded = PaletteEncoding.encode(colors)
        #expect(encoded.count == colors.count * 3)
        for (i, (_, expected)) in paletteEncodingReference.enumerated() {
            // 2e-4 in normalised units is 0.01 L or 0.026 a/b.
            #expect(abs(encoded[3 * i] - expected.0) < 2e-4)
            #expect(abs(encoded[3 * i + 1] - expected.1) < 2e-4)
            #expect(abs(encoded[3 * i + 2] - expected.2) < 2e-4)
        }
    }

    @Test func roundTripsEightBitColours() throws {
        let palette = try ["#69d2e7", "#a7dbd8", "#e0e4cc", "#f38630", "#fa6900"].map { try RGB8(hex: $0) }
        let encoded = PaletteEncoding.encode(palette)
        #expect(encoded.count == PaletteEncoding.floatCount)
        #expect(PaletteEncoding.decode(encoded) == palette)
    }

    @Test func decodingGamutMapsOutOfRangeValues() {
        // L = 50, a = 1.0 * 128: far outside sRGB; the result must be a valid colour of lower
        // chroma, not a clamp to pure red.
        let colors = PaletteEncoding.decode([Float(0), 1, 0])
        #expect(colors.count == 1)
        let lab = Lab(colors[0])
        #expect(abs(lab.l - 50) < 3)
        #expect(lab.chroma < 128)
    }
}

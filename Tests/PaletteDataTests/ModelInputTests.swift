import ColorScience
import ImageIO
import Testing
@testable import PaletteData

@Suite struct ModelInputTests {
    /// The procedural image of Fixtures/make_model_input_reference.py: 192 x 120, landscape.
    func referenceImage() throws -> RGBAImage {
        var pixels: [UInt8] = []
        for y in 0..<120 {
            for x in 0..<192 {
                pixels += [UInt8((3 * x + 2 * y) % 256), UInt8((x * y) % 256), UInt8((5 * x + 7 * y) % 256), 255]
            }
        }
        return try #require(RGBAImage(width: 192, height: 120, pixels: pixels))
    }

    @Test func matchesPillowAndScikitImage() throws {
        let input = ModelInput.encode(try referenceImage())
        #expect(input.count == 64 * 40 * 3)
        var worst: Float = 0
        for ((row, column), expected) in modelInputReference {
            let i = (row * 40 + column) * 3
            // Compare in Lab units; resampling may round an 8-bit value the other way.
            let dl = (input[i] - expected.0) * 50, da = (input[i + 1] - expected.1) * 128, db = (input[i + 2] - expected.2) * 128
            worst = max(worst, (dl * dl + da * da + db * db).squareRoot())
        }
        #expect(worst < 1.0, "largest difference \(worst) Lab units")
    }

    @Test func portraitImagesAreNotRotatedAndLayoutIsRowMajor() throws {
        // Top half red, bottom half blue, 40 x 64: the first rows must be red, the last blue.
        var pixels: [UInt8] = []
        for y in 0..<64 { for _ in 0..<40 { pixels += y < 32 ? [255, 0, 0, 255] : [0, 0, 255, 255] } }
        let input = ModelInput.encode(try #require(RGBAImage(width: 40, height: 64, pixels: pixels)))
        let red = LabScaling.scaled([RGB8(r: 255, g: 0, b: 0)])
        let blue = LabScaling.scaled([RGB8(r: 0, g: 0, b: 255)])
        for (offset, expected) in [(0, red), ((31 * 40 + 39) * 3, red), ((32 * 40) * 3, blue), ((63 * 40 + 39) * 3, blue)] {
            for c in 0..<3 { #expect(abs(input[offset + c] - expected[c]) < 2e-3) }
        }
    }

    @Test func transparentPixelsBecomeWhite() throws {
        let clear = try #require(RGBAImage(width: 8, height: 8, filledWith: (255, 0, 0, 0)))
        let input = ModelInput.encode(clear)
        let white = LabScaling.scaled([RGB8(r: 255, g: 255, b: 255)])
        #expect(input.indices.allSatisfy { abs(input[$0] - white[$0 % 3]) < 2e-3 })
        // Half-transparent black over white: 255 * (1 - 128/255) = 127.
        let half = try #require(RGBAImage(width: 1, height: 1, pixels: [0, 0, 0, 128]))
        #expect(half.compositedOnWhite().pixels == [127, 127, 127, 255])
    }

    @Test func imageOfAnInputInvertsTheEncoding() throws {
        let prepared = ModelInput.prepared(try referenceImage())
        #expect(prepared.width == 40 && prepared.height == 64)
        let back = try #require(ModelInput.image(of: ModelInput.encode(prepared)))
        #expect(back == prepared)
        #expect(ModelInput.image(of: [Float](repeating: 0, count: 10)) == nil)
    }
}

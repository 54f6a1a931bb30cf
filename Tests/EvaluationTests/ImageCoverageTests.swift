import ColorScience
import Testing
@testable import Evaluation

@Suite struct ImageCoverageTests {
    @Test func meanDistanceToNearestColourSkippingTransparentPixels() throws {
        let black = RGB8(r: 0, g: 0, b: 0), white = RGB8(r: 255, g: 255, b: 255)
        let rgba: [UInt8] = [0, 0, 0, 255, 255, 255, 255, 128, 128, 128, 128, 255, 255, 0, 0, 0]
        let error = try #require(ImageCoverage.error(palette: [black, white], rgba: rgba))
        // Grey 128 sits at Oklab L 0.5999 (a, b ~ 0): nearer black (0.5999) than white (0.4001).
        let grey = Oklab(RGB8(r: 128, g: 128, b: 128))
        let expected = min(grey.distance(to: Oklab(black)), grey.distance(to: Oklab(white))) / 3
        #expect(abs(error - expected) < 1e-5)
        #expect(abs(expected - 0.4001 / 3) < 1e-3)
        // The red pixel is transparent: skipped. Agrees with ColorScience's unweighted form.
        let reference = try PaletteMetrics.coverageError(palette: [Oklab(black), Oklab(white)],
                                                         colors: [Oklab(black), Oklab(white), grey])
        #expect(abs(error - reference) < 1e-5)
        #expect(ImageCoverage.error(palette: [black], rgba: [1, 2, 3, 0]) == nil)
        #expect(ImageCoverage.error(palette: [], rgba: rgba) == nil)
    }
}

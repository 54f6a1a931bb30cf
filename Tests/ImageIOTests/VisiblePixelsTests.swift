import Testing
@testable import ImageIO

@Suite struct VisiblePixelsTests {
    @Test func transparentPixelsAreSkipped() {
        let image = TestImages.make(3, 2) { x, y in (UInt8(x), UInt8(y), 5, x == 1 ? 0 : UInt8(100 + x)) }
        #expect(image.hasTransparency)
        #expect(image.visiblePixelCount == 4)
        #expect(image.visibleRGB() == [0, 0, 5, 2, 0, 5, 0, 1, 5, 2, 1, 5])
        var alphas: [UInt8] = []
        image.forEachVisiblePixel { _, _, _, a in alphas.append(a) }
        #expect(alphas == [100, 102, 100, 102])
        let opaque = TestImages.smooth(4, 4)
        #expect(!opaque.hasTransparency && opaque.visiblePixelCount == 16)
    }

    @Test func initialiserValidatesSizes() {
        #expect(RGBAImage(width: 2, height: 2, pixels: [UInt8](repeating: 0, count: 15)) == nil)
        #expect(RGBAImage(width: 0, height: 2, pixels: []) == nil)
        #expect(RGBAImage(width: 1, height: 1, filledWith: (1, 2, 3, 4))?.pixels == [1, 2, 3, 4])
        #expect(RGBAImage(width: 1, height: 1, pixels: [1, 2, 3, 4])?.pixel(x: 1, y: 0) == nil)
    }
}

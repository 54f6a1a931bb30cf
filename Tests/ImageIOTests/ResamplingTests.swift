import Testing
@testable import ImageIO

/// Area-filter arithmetic on small images whose exact averages are known.
@Suite struct ResamplingTests {
    @Test func halvingAveragesTwoByTwoBlocks() throws {
        // 4x2 grey image: blocks {10, 20, 30, 40} and {100, 100, 200, 200}.
        let values: [UInt8] = [10, 20, 100, 100, 30, 40, 200, 200]
        let image = TestImages.make(4, 2) { x, y in let v = values[y * 4 + x]; return (v, v, v, 255) }
        let half = try #require(image.resized(width: 2, height: 1))
        #expect(half.pixels == [25, 25, 25, 255, 150, 150, 150, 255])
    }

    @Test func fractionalCoverageIsWeighted() throws {
        // 3 -> 2: output 0 covers source [0, 1.5), output 1 covers [1.5, 3).
        let image = TestImages.make(3, 1) { x, _ in let v = UInt8(x * 90); return (v, 0, 0, 255) }
        let out = try #require(image.resized(width: 2, height: 1))
        #expect(out.pixel(x: 0, y: 0)!.r == 30)   // (0 + 0.5 * 90) / 1.5
        #expect(out.pixel(x: 1, y: 0)!.r == 150)  // (0.5 * 90 + 180) / 1.5
    }

    @Test func transparentPixelsContributeNoColour() throws {
        let image = TestImages.make(2, 1) { x, _ in x == 0 ? (255, 0, 0, 255) : (0, 0, 255, 0) }
        let out = try #require(image.resized(width: 1, height: 1))
        #expect(out.pixels == [255, 0, 0, 128])
        let clear = TestImages.make(2, 2) { _, _ in (9, 9, 9, 0) }
        #expect(clear.resized(width: 1, height: 1)!.pixels == [0, 0, 0, 0])
    }

    @Test func constantImageStaysConstantAtModelInputSize() throws {
        let image = TestImages.make(97, 61) { _, _ in (12, 200, 77, 255) }
        // The model input "64x40" is height x width: 40 wide, 64 tall.
        let out = try #require(image.portrait().resized(width: 40, height: 64))
        #expect(out.width == 40 && out.height == 64)
        #expect(out.pixels.allSatisfy { [12, 200, 77, 255].contains($0) })
        #expect(out.pixels[0..<4] == [12, 200, 77, 255])
    }

    @Test func meanIsPreservedOnNonIntegerRatios() throws {
        var random = SplitMix64(seed: 7)
        let image = TestImages.make(53, 29) { _, _ in (UInt8(truncatingIfNeeded: random.next()), 0, 0, 255) }
        let out = try #require(image.resized(width: 17, height: 11))
        func mean(_ i: RGBAImage) -> Double {
            Double(stride(from: 0, to: i.pixels.count, by: 4).map { Int(i.pixels[$0]) }.reduce(0, +)) / Double(i.pixelCount)
        }
        #expect(abs(mean(image) - mean(out)) < 0.5)
    }

    @Test func enlargingAndIdentity() throws {
        let image = TestImages.make(2, 1) { x, _ in (UInt8(x * 200), 0, 0, 255) }
        #expect(image.resized(width: 2, height: 1) == image)
        #expect(image.resized(width: 0, height: 1) == nil)
        let wide = try #require(image.resized(width: 4, height: 1))
        #expect(wide.pixels.enumerated().filter { $0.offset % 4 == 0 }.map(\.element) == [0, 0, 200, 200])
    }

    @Test func workingSizeFitting() {
        let bound = WorkingSize.extraction
        #expect(bound.fitting(width: 6056, height: 4000) == (256, 169))
        #expect(bound.fitting(width: 3839, height: 5758) == (171, 256))
        #expect(bound.fitting(width: 100, height: 50) == (100, 50))
        let byPixels = WorkingSize(maxSide: 1000, maxPixels: 10_000)
        let fitted = byPixels.fitting(width: 400, height: 100)
        #expect(fitted == (200, 50))
        #expect(WorkingSize(maxSide: 1, maxPixels: 1).fitting(width: 9, height: 3) == (1, 1))
        let image = TestImages.smooth(300, 120)
        let down = image.downscaled(toFit: WorkingSize(maxSide: 100, maxPixels: 100_000))
        #expect(down.width == 100 && down.height == 40)
        #expect(down.downscaled(toFit: .extraction) == down)
    }

    @Test func jpegScaleChoice() {
        let strict = WorkingSize(maxSide: 256, maxPixels: 256 * 256)
        #expect(strict.minSide == 256)
        #expect(ImageLoader.jpegScale(width: 6056, height: 4000, fitting: strict) == 8)
        #expect(ImageLoader.jpegScale(width: 1500, height: 1000, fitting: strict) == 4)
        #expect(ImageLoader.jpegScale(width: 600, height: 400, fitting: strict) == 2)
        #expect(ImageLoader.jpegScale(width: 300, height: 200, fitting: strict) == 1)
        // The extraction bound settles for a longer side of 128 px or more.
        #expect(ImageLoader.jpegScale(width: 1500, height: 1000, fitting: .extraction) == 8)
        #expect(ImageLoader.jpegScale(width: 900, height: 1000, fitting: .extraction) == 4)
        #expect(ImageLoader.jpegScale(width: 300, height: 200, fitting: .extraction) == 2)
        #expect(ImageLoader.jpegScale(width: 200, height: 100, fitting: .extraction) == 1)
    }
}

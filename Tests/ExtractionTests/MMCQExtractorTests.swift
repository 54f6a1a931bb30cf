import ColorScience
import Foundation
import ImageIO
import Testing

@testable import Extraction

@Suite struct MMCQExtractorTests {
    /// The "blobs" fixture image and colorthief's palettes for it at quality 1.
    func blobs() throws -> (RGBAImage, [Int: [RGB8]]) {
        let json = try JSONSerialization.jsonObject(with: Fixtures.data("mmcq-colorthief.json")) as? [String: Any]
        let cases = try #require(json?["cases"] as? [[String: Any]])
        let blobs = try #require(cases.first { $0["name"] as? String == "blobs" })
        let width = try #require(blobs["width"] as? Int), height = try #require(blobs["height"] as? Int)
        let pixels = [UInt8](try Fixtures.data("mmcq-blobs.rgba"))
        let image = try #require(RGBAImage(width: width, height: height, pixels: pixels))
        var palettes: [Int: [RGB8]] = [:]
        for result in try #require(blobs["results"] as? [[String: Any]]) where result["quality"] as? Int == 1 {
            let colors = try #require(result["palette"] as? [[Int]])
            let count = try #require(result["color_count"] as? Int)
            palettes[count] = colors.map { RGB8(r: UInt8($0[0]), g: UInt8($0[1]), b: UInt8($0[2])) }
        }
        return (image, palettes)
    }

    @Test func givesColorThiefsPaletteWhereItHasTheRequestedSize() throws {
        let (image, reference) = try blobs()
        let extractor = MMCQExtractor(quality: 1)
        #expect(try extractor.extract(from: image, count: 5) == reference[5])
        // colorthief gives 3 colours for 2: the first two are kept.
        let forTwo = try #require(reference[2])
        #expect(forTwo.count == 3)
        #expect(try extractor.extract(from: image, count: 2) == Array(forTwo.prefix(2)))
        // One colour is colorthief's get_color: the first of the five-colour palette.
        let forFive = try #require(reference[5])
        #expect(try extractor.extract(from: image, count: 1) == Array(forFive.prefix(1)))
    }

    @Test func fillsCountsWhereColorThiefFallsShort() throws {
        let (image, reference) = try blobs()
        #expect(reference[10]?.count == 9)
        let palette = try MMCQExtractor(quality: 1).extract(from: image, count: 10)
        #expect(palette.count == 10)
        let histogram = image.pixels.withUnsafeBufferPointer { MMCQHistogram(colorThiefSamplesOf: $0, quality: 1) }
        #expect(palette == Array(try MMCQ.quantize(histogram, maxColors: 11).prefix(10)))
    }

    @Test func whiteOrTransparentImagesHaveNoUsablePixels() throws {
        let white = try #require(RGBAImage(width: 4, height: 4, filledWith: (255, 255, 255, 255)))
        #expect(throws: ExtractionError.noUsablePixels(method: "mmcq")) {
            try MMCQExtractor().extract(from: white, count: 5)
        }
    }
}

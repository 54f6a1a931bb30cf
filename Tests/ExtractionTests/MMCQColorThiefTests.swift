import ColorScience
import Foundation
import Testing

@testable import Extraction

/// colorthief 0.2.1's palettes for generated images, recorded by
/// `Fixtures/make_mmcq_fixtures.py` (the command is in the JSON file).
private struct ColorThiefRecord: Decodable {
    struct Case: Decodable {
        let name: String
        let file: String
        let width: Int
        let height: Int
        let results: [Result]
    }
    struct Result: Decodable {
        let color_count: Int
        let quality: Int
        /// The palette, or nil where colorthief raised (no usable pixel).
        let palette: [[Int]]?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            color_count = try c.decode(Int.self, forKey: .color_count)
            quality = try c.decode(Int.self, forKey: .quality)
            palette = try? c.decode([[Int]].self, forKey: .palette)
        }
        enum CodingKeys: String, CodingKey { case color_count, quality, palette }
    }
    let colorthief: String
    let cases: [Case]

    static func load() throws -> ColorThiefRecord {
        try JSONDecoder().decode(ColorThiefRecord.self, from: Fixtures.data("mmcq-colorthief.json"))
    }
}

@Suite struct MMCQColorThiefTests {
    @Test func fixturesComeFromTheReferenceVersion() throws {
        let record = try ColorThiefRecord.load()
        #expect(record.colorthief == "0.2.1")
        #expect(record.cases.count >= 6)
    }

    @Test(arguments: try ColorThiefRecord.load().cases.map(\.name))
    func matchesColorThiefExactly(caseName: String) throws {
        let record = try ColorThiefRecord.load()
        let testCase = try #require(record.cases.first { $0.name == caseName })
        let pixels = [UInt8](try Fixtures.data(testCase.file))
        try #require(pixels.count == testCase.width * testCase.height * 4)
        for result in testCase.results {
            let outcome = Result { () throws(MMCQ.Failure) in
                try pixels.withUnsafeBufferPointer { buffer throws(MMCQ.Failure) in
                    try MMCQ.colorThiefPalette(rgba: buffer, colorCount: result.color_count, quality: result.quality)
                }
            }
            let context = "\(caseName) color_count=\(result.color_count) quality=\(result.quality)"
            if let expected = result.palette {
                let got = try outcome.get().map { [Int($0.r), Int($0.g), Int($0.b)] }
                #expect(got == expected, "\(context)")
            } else {
                #expect(throws: MMCQ.Failure.noPixels, "\(context)") { try outcome.get() }
            }
        }
    }

    @Test func rejectsColorCountsOutsideTheReferenceRange() throws {
        var histogram = MMCQHistogram()
        histogram.add(r: 10, g: 20, b: 30)
        #expect(throws: MMCQ.Failure.colorCountOutOfRange(1)) { try MMCQ.quantize(histogram, maxColors: 1) }
        #expect(throws: MMCQ.Failure.colorCountOutOfRange(257)) { try MMCQ.quantize(histogram, maxColors: 257) }
        #expect(throws: MMCQ.Failure.noPixels) { try MMCQ.quantize(MMCQHistogram(), maxColors: 5) }
    }
}

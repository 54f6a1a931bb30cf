import ColorScience
import Evaluation
import Foundation
import ImageIO
import PaletteData
import Testing
@testable import Training

@Suite struct RetrievalAndPairsTests {
    @Test func prefilteredSearchFindsTheExactNearest() throws {
        var random = ExampleRandom(seed: 21)
        func color() -> RGB8 { RGB8(r: UInt8(random.below(256)), g: UInt8(random.below(256)), b: UInt8(random.below(256))) }
        let palettes = (0..<2000).map { _ in (0..<5).map { _ in color() } }
        let index = PaletteRetrieval(palettes: palettes)
        for q in 0..<20 {
            // A query near palette q, in another order.
            let target = palettes[q * 50]
            let query = target.reversed().flatMap { c -> [Float] in
                let lab = Lab(c)
                return [Float(lab.l) + 1, Float(lab.a) - 1, Float(lab.b)]
            }
            let found = index.nearest(to: query, count: 3)
            let queryLab = (0..<5).map { Lab(l: Double(query[3 * $0]), a: Double(query[3 * $0 + 1]), b: Double(query[3 * $0 + 2])) }
            let brute = palettes.indices.min { PaletteDistance.cie76(queryLab, palettes[$0].map(Lab.init))! <
                PaletteDistance.cie76(queryLab, palettes[$1].map(Lab.init))! }!
            #expect(found.first?.index == brute)
            #expect(found.count == 3 && found[0].distance <= found[1].distance && found[1].distance <= found[2].distance)
        }
    }

    @Test func pairedFolderLoadsAndReportsFailures() throws {
        let folder = NSTemporaryDirectory() + "paired-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let image = SyntheticImages.regions()
        try Data(ImageWriter.png(image)).write(to: URL(fileURLWithPath: folder + "/one.png"))
        let csv = "image,c1,c2,c3,c4,c5\none.png,#000000,#111111,#222222,#333333,#444444\n"
            + "missing.png,#000000,#111111,#222222,#333333,#444444\n"
        let pairs = try PairedCSV.parse(csv, path: "pairs.csv", imageFolder: folder)
        let (examples, failures) = PairedDataset.load(pairs)
        #expect(examples.count == 1)
        #expect(examples.images == ModelInput.encode(image))
        #expect(examples.palettes == LabScaling.scaled(pairs[0].palette))
        #expect(failures.count == 1 && failures.first?.kind == .missing)
    }
}

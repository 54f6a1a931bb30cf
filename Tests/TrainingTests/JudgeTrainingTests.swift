import ColorScience
import Extraction
import Foundation
import ImageIO
import NeuralCore
import PaletteModel
import Testing
@testable import Training

@Suite struct JudgeTrainingTests {
    /// "Human" palettes: vivid colours, darkest first then lighter (an order to learn);
    /// "others": greyish colours.
    private static func data(seed: UInt64) -> (humans: [[RGB8]], others: [[RGB8]]) {
        var rng = Xoshiro256(seed: seed)
        func vivid(_ lightness: Double) -> RGB8 {
            let h = Double(rng.uniform(0, 6.283))
            return RGB8(Lab(l: lightness, a: 60 * cos(h), b: 60 * sin(h)))
        }
        func grey() -> RGB8 {
            let l = Double(rng.uniform(20, 90))
            return RGB8(Lab(l: l, a: Double(rng.uniform(-6, 6)), b: Double(rng.uniform(-6, 6))))
        }
        let humans = (0..<400).map { _ in [25.0, 40, 55, 70, 85].map { vivid($0) } }
        let others = (0..<400).map { _ in (0..<5).map { _ in grey() } }
        return (humans, others)
    }

    @Test func theJudgeLearnsWhatHumanPalettesAndTheirOrdersLookLike() {
        let (humans, others) = Self.data(seed: 1)
        let (heldHumans, heldOthers) = Self.data(seed: 2)
        let training = JudgeTraining(steps: 300, batch: 32, learningRate: 3e-3, seed: 5)
        let judge = PaletteJudge(config: .init(setUnits: 16, orderUnits: 8), seed: 5)
        let before = training.accuracy(of: judge, humans: heldHumans, others: heldOthers)
        var losses: [Float] = []
        training.train(judge, humans: humans, others: others) { _, _, loss in losses.append(loss) }
        #expect(losses.count == 300)
        let after = training.accuracy(of: judge, humans: heldHumans, others: heldOthers)
        #expect(after.set > 0.95, "set accuracy \(before.set) -> \(after.set)")
        #expect(after.order > 0.9, "order accuracy \(before.order) -> \(after.order)")
        #expect(after.order > before.order)
        let early: Float = losses.prefix(20).reduce(0, +), late: Float = losses.suffix(20).reduce(0, +)
        #expect(late < early / 2)
    }

    @Test func shuffledPalettesChangeOrderButKeepTheirColours() {
        var rng = Xoshiro256(seed: 3)
        let palette = (0..<5).map { RGB8(r: UInt8($0 * 50), g: 10, b: 10) }
        for _ in 0..<20 {
            let s = JudgeTraining.shuffled(palette, using: &rng)
            #expect(s != palette && Set(s) == Set(palette))
        }
    }

    @Test func imageColourPalettesComeFromTheImage() throws {
        var pixels: [UInt8] = []
        let colours: [(UInt8, UInt8, UInt8)] = [(200, 30, 30), (30, 160, 60), (40, 50, 200), (230, 220, 60), (20, 20, 20), (240, 240, 240)]
        for y in 0..<60 { for x in 0..<60 { let c = colours[(x / 10 + y / 20) % colours.count]; pixels += [c.0, c.1, c.2, 255] } }
        let image = try #require(RGBAImage(width: 60, height: 60, pixels: pixels))
        let palettes = JudgeTraining.imageColourPalettes(of: image, size: 5, count: 6, seed: 1)
        #expect(palettes.count == 7)
        let inImage = colours.map { Lab(RGB8(r: $0.0, g: $0.1, b: $0.2)) }
        #expect(palettes.allSatisfy { $0.count == 5 })
        #expect(palettes.last == OklabKMeans().palette(of: image.pixels.withUnsafeBufferPointer { WeightedColors(rgba: $0) }, count: 5))
        // The choices (all but k-means' palette, whose means may blend two colours) are image colours.
        for p in palettes.dropLast() {
            for c in p {
                let nearest = inImage.map { deltaE76($0, Lab(c)) }.min() ?? .infinity
                #expect(nearest < 3)
            }
        }
    }
}

import ColorScience
import Foundation
import ImageIO
import PaletteData
import Testing
@testable import Training

@Suite struct DatasetBuilderTests {
    static let palettes: [[RGB8]] = {
        var random = ExampleRandom(seed: 99)
        return (0..<40).map { _ in
            (0..<5).map { _ in RGB8(r: UInt8(random.below(256)), g: UInt8(random.below(256)), b: UInt8(random.below(256))) }
        }
    }()

    static let corpus = ImageCorpus(images: [
        SyntheticImages.regions(),
        SyntheticImages.gradientWithAccent(),
        // Landscape: stored turned into portrait.
        SyntheticImages.make(width: 90, height: 50) { x, y in RGB8(r: UInt8(x * 2), g: UInt8(y * 4), b: 128) },
    ], paths: ["a", "b", "c"])

    @Test func corpusIsPortrait() {
        #expect(Self.corpus.images.allSatisfy { $0.height >= $0.width })
        #expect(Self.corpus.images[2].width == 50 && Self.corpus.images[2].height == 90)
    }

    @Test func sameSeedGivesIdenticalDataOnAnyThreadCount() throws {
        let one = try DatasetBuilder(palettes: Self.palettes, corpus: Self.corpus,
                                     configuration: DatasetConfiguration(seed: 5, retrievalShare: 0.3, threads: 1))
        let two = try DatasetBuilder(palettes: Self.palettes, corpus: Self.corpus,
                                     configuration: DatasetConfiguration(seed: 5, retrievalShare: 0.3, threads: 2))
        let a = one.build(0..<20)
        let b = two.build(0..<20)
        #expect(a.count == 20)
        #expect(a.images.count == 20 * 7680 && a.palettes.count == 20 * 15)
        #expect(a.images == b.images && a.palettes == b.palettes)
        // A range made alone equals the same slice of a longer build.
        let tail = two.build(12..<20)
        #expect(tail.images == Array(a.images[(12 * 7680)...]))
        let other = try DatasetBuilder(palettes: Self.palettes, corpus: Self.corpus,
                                       configuration: DatasetConfiguration(seed: 6, threads: 2)).build(0..<20)
        #expect(other.images != a.images)
    }

    @Test func progressCountsEveryExample() throws {
        let builder = try DatasetBuilder(palettes: Self.palettes, corpus: Self.corpus, configuration: DatasetConfiguration(seed: 1))
        let seen = Box()
        _ = builder.build(0..<40) { done in seen.record(done) }
        #expect(seen.last == 40)
        #expect(seen.values == seen.values.sorted())
    }

    @Test func recolouringTargetsAreTheHumanPaletteInOrder() throws {
        let builder = try DatasetBuilder(palettes: Self.palettes, corpus: Self.corpus, configuration: DatasetConfiguration(seed: 2))
        let encoded = Self.palettes.map(LabScaling.scaled)
        for i in 0..<12 {
            let example = builder.example(at: i)
            #expect(example.method == .recolouring)
            #expect(encoded.contains(example.palette))
            #expect(example.image.count == ModelInput.floatCount)
        }
    }

    @Test func retrievalPicksTheBestFittingPalette() throws {
        // Every palette is far from the corpus except the one made of the region colours.
        let regionPalette = [SyntheticImages.navy, SyntheticImages.beige, SyntheticImages.green, SyntheticImages.brown,
                             SyntheticImages.magenta]
        let far = (0..<30).map { i in [RGB8](repeating: RGB8(r: 255, g: UInt8(i), b: 255), count: 5) }
        let corpus = ImageCorpus(images: [SyntheticImages.regions()], paths: ["regions"])
        let builder = try DatasetBuilder(palettes: far + [regionPalette], corpus: corpus,
                                         configuration: DatasetConfiguration(seed: 3, retrievalShare: 1, cropScale: 1...1))
        let example = builder.example(at: 0)
        #expect(example.method == .retrieval)
        #expect(example.palette == LabScaling.scaled(regionPalette))
        #expect(example.image == ModelInput.encode(SyntheticImages.regions()))
    }

    @Test func rejectsBadInputs() {
        #expect(throws: TrainingDataError.noPalettes) {
            try DatasetBuilder(palettes: [], corpus: Self.corpus, configuration: DatasetConfiguration(seed: 0))
        }
        #expect(throws: TrainingDataError.noImages) {
            try DatasetBuilder(palettes: Self.palettes, corpus: ImageCorpus(images: [], paths: []), configuration: DatasetConfiguration(seed: 0))
        }
        #expect(throws: TrainingDataError.wrongColorCount(index: 1, count: 2)) {
            try DatasetBuilder(palettes: [Self.palettes[0], Array(Self.palettes[1].prefix(2))], corpus: Self.corpus,
                               configuration: DatasetConfiguration(seed: 0))
        }
    }
}

/// Collects progress reports from worker threads.
final class Box: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Int] = []
    var last: Int? { lock.lock(); defer { lock.unlock() }; return values.last }
    func record(_ v: Int) { lock.lock(); values.append(v); lock.unlock() }
}

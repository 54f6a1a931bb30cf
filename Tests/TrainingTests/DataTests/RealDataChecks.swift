import ColorScience
import Evaluation
import Extraction
import Foundation
import ImageIO
import PaletteData
import Testing
@testable import Training

/// Measurements on the shared corpus, off by default (slow, and they need the data). Run in a
/// release build:
///
///     PALETTE_DATA_CHECKS=1 swift test -c release --filter RealDataChecks
///
/// They print their figures and check them against the ranges DESIGN.md and issue 4 report.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PALETTE_DATA_CHECKS"] == "1"), .serialized)
struct RealDataChecks {
    static let root = ProcessInfo.processInfo.environment["PALETTE_DATA_ROOT"] ?? "/work/shared/data"

    static func humanPalettes() throws -> [[RGB8]] {
        try PaletteCSV.read(paths: ["pat_train.csv", "pat_val.csv", "colourlovers.csv"].map { root + "/palettes/" + $0 })
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func buildingTenThousandPairs() throws {
        let paths = try ImageFolder.list(Self.root + "/images")
        var corpus = ImageCorpus(images: [], paths: [])
        var failures: [ImageError] = []
        let loadTime = Self.seconds { (corpus, failures) = ImageCorpus.load(paths: paths) }
        print("corpus: \(corpus.count) images loaded (\(failures.count) failed) in \(String(format: "%.2f", loadTime)) s")
        #expect(corpus.count > 1000)
        let split = ValidationSplit().split(palettes: try Self.humanPalettes())
        for share in [0.0, 0.5] {
            let builder = try DatasetBuilder(palettes: split.training, corpus: corpus,
                                             configuration: DatasetConfiguration(seed: 1, retrievalShare: share))
            var pairs = PairSet(height: 64, width: 40, colors: 5)
            let buildTime = Self.seconds { pairs = builder.build(0..<10_000) }
            print("10,000 pairs, retrieval share \(share): \(String(format: "%.2f", buildTime)) s on 2 threads")
            #expect(pairs.count == 10_000)
        }
    }

    @Test func nearestNeighbourAccuracyOfReferenceSets() throws {
        let split = ValidationSplit().split(palettes: try Self.humanPalettes())
        var random = ExampleRandom(seed: 42)
        func sample<T>(_ items: [T], _ n: Int) -> [T] {
            var pool = items
            pool.shuffle(using: &random)
            return Array(pool.prefix(n))
        }
        let n = 300
        let heldOut = sample(split.validation, n)
        let human = sample(split.training, n)
        let uniform = (0..<n).map { _ in
            (0..<5).map { _ in RGB8(r: UInt8(random.below(256)), g: UInt8(random.below(256)), b: UInt8(random.below(256))) }
        }
        let paths = try ImageFolder.list(Self.root + "/images")
        let imageSplit = ValidationSplit().split(imagePaths: paths)
        let loader = ImageLoader()
        func kmeansPalettes(_ paths: [String]) throws -> [[RGB8]] {
            try paths.compactMap { path in
                let image = try loader.loadWorking(path: path, fitting: .extraction)
                let palette = try KMeansExtractor().extract(from: image, count: 5)
                return palette.count == 5 ? palette : nil
            }
        }
        let kmeansAll = try kmeansPalettes(sample(paths, n))
        let kmeansHeldOut = try kmeansPalettes(imageSplit.validation)
        let rows: [(String, [[RGB8]], [[RGB8]])] = [
            ("human (training split)", human, heldOut),
            ("uniform random", uniform, heldOut),
            ("k-means, \(kmeansAll.count) corpus images", kmeansAll, Array(heldOut.prefix(kmeansAll.count))),
            ("k-means, \(kmeansHeldOut.count) held-out images", kmeansHeldOut, Array(heldOut.prefix(kmeansHeldOut.count))),
        ]
        var results: [String: Double] = [:]
        for (name, generated, reference) in rows {
            let accuracy = try #require(NearestNeighbourTest.accuracy(generated, reference))
            let stats = PaletteSetStatistics(generated)
            results[name] = accuracy
            print(String(format: "1-NN %-32@ %.3f  near-dup %.3f  grey/brown %.3f  monotone L %.3f  median max C %.1f  variety %.1f",
                         name as NSString, accuracy, stats.nearDuplicateShare, stats.greyBrownShare,
                         stats.monotoneLightnessShare, stats.medianMaximumChroma, stats.variety))
        }
        #expect(abs(results["human (training split)"]! - 0.5) < 0.07)
        #expect(results["uniform random"]! > 0.8)
    }
}

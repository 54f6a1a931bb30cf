import ColorScience
import Evaluation
import Extraction
import Foundation
import ImageIO
import PaletteData
import PaletteModel

/// Measures trained models the way DESIGN.md section 5 judges palettes: realism of samples at
/// several intervals, and fit, realism and variety of palettes extracted from held-out images,
/// beside k-means and MMCQ on the same images.
public struct ModelEvaluation {
    /// Held-out human palettes (the reference for realism).
    public var humanPalettes: [[RGB8]]
    /// Held-out images, already at working size.
    public var images: [RGBAImage]
    /// Sampling intervals to report.
    public var intervals: [Float] = [0.5, 0.75, 1, 1.25, 1.5, 2]
    /// VAE-GAN noise draws per image.
    public var variants: Int = 8
    /// Seed of samples and noise draws.
    public var seed: UInt64 = 2024

    /// An evaluation against these palettes and images.
    public init(humanPalettes: [[RGB8]], images: [RGBAImage]) {
        self.humanPalettes = humanPalettes
        self.images = images
    }

    /// The held-out split of a palette corpus and an image folder (the trainer's split), with
    /// up to `maxPalettes` palettes and `maxImages` images.
    public static func heldOut(paletteFiles: [String], imageFolders: [String], maxPalettes: Int = 300,
                               maxImages: Int = 200) throws -> (palettes: [[RGB8]], images: [RGBAImage]) {
        let split = ValidationSplit()
        let palettes = split.split(palettes: try PaletteCSV.read(paths: paletteFiles)).validation
        var paths: [String] = []
        for folder in imageFolders { paths += try ImageFolder.list(folder) }
        let held = split.split(imagePaths: paths).validation
        let loader = ImageLoader()
        let images = try ValidationSplit.subset(imagePaths: held, count: maxImages).map {
            try loader.loadWorking(path: $0, fitting: .extraction)
        }
        return (ValidationSplit.subset(palettes, count: maxPalettes), images)
    }

    /// Runs every measure for the given models (either may be absent).
    public func run(vae: PaletteModel?, vaegan: PaletteModel?) throws -> EvaluationReport {
        let started = Date()
        var sampling: [EvaluationReport.Sampling] = []
        for model in [vae, vaegan].compactMap({ $0 }) {
            for interval in intervals {
                let samples = try model.sample(count: humanPalettes.count, interval: interval, seed: seed)
                let stats = PaletteSetStatistics(samples)
                sampling.append(.init(model: model.config.kind.rawValue, interval: Double(interval),
                                      realism: NearestNeighbourTest.accuracy(samples, humanPalettes) ?? .nan,
                                      greyShare: stats.greyBrownShare, monotoneShare: stats.monotoneLightnessShare,
                                      medianMaxChroma: stats.medianMaximumChroma, variety: stats.variety))
            }
        }

        var extraction: [EvaluationReport.Extraction] = []
        let kmeans = try images.map { try KMeansExtractor().extract(from: $0, count: 5) }
        let kmeansCoverage = coverages(kmeans)
        extraction.append(row("kmeans", kmeans, kmeansCoverage, kmeansCoverage))
        let mmcq = try images.map { try MMCQExtractor().extract(from: $0, count: 5) }
        extraction.append(row("mmcq", mmcq, coverages(mmcq), kmeansCoverage))
        var vaeCoverage: [Double]? = nil
        if let vae {
            let extractor = NeuralExtractor(model: vae)
            let palettes = try images.map { try extractor.extract(from: $0, count: 5) }
            vaeCoverage = coverages(palettes)
            extraction.append(row("vae", palettes, vaeCoverage!, kmeansCoverage))
        }
        if let vaegan {
            let extractor = NeuralExtractor(model: vaegan)
            let draws = try images.map { try extractor.variants(of: $0, count: 5, variants: variants, seed: seed) }
            let first = draws.map { $0[0] }
            var r = row("vaegan", first, coverages(first), kmeansCoverage)
            r.variety = draws.compactMap { Variety.meanPairwiseDistance($0) }.reduce(0, +) / Double(max(draws.count, 1))
            if let vaeCoverage {
                var ratios: [Double] = []
                for (i, set) in draws.enumerated() {
                    for palette in set {
                        if let c = ImageCoverage.error(palette: palette, rgba: images[i].pixels), vaeCoverage[i] > 0 {
                            ratios.append(c / vaeCoverage[i])
                        }
                    }
                }
                r.coverageVsVAE = ratios.reduce(0, +) / Double(max(ratios.count, 1))
                r.drawsWithinQuarterOfVAE = Double(ratios.filter { $0 <= 1.25 }.count) / Double(max(ratios.count, 1))
            }
            extraction.append(r)
        }
        return EvaluationReport(humanPalettes: humanPalettes.count, images: images.count, sampling: sampling,
                                extraction: extraction, seconds: Date().timeIntervalSince(started))
    }

    private func coverages(_ palettes: [[RGB8]]) -> [Double] {
        zip(palettes, images).map { ImageCoverage.error(palette: $0, rgba: $1.pixels) ?? .nan }
    }

    private func row(_ method: String, _ palettes: [[RGB8]], _ coverage: [Double],
                     _ kmeans: [Double]) -> EvaluationReport.Extraction {
        // Palettes of fewer colours (images with fewer distinct colours) cannot be compared by
        // one-to-one matching; realism is measured on the full ones.
        let full = palettes.filter { $0.count == 5 }
        let stats = PaletteSetStatistics(palettes)
        let mean = coverage.reduce(0, +) / Double(max(coverage.count, 1))
        let kmeansMean = kmeans.reduce(0, +) / Double(max(kmeans.count, 1))
        return .init(method: method, coverage: mean, coverageVsKMeans: mean / kmeansMean,
                     realism: NearestNeighbourTest.accuracy(full, Array(humanPalettes.prefix(full.count))) ?? .nan,
                     nearDuplicateShare: stats.nearDuplicateShare, monotoneShare: stats.monotoneLightnessShare,
                     medianMaxChroma: stats.medianMaximumChroma)
    }
}

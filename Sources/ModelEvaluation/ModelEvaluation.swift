import ColorScience
import Evaluation
import Extraction
import Foundation
import ImageIO
import PaletteData
import PaletteModel
import Training

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
    /// How the neural extractors snap to image swatches (used when `chooser` is nil).
    public var snapping = SwatchSnapping()
    /// How the neural extractors choose palettes among the image's candidate colours.
    public var chooser: PaletteChooser? = PaletteChooser()
    /// Temperature of the neural extractors' drawn colour order.
    public var orderTemperature: Float = ModelJudging.defaultTemperature
    /// Whether to measure sampled palettes (false: extraction only).
    public var measuresSampling = true
    /// Whether to measure the fit to held-out crops recoloured to held-out human palettes.
    public var measuresRecolouredFit = true
    /// Seed of samples and noise draws.
    public var seed: UInt64 = 2024
    /// Independent sample sets per interval; realism is their mean (one set of 300 varies by
    /// about +-0.03 from seed to seed).
    public var sampleRepeats: Int = 5

    /// An evaluation against these palettes and images.
    public init(humanPalettes: [[RGB8]], images: [RGBAImage]) {
        self.humanPalettes = humanPalettes
        self.images = images
    }

    /// The held-out split of a palette corpus and an image folder (the trainer's split), with
    /// up to `maxPalettes` palettes and `maxImages` images.
    ///
    /// With `training`, the same number is taken from the training split instead: data the
    /// models saw, for tuning extraction settings without touching the held-out figures.
    public static func heldOut(paletteFiles: [String], imageFolders: [String], maxPalettes: Int = 300,
                               maxImages: Int = 200, training: Bool = false) throws -> (palettes: [[RGB8]], images: [RGBAImage]) {
        let split = ValidationSplit()
        let palettesSplit = split.split(palettes: try PaletteCSV.read(paths: paletteFiles))
        let palettes = training ? palettesSplit.training : palettesSplit.validation
        var paths: [String] = []
        for folder in imageFolders { paths += try ImageFolder.list(folder) }
        let imageSplit = split.split(imagePaths: paths)
        let held = training ? imageSplit.training : imageSplit.validation
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
        for model in [vae, vaegan].compactMap({ $0 }) where measuresSampling {
            for interval in intervals {
                var realism: [Double] = []
                for r in 0..<max(sampleRepeats, 1) {
                    let set = try model.sample(count: humanPalettes.count, interval: interval, seed: seed &+ UInt64(r))
                    realism.append(NearestNeighbourTest.accuracy(set, humanPalettes) ?? .nan)
                }
                let samples = try model.sample(count: humanPalettes.count, interval: interval, seed: seed)
                let stats = PaletteSetStatistics(samples)
                sampling.append(.init(model: model.config.kind.rawValue, interval: Double(interval),
                                      realism: realism.reduce(0, +) / Double(realism.count),
                                      realismRange: (realism.min() ?? .nan)...(realism.max() ?? .nan),
                                      greyShare: stats.greyBrownShare, monotoneShare: stats.monotoneLightnessShare,
                                      medianMaxChroma: stats.medianMaximumChroma, variety: stats.variety))
            }
        }

        var extraction: [EvaluationReport.Extraction] = []
        let kmeansExtractor = KMeansExtractor()
        let kmeans = try images.map { try kmeansExtractor.extract(from: $0, count: 5) }
        let checks = zip(images, kmeans).map { AccentCheck(image: $0, kmeans: $1) }
        let recoloured = recolouredCrops()
        let kmeansCoverage = coverages(kmeans)
        func measure(_ method: String, _ palettes: [[RGB8]], _ extract: (RGBAImage) throws -> [RGB8]) throws -> EvaluationReport.Extraction {
            var r = row(method, palettes, coverages(palettes), kmeansCoverage)
            let kept = zip(checks, palettes).compactMap { $0.keepsAccent($1) }
            r.accentKept = Double(kept.filter { $0 }.count) / Double(max(kept.count, 1))
            r.chromaReached = Double(zip(checks, palettes).filter { $0.reachesChroma($1) }.count) / Double(max(palettes.count, 1))
            // Crops whose palette has fewer colours than the target cannot be matched one to one.
            let fits = try recoloured.compactMap { crop in try? PaletteMetrics.distance(try extract(crop.image), crop.target) }
            r.recolouredFit = fits.isEmpty ? nil : fits.reduce(0, +) / Double(fits.count)
            return r
        }
        extraction.append(try measure("kmeans", kmeans) { try kmeansExtractor.extract(from: $0, count: 5) })
        let mmcqExtractor = MMCQExtractor()
        let mmcq = try images.map { try mmcqExtractor.extract(from: $0, count: 5) }
        extraction.append(try measure("mmcq", mmcq) { try mmcqExtractor.extract(from: $0, count: 5) })
        var vaeCoverage: [Double]? = nil
        if let vae {
            let extractor = NeuralExtractor(model: vae, snapping: snapping, chooser: chooser, orderTemperature: orderTemperature)
            let palettes = try images.map { try extractor.extract(from: $0, count: 5) }
            vaeCoverage = coverages(palettes)
            extraction.append(try measure("vae", palettes) { try extractor.extract(from: $0, count: 5) })
        }
        if let vaegan {
            let extractor = NeuralExtractor(model: vaegan, snapping: snapping, chooser: chooser, orderTemperature: orderTemperature)
            let draws = try images.map { try extractor.variants(of: $0, count: 5, variants: variants, seed: seed) }
            let first = draws.map { $0[0] }
            var r = try measure("vaegan", first) { try extractor.extract(from: $0, count: 5) }
            r.variety = draws.compactMap { Variety.meanPairwiseDistance($0) }.reduce(0, +) / Double(max(draws.count, 1))
            var toBest: [Double] = []
            for (i, set) in draws.enumerated() {
                let c = set.compactMap { ImageCoverage.error(palette: $0, rgba: images[i].pixels) }
                if let best = c.min(), best > 0 { toBest += c.map { $0 / best } }
            }
            r.drawsWithinBest = Double(toBest.filter { $0 <= 1.3 }.count) / Double(max(toBest.count, 1))
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
        return EvaluationReport(humanPalettes: humanPalettes.count, images: images.count,
                                accentImages: checks.filter { $0.accent != nil }.count, sampling: sampling,
                                extraction: extraction, seconds: Date().timeIntervalSince(started))
    }

    /// A crop of each image recoloured to a human palette (the trainer's recolouring): the one
    /// kind of (image, human palette) pair with a known answer.
    private func recolouredCrops() -> [(image: RGBAImage, target: [RGB8])] {
        guard measuresRecolouredFit, !humanPalettes.isEmpty else { return [] }
        return images.enumerated().map { i, image in
            var random = ExampleRandom(seed: seed, index: i)
            let crop = RandomCrop.crop(image, scale: 0.6...1.0, using: &random)
            let target = humanPalettes[(i * 7919) % humanPalettes.count]
            return (Recolouring().recolour(crop, to: target, using: &random), target)
        }
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
                     medianMaxChroma: stats.medianMaximumChroma, accentKept: 0, chromaReached: 0)
    }
}

import ColorScience
import Foundation
import ImageIO
import PaletteData

/// Where a training run's data comes from, as named on the command line, and how it becomes
/// `TrainingData`: human palettes split into training and validation, images split likewise and
/// paired with palettes (DESIGN.md section 4), plus any real (image, palette) pairs.
public struct DataSources: Sendable {
    /// Palette CSV files (`c1,...,c5`).
    public var paletteFiles: [String]
    /// Folders of images to crop and pair with palettes.
    public var imageFolders: [String]
    /// Real pairs: a CSV `image,c1,...,c5` and the folder its image paths are relative to.
    public var pairFile: (csv: String, folder: String)?
    /// Generated pairs per epoch's pool for training (the validation pool is a tenth of it).
    public var examples: Int
    /// Share of generated pairs made by retrieval instead of recolouring.
    public var retrievalShare: Double
    /// Held-out share of palettes and images.
    public var validationFraction: Double

    /// Sources with the defaults: 20,000 generated pairs, recolouring only, 10% held out.
    public init(paletteFiles: [String], imageFolders: [String], pairFile: (csv: String, folder: String)? = nil,
                examples: Int = 20_000, retrievalShare: Double = 0, validationFraction: Double = 0.1) {
        self.paletteFiles = paletteFiles
        self.imageFolders = imageFolders
        self.pairFile = pairFile
        self.examples = examples
        self.retrievalShare = retrievalShare
        self.validationFraction = validationFraction
    }

    /// What was loaded, for the log and the weights file's metadata.
    public struct Summary: Sendable {
        /// Human palettes for training / validation.
        public var palettes: (training: Int, validation: Int)
        /// Images for training / validation.
        public var images: (training: Int, validation: Int)
        /// Real pairs read from the pair file.
        public var realPairs: Int
        /// Files that could not be read (path and reason), left out of the data.
        public var skipped: [String]
    }

    /// Progress while loading: a phase name and (done, total).
    public typealias Progress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void

    /// Reads and pairs everything. Deterministic for a given seed, whatever `threads`.
    public func load(seed: UInt64, threads: Int, progress: Progress? = nil) throws -> (TrainingData, Summary) {
        let split = ValidationSplit(fraction: validationFraction)
        let allPalettes = try PaletteCSV.read(paths: paletteFiles)
        let (trainPalettes, validationPalettes) = split.split(palettes: allPalettes)
        var paths: [String] = []
        for folder in imageFolders { paths += try ImageFolder.list(folder) }
        let (trainPaths, validationPaths) = split.split(imagePaths: paths)
        var skipped: [String] = []

        func corpus(_ paths: [String], phase: String) -> ImageCorpus {
            let total = paths.count
            let (corpus, failures) = ImageCorpus.load(paths: paths, threads: threads) { done in
                progress?(phase, done, total)
            }
            skipped += failures.map { "\($0.path ?? "?"): \($0.reason)" }
            return corpus
        }
        func build(_ palettes: [[RGB8]], _ corpus: ImageCorpus, count: Int, seed: UInt64, phase: String) throws -> PairSet {
            let config = DatasetConfiguration(seed: seed, retrievalShare: retrievalShare, threads: threads)
            let builder = try DatasetBuilder(palettes: palettes, corpus: corpus, configuration: config)
            return builder.build(0..<count) { done in progress?(phase, done, count) }
        }

        var pairs = PairSet(height: ModelInput.height, width: ModelInput.width, colors: PaletteCSV.colorCount)
        var validationPairs = pairs
        if !trainPaths.isEmpty {
            pairs = try build(trainPalettes, corpus(trainPaths, phase: "loading training images"),
                              count: examples, seed: seed, phase: "pairing training images")
            if !validationPaths.isEmpty {
                validationPairs = try build(validationPalettes, corpus(validationPaths, phase: "loading validation images"),
                                            count: max(examples / 10, 1), seed: seed ^ 0x5A5A, phase: "pairing validation images")
            }
        }
        var realPairs = 0
        if let pairFile {
            // Real pairs are split by image name too, so validation never sees a training image.
            let list = try PairedCSV.read(path: pairFile.csv, imageFolder: pairFile.folder)
            let held = list.filter { split.isValidation(key: ValidationSplit.key(ofImagePath: $0.imagePath)) }
            let kept = list.filter { !split.isValidation(key: ValidationSplit.key(ofImagePath: $0.imagePath)) }
            for (part, isValidation) in [(kept, false), (held, true)] where !part.isEmpty {
                let (real, failures) = PairedDataset.load(part, threads: threads) { done in
                    progress?("loading paired images", done, part.count)
                }
                skipped += failures.map { "\($0.path ?? "?"): \($0.reason)" }
                realPairs += real.count
                if isValidation { validationPairs.append(contentsOf: real) } else { pairs.append(contentsOf: real) }
            }
        }
        let data = TrainingData(pairs: pairs, palettes: trainPalettes.flatMap(LabScaling.scaled),
                                validationPairs: validationPairs,
                                validationPalettes: validationPalettes.flatMap(LabScaling.scaled))
        let summary = Summary(palettes: (trainPalettes.count, validationPalettes.count),
                              images: (trainPaths.count, validationPaths.count), realPairs: realPairs, skipped: skipped)
        return (data, summary)
    }
}


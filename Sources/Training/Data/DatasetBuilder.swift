import ColorScience
import ImageIO
import PaletteData

/// How `DatasetBuilder` makes examples.
public struct DatasetConfiguration: Sendable, Equatable {
    /// The global seed: with the same seed, palettes and images, example i is the same
    /// bit for bit, whatever the thread count.
    public var seed: UInt64
    /// Share of examples made by retrieval instead of recolouring, 0...1. Default 0: the pilot
    /// found recolouring-only pairs give more realistic, less grey samples.
    public var retrievalShare: Double
    /// Crop size as a share of the largest 40:64 rectangle of the image (default 0.5...1).
    public var cropScale: ClosedRange<Double>
    /// Retrieval: how many palettes pass the prefilter to the exact distance (default 200).
    public var retrievalCandidates: Int
    /// Retrieval: the target is drawn uniformly from this many best-fitting palettes
    /// (default 1: always the best).
    public var retrievalChoices: Int
    /// Threads used to build (default 2).
    public var threads: Int

    /// A configuration with the defaults above.
    public init(seed: UInt64, retrievalShare: Double = 0, cropScale: ClosedRange<Double> = 0.5...1.0,
                retrievalCandidates: Int = 200, retrievalChoices: Int = 1, threads: Int = 2) {
        self.seed = seed
        self.retrievalShare = min(max(retrievalShare, 0), 1)
        self.cropScale = cropScale
        self.retrievalCandidates = max(1, retrievalCandidates)
        self.retrievalChoices = max(1, retrievalChoices)
        self.threads = max(1, threads)
    }
}

/// How an example's pair was made.
public enum PairingMethod: String, Sendable, Equatable {
    /// A crop recoloured to a human palette (`Recolouring`).
    case recolouring
    /// An untouched crop with the best-fitting human palette (`PaletteRetrieval`).
    case retrieval
}

/// One example: a model input (7,680 floats) and its target palette (15 floats), both scaled Lab
/// (`LabScaling`).
public struct TrainingExample: Sendable, Equatable {
    /// The model input, [64, 40, 3].
    public var image: [Float]
    /// The target palette, [5, 3], in the human palette's own order.
    public var palette: [Float]
    /// How the pair was made.
    public var method: PairingMethod
}

/// Why a dataset cannot be made.
public enum TrainingDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No palettes were given.
    case noPalettes
    /// No images were given (or none could be loaded).
    case noImages
    /// A palette does not have five colours; `index` is its position in the list.
    case wrongColorCount(index: Int, count: Int)

    public var description: String {
        switch self {
        case .noPalettes: "no palettes to train on"
        case .noImages: "no images to train on"
        case .wrongColorCount(let index, let count):
            "palette \(index + 1) has \(count) colours; the models use palettes of \(PaletteCSV.colorCount)"
        }
    }
}

/// Makes (image, human palette) training examples from separate palettes and images (DESIGN
/// section 4). Example i is drawn from its own generator (`ExampleRandom(seed:index:)`):
/// an image uniformly, a crop (`RandomCrop`), then with probability `retrievalShare` the
/// best-fitting palette of the untouched crop (`PaletteRetrieval` against the crop's own
/// 5-colour `LabKMeans` palette), otherwise a palette drawn uniformly and the crop recoloured to
/// it (`Recolouring`). The paper's flips are left to batching (the trainer draws them per step),
/// so they differ between epochs. Any example, or range of examples, can be made alone,
/// in any order, on any number of threads, with identical results.
public struct DatasetBuilder: Sendable {
    /// The human palettes (five colours each).
    public let palettes: [[RGB8]]
    /// The images crops are taken from.
    public let corpus: ImageCorpus
    /// The settings.
    public let configuration: DatasetConfiguration
    /// The recolouring used for method 1.
    public var recolouring = Recolouring()
    private let retrieval: PaletteRetrieval?

    /// A builder over `palettes` and `corpus`.
    /// - Throws: `.noPalettes`, `.noImages`, or `.wrongColorCount` for the first palette without
    ///   five colours.
    public init(palettes: [[RGB8]], corpus: ImageCorpus, configuration: DatasetConfiguration) throws(TrainingDataError) {
        guard !palettes.isEmpty else { throw .noPalettes }
        guard corpus.count > 0 else { throw .noImages }
        if let bad = palettes.firstIndex(where: { $0.count != PaletteCSV.colorCount }) {
            throw .wrongColorCount(index: bad, count: palettes[bad].count)
        }
        self.palettes = palettes
        self.corpus = corpus
        self.configuration = configuration
        retrieval = configuration.retrievalShare > 0 ? PaletteRetrieval(palettes: palettes) : nil
    }

    /// Example `index` (any non-negative integer; an epoch can use a fresh range).
    public func example(at index: Int) -> TrainingExample {
        var random = ExampleRandom(seed: configuration.seed, index: index)
        let image = corpus.images[random.below(corpus.count)]
        let crop = RandomCrop.crop(image, scale: configuration.cropScale, using: &random).compositedOnWhite()
        let useRetrieval = random.unit() < configuration.retrievalShare
        let input: [Float]
        let target: [Float]
        let method: PairingMethod
        if useRetrieval, let retrieval {
            let lab = crop.pixels.withUnsafeBufferPointer { PixelConversion.lab(rgba: $0) }
            var own = recolouring.kmeans.centers(of: lab, using: &random)
            while own.count < 15 { own += own.prefix(3) }  // pad a crop of few colours
            let best = retrieval.nearest(to: Array(own.prefix(15)), count: configuration.retrievalChoices,
                                         candidates: configuration.retrievalCandidates)
            let choice = best[random.below(best.count)].index
            input = ModelInput.encode(crop)
            target = LabScaling.scaled(palettes[choice])
            method = .retrieval
        } else {
            let palette = palettes[random.below(palettes.count)]
            input = ModelInput.encode(recolouring.recolour(crop, to: palette, using: &random))
            target = LabScaling.scaled(palette)
            method = .recolouring
        }
        return TrainingExample(image: input, palette: target, method: method)
    }

    /// Examples `range` (for example 0..<10_000, or a fresh range per epoch) made on
    /// `configuration.threads` threads, as a `PairSet` of 64 x 40 images and 5-colour palettes
    /// in index order. `progress`, if given, receives the number of examples made so far, from
    /// the worker threads.
    public func build(_ range: Range<Int>, progress: (@Sendable (Int) -> Void)? = nil) -> PairSet {
        let start = range.lowerBound
        let made = ParallelMap.map(count: range.count, threads: configuration.threads, progress: progress) { i in
            example(at: start + i)
        }
        var set = PairSet(height: ModelInput.height, width: ModelInput.width, colors: PaletteCSV.colorCount)
        set.images.reserveCapacity(range.count * ModelInput.floatCount)
        set.palettes.reserveCapacity(range.count * 3 * PaletteCSV.colorCount)
        for example in made { set.append(image: example.image, palette: example.palette) }
        return set
    }
}

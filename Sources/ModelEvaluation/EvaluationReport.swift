/// The figures `ModelEvaluation` measures (DESIGN.md section 5), ready to print.
public struct EvaluationReport: Sendable, Codable {
    /// Realism and character of palettes sampled from a model at one interval.
    public struct Sampling: Sendable, Codable {
        /// `vae` or `vaegan`.
        public var model: String
        /// Standard deviation of the prior draw.
        public var interval: Double
        /// Leave-one-out 1-NN accuracy against held-out human palettes (0.5 = indistinguishable).
        public var realism: Double
        /// Lowest and highest realism over the repeated sample sets.
        public var realismRange: ClosedRange<Double>
        /// Share of palettes collapsed to grey or brown.
        public var greyShare: Double
        /// Share of palettes whose lightness is monotone along the palette.
        public var monotoneShare: Double
        /// Median over palettes of the most saturated colour's CIE chroma.
        public var medianMaxChroma: Double
        /// Mean pairwise palette distance among the samples (CIE Lab units).
        public var variety: Double
    }

    /// How one extraction method does on held-out images.
    public struct Extraction: Sendable, Codable {
        /// Method name: kmeans, mmcq, vae, vaegan.
        public var method: String
        /// Mean coverage error over images (mean Oklab distance from pixels to the nearest
        /// palette colour; lower is better).
        public var coverage: Double
        /// `coverage` divided by k-means' coverage on the same images.
        public var coverageVsKMeans: Double
        /// 1-NN accuracy of the extracted palettes against held-out human palettes.
        public var realism: Double
        /// Share of palettes with two colours closer than 3 CIE Lab units.
        public var nearDuplicateShare: Double
        /// Share of palettes whose lightness is monotone along the palette.
        public var monotoneShare: Double
        /// Median of each palette's most saturated colour's CIE chroma.
        public var medianMaxChroma: Double
        /// Share of the images with an accent k-means misses (`AccentCheck`) whose palette keeps it.
        public var accentKept: Double
        /// Share of palettes whose most saturated colour reaches 0.75 of the image's
        /// 95th-percentile chroma.
        public var chromaReached: Double
        /// Mean palette distance (CIE Lab) to the human palette a held-out crop was recoloured
        /// to (lower is better; nil when not measured).
        public var recolouredFit: Double?
        /// VAE-GAN only: mean pairwise palette distance among the draws for one image, averaged
        /// over images (CIE Lab units).
        public var variety: Double?
        /// VAE-GAN only: share of draws whose coverage error is within 30% of the best draw's
        /// for the same image.
        public var drawsWithinBest: Double?
        /// VAE-GAN only: mean over draws and images of (draw's coverage / VAE's coverage).
        public var coverageVsVAE: Double?
        /// VAE-GAN only: share of draws whose coverage is within 25% of the VAE's.
        public var drawsWithinQuarterOfVAE: Double?
    }

    /// Held-out human palettes compared against.
    public var humanPalettes: Int
    /// Held-out images extracted from.
    public var images: Int
    /// Of those, images with an accent k-means misses.
    public var accentImages: Int
    /// Sampling rows, per model and interval.
    public var sampling: [Sampling]
    /// Extraction rows, per method.
    public var extraction: [Extraction]
    /// Seconds the evaluation took.
    public var seconds: Double
}

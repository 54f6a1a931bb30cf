/// (image, palette) pairs in contiguous arrays, ready for batching.
///
/// `images` holds `count` images of `height x width x 3` scaled Lab values (row-major, NHWC);
/// `palettes` holds `count` palettes of `colors x 3` scaled Lab values, in the same order.
public struct PairSet: Sendable {
    /// Image height in pixels.
    public let height: Int
    /// Image width in pixels.
    public let width: Int
    /// Colours per palette.
    public let colors: Int
    /// `count * height * width * 3` values.
    public var images: [Float]
    /// `count * colors * 3` values.
    public var palettes: [Float]

    /// Number of pairs.
    public var count: Int { palettes.count / (colors * 3) }
    /// Values per image.
    public var imageSize: Int { height * width * 3 }
    /// Values per palette.
    public var paletteSize: Int { colors * 3 }

    /// An empty set for images of `height x width` and palettes of `colors` colours.
    public init(height: Int, width: Int, colors: Int) {
        self.height = height
        self.width = width
        self.colors = colors
        images = []
        palettes = []
    }

    /// Appends one pair (sizes must match).
    public mutating func append(image: [Float], palette: [Float]) {
        precondition(image.count == imageSize && palette.count == paletteSize, "pair of the wrong size")
        images += image
        palettes += palette
    }

    /// Appends every pair of `other` (same sizes).
    public mutating func append(contentsOf other: PairSet) {
        precondition(other.imageSize == imageSize && other.paletteSize == paletteSize, "pairs of the wrong size")
        images += other.images
        palettes += other.palettes
    }
}

/// What a training run learns from: pairs for the image path, human palettes for the palette
/// path and the discriminator, and held-out versions of both for validation.
public struct TrainingData: Sendable {
    /// Training pairs.
    public var pairs: PairSet
    /// Human palettes, `colors * 3` scaled Lab values each.
    public var palettes: [Float]
    /// Held-out pairs.
    public var validationPairs: PairSet
    /// Held-out human palettes.
    public var validationPalettes: [Float]

    /// Bundles the four parts.
    public init(pairs: PairSet, palettes: [Float], validationPairs: PairSet, validationPalettes: [Float]) {
        self.pairs = pairs
        self.palettes = palettes
        self.validationPairs = validationPairs
        self.validationPalettes = validationPalettes
    }
}

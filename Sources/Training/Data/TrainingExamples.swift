import PaletteData

/// A set of (image, palette) training examples in contiguous storage, ready for batching:
/// `images` holds `count` model inputs ([count, 64, 40, 3], row-major, normalised Lab) and
/// `palettes` the matching palettes ([count, 5, 3], normalised Lab, the palette's own order).
public struct TrainingExamples: Sendable, Equatable {
    /// Number of examples.
    public private(set) var count: Int
    /// `count * ModelInput.floatCount` floats.
    public private(set) var images: [Float]
    /// `count * PaletteEncoding.floatCount` floats.
    public private(set) var palettes: [Float]

    /// Examples from flat buffers; nil unless both hold whole examples of the same count.
    public init?(images: [Float], palettes: [Float]) {
        guard images.count % ModelInput.floatCount == 0, palettes.count % PaletteEncoding.floatCount == 0,
              images.count / ModelInput.floatCount == palettes.count / PaletteEncoding.floatCount else { return nil }
        self.count = images.count / ModelInput.floatCount
        self.images = images
        self.palettes = palettes
    }

    /// No examples.
    public init() {
        count = 0
        images = []
        palettes = []
    }

    /// Appends the examples of `other`.
    public mutating func append(contentsOf other: TrainingExamples) {
        count += other.count
        images += other.images
        palettes += other.palettes
    }

    /// The examples at `indices` (each in 0..<count, repeats allowed), in that order, copied
    /// into one batch.
    public func batch<C: Collection>(_ indices: C) -> TrainingBatch where C.Element == Int {
        var batchImages: [Float] = []
        var batchPalettes: [Float] = []
        batchImages.reserveCapacity(indices.count * ModelInput.floatCount)
        batchPalettes.reserveCapacity(indices.count * PaletteEncoding.floatCount)
        for i in indices {
            batchImages += images[(i * ModelInput.floatCount)..<((i + 1) * ModelInput.floatCount)]
            batchPalettes += palettes[(i * PaletteEncoding.floatCount)..<((i + 1) * PaletteEncoding.floatCount)]
        }
        return TrainingBatch(count: indices.count, images: batchImages, palettes: batchPalettes)
    }
}

/// One batch: `images` is [count, 64, 40, 3] and `palettes` [count, 5, 3], both row-major
/// normalised Lab (`LabNormalization`).
public struct TrainingBatch: Sendable, Equatable {
    /// Number of examples in the batch.
    public var count: Int
    /// `count * 7,680` floats.
    public var images: [Float]
    /// `count * 15` floats.
    public var palettes: [Float]

    /// A batch of `count` examples from flat buffers of matching sizes.
    public init(count: Int, images: [Float], palettes: [Float]) {
        self.count = count
        self.images = images
        self.palettes = palettes
    }
}

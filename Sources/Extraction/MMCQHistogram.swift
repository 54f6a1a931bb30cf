/// Pixel counts over the 32 x 32 x 32 cells of RGB space that MMCQ works on (the top 5 bits of
/// each 8-bit sRGB channel).
public struct MMCQHistogram: Sendable, Equatable {
    /// Bits kept per channel.
    static let bits = 5
    /// Right shift from an 8-bit channel to its cell index.
    static let shift = 8 - bits
    /// Cells per axis.
    static let side = 1 << bits

    /// Counts indexed by `r << 10 | g << 5 | b`, each index 0..<32.
    private(set) var counts: [Int]
    /// Number of pixels counted.
    public private(set) var total: Int = 0

    /// An empty histogram.
    public init() {
        counts = [Int](repeating: 0, count: Self.side * Self.side * Self.side)
    }

    /// Counts one pixel given as 8-bit sRGB channels.
    public mutating func add(r: UInt8, g: UInt8, b: UInt8) {
        let index = Int(r >> 3) << 10 | Int(g >> 3) << 5 | Int(b >> 3)
        counts[index] += 1
        total += 1
    }

    /// The count of the cell with 5-bit coordinates `r`, `g`, `b` (each 0..<32).
    subscript(r: Int, g: Int, b: Int) -> Int {
        counts[r << 10 | g << 5 | b]
    }

    /// The smallest box holding every counted pixel, or nil when nothing was counted.
    func boundingBox() -> MMCQBox? {
        guard total > 0 else { return nil }
        var lo = (Self.side, Self.side, Self.side)
        var hi = (-1, -1, -1)
        for index in counts.indices where counts[index] != 0 {
            let r = index >> 10, g = (index >> 5) & 31, b = index & 31
            lo = (min(lo.0, r), min(lo.1, g), min(lo.2, b))
            hi = (max(hi.0, r), max(hi.1, g), max(hi.2, b))
        }
        return MMCQBox(r1: lo.0, r2: hi.0, g1: lo.1, g2: hi.1, b1: lo.2, b2: hi.2, histogram: self)
    }
}

extension MMCQHistogram {
    /// The histogram of the pixels colorthief 0.2.1 samples from an RGBA8 image: every
    /// `quality`-th pixel in row-major order starting with the first, keeping those with
    /// alpha >= 125 that are not near-white (all three channels above 250).
    ///
    /// - Parameters:
    ///   - rgba: interleaved RGBA8 pixels, row-major, 4 bytes per pixel.
    ///   - quality: sampling stride, at least 1 (colorthief's default is 10).
    public init(colorThiefSamplesOf rgba: UnsafeBufferPointer<UInt8>, quality: Int) {
        self.init()
        let pixelCount = rgba.count / 4
        for pixel in stride(from: 0, to: pixelCount, by: max(1, quality)) {
            let o = pixel * 4
            let r = rgba[o], g = rgba[o + 1], b = rgba[o + 2], a = rgba[o + 3]
            guard a >= 125, !(r > 250 && g > 250 && b > 250) else { continue }
            add(r: r, g: g, b: b)
        }
    }
}

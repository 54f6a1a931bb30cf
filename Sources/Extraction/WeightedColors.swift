import ColorScience

/// The colours of an image reduced to weighted samples: the occupied cells of an RGB histogram
/// with `bitsPerChannel` bits per channel, each carrying its pixel count and the mean colour of
/// its pixels (averaged in linear light) in Oklab. Fully transparent pixels are skipped.
///
/// Clustering these instead of the pixels keeps k-means fast: a photo at working size occupies a
/// few thousand cells, whatever its pixel count.
public struct WeightedColors: Sendable {
    /// Oklab lightness of each sample, 0...1.
    public private(set) var l: [Float] = []
    /// Oklab a of each sample, about -0.4...0.4.
    public private(set) var a: [Float] = []
    /// Oklab b of each sample, about -0.4...0.4.
    public private(set) var b: [Float] = []
    /// Pixel count of each sample, > 0.
    public private(set) var weight: [Float] = []

    /// Number of samples (occupied cells).
    public var count: Int { weight.count }

    /// Bits per channel used when none are given: 32 levels per channel, cells about 8 sRGB
    /// steps wide, well under a just noticeable difference once the cell mean is used.
    public static let defaultBitsPerChannel = 5

    /// Builds the samples from interleaved RGBA8 pixels (4 bytes per pixel, row-major).
    ///
    /// - Parameter bitsPerChannel: histogram resolution, 1...8.
    public init(rgba: UnsafeBufferPointer<UInt8>, bitsPerChannel: Int = defaultBitsPerChannel) {
        let bits = min(max(bitsPerChannel, 1), 8)
        let shift = UInt8(8 - bits)
        let cells = 1 << (3 * bits)
        var counts = [Int32](repeating: 0, count: cells)
        var sums = [Double](repeating: 0, count: cells * 3)
        let linear = SRGBTransfer.linearTable
        counts.withUnsafeMutableBufferPointer { counts in
            sums.withUnsafeMutableBufferPointer { sums in
                linear.withUnsafeBufferPointer { linear in
                    var o = 0
                    while o + 3 < rgba.count {
                        if rgba[o + 3] != 0 {
                            let r = rgba[o], g = rgba[o + 1], bl = rgba[o + 2]
                            let cell = (Int(r >> shift) << (2 * bits)) | (Int(g >> shift) << bits) | Int(bl >> shift)
                            counts[cell] &+= 1
                            sums[3 * cell] += linear[Int(r)]
                            sums[3 * cell + 1] += linear[Int(g)]
                            sums[3 * cell + 2] += linear[Int(bl)]
                        }
                        o += 4
                    }
                }
            }
        }
        for cell in 0..<cells where counts[cell] > 0 {
            let n = Double(counts[cell])
            let mean = LinearRGB(r: sums[3 * cell] / n, g: sums[3 * cell + 1] / n, b: sums[3 * cell + 2] / n)
            append(Oklab(mean), weight: Float(n))
        }
    }

    /// Samples given directly (for tests and callers with their own weighting).
    public init(colors: [Oklab], weights: [Float]) {
        for (color, weight) in zip(colors, weights) where weight > 0 { append(color, weight: weight) }
    }

    private mutating func append(_ color: Oklab, weight w: Float) {
        l.append(Float(color.l))
        a.append(Float(color.a))
        b.append(Float(color.b))
        weight.append(w)
    }

    /// The sample at `index` as an Oklab colour.
    public func color(at index: Int) -> Oklab {
        Oklab(l: Double(l[index]), a: Double(a[index]), b: Double(b[index]))
    }
}

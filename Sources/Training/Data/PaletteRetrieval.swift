import ColorScience
import Evaluation

/// The human palettes that best fit a given palette (DESIGN section 4, method 2): a cheap
/// prefilter, then the exact palette distance (`PaletteDistance`, CIE76 with optimal matching).
///
/// Prefilter: each palette's colours sorted by lightness and concatenated (15 Lab values); the
/// `candidates` palettes nearest in that space (squared Euclidean distance) go on to the exact
/// distance. The sorted-lightness pairing is one possible matching, so the feature distance
/// tends to rank palettes as the exact distance does, without guaranteeing it.
public struct PaletteRetrieval: Sendable {
    /// The palettes searched, as given.
    public let palettes: [[RGB8]]
    /// Lab of every palette, flat: 15 floats per palette.
    private let lab: [Float]
    /// The lightness-sorted features, flat: 15 floats per palette.
    private let features: [Float]

    /// An index over five-colour `palettes` (others are rejected by `DatasetBuilder`).
    public init(palettes: [[RGB8]]) {
        self.palettes = palettes
        var lab: [Float] = [], features: [Float] = []
        lab.reserveCapacity(palettes.count * 15)
        features.reserveCapacity(palettes.count * 15)
        for palette in palettes {
            let colors = palette.map(Lab.init)
            var flat: [Float] = []
            for c in colors { flat += [Float(c.l), Float(c.a), Float(c.b)] }
            lab += flat
            features += Self.feature(flat)
        }
        self.lab = lab
        self.features = features
    }

    /// The colours of a palette (interleaved Lab) sorted by lightness.
    static func feature(_ flat: [Float]) -> [Float] {
        let n = flat.count / 3
        let order = (0..<n).sorted { (i: Int, j: Int) -> Bool in
            let li = flat[3 * i], lj = flat[3 * j]
            return li != lj ? li < lj : i < j
        }
        var sorted: [Float] = []
        sorted.reserveCapacity(3 * n)
        for i in order { sorted += [flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]] }
        return sorted
    }

    /// The `count` palettes nearest to `query` (five Lab colours, interleaved), nearest first,
    /// as indices into `palettes` with their exact palette distance (Lab units). Ties go to the
    /// lower index.
    public func nearest(to query: [Float], count: Int, candidates: Int = 200) -> [(index: Int, distance: Double)] {
        let n = palettes.count
        guard n > 0, count > 0, query.count == 15 else { return [] }
        let f = Self.feature(query)
        var scored: [(Float, Int)] = []
        scored.reserveCapacity(n)
        features.withUnsafeBufferPointer { all in
            for p in 0..<n {
                var d: Float = 0
                for c in 0..<15 { let x = all[15 * p + c] - f[c]; d += x * x }
                scored.append((d, p))
            }
        }
        let shortlist = Self.smallest(scored, Swift.max(count, candidates))
        var exact: [(index: Int, distance: Double)] = []
        query.withUnsafeBufferPointer { q in
            lab.withUnsafeBufferPointer { all in
                for (_, p) in shortlist {
                    exact.append((p, PaletteDistance.cie76(flat: q, UnsafeBufferPointer(rebasing: all[(15 * p)..<(15 * p + 15)]))))
                }
            }
        }
        exact.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.index < $1.index }
        return Array(exact.prefix(count))
    }

    /// The `k` smallest (score, index) pairs, by score then index.
    private static func smallest(_ items: [(Float, Int)], _ k: Int) -> [(Float, Int)] {
        if items.count <= k { return items.sorted { $0 < $1 } }
        // Threshold by partial selection: sort a copy only up to what is needed.
        var heap = items.prefix(k).sorted { $0 < $1 }
        for item in items.dropFirst(k) where item < heap[k - 1] {
            var lo = 0, hi = k - 1
            while lo < hi { let mid = (lo + hi) / 2; if heap[mid] < item { lo = mid + 1 } else { hi = mid } }
            heap.insert(item, at: lo)
            heap.removeLast()
        }
        return heap
    }
}

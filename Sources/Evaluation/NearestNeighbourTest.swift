import ColorScience

/// The leave-one-out 1-nearest-neighbour two-sample test (Lopez-Paz & Oquab 2017) with the
/// palette distance (`PaletteDistance.cie76`): pool the two samples, label each palette by
/// the sample of its nearest other palette, and report the share labelled correctly.
/// 0.5 means the samples cannot be told apart; 1.0 means they separate completely. Below 0.5
/// happens by chance, or when each palette's nearest neighbour tends to lie in the other
/// sample (for example near-copies of each other).
///
/// Ties: when several palettes are nearest at exactly the same distance, the palette counts
/// as the share of them that lie in its own sample (so exact duplicates across the samples
/// count half), which keeps the result independent of the order of the palettes.
public enum NearestNeighbourTest {
    /// The accuracy, 0...1, for samples `generated` and `reference` (usually N each, N >= 1,
    /// e.g. N generated and N held-out human palettes). All palettes must have the same size.
    /// Returns nil when the pool has fewer than two palettes or the sizes differ.
    /// Cost: (n choose 2) palette distances for a pool of n.
    public static func accuracy(_ generated: [[Lab]], _ reference: [[Lab]]) -> Double? {
        let pool = generated + reference
        guard pool.count >= 2, let size = pool.first?.count, size <= PaletteDistance.maximumExactSize,
              pool.allSatisfy({ $0.count == size }) else { return nil }
        let n = pool.count
        let flat = pool.flatMap { palette in palette.flatMap { [Float($0.l), Float($0.a), Float($0.b)] } }
        let stride = 3 * size
        var nearest = [Double](repeating: .infinity, count: n)
        var sameLabel = [Int](repeating: 0, count: n)
        var tied = [Int](repeating: 0, count: n)
        func record(_ i: Int, _ j: Int, _ d: Double) {
            let same = (i < generated.count) == (j < generated.count) ? 1 : 0
            if d < nearest[i] {
                nearest[i] = d; sameLabel[i] = same; tied[i] = 1
            } else if d == nearest[i] {
                sameLabel[i] += same; tied[i] += 1
            }
        }
        flat.withUnsafeBufferPointer { all in
            for i in 0..<n {
                let p = UnsafeBufferPointer(rebasing: all[(i * stride)..<((i + 1) * stride)])
                for j in (i + 1)..<max(i + 1, n) {
                    let q = UnsafeBufferPointer(rebasing: all[(j * stride)..<((j + 1) * stride)])
                    let d = PaletteDistance.cie76(flat: p, q)
                    record(i, j, d)
                    record(j, i, d)
                }
            }
        }
        var correct = 0.0
        for i in 0..<n { correct += Double(sameLabel[i]) / Double(tied[i]) }
        return correct / Double(n)
    }

    /// The accuracy for 8-bit palettes (converted to Lab); see `accuracy(_:_:)` on Lab.
    public static func accuracy(_ generated: [[RGB8]], _ reference: [[RGB8]]) -> Double? {
        accuracy(generated.map { $0.map(Lab.init) }, reference.map { $0.map(Lab.init) })
    }
}

import ColorScience

/// The palette distance of Lin & Hanrahan (2013) in CIE76 (mean Lab distance over the optimal
/// one-to-one matching), computed exactly by dynamic programming over subsets of matched
/// colours (n x 2^n steps; about 80 for five colours), without allocating. Gives the same value
/// as `PaletteMetrics.distance(_:_:metric: .cie76)` (to rounding) many times faster, which the
/// pairwise loops of the metrics here need.
public enum PaletteDistance {
    /// Largest palette size handled by the subset method; larger palettes fall back to the
    /// Hungarian algorithm of ColorScience.
    public static let maximumExactSize = 10

    /// The palette distance of two Lab palettes in Lab units (CIE76); nil when the sizes
    /// differ. 0 for two empty palettes.
    public static func cie76(_ p: [Lab], _ q: [Lab]) -> Double? {
        guard p.count == q.count else { return nil }
        let n = p.count
        if n == 0 { return 0 }
        if n > maximumExactSize { return try? PaletteMetrics.distance(p, q, metric: .cie76) }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n * n + (1 << n)) { buffer in
            for i in 0..<n {
                for j in 0..<n { buffer[i * n + j] = deltaE76(p[i], q[j]) }
            }
            return minimumMatching(cost: buffer, n: n) / Double(n)
        }
    }

    /// The palette distance of two 8-bit palettes (converted to Lab); nil when sizes differ.
    public static func cie76(_ p: [RGB8], _ q: [RGB8]) -> Double? {
        cie76(p.map(Lab.init), q.map(Lab.init))
    }

    /// The palette distance of two palettes given as interleaved Lab triples (`3 * n` values
    /// each, n <= `maximumExactSize`); for hot loops over flat buffers.
    public static func cie76(flat p: UnsafeBufferPointer<Float>, _ q: UnsafeBufferPointer<Float>) -> Double {
        let n = min(p.count, q.count) / 3
        if n == 0 { return 0 }
        precondition(n <= maximumExactSize, "flat palettes hold at most \(maximumExactSize) colours")
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n * n + (1 << n)) { buffer in
            for i in 0..<n {
                for j in 0..<n {
                    let dl = p[3 * i] - q[3 * j], da = p[3 * i + 1] - q[3 * j + 1], db = p[3 * i + 2] - q[3 * j + 2]
                    buffer[i * n + j] = Double((dl * dl + da * da + db * db).squareRoot())
                }
            }
            return minimumMatching(cost: buffer, n: n) / Double(n)
        }
    }

    /// The minimum total cost of a perfect matching of the n x n `cost` (row-major, at the
    /// start of `buffer`), using the `2^n` doubles after it as the table: `best[mask]` is the
    /// cheapest way to match the first popcount(mask) rows to the columns in `mask`.
    private static func minimumMatching(cost buffer: UnsafeMutableBufferPointer<Double>, n: Int) -> Double {
        let base = n * n
        let full = (1 << n) - 1
        buffer[base] = 0
        for mask in 1...full { buffer[base + mask] = .infinity }
        for mask in 0..<full {
            let current = buffer[base + mask]
            if current == .infinity { continue }
            let row = mask.nonzeroBitCount
            for column in 0..<n where mask & (1 << column) == 0 {
                let next = mask | (1 << column)
                let value = current + buffer[row * n + column]
                if value < buffer[base + next] { buffer[base + next] = value }
            }
        }
        return buffer[base + full]
    }
}

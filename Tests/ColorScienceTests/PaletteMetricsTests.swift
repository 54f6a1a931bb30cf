import Testing
@testable import ColorScience

/// A small deterministic generator (SplitMix64) so random cases are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// All permutations of 0..<n (Heap's algorithm).
func permutations(_ n: Int) -> [[Int]] {
    var result: [[Int]] = []
    var items = Array(0..<n)
    func generate(_ k: Int) {
        if k <= 1 { result.append(items); return }
        for i in 0..<k {
            generate(k - 1)
            items.swapAt(k % 2 == 0 ? i : 0, k - 1)
        }
    }
    generate(n)
    return result
}

@Suite struct AssignmentTests {
    @Test func matchesBruteForceOnRandomMatrices() throws {
        var rng = SplitMix64(state: 2013)
        for n in 1...7 {
            let allPermutations = permutations(n)
            for trial in 0..<(n <= 5 ? 40 : 8) {
                // Integer costs on some trials make ties likely, which the solver must survive.
                let cost = (0..<n).map { _ in
                    (0..<n).map { _ in trial % 2 == 0 ? Double.random(in: 0...100, using: &rng) : Double(Int.random(in: 0...3, using: &rng)) }
                }
                let best = allPermutations.map { p in p.enumerated().reduce(0.0) { $0 + cost[$1.offset][$1.element] } }.min()!
                let solved = try Assignment.minimumCost(cost)
                #expect(Set(solved.columns).count == n && solved.columns.allSatisfy { (0..<n).contains($0) })
                let total = solved.columns.enumerated().reduce(0.0) { $0 + cost[$1.offset][$1.element] }
                #expect(abs(total - solved.total) < 1e-9)
                #expect(abs(solved.total - best) < 1e-9, "n \(n) trial \(trial)")
            }
        }
    }

    @Test func handlesNegativeAndEmpty() throws {
        let solved = try Assignment.minimumCost([[-1, 5], [5, -2]])
        #expect(solved.columns == [0, 1] && solved.total == -3)
        let empty = try Assignment.minimumCost([])
        #expect(empty.columns.isEmpty && empty.total == 0)
        #expect(throws: ColorError.costMatrixNotSquare(rows: 2, columns: 1)) {
            try Assignment.minimumCost([[1, 2], [3]])
        }
    }

    @Test func permutationsHelperIsComplete() {
        #expect(Set(permutations(4)).count == 24)
    }
}

@Suite struct PaletteMetricsTests {
    /// #264653 #2a9d8f #e9c46a #f4a261 #e76f51
    static let palette = [RGB8(r: 38, g: 70, b: 83), RGB8(r: 42, g: 157, b: 143), RGB8(r: 233, g: 196, b: 106),
                          RGB8(r: 244, g: 162, b: 97), RGB8(r: 231, g: 111, b: 81)]

    @Test func identicalPalettesInAnyOrderAreAtZero() throws {
        for metric in ColorDifference.allCases {
            #expect(try PaletteMetrics.distance(Self.palette, Self.palette.reversed(), metric: metric) < 1e-12)
        }
    }

    @Test func distanceIsTheMeanOverTheBestMatching() throws {
        var rng = SplitMix64(state: 5)
        for _ in 0..<20 {
            let p = (0..<5).map { _ in Lab(l: .random(in: 0...100, using: &rng), a: .random(in: -80...80, using: &rng), b: .random(in: -80...80, using: &rng)) }
            let q = (0..<5).map { _ in Lab(l: .random(in: 0...100, using: &rng), a: .random(in: -80...80, using: &rng), b: .random(in: -80...80, using: &rng)) }
            for metric in ColorDifference.allCases {
                let brute = permutations(5).map { perm in perm.enumerated().reduce(0.0) { $0 + metric(p[$1.offset], q[$1.element]) } }.min()! / 5
                #expect(abs(try PaletteMetrics.distance(p, q, metric: metric) - brute) < 1e-9)
            }
        }
        // Hand case: two colours, crossing is better than the given order.
        let p = [Lab(l: 0, a: 0, b: 0), Lab(l: 100, a: 0, b: 0)]
        let q = [Lab(l: 90, a: 0, b: 0), Lab(l: 4, a: 3, b: 0)]
        #expect(try PaletteMetrics.distance(p, q) == (5.0 + 10.0) / 2)
    }

    @Test func sizeMismatchIsAnError() throws {
        #expect(throws: ColorError.paletteSizeMismatch(5, 4)) {
            try PaletteMetrics.distance(Self.palette, Array(Self.palette.prefix(4)))
        }
        #expect(try PaletteMetrics.distance([Lab](), []) == 0)
    }

    @Test func minimumPairwiseDistanceFindsNearDuplicates() throws {
        let p = [Lab(l: 50, a: 0, b: 0), Lab(l: 80, a: 0, b: 0), Lab(l: 51, a: 0, b: 0), Lab(l: 20, a: 0, b: 0)]
        #expect(PaletteMetrics.minimumPairwiseDistance(p) == 1)
        #expect(PaletteMetrics.minimumPairwiseDistance([Lab(l: 1, a: 0, b: 0)]) == nil)
        let rgb = try #require(PaletteMetrics.minimumPairwiseDistance(Self.palette))
        #expect(rgb > 5)
        #expect(PaletteMetrics.minimumPairwiseDistance(Self.palette + [Self.palette[2]]) == 0)
    }

    @Test func coverageErrorIsTheWeightedMeanNearestDistance() throws {
        let palette = [Oklab(l: 0.2, a: 0, b: 0), Oklab(l: 0.8, a: 0, b: 0)]
        let colors = [Oklab(l: 0.2, a: 0, b: 0), Oklab(l: 0.5, a: 0, b: 0.1), Oklab(l: 0.9, a: 0, b: 0)]
        let nearest = [0.0, (0.09 + 0.01).squareRoot(), 0.1]
        let unweighted = try PaletteMetrics.coverageError(palette: palette, colors: colors)
        #expect(abs(unweighted - nearest.reduce(0, +) / 3) < 1e-12)
        let weighted = try PaletteMetrics.coverageError(palette: palette, colors: colors, weights: [10, 0, 2])
        #expect(abs(weighted - (10 * 0 + 2 * 0.1) / 12) < 1e-12)
        // A histogram (distinct colours with counts) gives the same value as the expanded list.
        let expanded = Array(repeating: colors[0], count: 3) + [colors[1]] + Array(repeating: colors[2], count: 2)
        let histogram = try PaletteMetrics.coverageError(palette: palette, colors: colors, weights: [3, 1, 2])
        #expect(abs(histogram - (try PaletteMetrics.coverageError(palette: palette, colors: expanded))) < 1e-12)
        #expect(try PaletteMetrics.coverageError(palette: palette, colors: []) == 0)
        #expect(throws: ColorError.weightCountMismatch(colors: 3, weights: 2)) {
            try PaletteMetrics.coverageError(palette: palette, colors: colors, weights: [1, 2])
        }
    }
}

import ColorScience
import Testing
@testable import Evaluation

@Suite struct PaletteDistanceTests {
    @Test func handComputedMatching() throws {
        // Crossing the two pairs is optimal: |0-1| + |10-11| = 2 over 2 colours, against 20.
        let p = [Lab(l: 0, a: 0, b: 0), Lab(l: 10, a: 0, b: 0)]
        let q = [Lab(l: 11, a: 0, b: 0), Lab(l: 1, a: 0, b: 0)]
        #expect(try #require(PaletteDistance.cie76(p, q)) == 1)
        // 3-4-5 triangle in a/b: each colour 5 away from its match.
        let r = [Lab(l: 50, a: 3, b: 4), Lab(l: 50, a: 0, b: 0)]
        let s = [Lab(l: 50, a: 0, b: 0), Lab(l: 50, a: 6, b: 8)]
        #expect(try #require(PaletteDistance.cie76(r, s)) == 2.5)
        #expect(PaletteDistance.cie76(p, [q[0]]) == nil)
        #expect(PaletteDistance.cie76([Lab](), []) == 0)
    }

    @Test func agreesWithTheHungarianAlgorithm() throws {
        var generator = SplitMix(seed: 7)
        for size in [1, 3, 5, 8] {
            for _ in 0..<50 {
                let p = (0..<size).map { _ in generator.lab() }
                let q = (0..<size).map { _ in generator.lab() }
                let fast = try #require(PaletteDistance.cie76(p, q))
                let reference = try PaletteMetrics.distance(p, q, metric: .cie76)
                #expect(abs(fast - reference) < 1e-9)
                let flat = p.flatMap { [Float($0.l), Float($0.a), Float($0.b)] }
                let flatQ = q.flatMap { [Float($0.l), Float($0.a), Float($0.b)] }
                let viaFlat = flat.withUnsafeBufferPointer { a in
                    flatQ.withUnsafeBufferPointer { b in PaletteDistance.cie76(flat: a, b) }
                }
                #expect(abs(viaFlat - reference) < 1e-3)
            }
        }
    }
}

/// SplitMix64, for reproducible random test palettes.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
    mutating func lab() -> Lab {
        Lab(l: Double.random(in: 0...100, using: &self), a: Double.random(in: -80...80, using: &self),
            b: Double.random(in: -80...80, using: &self))
    }
    mutating func rgb() -> RGB8 {
        RGB8(r: UInt8.random(in: 0...255, using: &self), g: UInt8.random(in: 0...255, using: &self),
             b: UInt8.random(in: 0...255, using: &self))
    }
}

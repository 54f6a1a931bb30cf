import ColorScience
import Testing
@testable import Evaluation

@Suite struct NearestNeighbourTestTests {
    func grey(_ l: Double) -> [Lab] { [Lab(l: l, a: 0, b: 0)] }

    @Test func handComputedCases() throws {
        // Separated samples: everyone's neighbour is in its own sample.
        #expect(NearestNeighbourTest.accuracy([grey(0), grey(10)], [grey(90), grey(100)]) == 1)
        // Alternating 0(g) 10(r) 20(g) 30(r): every neighbour lies in the other sample.
        #expect(NearestNeighbourTest.accuracy([grey(0), grey(20)], [grey(10), grey(30)]) == 0)
        // 0(g) 10(g) 20(r) 50(r): 0 -> 10 right; 10 ties 0 and 20, half; 20 -> 10 wrong;
        // 50 -> 20 right. (1 + 0.5 + 0 + 1) / 4.
        #expect(NearestNeighbourTest.accuracy([grey(0), grey(10)], [grey(20), grey(50)]) == 0.625)
        #expect(NearestNeighbourTest.accuracy([grey(0)], []) == nil)
        #expect(NearestNeighbourTest.accuracy([grey(0)], [[Lab(l: 0, a: 0, b: 0), Lab(l: 1, a: 0, b: 0)]]) == nil)
    }

    @Test func sameDistributionScoresNearOneHalf() throws {
        var generator = SplitMix(seed: 11)
        let a = (0..<150).map { _ in (0..<5).map { _ in generator.rgb() } }
        let b = (0..<150).map { _ in (0..<5).map { _ in generator.rgb() } }
        let accuracy = try #require(NearestNeighbourTest.accuracy(a, b))
        #expect(abs(accuracy - 0.5) < 0.08)
    }

    @Test func differentDistributionsScoreNearOne() throws {
        var generator = SplitMix(seed: 12)
        let uniform = (0..<100).map { _ in (0..<5).map { _ in generator.rgb() } }
        let dark = (0..<100).map { _ in
            (0..<5).map { _ in RGB8(r: UInt8.random(in: 0...60, using: &generator), g: UInt8.random(in: 0...60, using: &generator),
                                    b: UInt8.random(in: 0...60, using: &generator)) }
        }
        let accuracy = try #require(NearestNeighbourTest.accuracy(uniform, dark))
        #expect(accuracy > 0.95)
    }

    @Test func modeCollapseIsDetected() throws {
        var generator = SplitMix(seed: 13)
        let human = (0..<60).map { _ in (0..<5).map { _ in generator.rgb() } }
        let collapsed = Array(repeating: human[0].reversed() as [RGB8], count: 60)
        // Every collapsed palette has identical twins: all 60 right; the humans mostly find
        // other humans nearest.
        let accuracy = try #require(NearestNeighbourTest.accuracy(collapsed, human))
        #expect(accuracy > 0.9)
    }
}

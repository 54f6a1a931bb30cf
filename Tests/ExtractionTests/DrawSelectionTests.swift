import ColorScience
import Extraction
import Testing

@Suite struct DrawSelectionTests {
    /// An image made of two equal areas of red and blue.
    private let samples = WeightedColors(colors: [Oklab(RGB8(r: 220, g: 30, b: 30)), Oklab(RGB8(r: 30, g: 30, b: 220))],
                                         weights: [1, 1])
    private let red = RGB8(r: 220, g: 30, b: 30), blue = RGB8(r: 30, g: 30, b: 220)

    private func palette(_ a: RGB8, _ b: RGB8, extra: UInt8) -> [RGB8] {
        [a, b, RGB8(r: extra, g: extra, b: extra), RGB8(r: 255 - extra, g: extra, b: 128), RGB8(r: extra, g: 200, b: 90)]
    }

    @Test func bestCoveringCandidateComesFirstAndMisfitsAreLeftOut() {
        let fits = [palette(red, blue, extra: 10), palette(red, blue, extra: 240), palette(red, blue, extra: 120)]
        let misfit = palette(RGB8(r: 200, g: 200, b: 0), RGB8(r: 0, g: 200, b: 0), extra: 60)
        let chosen = DrawSelection(oversampling: 2, tolerance: 1.2).choose([misfit] + fits, count: 3, samples: samples)
        #expect(chosen.count == 3)
        #expect(!chosen.contains(misfit))
        #expect(chosen.allSatisfy { $0.contains(red) && $0.contains(blue) })
    }

    @Test func theMostDistantEligibleCandidateIsChosenNext() {
        let a = palette(red, blue, extra: 10), nearA = palette(red, blue, extra: 14), farFromA = palette(red, blue, extra: 240)
        let chosen = DrawSelection(tolerance: 1.2).choose([a, nearA, farFromA], count: 2, samples: samples)
        #expect(chosen.count == 2)
        #expect(chosen.contains(farFromA))
    }

    @Test func misfitsFillInWhenTooFewCandidatesFit() {
        let fit = palette(red, blue, extra: 10)
        let misfits = [palette(RGB8(r: 0, g: 200, b: 0), RGB8(r: 200, g: 200, b: 0), extra: 60),
                       palette(RGB8(r: 0, g: 0, b: 0), RGB8(r: 255, g: 255, b: 255), extra: 90)]
        let chosen = DrawSelection().choose(misfits + [fit], count: 3, samples: samples)
        #expect(chosen.count == 3 && chosen[0] == fit)
    }
}

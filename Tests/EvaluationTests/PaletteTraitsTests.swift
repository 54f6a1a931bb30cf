import ColorScience
import Testing
@testable import Evaluation

@Suite struct PaletteTraitsTests {
    @Test func nearDuplicates() {
        let palette = [Lab(l: 50, a: 0, b: 0), Lab(l: 52.9, a: 0, b: 0), Lab(l: 90, a: 0, b: 0)]
        #expect(PaletteTraits.minimumPairwiseDistance(palette).map { abs($0 - 2.9) < 1e-9 } == true)
        #expect(PaletteTraits.hasNearDuplicates(palette))
        #expect(!PaletteTraits.hasNearDuplicates([Lab(l: 50, a: 0, b: 0), Lab(l: 53, a: 0, b: 0)]))
    }

    @Test func greyAndBrown() {
        #expect(PaletteTraits.isGreyOrBrown(Lab(l: 50, a: 5, b: -10)))          // chroma 11.2 < 12
        #expect(!PaletteTraits.isGreyOrBrown(Lab(l: 50, a: 0, b: -13)))         // blue, chroma 13
        #expect(PaletteTraits.isGreyOrBrown(Lab(l: 40, a: 15, b: 30)))          // hue 63.4, chroma 33.5
        #expect(!PaletteTraits.isGreyOrBrown(Lab(l: 75, a: 15, b: 30)))         // too light for brown
        #expect(!PaletteTraits.isGreyOrBrown(Lab(l: 40, a: 30, b: 5)))          // hue 9.5: red
        #expect(!PaletteTraits.isGreyOrBrown(Lab(l: 40, a: 25, b: 40)))         // chroma 47: orange
        let brownRamp = [Lab(l: 20, a: 10, b: 15), Lab(l: 40, a: 15, b: 30), Lab(l: 90, a: 1, b: 2)]
        #expect(PaletteTraits.isGreyBrownCollapsed(brownRamp))
        #expect(!PaletteTraits.isGreyBrownCollapsed(brownRamp + [Lab(l: 50, a: 60, b: 0)]))
        #expect(!PaletteTraits.isGreyBrownCollapsed([]))
    }

    @Test func monotoneLightness() {
        func palette(_ ls: [Double]) -> [Lab] { ls.map { Lab(l: $0, a: 0, b: 0) } }
        #expect(PaletteTraits.hasMonotoneLightness(palette([90, 70, 70, 40, 10])))
        #expect(PaletteTraits.hasMonotoneLightness(palette([10, 20, 30, 40, 50])))
        #expect(!PaletteTraits.hasMonotoneLightness(palette([10, 30, 20, 40, 50])))
    }

    @Test func setStatistics() throws {
        let vivid = [Lab(l: 50, a: 60, b: 0), Lab(l: 60, a: 0, b: 0)]        // max chroma 60, increasing L
        let dull = [Lab(l: 50, a: 3, b: 4), Lab(l: 50.5, a: 3, b: 4)]         // chroma 5, near-duplicate
        let mixed = [Lab(l: 70, a: 0, b: 30), Lab(l: 60, a: 0, b: 0)]         // chroma 30, decreasing L
        let stats = PaletteSetStatistics([vivid, dull, mixed])
        #expect(stats.count == 3)
        #expect(stats.nearDuplicateShare == 1.0 / 3)
        #expect(stats.greyBrownShare == 1.0 / 3)
        #expect(stats.monotoneLightnessShare == 1)
        #expect(stats.medianMaximumChroma == 30)
        // Pairwise distances, each the better of the two matchings (hand-computed).
        let d1 = try #require(PaletteDistance.cie76(vivid, dull))
        let d2 = try #require(PaletteDistance.cie76(vivid, mixed))
        let d3 = try #require(PaletteDistance.cie76(dull, mixed))
        #expect(abs(stats.variety - (d1 + d2 + d3) / 3) < 1e-12)
        // vivid vs mixed: (50,60,0)->(70,0,30) is sqrt(400+3600+900) = 70 and the greys match at
        // 0, mean 35; crossing gives (sqrt(3700) + sqrt(1000)) / 2 = 46.2.
        #expect(abs(d2 - 35) < 1e-9)
        #expect(Statistics.median([3, 1, 2, 10]) == 2.5)
        #expect(Statistics.median([]) == nil)
    }
}

import ColorScience
import ImageIO
import Testing
@testable import Training

@Suite struct RecolouringTests {
    let palette = ["#69d2e7", "#a7dbd8", "#e0e4cc", "#f38630", "#fa6900"].map { try! RGB8(hex: $0) }

    /// The matching of region colours to palette colours with the least total CIE76 distance,
    /// by trying all 120 permutations.
    func bestMatching(_ regions: [RGB8], _ palette: [RGB8]) -> [RGB8: RGB8] {
        func permutations(_ items: [Int]) -> [[Int]] {
            items.count <= 1 ? [items] : items.indices.flatMap { i in
                permutations(items.enumerated().filter { $0.offset != i }.map(\.element)).map { [items[i]] + $0 }
            }
        }
        let best = permutations(Array(0..<5)).min { p, q in
            let cost = { (perm: [Int]) in (0..<5).reduce(0.0) { $0 + deltaE76(Lab(regions[$1]), Lab(palette[perm[$1]])) } }
            return cost(p) < cost(q)
        }!
        return Dictionary(uniqueKeysWithValues: (0..<5).map { (regions[$0], palette[best[$0]]) })
    }

    @Test func flatRegionsLandOnTheirMatchedColours() throws {
        let regions = [SyntheticImages.navy, SyntheticImages.beige, SyntheticImages.green, SyntheticImages.brown,
                       SyntheticImages.magenta]
        let matching = bestMatching(regions, palette)
        var random = ExampleRandom(seed: 1)
        let out = Recolouring().recolour(SyntheticImages.regions(), to: palette, using: &random)
        var worst = 0.0
        for y in 0..<64 {
            for x in 0..<40 {
                let p = try #require(out.pixel(x: x, y: y))
                let target = try #require(matching[SyntheticImages.regionColor(x: x, y: y)])
                worst = max(worst, deltaE76(Lab(RGB8(r: p.r, g: p.g, b: p.b)), Lab(target)))
            }
        }
        #expect(worst < 1.0, "largest distance from the matched colour: \(worst)")
    }

    @Test func smallVividPatchGetsItsOwnCluster() throws {
        let lab = SyntheticImages.gradientWithAccent().pixels.withUnsafeBufferPointer { PixelConversion.lab(rgba: $0) }
        let accent = Lab(SyntheticImages.magenta)
        for seed in 0..<10 as Range<UInt64> {
            var random = ExampleRandom(seed: seed)
            let centers = LabKMeans().centers(of: lab, using: &random)
            #expect(centers.count == 15)
            let nearest = (0..<5).map { j in
                deltaE76(accent, Lab(l: Double(centers[3 * j]), a: Double(centers[3 * j + 1]), b: Double(centers[3 * j + 2])))
            }.min()!
            #expect(nearest < 2, "seed \(seed): the accent's nearest centre is \(nearest) away")
        }
    }

    @Test func gradientsStaySmooth() throws {
        // A horizontal ramp from dark teal to light sand: the recoloured ramp must not jump
        // between neighbouring columns much more than the input does (no banding).
        let ramp = SyntheticImages.make(width: 40, height: 64) { x, _ in
            let t = Double(x) / 39
            return RGB8(r: UInt8(30 + 200 * t), g: UInt8(80 + 130 * t), b: UInt8(90 + 60 * t))
        }
        func largestStep(softness: Float) throws -> Double {
            var random = ExampleRandom(seed: 3)
            var recolouring = Recolouring()
            recolouring.softness = softness
            let out = recolouring.recolour(ramp, to: palette, using: &random)
            var step = 0.0
            for x in 1..<40 {
                let c = try #require(out.pixel(x: x - 1, y: 10)), d = try #require(out.pixel(x: x, y: 10))
                step = max(step, deltaE76(Lab(RGB8(r: c.r, g: c.g, b: c.b)), Lab(RGB8(r: d.r, g: d.g, b: d.b))))
            }
            return step
        }
        // Hard assignment (a tiny softness) jumps between matched colours at cluster borders;
        // the default soft blend spreads the change over several columns.
        let hard = try largestStep(softness: 0.01)
        let soft = try largestStep(softness: Recolouring().softness)
        #expect(hard > 25)
        #expect(soft < 0.5 * hard, "soft step \(soft), hard step \(hard)")
    }

    @Test func fewerClustersThanColoursStillMatch() {
        let offsets = Recolouring.offsets(centers: [50, 0, 0], palette: [Lab(l: 90, a: 0, b: 0), Lab(l: 55, a: 3, b: 4)])
        #expect(offsets == [5, 3, 4])
    }
}

import ColorScience
@testable import Extraction
import ImageIO
import Testing

/// A judge with no opinion: every palette costs the same and keeps its order.
private struct IndifferentJudge: PaletteJudging {
    func cost(of palettes: [[RGB8]], draw: Int) -> [Double] { palettes.map { _ in 0 } }
    func order(of palette: [RGB8], draw: Int) -> [Int] { Array(palette.indices) }
}

/// A judge that prefers palettes holding a given colour.
private struct ColourLovingJudge: PaletteJudging {
    let colour: Lab
    func cost(of palettes: [[RGB8]], draw: Int) -> [Double] {
        palettes.map { p in p.map { deltaE76(Lab($0), colour) }.min()! / 100 }
    }
    func order(of palette: [RGB8], draw: Int) -> [Int] { Array(palette.indices.reversed()) }
}

@Suite struct PaletteChooserTests {
    private static func candidates(of image: RGBAImage) -> SwatchCandidates {
        let samples = image.pixels.withUnsafeBufferPointer { WeightedColors(rgba: $0) }
        return SwatchCandidates(samples: samples, map: SaliencyMap(image: image))
    }

    private static let red = Lab(RGB8(r: 215, g: 25, b: 30))

    private static func holdsRed(_ palette: [RGB8]) -> Bool {
        palette.contains { deltaE76(Lab($0), red) < 15 }
    }

    @Test func aSmallRedDotOnGreyMakesItIntoThePalette() throws {
        let image = AccentImages.redDotOnGrey()
        // The dot is 0.17% of the pixels: k-means spends its five colours on the greys.
        let kmeans = try KMeansExtractor().extract(from: image, count: 5)
        #expect(!Self.holdsRed(kmeans))
        let candidates = Self.candidates(of: image)
        #expect(candidates.isAccent.contains(true))
        let chosen = try PaletteChooser().choose(from: candidates, predictions: [], size: 5, judge: IndifferentJudge())
        #expect(chosen.count == 1 && chosen[0].count == 5)
        #expect(Self.holdsRed(chosen[0]), "\(chosen[0].map(\.hex))")
    }

    @Test func theDotIsTheSalientPartOfTheImage() {
        let map = SaliencyMap(image: AccentImages.redDotOnGrey())
        let top = map.saliency.indices.max { map.saliency[$0] < map.saliency[$1] }!
        #expect(deltaE76(Lab(RGB8(map.colors[top])), Self.red) < 25)
    }

    @Test func aFlatImageGivesItsOwnColourAndInventsNone() throws {
        let image = AccentImages.flat(90, 120, 150)
        let chosen = try PaletteChooser().choose(from: Self.candidates(of: image), predictions: [[Oklab(RGB8(r: 250, g: 0, b: 0))]],
                                                 size: 5, judge: IndifferentJudge())
        #expect(chosen == [[RGB8(r: 90, g: 120, b: 150)]])
        #expect(SaliencyMap(image: image).saliency.allSatisfy { $0 < 1e-9 })
    }

    @Test func theJudgeDecidesAmongChoicesAndGivesTheOrder() throws {
        let image = AccentImages.redDotOnGrey(dot: 3)
        let candidates = Self.candidates(of: image)
        var chooser = PaletteChooser()
        chooser.weights.human = 50
        chooser.shortlist = 2000
        let chosen = try chooser.choose(from: candidates, predictions: [], size: 5, judge: ColourLovingJudge(colour: Self.red))[0]
        #expect(Self.holdsRed(chosen))
        // The judge's order (reversed candidate order) is the order given back.
        let colours = candidates.colors.map(RGB8.init)
        let positions = chosen.compactMap { colours.firstIndex(of: $0) }
        #expect(positions.count == 5 && positions == positions.sorted(by: >))
    }

    @Test func laterDrawsShareFewColoursWithEarlierOnes() throws {
        let image = TestImages.noisyClusters([(200, 40, 40), (40, 160, 60), (50, 60, 200), (230, 210, 60), (120, 60, 160),
                                              (30, 30, 30), (240, 240, 230), (200, 120, 40)],
                                             weights: [900, 800, 700, 600, 500, 400, 300, 200], spread: 6, seed: 3)!
        let candidates = Self.candidates(of: image)
        let predictions = (0..<4).map { _ in [Oklab](repeating: Oklab(RGB8(r: 128, g: 128, b: 128)), count: 5) }
        let chosen = try PaletteChooser().choose(from: candidates, predictions: predictions, size: 5, judge: IndifferentJudge())
        #expect(chosen.count == 4)
        for i in chosen.indices {
            for j in chosen.indices where j > i { #expect(Set(chosen[i]) != Set(chosen[j])) }
        }
        // Every draw covers the image's colours within 30% of the best choice of five.
        let coverage = ExactCoverage(samples: candidates.samples)
        let table = ChoiceTable(candidates: candidates, predictions: [], size: 5, distinctLab: 20)
        let best = (0..<table.count).map { coverage.error(of: table.choice($0), in: candidates) }.min()!
        let colours = candidates.colors.map(RGB8.init)
        for palette in chosen {
            let indices = palette.compactMap { colours.firstIndex(of: $0) }
            #expect(indices.count == 5)
            #expect(coverage.error(of: indices, in: candidates) <= 1.3 * best + 1e-12)
        }
    }

    @Test func distanceToADrawIsZeroForItsColoursAndTheNearestOtherwise() {
        // Three candidates on a line: distances 0-1: 10, 1-2: 20, 0-2: 30.
        let d: [Double] = [0, 10, 30, 10, 0, 20, 30, 20, 0]
        #expect(PaletteChooser.nearestDistances(to: [0, 1], d, n: 3) == [0, 0, 20])
        #expect(PaletteChooser.nearestDistances(to: [2], d, n: 3) == [30, 20, 0])
    }

    @Test func theTableMatchesADirectComputation() {
        let image = TestImages.noisyClusters([(200, 40, 40), (40, 160, 60), (50, 60, 200), (230, 210, 60), (120, 60, 160),
                                              (30, 30, 30), (240, 240, 230)],
                                             weights: [900, 800, 700, 600, 500, 400, 300], spread: 10, seed: 5)!
        let candidates = Self.candidates(of: image)
        let n = candidates.colors.count
        let predicted = [Oklab(RGB8(r: 10, g: 200, b: 200)), Oklab(RGB8(r: 90, g: 90, b: 90))]
        let table = ChoiceTable(candidates: candidates, predictions: [predicted], size: 3, distinctLab: 20)
        #expect(table.count == n * (n - 1) * (n - 2) / 6)
        for i in stride(from: 0, to: table.count, by: max(1, table.count / 17)) {
            let chosen = table.choice(i).map { candidates.colors[$0] }
            func nearest(_ p: Oklab) -> Double { chosen.map { $0.distance(to: p) }.min()! }
            let pixel = zip(candidates.atoms, candidates.pixelShare).reduce(0.0) { $0 + $1.1 * nearest($1.0) }
            let salience = zip(candidates.atoms, candidates.salienceShare).reduce(0.0) { $0 + $1.1 * nearest($1.0) }
            let prediction = predicted.reduce(0.0) { $0 + nearest($1) } / 2
            #expect(abs(table.pixel[i] - pixel) < 1e-9)
            #expect(abs(table.salience[i] - salience) < 1e-9)
            #expect(abs(table.prediction[i] - prediction) < 1e-9)
            let labs = chosen.map { Lab(RGB8($0)) }
            var closest = Double.infinity
            for a in labs.indices { for b in labs.indices where b > a { closest = min(closest, deltaE76(labs[a], labs[b])) } }
            #expect(abs(table.closeness[i] - max(0, 1 - closest / 20)) < 1e-9)
        }
    }
}

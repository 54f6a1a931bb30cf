import ColorScience
import ImageIO
import Testing

@testable import Extraction

@Suite struct KMeansTests {
    let red: (UInt8, UInt8, UInt8) = (200, 30, 40)
    let blue: (UInt8, UInt8, UInt8) = (20, 90, 160)
    let yellow: (UInt8, UInt8, UInt8) = (240, 200, 10)
    let green: (UInt8, UInt8, UInt8) = (40, 150, 60)

    @Test func findsSeparatedClustersHeaviestFirst() throws {
        let image = try #require(TestImages.noisyClusters(
            [red, blue, yellow, green], weights: [400, 300, 200, 100], spread: 6, seed: 1))
        let palette = try KMeansExtractor().extract(from: image, count: 4)
        let expected = [red, blue, yellow, green].map { RGB8(r: $0.0, g: $0.1, b: $0.2) }
        try #require(palette.count == 4)
        for (got, want) in zip(palette, expected) {
            // The noise is symmetric, so each mean lands close to its centre.
            #expect(Oklab(got).distance(to: Oklab(want)) < 0.01, "\(got) vs \(want)")
        }
    }

    @Test func sameImageGivesSamePalette() throws {
        let image = try #require(TestImages.noise(width: 64, height: 48, seed: 7))
        let first = try KMeansExtractor().extract(from: image, count: 8)
        let second = try KMeansExtractor().extract(from: image, count: 8)
        #expect(first == second)
        #expect(first.count == 8)
    }

    @Test(arguments: [1, 2, 5, 8, 16])
    func noTwoColoursCloserThanTheMinimum(count: Int) throws {
        let extractor = KMeansExtractor()
        for seed in UInt64(1)...4 {
            let image = try #require(TestImages.noise(width: 40, height: 30, seed: seed))
            let palette = try extractor.extract(from: image, count: count)
            #expect(palette.count == count)
            for i in palette.indices {
                for j in palette.indices where j > i {
                    #expect(Oklab(palette[i]).distance(to: Oklab(palette[j])) >= extractor.kmeans.minimumDistance)
                }
            }
        }
    }

    @Test func nearDuplicatesAreMergedNotRepeated() throws {
        // Two barely different reds and a blue: three colours wanted, but only two are distinct.
        let image = try #require(TestImages.bands([
            (rgba: (200, 30, 40, 255), rows: 6), (rgba: (202, 31, 41, 255), rows: 6), (rgba: (20, 90, 160, 255), rows: 4),
        ]))
        let palette = try KMeansExtractor().extract(from: image, count: 3)
        #expect(palette.count == 2)
        #expect(Oklab(palette[0]).distance(to: Oklab(RGB8(r: 201, g: 30, b: 40))) < 0.01)
        #expect(palette[1] == RGB8(r: 20, g: 90, b: 160))
    }

    @Test func flatImageGivesItsColourOnly() throws {
        let image = try #require(RGBAImage(width: 5, height: 4, filledWith: (12, 140, 90, 255)))
        #expect(try KMeansExtractor().extract(from: image, count: 5) == [RGB8(r: 12, g: 140, b: 90)])
    }

    @Test func transparentPixelsAreIgnored() throws {
        let image = try #require(TestImages.bands([(rgba: (255, 0, 0, 0), rows: 10), (rgba: (20, 90, 160, 255), rows: 2)]))
        #expect(try KMeansExtractor().extract(from: image, count: 3) == [RGB8(r: 20, g: 90, b: 160)])
        let clear = try #require(RGBAImage(width: 3, height: 3, filledWith: (9, 9, 9, 0)))
        #expect(throws: ExtractionError.noUsablePixels(method: "kmeans")) {
            try KMeansExtractor().extract(from: clear, count: 3)
        }
    }

    @Test func rejectsCountsOutsideItsRange() throws {
        let image = try #require(RGBAImage(width: 2, height: 2, filledWith: (1, 2, 3, 255)))
        #expect(throws: ExtractionError.invalidCount(0, allowed: 1...256)) {
            try KMeansExtractor().extract(from: image, count: 0)
        }
    }

    /// Without the repair step, the result must be a fixed point of Lloyd's algorithm: every
    /// sample is nearest its own centre, and every centre is the weighted mean of its samples.
    @Test func converges() throws {
        let image = try #require(TestImages.noise(width: 50, height: 40, seed: 3))
        let samples = image.pixels.withUnsafeBufferPointer { WeightedColors(rgba: $0) }
        let clusters = OklabKMeans(minimumDistance: 0).clusters(of: samples, count: 6)
        try #require(clusters.count == 6)
        var sums = [(l: Double, a: Double, b: Double, w: Double)](repeating: (0, 0, 0, 0), count: 6)
        for i in 0..<samples.count {
            let c = samples.color(at: i)
            let nearest = clusters.indices.min { c.distance(to: clusters[$0].center) < c.distance(to: clusters[$1].center) }!
            let w = Double(samples.weight[i])
            sums[nearest].l += w * c.l; sums[nearest].a += w * c.a; sums[nearest].b += w * c.b; sums[nearest].w += w
        }
        for (cluster, sum) in zip(clusters, sums) {
            #expect(abs(cluster.weight - sum.w) <= 1e-6 * sum.w)
            let mean = Oklab(l: sum.l / sum.w, a: sum.a / sum.w, b: sum.b / sum.w)
            #expect(cluster.center.distance(to: mean) < 1e-5)
        }
        #expect(clusters.map(\.weight) == clusters.map(\.weight).sorted(by: >))
        #expect(clusters.reduce(0) { $0 + $1.weight } == Double(image.pixelCount))
    }

    @Test func histogramSkipsTransparentPixelsAndAveragesInLinearLight() throws {
        // Values 0 and 7 fall in the same 5-bit cell (7 >> 3 == 0); the red pixel is fully transparent.
        let pixels: [UInt8] = [0, 0, 0, 255, 7, 7, 7, 255, 200, 0, 0, 0]
        let samples = pixels.withUnsafeBufferPointer { WeightedColors(rgba: $0) }
        #expect(samples.count == 1)
        #expect(samples.weight == [2])
        let half = SRGBTransfer.decode(7.0 / 255) / 2
        let mean = LinearRGB(r: half, g: half, b: half)
        #expect(samples.color(at: 0).distance(to: Oklab(mean)) < 1e-6)
    }
}

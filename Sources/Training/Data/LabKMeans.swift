/// k-means over the pixels of a small image in CIE Lab, seeded so that small but salient
/// regions get a cluster of their own (the pilot found models miss small vivid accents):
///
/// 1. Salient seed: among the `candidates` most chromatic pixels, the most chromatic one with
///    at least `minimumSupport` of the pixels within `supportRadius` of it (so a few noisy
///    pixels do not count) becomes the first centre, as the mean of those nearby pixels, if
///    its chroma is at least `minimumSalientChroma`.
/// 2. The other centres by k-means++ (Arthur and Vassilvitskii 2007) with each pixel's draw
///    mass multiplied by `1 + chroma / chromaScale`, so vivid colours are preferred.
/// 3. Lloyd iterations (hard assignment, means) until nothing moves or `iterations` is reached.
///    A cluster left empty is dropped.
///
/// Fewer than `count` centres come back when the image has fewer distinct colours.
public struct LabKMeans: Sendable {
    /// Number of clusters wanted (default 5).
    public var count = 5
    /// Whether to place the salient seed (step 1).
    public var salientSeed = true
    /// Lab radius defining a candidate's support (default 12).
    public var supportRadius: Float = 12
    /// Share of pixels a salient seed needs within `supportRadius` (default 0.004, about 10 of
    /// 2,560 pixels).
    public var minimumSupport: Double = 0.004
    /// Smallest chroma (C*ab) for a salient seed (default 25).
    public var minimumSalientChroma: Float = 25
    /// How many of the most chromatic pixels are tried as the salient seed (default 64).
    public var candidates = 64
    /// Chroma giving a pixel double mass in k-means++ seeding (default 30).
    public var chromaScale: Float = 30
    /// Cap on Lloyd iterations (default 20).
    public var iterations = 20

    /// Default settings.
    public init() {}

    /// The cluster centres of `lab` (interleaved L, a, b per pixel) as interleaved triples.
    public func centers(of lab: [Float], using random: inout ExampleRandom) -> [Float] {
        let n = lab.count / 3
        guard n > 0, count > 0 else { return [] }
        var centers: [Float] = []
        var chroma = [Float](repeating: 0, count: n)
        for i in 0..<n { chroma[i] = (lab[3 * i + 1] * lab[3 * i + 1] + lab[3 * i + 2] * lab[3 * i + 2]).squareRoot() }
        if salientSeed, let seed = salientCenter(lab, chroma: chroma) { centers += seed }
        seedPlusPlus(lab, chroma: chroma, centers: &centers, using: &random)
        lloyd(lab, centers: &centers)
        return centers
    }

    /// Step 1: the salient centre, or nil.
    private func salientCenter(_ lab: [Float], chroma: [Float]) -> [Float]? {
        let n = chroma.count
        let ranked = (0..<n).sorted { chroma[$0] != chroma[$1] ? chroma[$0] > chroma[$1] : $0 < $1 }
        let needed = max(3, Int((minimumSupport * Double(n)).rounded(.up)))
        let r2 = supportRadius * supportRadius
        for candidate in ranked.prefix(candidates) where chroma[candidate] >= minimumSalientChroma {
            var sum: (Float, Float, Float) = (0, 0, 0)
            var support = 0
            for i in 0..<n where squaredDistance(lab, i, lab, candidate) <= r2 {
                sum.0 += lab[3 * i]; sum.1 += lab[3 * i + 1]; sum.2 += lab[3 * i + 2]
                support += 1
            }
            if support >= needed {
                let k = Float(support)
                return [sum.0 / k, sum.1 / k, sum.2 / k]
            }
        }
        return nil
    }

    /// Step 2: chroma-weighted k-means++ up to `count` centres.
    private func seedPlusPlus(_ lab: [Float], chroma: [Float], centers: inout [Float], using random: inout ExampleRandom) {
        let n = chroma.count
        let mass = chroma.map { 1 + $0 / chromaScale }
        var d2 = [Float](repeating: .infinity, count: n)
        if centers.isEmpty {
            centers += pixel(lab, pick(mass.map(Double.init), using: &random))
        }
        for j in 0..<(centers.count / 3) { update(&d2, lab, centers, j) }
        while centers.count / 3 < count {
            let weights = (0..<n).map { Double(mass[$0] * d2[$0]) }
            guard weights.contains(where: { $0 > 0 }) else { return }
            centers += pixel(lab, pick(weights, using: &random))
            update(&d2, lab, centers, centers.count / 3 - 1)
        }
    }

    /// Step 3: Lloyd iterations; drops empty clusters.
    private func lloyd(_ lab: [Float], centers: inout [Float]) {
        let n = lab.count / 3
        var assignment = [Int](repeating: -1, count: n)
        for _ in 0..<max(1, iterations) {
            let k = centers.count / 3
            var changed = false
            var sums = [Double](repeating: 0, count: 4 * k)
            for i in 0..<n {
                var best = 0
                var bestD = Float.infinity
                for j in 0..<k {
                    let d = squaredDistance(lab, i, centers, j)
                    if d < bestD { bestD = d; best = j }
                }
                if assignment[i] != best { assignment[i] = best; changed = true }
                sums[4 * best] += Double(lab[3 * i]); sums[4 * best + 1] += Double(lab[3 * i + 1])
                sums[4 * best + 2] += Double(lab[3 * i + 2]); sums[4 * best + 3] += 1
            }
            var next: [Float] = []
            for j in 0..<k where sums[4 * j + 3] > 0 {
                let w = sums[4 * j + 3]
                next += [Float(sums[4 * j] / w), Float(sums[4 * j + 1] / w), Float(sums[4 * j + 2] / w)]
            }
            if next.count != centers.count { changed = true; assignment = [Int](repeating: -1, count: n) }
            centers = next
            if !changed { return }
        }
    }

    private func update(_ d2: inout [Float], _ lab: [Float], _ centers: [Float], _ j: Int) {
        for i in d2.indices { d2[i] = min(d2[i], squaredDistance(lab, i, centers, j)) }
    }

    private func pixel(_ lab: [Float], _ i: Int) -> [Float] { [lab[3 * i], lab[3 * i + 1], lab[3 * i + 2]] }

    /// An index drawn with probability proportional to `weights` (not all zero).
    private func pick(_ weights: [Double], using random: inout ExampleRandom) -> Int {
        let total = weights.reduce(0, +)
        var target = random.unit() * total
        var last = 0
        for (i, w) in weights.enumerated() where w > 0 {
            last = i
            target -= w
            if target < 0 { return i }
        }
        return last
    }
}

/// Squared Lab distance between triple `i` of `x` and triple `j` of `y`.
@inline(__always)
func squaredDistance(_ x: [Float], _ i: Int, _ y: [Float], _ j: Int) -> Float {
    let dl = x[3 * i] - y[3 * j], da = x[3 * i + 1] - y[3 * j + 1], db = x[3 * i + 2] - y[3 * j + 2]
    return dl * dl + da * da + db * db
}

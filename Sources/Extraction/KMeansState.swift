import NeuralCore
import ColorScience

/// The working state of `OklabKMeans`: samples, centres and assignments in flat Float arrays.
struct KMeansState {
    let samples: WeightedColors
    /// Centre coordinates (structure of arrays), one entry per cluster.
    var cl: [Float] = [], ca: [Float] = [], cb: [Float] = []
    /// Cluster weights from the last Lloyd run.
    var weights: [Double] = []
    /// Cluster of each sample from the last Lloyd run (-1 before any).
    var assignment: [Int32]

    init(samples: WeightedColors) {
        self.samples = samples
        assignment = [Int32](repeating: -1, count: samples.count)
    }

    var centerCount: Int { cl.count }

    mutating func addCenter(atSample i: Int) {
        cl.append(samples.l[i]); ca.append(samples.a[i]); cb.append(samples.b[i])
        weights.append(0)
    }

    /// Squared distance from sample `i` to its nearest centre, and that centre.
    @inline(__always)
    func nearest(_ i: Int) -> (center: Int, distance: Float) {
        let (l, a, b) = (samples.l[i], samples.a[i], samples.b[i])
        var best = 0
        var bestD = Float.infinity
        for j in 0..<cl.count {
            let dl = l - cl[j], da = a - ca[j], db = b - cb[j]
            let d = dl * dl + da * da + db * db
            if d < bestD { bestD = d; best = j }
        }
        return (best, bestD)
    }

    /// k-means++ (Arthur and Vassilvitskii 2007) with sample weights: the first centre drawn in
    /// proportion to weight, each next one in proportion to weight x squared distance to the
    /// nearest centre so far. Stops early when every sample sits on a centre.
    mutating func seedPlusPlus(count: Int, using generator: inout SplitMix64) {
        let n = samples.count
        let w = samples.weight
        addCenter(atSample: pick(n: n, mass: { Double(w[$0]) }, using: &generator))
        var d2 = (0..<n).map { nearest($0).distance }
        while centerCount < count {
            let total = (0..<n).reduce(0.0) { $0 + Double(w[$1]) * Double(d2[$1]) }
            guard total > 0 else { return }
            let chosen = pick(n: n, mass: { Double(w[$0]) * Double(d2[$0]) }, using: &generator)
            addCenter(atSample: chosen)
            let j = centerCount - 1
            for i in 0..<n {
                let dl = samples.l[i] - cl[j], da = samples.a[i] - ca[j], db = samples.b[i] - cb[j]
                d2[i] = min(d2[i], dl * dl + da * da + db * db)
            }
        }
    }

    /// Index drawn with probability proportional to `mass` (which must not be all zero).
    private func pick(n: Int, mass: (Int) -> Double, using generator: inout SplitMix64) -> Int {
        let total = (0..<n).reduce(0.0) { $0 + mass($1) }
        var target = generator.nextUnit() * total
        var last = 0
        for i in 0..<n where mass(i) > 0 {
            last = i
            target -= mass(i)
            if target < 0 { return i }
        }
        return last
    }

    /// Lloyd iterations: assign every sample to its nearest centre, move each centre to the
    /// weighted mean of its samples, until no assignment changes. A cluster left empty is
    /// moved to the sample that is worst served (largest weight x squared distance), or
    /// dropped when every sample already sits on a centre.
    mutating func lloyd(maxIterations: Int) {
        let n = samples.count
        for _ in 0..<max(1, maxIterations) {
            var changed = false
            var distance = [Float](repeating: 0, count: n)
            for i in 0..<n {
                let (j, d) = nearest(i)
                distance[i] = d
                if assignment[i] != Int32(j) { assignment[i] = Int32(j); changed = true }
            }
            let k = centerCount
            var sl = [Double](repeating: 0, count: k), sa = sl, sb = sl, sw = sl
            for i in 0..<n {
                let j = Int(assignment[i]), w = Double(samples.weight[i])
                sl[j] += w * Double(samples.l[i])
                sa[j] += w * Double(samples.a[i])
                sb[j] += w * Double(samples.b[i])
                sw[j] += w
            }
            weights = sw
            var empty: [Int] = []
            for j in 0..<k {
                if sw[j] > 0 {
                    cl[j] = Float(sl[j] / sw[j]); ca[j] = Float(sa[j] / sw[j]); cb[j] = Float(sb[j] / sw[j])
                } else {
                    empty.append(j)
                }
            }
            if !empty.isEmpty {
                var dropped: [Int] = []
                for j in empty {
                    var best = -1
                    var bestScore: Float = 0
                    for i in 0..<n where samples.weight[i] * distance[i] > bestScore {
                        best = i; bestScore = samples.weight[i] * distance[i]
                    }
                    if best < 0 { dropped.append(j); continue }
                    cl[j] = samples.l[best]; ca[j] = samples.a[best]; cb[j] = samples.b[best]
                    distance[best] = 0
                }
                for j in dropped.reversed() { removeCenter(j) }
                changed = true
            }
            if !changed { return }
        }
    }

    /// The two closest centres if their squared distance is below `limit`.
    func closestPair(below limit: Float) -> (Int, Int)? {
        var best: (Int, Int)?
        var bestD = limit
        for p in 0..<centerCount {
            for q in (p + 1)..<max(p + 1, centerCount) {
                let dl = cl[p] - cl[q], da = ca[p] - ca[q], db = cb[p] - cb[q]
                let d = dl * dl + da * da + db * db
                if d < bestD { bestD = d; best = (p, q) }
            }
        }
        return best
    }

    /// Replaces centre `p` by the weighted mean of `p` and `q`, and removes `q` (q > p).
    mutating func merge(_ p: Int, _ q: Int) {
        let (wp, wq) = (max(weights[p], 0), max(weights[q], 0))
        let w = wp + wq
        if w > 0 {
            cl[p] = Float((Double(cl[p]) * wp + Double(cl[q]) * wq) / w)
            ca[p] = Float((Double(ca[p]) * wp + Double(ca[q]) * wq) / w)
            cb[p] = Float((Double(cb[p]) * wp + Double(cb[q]) * wq) / w)
        }
        weights[p] = w
        removeCenter(q)
    }

    private mutating func removeCenter(_ j: Int) {
        cl.remove(at: j); ca.remove(at: j); cb.remove(at: j); weights.remove(at: j)
        // Force a full reassignment on the next Lloyd run.
        for i in assignment.indices { assignment[i] = -1 }
    }

    /// The sample worst served by the current centres (largest weight x squared distance)
    /// among those at least `limit` (squared) from every centre.
    func farthestSample(atLeast limit: Float) -> Int? {
        var best: Int?
        var bestScore: Float = 0
        for i in 0..<samples.count {
            let d = nearest(i).distance
            guard d >= limit else { continue }
            let score = samples.weight[i] * d
            if score > bestScore { bestScore = score; best = i }
        }
        return best
    }

    /// The current clusters with positive weight.
    func clusters() -> [OklabKMeans.Cluster] {
        (0..<centerCount).compactMap { j in
            weights[j] > 0
                ? OklabKMeans.Cluster(center: Oklab(l: Double(cl[j]), a: Double(ca[j]), b: Double(cb[j])), weight: weights[j])
                : nil
        }
    }
}

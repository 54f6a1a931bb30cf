import NeuralCore
import ColorScience

/// Weighted k-means in Oklab: k-means++ seeding from a fixed seed, Lloyd iterations until no
/// sample changes cluster, then a repair step so that no two output colours are closer than
/// `minimumDistance` (near-duplicates are merged and the freed cluster is reseeded at the worst
/// fitted colour, if one lies far enough from the others).
///
/// Deterministic: the same samples, count and settings always give the same clusters.
public struct OklabKMeans: Sendable {
    /// Seed of the k-means++ draws.
    public var seed: UInt64
    /// Smallest Oklab distance allowed between two output colours (0.02 is about one just
    /// noticeable difference).
    public var minimumDistance: Double
    /// Cap on Lloyd iterations per run (runs normally stop earlier, at convergence).
    public var maxIterations: Int

    /// Creates a clusterer; the defaults are the ones `palette extract` uses.
    public init(seed: UInt64 = 0x5EED_C0105, minimumDistance: Double = 0.04, maxIterations: Int = 60) {
        self.seed = seed
        self.minimumDistance = minimumDistance
        self.maxIterations = maxIterations
    }

    /// A cluster: its weighted mean colour and total weight (pixel count).
    public struct Cluster: Sendable, Equatable {
        /// The weighted mean of the cluster's samples.
        public var center: Oklab
        /// The summed weight of its samples, > 0.
        public var weight: Double
    }

    /// Clusters the samples into at most `count` clusters, heaviest first. Fewer come back when
    /// the samples hold fewer than `count` colours at least `minimumDistance` apart.
    public func clusters(of samples: WeightedColors, count: Int) -> [Cluster] {
        guard count > 0, samples.count > 0 else { return [] }
        var state = KMeansState(samples: samples)
        var generator = SplitMix64(seed: seed)
        state.seedPlusPlus(count: min(count, samples.count), using: &generator)
        state.lloyd(maxIterations: maxIterations)

        // Repair near-duplicates: merge, reseed once per merge, re-run Lloyd; bounded rounds.
        let minSquared = Float(minimumDistance * minimumDistance)
        for _ in 0..<(2 * count) {
            guard let (p, q) = state.closestPair(below: minSquared) else { break }
            state.merge(p, q)
            if let far = state.farthestSample(atLeast: minSquared) { state.addCenter(atSample: far) }
            state.lloyd(maxIterations: maxIterations)
        }
        var result = state.clusters()
        mergeNearDuplicatesAfterRounding(&result)
        // Heaviest first; equal weights keep their seeding order.
        return result.enumerated()
            .sorted { ($0.element.weight, $1.offset) > ($1.element.weight, $0.offset) }
            .map(\.element)
    }

    /// The palette of the samples: the clusters' centres as sRGB (gamut-mapped), heaviest first.
    public func palette(of samples: WeightedColors, count: Int) -> [RGB8] {
        clusters(of: samples, count: count).map { RGB8($0.center) }
    }

    /// Output colours are 8-bit and gamut-mapped, which can move two centres slightly closer:
    /// merge any pair that ends up under the minimum, so the guarantee holds for the output.
    private func mergeNearDuplicatesAfterRounding(_ clusters: inout [Cluster]) {
        func shown(_ c: Cluster) -> Oklab { Oklab(RGB8(c.center)) }
        var merged = true
        while merged {
            merged = false
            search: for i in clusters.indices {
                for j in clusters.indices where j > i
                    && shown(clusters[i]).distance(to: shown(clusters[j])) < minimumDistance {
                    let (x, y) = (clusters[i], clusters[j])
                    let w = x.weight + y.weight
                    clusters[i] = Cluster(
                        center: Oklab(
                            l: (x.center.l * x.weight + y.center.l * y.weight) / w,
                            a: (x.center.a * x.weight + y.center.a * y.weight) / w,
                            b: (x.center.b * x.weight + y.center.b * y.weight) / w),
                        weight: w)
                    clusters.remove(at: j)
                    merged = true
                    break search
                }
            }
        }
    }
}

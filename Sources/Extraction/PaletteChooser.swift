import ColorScience

/// Chooses palettes for an image among its candidate colours the way people do: every choice of
/// `size` candidates is scored by how well it covers the image's pixels, how well it covers the
/// image's salient regions (so a small contrasting accent earns its place), how close it is to
/// what the image encoder predicts, and how distinct its colours are; the best-scoring choices
/// are then judged by the model (`PaletteJudging`: how human the palette looks), and the winner
/// comes back in the order the judge gives it.
///
/// The search is exhaustive: 20 candidates give 15,504 choices of five, scored in a few
/// milliseconds against the image's atoms (`SwatchCandidates`).
public struct PaletteChooser: Sendable, Equatable {
    /// Relative weights of the score's terms (each term is about 1 for a good palette).
    public struct Weights: Sendable, Equatable {
        /// Pixel coverage, relative to the best-covering choice.
        public var coverage: Double
        /// Saliency-weighted coverage, relative to the best choice by that measure.
        public var salience: Double
        /// Distance from the encoder's predicted palette (its colours' mean distance to the
        /// nearest chosen colour), relative to the best pixel coverage.
        public var prediction: Double
        /// Penalty for colours closer than `distinctLab` CIE Lab units (0 at or above it, 1 for
        /// identical colours).
        public var distinct: Double
        /// The judge's cost (`PaletteJudging`, about 0 human ... 1 not), above the shortlist's
        /// best.
        public var human: Double
        /// Penalty for a later VAE-GAN draw close to an earlier one: `overlap` times
        /// `1 - d / diversityLab` (at least 0), with d the mean CIE Lab distance from its colours to
        /// the nearest colour of the nearest earlier draw; a draw equal to an earlier one is never
        /// taken.
        public var overlap: Double

        /// Weights with the given values; the defaults are the ones measured in docs/MODEL.md.
        public init(coverage: Double = 1, salience: Double = 1.5, prediction: Double = 0.5, distinct: Double = 0.5,
                    human: Double = 3, overlap: Double = 40) {
            self.coverage = coverage
            self.salience = salience
            self.prediction = prediction
            self.distinct = distinct
            self.human = human
            self.overlap = overlap
        }
    }

    /// The score's weights.
    public var weights: Weights
    /// How many of the best choices by the cheap terms the model judges, per palette wanted.
    public var shortlist: Int
    /// CIE Lab distance under which two colours count as too close for the distinctness term.
    public var distinctLab: Double
    /// Mean CIE Lab distance from an earlier draw beyond which a later draw pays no overlap.
    public var diversityLab: Double = 20
    /// With several draws, each draw's coverage error (over all the image's colours) is at most
    /// this multiple of the best choice's, where a shortlisted choice allows it.
    public var drawTolerance: Double

    /// A chooser with the given settings (defaults measured in docs/MODEL.md).
    public init(weights: Weights = Weights(), shortlist: Int = 48, distinctLab: Double = 20, drawTolerance: Double = 1.3) {
        self.weights = weights
        self.shortlist = max(shortlist, 1)
        self.distinctLab = max(distinctLab, 1)
        self.drawTolerance = max(drawTolerance, 1)
    }

    /// One palette per prediction (one per VAE-GAN noise draw, or the VAE's one), each made of
    /// `size` candidates (all of them, unordered, when the image has no more than `size`); later
    /// draws keep as far from earlier ones as fit allows (`Weights.overlap`, `drawTolerance`).
    public func choose(from candidates: SwatchCandidates, predictions: [[Oklab]], size: Int,
                       judge: some PaletteJudging) throws -> [[RGB8]] {
        let colors = candidates.colors.map(RGB8.init)
        guard colors.count > size else { return Array(repeating: colors, count: max(predictions.count, 1)) }
        let table = ChoiceTable(candidates: candidates, predictions: predictions, size: size, distinctLab: distinctLab)
        let w = weights
        let pixelBest = max(table.pixel.min() ?? 1, 1e-9)
        let base = baseCost(table, candidates)
        // Several draws: each must cover the image (all its colours, not the atoms) within
        // `drawTolerance` of the best of the choices that cover the atoms best.
        let coverage = predictions.count > 1 ? ExactCoverage(samples: candidates.samples) : nil
        let limit = coverage.map { coverage in
            drawTolerance * Self.smallest(8, of: table.pixel).map { coverage.error(of: table.choice($0), in: candidates) }.min()!
        } ?? .infinity
        let labs = candidates.colors.map { Lab(RGB8($0)) }
        let labDistance = labs.flatMap { p in labs.map { deltaE76(p, $0) } }
        let n = colors.count
        // For each earlier draw, every candidate's distance to the draw's nearest colour.
        var nearestToDraw: [[Double]] = []
        var palettes: [[RGB8]] = []
        var errorCache: [Int: Double] = [:]
        func error(_ choice: Int) -> Double {
            if let known = errorCache[choice] { return known }
            let e = coverage?.error(of: table.choice(choice), in: candidates) ?? 0
            errorCache[choice] = e
            return e
        }
        for draw in 0..<max(predictions.count, 1) {
            var cost = base
            for i in 0..<table.count {
                if !predictions.isEmpty { cost[i] += w.prediction * table.prediction[draw * table.count + i] / pixelBest }
                if coverage != nil && table.pixel[i] > drawTolerance * pixelBest { cost[i] += 1e6 }
                if !nearestToDraw.isEmpty {
                    // Mean distance from the choice's colours to the nearest colour of each earlier
                    // draw (`nearestDistances`).
                    var nearest = Double.infinity
                    for toDraw in nearestToDraw {
                        var sum = 0.0
                        for k in 0..<size { sum += toDraw[Int(table.members[i * size + k])] }
                        nearest = min(nearest, sum / Double(size))
                    }
                    cost[i] += nearest == 0 ? 1e9 : w.overlap * max(0, 1 - nearest / diversityLab)
                }
            }
            let list = Self.smallest(shortlist, of: cost)
            let choices = list.map { table.choice($0).map { colors[$0] } }
            let judged = try judge.cost(of: choices, draw: draw)
            let floor = judged.min() ?? 0
            let errors = list.map(error)
            var total: [Double] = list.indices.map { k in cost[list[k]] + w.human * (judged[k] - floor) }
            // When no shortlisted choice covers the image well enough, the best-covering one.
            total = errors.contains(where: { $0 <= limit }) ? zip(total, errors).map { $1 > limit ? $0 + 1e6 : $0 } : errors
            let best = Self.smallest(1, of: total)[0]
            let members = table.choice(list[best])
            nearestToDraw.append(Self.nearestDistances(to: members, labDistance, n: n))
            palettes.append(try judge.order(of: choices[best], draw: draw).map { choices[best][$0] })
        }
        return palettes
    }

    /// The `count` best choices of `size` candidates by the image terms alone (coverage,
    /// salience, distinctness; no prediction, no model): the palettes a judge of humanness has
    /// to tell apart (`palette-train --judge` trains on them).
    public func plausibleChoices(from candidates: SwatchCandidates, size: Int, count: Int) -> [[RGB8]] {
        let colors = candidates.colors.map(RGB8.init)
        guard colors.count > size else { return colors.count == size ? [colors] : [] }
        let table = ChoiceTable(candidates: candidates, predictions: [], size: size, distinctLab: distinctLab)
        return Self.smallest(count, of: baseCost(table, candidates)).map { table.choice($0).map { colors[$0] } }
    }

    /// The score's image terms for every choice of `table`.
    private func baseCost(_ table: ChoiceTable, _ candidates: SwatchCandidates) -> [Double] {
        let w = weights
        let pixelBest = max(table.pixel.min() ?? 1, 1e-9), salienceBest = max(table.salience.min() ?? 1, 1e-9)
        let salient = candidates.salienceShare.contains { $0 > 0 }
        return (0..<table.count).map { i in
            w.coverage * table.pixel[i] / pixelBest + (salient ? w.salience * table.salience[i] / salienceBest : 0)
                + w.distinct * table.closeness[i]
        }
    }

    /// For each of `n` candidates, the CIE Lab distance to the nearest of `members`; `distance`
    /// is the n x n candidate distance matrix. The mean of these over a choice's colours is how
    /// far that choice is from `members` (0 when it uses only `members`' colours).
    static func nearestDistances(to members: [Int], _ distance: [Double], n: Int) -> [Double] {
        (0..<n).map { c in members.map { distance[c * n + $0] }.min() ?? .infinity }
    }

    /// Indices of the `k` smallest values, smallest first (ties by index).
    static func smallest(_ k: Int, of values: [Double]) -> [Int] {
        guard k > 0 else { return [] }
        // A sorted buffer of the best k so far: most values fail the first comparison.
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        for i in values.indices {
            if best.count == k, values[i] >= values[best[k - 1]] { continue }
            var at = best.count
            while at > 0 && values[best[at - 1]] > values[i] { at -= 1 }
            best.insert(i, at: at)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}

/// Coverage error of choices over every colour sample of an image (`WeightedColors`): the
/// weighted mean Oklab distance to the nearest chosen colour (`PaletteMetrics.coverageError`).
struct ExactCoverage {
    private let colors: [Oklab]
    private let weights: [Double]

    init(samples: WeightedColors) {
        colors = (0..<samples.count).map(samples.color(at:))
        weights = samples.weight.map(Double.init)
    }

    /// The error of the candidates at `indices` (infinite for no candidates).
    func error(of indices: [Int], in candidates: SwatchCandidates) -> Double {
        (try? PaletteMetrics.coverageError(palette: indices.map { candidates.colors[$0] }, colors: colors, weights: weights)) ?? .infinity
    }
}

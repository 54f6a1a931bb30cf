import ColorScience

/// Every choice of `size` of an image's candidate colours with the cheap terms of its score
/// (`PaletteChooser`): coverage of the image's pixels and of its saliency, distance from each
/// predicted palette, and how close its two nearest colours are.
///
/// Choices are enumerated in lexicographic order with the running minimum distance of every atom
/// kept per depth, so each choice costs one pass over the atoms.
struct ChoiceTable {
    /// Number of choices.
    let count: Int
    /// Choice size.
    let size: Int
    /// Candidate indices of each choice, `size` per choice, ascending.
    private(set) var members: [UInt8] = []
    /// Pixel coverage error of each choice (share-weighted mean Oklab distance to the nearest
    /// chosen colour).
    private(set) var pixel: [Double] = []
    /// Saliency coverage error of each choice (the same, weighted by saliency share).
    private(set) var salience: [Double] = []
    /// Mean Oklab distance from each predicted colour to the nearest chosen colour, per
    /// prediction then per choice (`prediction[p * count + i]`).
    private(set) var prediction: [Double] = []
    /// 0 when the choice's closest two colours are at least `distinctLab` CIE Lab units apart,
    /// rising linearly to 1 for identical colours.
    private(set) var closeness: [Double] = []

    init(candidates: SwatchCandidates, predictions: [[Oklab]], size: Int, distinctLab: Double) {
        let n = candidates.colors.count
        self.size = size
        var total = 1
        for i in 0..<size { total = total * (n - i) / (i + 1) }
        count = total
        members.reserveCapacity(total * size)
        pixel.reserveCapacity(total)
        salience.reserveCapacity(total)
        closeness.reserveCapacity(total)

        // Points whose distance to the nearest chosen colour is measured: atoms, then the
        // predicted colours of every prediction.
        let points = candidates.atoms + predictions.flatMap { $0 }
        let atomCount = candidates.atoms.count
        let m = points.count
        var distance = [Double](repeating: 0, count: n * m)
        for c in 0..<n {
            for p in 0..<m { distance[c * m + p] = candidates.colors[c].distance(to: points[p]) }
        }
        let labs = candidates.colors.map { Lab(RGB8($0)) }
        var pairClose = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n { pairClose[i * n + j] = max(0, 1 - deltaE76(labs[i], labs[j]) / distinctLab) }
        }
        var predictionByChoice: [[Double]] = Array(repeating: [], count: predictions.count)
        for p in predictions.indices { predictionByChoice[p].reserveCapacity(total) }

        // minima[d * m + p]: distance from point p to the nearest of the first d chosen colours.
        var minima = [Double](repeating: .infinity, count: (size + 1) * m)
        var close = [Double](repeating: 0, count: size + 1)
        var stack = [Int](repeating: 0, count: size + 1)
        let pixelShare = candidates.pixelShare, salienceShare = candidates.salienceShare
        let predictionCounts = predictions.map(\.count)
        guard size > 0 && n >= size else { prediction = []; return }
        minima.withUnsafeMutableBufferPointer { minima in
            distance.withUnsafeBufferPointer { distance in
                // An explicit stack instead of recursion: stack[d] is the candidate at depth d.
                var depth = 0
                stack[0] = -1
                while depth >= 0 {
                    stack[depth] += 1
                    let c = stack[depth]
                    if c > n - (size - depth) { depth -= 1; continue }
                    var worst = close[depth]
                    for d in 0..<depth { worst = max(worst, pairClose[stack[d] * n + c]) }
                    close[depth + 1] = worst
                    let from = depth * m, to = (depth + 1) * m, row = c * m
                    for p in 0..<m { minima[to + p] = min(minima[from + p], distance[row + p]) }
                    if depth + 1 < size {
                        depth += 1
                        stack[depth] = c
                        continue
                    }
                    var pix = 0.0, sal = 0.0
                    for a in 0..<atomCount {
                        pix += pixelShare[a] * minima[to + a]
                        sal += salienceShare[a] * minima[to + a]
                    }
                    pixel.append(pix)
                    salience.append(sal)
                    closeness.append(worst)
                    var offset = atomCount
                    for (p, count) in predictionCounts.enumerated() {
                        var sum = 0.0
                        for q in 0..<count { sum += minima[to + offset + q] }
                        predictionByChoice[p].append(sum / Double(max(count, 1)))
                        offset += count
                    }
                    for d in 0..<size { members.append(UInt8(stack[d])) }
                }
            }
        }
        prediction = predictionByChoice.flatMap { $0 }
    }

    /// The candidate indices of choice `i`, ascending.
    func choice(_ i: Int) -> [Int] { (0..<size).map { Int(members[i * size + $0]) } }
}

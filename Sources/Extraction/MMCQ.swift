import ColorScience

/// Modified median cut quantisation (MMCQ), as in Leptonica and as ported by the Python package
/// colorthief 0.2.1, reproduced step for step so that the same pixels give the same palette,
/// including that package's quirks:
/// - the first phase splits the most populous box until 0.75 * `maxColors` boxes exist; the
///   second splits by population x volume, and always makes at least one more cut, so a request
///   for 2 or 3 colours gives one colour more, and for 8 or more often one fewer;
/// - a box of a single histogram cell is still cut, leaving an empty box whose colour is its
///   centre;
/// - the palette is ordered by population x volume, largest first, ties broken as Python's
///   stable sort breaks them.
public enum MMCQ {
    /// The largest number of colours the reference accepts.
    public static let maxColorLimit = 256
    /// Most box splits per phase, as in the reference.
    static let maxIterations = 1000
    /// Share of `maxColors` produced by the population-ordered first phase.
    static let fractionByPopulation = 0.75

    /// Errors of the quantiser, mirroring the reference's exceptions.
    public enum Failure: Error, Equatable, Sendable {
        /// No pixel was counted (colorthief: "Empty pixels when quantize.").
        case noPixels
        /// `maxColors` outside 2...256 (colorthief: "Wrong number of max colors when quantize.").
        case colorCountOutOfRange(Int)
    }

    /// Quantises the counted pixels to a palette, as colorthief 0.2.1's `MMCQ.quantize(...).palette`.
    ///
    /// - Parameter maxColors: 2...256; the result may hold one colour more or fewer (see above).
    public static func quantize(_ histogram: MMCQHistogram, maxColors: Int) throws(Failure) -> [RGB8] {
        guard let root = histogram.boundingBox() else { throw .noPixels }
        guard (2...maxColorLimit).contains(maxColors) else { throw .colorCountOutOfRange(maxColors) }

        var byCount = StableMaxQueue<MMCQBox> { $0.count }
        byCount.push(root)
        split(&byCount, target: fractionByPopulation * Double(maxColors), histogram: histogram)

        var byCountAndVolume = StableMaxQueue<MMCQBox> { $0.count * $0.volume }
        while let box = byCount.pop() { byCountAndVolume.push(box) }
        split(&byCountAndVolume, target: Double(maxColors - byCountAndVolume.count), histogram: histogram)

        var palette: [RGB8] = []
        while let box = byCountAndVolume.pop() { palette.append(box.averageColor(histogram: histogram)) }
        return palette
    }

    /// The reference's inner iteration: pop the largest box, cut it, push the halves, until
    /// `target` new colours (counting from 1) or the iteration limit.
    private static func split(_ queue: inout StableMaxQueue<MMCQBox>, target: Double, histogram: MMCQHistogram) {
        var colors = 1
        var iteration = 0
        while iteration < maxIterations {
            guard let box = queue.pop() else { return }
            if box.count == 0 {
                queue.push(box)
                iteration += 1
                continue
            }
            let (first, second) = medianCut(box, histogram: histogram)
            queue.push(first)
            if let second {
                queue.push(second)
                colors += 1
            }
            if Double(colors) >= target { return }
            iteration += 1
        }
    }

    /// Cuts a populated box across its longest side near the median of its population, leaving
    /// the larger part's remainder to the other box; a box of one pixel comes back whole.
    static func medianCut(_ box: MMCQBox, histogram: MMCQHistogram) -> (MMCQBox, MMCQBox?) {
        if box.count == 1 { return (box, nil) }
        let rw = box.r2 - box.r1 + 1, gw = box.g2 - box.g1 + 1, bw = box.b2 - box.b1 + 1
        let widest = max(rw, gw, bw)
        let axis: MMCQAxis = widest == rw ? .red : (widest == gw ? .green : .blue)
        let (lo, hi): (Int, Int)
        switch axis {
        case .red: (lo, hi) = (box.r1, box.r2)
        case .green: (lo, hi) = (box.g1, box.g2)
        case .blue: (lo, hi) = (box.b1, box.b2)
        }

        // partial[i - lo]: population of the slices lo...i along the axis.
        var partial = [Int](repeating: 0, count: hi - lo + 1)
        var total = 0
        for i in lo...hi {
            var slice = 0
            for u in box.range(across: axis, first: true) {
                for v in box.range(across: axis, first: false) {
                    switch axis {
                    case .red: slice += histogram[i, u, v]
                    case .green: slice += histogram[u, i, v]
                    case .blue: slice += histogram[u, v, i]
                    }
                }
            }
            total += slice
            partial[i - lo] = total
        }
        func partialSum(_ i: Int) -> Int { (lo...hi).contains(i) ? partial[i - lo] : 0 }

        for i in lo...hi where 2 * partial[i - lo] > total {
            let left = i - lo, right = hi - i
            var cut = left <= right
                ? min(hi - 1, Int(Double(i) + Double(right) / 2))
                : max(lo, Int(Double(i - 1) - Double(left) / 2))
            // Avoid empty boxes: move the cut to the first populated slice...
            while partialSum(cut) == 0 { cut += 1 }
            // ...and back while nothing would remain beyond it.
            while total - partial[cut - lo] == 0 && partialSum(cut - 1) != 0 { cut -= 1 }
            return (box.with(axis, upper: cut, histogram: histogram),
                    box.with(axis, lower: cut + 1, histogram: histogram))
        }
        // Unreachable for a populated box: some slice always passes half the total.
        return (box, nil)
    }
}

extension MMCQBox {
    /// The bounds of one of the two axes other than `axis`, in the reference's loop order
    /// (red cuts loop green then blue; green and blue cuts loop red then the remaining axis).
    fileprivate func range(across axis: MMCQAxis, first: Bool) -> StrideThrough<Int> {
        let (a, b): ((Int, Int), (Int, Int))
        switch axis {
        case .red: (a, b) = ((g1, g2), (b1, b2))
        case .green: (a, b) = ((r1, r2), (b1, b2))
        case .blue: (a, b) = ((r1, r2), (g1, g2))
        }
        let (l, h) = first ? a : b
        return stride(from: l, through: h, by: 1)
    }
}

extension MMCQ {
    /// colorthief 0.2.1's `ColorThief(file).get_palette(color_count, quality)` on decoded pixels:
    /// samples as `MMCQHistogram(colorThiefSamplesOf:quality:)` describes, then quantises.
    ///
    /// - Parameters:
    ///   - rgba: interleaved RGBA8 pixels, row-major, 4 bytes per pixel.
    ///   - colorCount: 2...256 (colorthief's default is 10).
    ///   - quality: sampling stride, at least 1 (colorthief's default is 10).
    public static func colorThiefPalette(
        rgba: UnsafeBufferPointer<UInt8>, colorCount: Int = 10, quality: Int = 10
    ) throws(Failure) -> [RGB8] {
        try quantize(MMCQHistogram(colorThiefSamplesOf: rgba, quality: quality), maxColors: colorCount)
    }
}

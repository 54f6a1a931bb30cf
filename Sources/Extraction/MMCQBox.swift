import ColorScience

/// A box of the MMCQ colour space: inclusive ranges of 5-bit red, green and blue cells, with its
/// population taken from a histogram when the box is made (boxes never change after that).
///
/// A box may be empty in the sense of `r1 > r2` (median cuts at a box's edge make such boxes);
/// it then has volume 0 and population 0, exactly as in the reference implementation.
struct MMCQBox: Sendable {
    var r1: Int, r2: Int, g1: Int, g2: Int, b1: Int, b2: Int
    /// Number of sampled pixels inside the box.
    let count: Int

    init(r1: Int, r2: Int, g1: Int, g2: Int, b1: Int, b2: Int, histogram: MMCQHistogram) {
        (self.r1, self.r2, self.g1, self.g2, self.b1, self.b2) = (r1, r2, g1, g2, b1, b2)
        var n = 0
        if r1 <= r2, g1 <= g2, b1 <= b2 {
            for r in r1...r2 {
                for g in g1...g2 {
                    for b in b1...b2 { n += histogram[r, g, b] }
                }
            }
        }
        count = n
    }

    /// Number of cells: the product of the three side lengths (0 for a box with `r1 > r2`, and so on).
    var volume: Int { (r2 - r1 + 1) * (g2 - g1 + 1) * (b2 - b1 + 1) }

    /// The box with one of its bounds replaced, population recounted.
    func with(_ axis: MMCQAxis, lower: Int? = nil, upper: Int? = nil, histogram: MMCQHistogram) -> MMCQBox {
        var bounds = (r1, r2, g1, g2, b1, b2)
        switch axis {
        case .red: bounds.0 = lower ?? r1; bounds.1 = upper ?? r2
        case .green: bounds.2 = lower ?? g1; bounds.3 = upper ?? g2
        case .blue: bounds.4 = lower ?? b1; bounds.5 = upper ?? b2
        }
        return MMCQBox(
            r1: bounds.0, r2: bounds.1, g1: bounds.2, g2: bounds.3, b1: bounds.4, b2: bounds.5,
            histogram: histogram)
    }

    /// The population-weighted mean colour of the box's cells (each cell at its centre), each
    /// channel truncated to an integer; the box's centre when it holds no pixels.
    func averageColor(histogram: MMCQHistogram) -> RGB8 {
        let mult = 1 << MMCQHistogram.shift
        var total = 0
        // Sums of count * (2 * cell + 1): the reference sums count * (cell + 0.5) * mult in floating
        // point, which is exact at these magnitudes; integers keep it exact in any order.
        var sumR = 0, sumG = 0, sumB = 0
        if r1 <= r2, g1 <= g2, b1 <= b2 {
            for r in r1...r2 {
                for g in g1...g2 {
                    for b in b1...b2 {
                        let n = histogram[r, g, b]
                        guard n != 0 else { continue }
                        total += n
                        sumR += n * (2 * r + 1)
                        sumG += n * (2 * g + 1)
                        sumB += n * (2 * b + 1)
                    }
                }
            }
        }
        func channel(_ sum: Int) -> UInt8 {
            // Same float division as the reference, then truncation toward zero.
            let mean = Double(sum * mult / 2) / Double(total)
            return UInt8(clamping: Int(mean))
        }
        if total > 0 {
            return RGB8(r: channel(sumR), g: channel(sumG), b: channel(sumB))
        }
        func centre(_ lo: Int, _ hi: Int) -> UInt8 { UInt8(clamping: mult * (lo + hi + 1) / 2) }
        return RGB8(r: centre(r1, r2), g: centre(g1, g2), b: centre(b1, b2))
    }
}

/// A colour axis of the MMCQ box space.
enum MMCQAxis: Sendable { case red, green, blue }

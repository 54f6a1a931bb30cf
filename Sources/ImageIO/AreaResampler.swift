// Area ("box") resampling: every output pixel is the average of the source area it covers,
// with partial source pixels weighted by the fraction covered. Alpha is handled premultiplied,
// so fully transparent pixels contribute no colour. Pure logic, no I/O.

/// Source spans of one axis: output pixel i averages source pixels first[i] ..< first[i] + count[i]
/// with weights weights[offset[i] ..< offset[i] + count[i]] (summing to 1).
struct AreaAxis {
    var first: [Int] = []
    var count: [Int] = []
    var offset: [Int] = []
    var weights: [Float] = []

    /// Spans mapping `source` pixels onto `destination` pixels (both at least 1).
    init(source: Int, destination: Int) {
        let scale = Double(source) / Double(destination)
        for i in 0..<destination {
            let lo = Double(i) * scale
            let hi = Double(i + 1) * scale
            let start = min(Int(lo), source - 1)
            let end = min(max(Int(hi.rounded(.up)), start + 1), source)
            first.append(start)
            count.append(end - start)
            offset.append(weights.count)
            for s in start..<end {
                let covered = min(hi, Double(s + 1)) - max(lo, Double(s))
                weights.append(Float(max(0, covered) / scale))
            }
        }
    }
}

extension RGBAImage {
    /// The image resampled to exactly `width` x `height` pixels with the area filter; nil when
    /// a side is not positive. For the model's input "64x40" (height x width, portrait) call
    /// `resized(width: 40, height: 64)`. Enlarging works too (each output pixel then blends at
    /// most two source pixels per axis), but the filter is meant for shrinking.
    public func resized(width newWidth: Int, height newHeight: Int) -> RGBAImage? {
        guard newWidth > 0, newHeight > 0 else { return nil }
        if newWidth == width && newHeight == height { return self }
        return areaResample(to: newWidth, newHeight)
    }

    /// The image shrunk with the area filter to fit `bound` (keeping its aspect ratio);
    /// unchanged when it already fits.
    public func downscaled(toFit bound: WorkingSize) -> RGBAImage {
        let size = bound.fitting(width: width, height: height)
        if size.width == width && size.height == height { return self }
        return areaResample(to: size.width, size.height)
    }

    private func areaResample(to outW: Int, _ outH: Int) -> RGBAImage {
        let xs = AreaAxis(source: width, destination: outW)
        let ys = AreaAxis(source: height, destination: outH)
        var out = [UInt8](repeating: 0, count: outW * outH * 4)
        // One horizontally resampled source row (premultiplied r, g, b and alpha per pixel),
        // cached because boundary rows are shared by two output rows.
        var rowCache = [Float](repeating: 0, count: outW * 4)
        var cachedRow = -1
        var accumulator = [Float](repeating: 0, count: outW * 4)
        let srcWidth = width
        pixels.withUnsafeBufferPointer { src in
            rowCache.withUnsafeMutableBufferPointer { row in
                accumulator.withUnsafeMutableBufferPointer { acc in
                    out.withUnsafeMutableBufferPointer { dst in
                        for oy in 0..<outH {
                            for i in 0..<acc.count { acc[i] = 0 }
                            for k in 0..<ys.count[oy] {
                                let sy = ys.first[oy] + k
                                let wy = ys.weights[ys.offset[oy] + k]
                                if sy != cachedRow {
                                    Self.resampleRow(src, rowStart: sy * srcWidth * 4, xs: xs, into: row)
                                    cachedRow = sy
                                }
                                for i in 0..<acc.count { acc[i] += row[i] * wy }
                            }
                            let base = oy * outW * 4
                            for ox in 0..<outW {
                                let a = acc[ox * 4 + 3]
                                guard a > 0.5 / 255 else { continue }  // rounds to alpha 0
                                let inv = 1 / a
                                dst[base + ox * 4] = Self.byte(acc[ox * 4] * inv)
                                dst[base + ox * 4 + 1] = Self.byte(acc[ox * 4 + 1] * inv)
                                dst[base + ox * 4 + 2] = Self.byte(acc[ox * 4 + 2] * inv)
                                dst[base + ox * 4 + 3] = Self.byte(a * 255)
                            }
                        }
                    }
                }
            }
        }
        return RGBAImage(unchecked: outW, height: outH, pixels: out)
    }

    /// Horizontal pass of one source row: premultiplied colour (0...255 scale) and alpha (0...1).
    private static func resampleRow(_ src: UnsafeBufferPointer<UInt8>, rowStart: Int, xs: AreaAxis,
                                    into row: UnsafeMutableBufferPointer<Float>) {
        for ox in 0..<xs.first.count {
            var r: Float = 0, g: Float = 0, b: Float = 0, a: Float = 0
            let start = xs.first[ox], offset = xs.offset[ox]
            for k in 0..<xs.count[ox] {
                let p = rowStart + (start + k) * 4
                let aw = Float(src[p + 3]) * (1 / 255) * xs.weights[offset + k]
                r += Float(src[p]) * aw
                g += Float(src[p + 1]) * aw
                b += Float(src[p + 2]) * aw
                a += aw
            }
            row[ox * 4] = r
            row[ox * 4 + 1] = g
            row[ox * 4 + 2] = b
            row[ox * 4 + 3] = a
        }
    }

    /// Rounds a 0...255 value to a byte, clamping.
    private static func byte(_ value: Float) -> UInt8 {
        UInt8(max(0, min(255, value.rounded())))
    }
}

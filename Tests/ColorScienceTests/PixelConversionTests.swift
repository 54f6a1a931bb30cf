import Testing
@testable import ColorScience

@Suite struct PixelConversionTests {
    /// A buffer with every 8-bit value on each channel, extremes and a trailing partial pixel.
    static let pixels: [UInt8] = {
        var bytes: [UInt8] = []
        for v in 0...255 {
            let u = UInt8(v)
            bytes += [u, 255 - u, UInt8((v * 37) & 255), 255]
            bytes += [u, u, u, 0]
            bytes += [UInt8((v * 91) & 255), u, 255 - u, 128]
        }
        return bytes + [9, 9]  // partial pixel: ignored
    }()

    @Test func oklabMatchesTheDoublePath() {
        let out = Self.pixels.withUnsafeBufferPointer { PixelConversion.oklab(rgba: $0) }
        #expect(out.count == Self.pixels.count / 4 * 3)
        for i in 0..<Self.pixels.count / 4 {
            let c = RGB8(r: Self.pixels[4 * i], g: Self.pixels[4 * i + 1], b: Self.pixels[4 * i + 2])
            let ok = Oklab(c)
            let d = maxDifference((Double(out[3 * i]), Double(out[3 * i + 1]), Double(out[3 * i + 2])), (ok.l, ok.a, ok.b))
            #expect(d < 2e-6, "\(c): \(d)")
        }
    }

    @Test func labMatchesTheDoublePath() {
        let out = Self.pixels.withUnsafeBufferPointer { PixelConversion.lab(rgba: $0) }
        #expect(out.count == Self.pixels.count / 4 * 3)
        for i in 0..<Self.pixels.count / 4 {
            let c = RGB8(r: Self.pixels[4 * i], g: Self.pixels[4 * i + 1], b: Self.pixels[4 * i + 2])
            let lab = Lab(c)
            let d = maxDifference((Double(out[3 * i]), Double(out[3 * i + 1]), Double(out[3 * i + 2])), (lab.l, lab.a, lab.b))
            #expect(d < 2e-4, "\(c): \(d)")
        }
    }

    @Test func writesIntoACallersBuffer() {
        let rgba: [UInt8] = [255, 0, 0, 255, 0, 0, 0, 255]
        var out = [Float](repeating: .nan, count: 7)
        rgba.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { PixelConversion.oklab(rgba: input, into: $0) }
        }
        let red = Oklab(RGB8(r: 255, g: 0, b: 0))
        #expect(abs(Double(out[0]) - red.l) < 1e-6 && abs(Double(out[1]) - red.a) < 1e-6)
        #expect(out[3] == 0 && out[4] == 0 && out[5] == 0)
        #expect(out[6].isNaN)  // untouched beyond the last pixel
    }

    @Test func labTriplesBackToRGB8RoundTrip() {
        let lab = Self.pixels.withUnsafeBufferPointer { PixelConversion.lab(rgba: $0) }
        let ok = Self.pixels.withUnsafeBufferPointer { PixelConversion.oklab(rgba: $0) }
        let fromLab = lab.withUnsafeBufferPointer { PixelConversion.rgb8(lab: $0) }
        let fromOklab = ok.withUnsafeBufferPointer { PixelConversion.rgb8(oklab: $0) }
        for i in 0..<Self.pixels.count / 4 {
            let c = RGB8(r: Self.pixels[4 * i], g: Self.pixels[4 * i + 1], b: Self.pixels[4 * i + 2])
            #expect(fromLab[i] == c)
            #expect(fromOklab[i] == c)
        }
    }

    @Test func outOfGamutLabTriplesAreMappedNotClamped() {
        let triples: [Float] = [50, 120, -120, 100, 0, 0, 0, 0, 0, 150, 0, 0]
        let colors = triples.withUnsafeBufferPointer { PixelConversion.rgb8(lab: $0) }
        #expect(colors.count == 4)
        let mapped = GamutMapping.linearRGB(Lab(l: 50, a: 120, b: -120))
        #expect(colors[0] == RGB8(clamping: mapped))
        #expect(colors[1] == RGB8(r: 255, g: 255, b: 255))
        #expect(colors[2] == RGB8(r: 0, g: 0, b: 0))
        #expect(colors[3] == RGB8(r: 255, g: 255, b: 255))
    }

    @Test func fastCubeRootIsAccurate() {
        var x: Float = 1e-6
        var worst = 0.0
        while x < 8 {
            let exact = Double(x).squareRoot() == 0 ? 0 : cubeRootReference(Double(x))
            worst = max(worst, abs(Double(fastCubeRoot(x)) - exact) / exact)
            x *= 1.001
        }
        #expect(worst < 1e-6)
        #expect(fastCubeRoot(0) == 0 && fastCubeRoot(-1) == 0)
        #expect(fastCubeRoot(1) == 1 || abs(fastCubeRoot(1) - 1) < 1e-7)
    }
}

/// Cube root by bisection in double precision, independent of the code under test.
private func cubeRootReference(_ x: Double) -> Double {
    var lo = 0.0, hi = max(1, x)
    for _ in 0..<200 {
        let mid = (lo + hi) / 2
        if mid * mid * mid < x { lo = mid } else { hi = mid }
    }
    return (lo + hi) / 2
}

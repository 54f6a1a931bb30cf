import Testing
@testable import ColorScience

/// Largest absolute difference of two triples.
func maxDifference(_ p: (Double, Double, Double), _ q: (Double, Double, Double)) -> Double {
    max(abs(p.0 - q.0), abs(p.1 - q.1), abs(p.2 - q.2))
}

@Suite struct ConversionTests {
    @Test func srgbMatrixMatchesTheStandardsRoundedTable() {
        // IEC 61966-2-1, equation for linear RGB to XYZ, published to four decimals.
        let iec = [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
        let m = SRGBPrimaries.toXYZ
        let ours = [[m.m00, m.m01, m.m02], [m.m10, m.m11, m.m12], [m.m20, m.m21, m.m22]]
        for i in 0..<3 {
            for j in 0..<3 {
                #expect(abs(ours[i][j] - iec[i][j]) <= 0.00005 + 1e-12, "entry \(i),\(j): \(ours[i][j])")
            }
        }
    }

    @Test func whiteMapsToTheWhitePointAndLab100() {
        let white = XYZ(LinearRGB(r: 1, g: 1, b: 1))
        #expect(maxDifference((white.x, white.y, white.z), (XYZ.d65.x, 1, XYZ.d65.z)) < 1e-12)
        let lab = Lab(RGB8(r: 255, g: 255, b: 255))
        #expect(maxDifference((lab.l, lab.a, lab.b), (100, 0, 0)) < 1e-9)
        let ok = Oklab(RGB8(r: 255, g: 255, b: 255))
        #expect(maxDifference((ok.l, ok.a, ok.b), (1, 0, 0)) < 1e-7)
    }

    @Test func transferFunctionKnownValues() {
        // The curve's defining constants: linear segment and the 2.4 power segment.
        #expect(SRGBTransfer.decode(0.04045) == 0.04045 / 12.92)
        #expect(abs(SRGBTransfer.decode(0.5) - 0.21404114048223255) < 1e-15)
        #expect(abs(SRGBTransfer.encode(0.0031308) - 0.0031308 * 12.92) < 1e-15)
        #expect(SRGBTransfer.decode(1) == 1)
        #expect(SRGBTransfer.decode(-0.5) == -SRGBTransfer.decode(0.5))
        for code in 0...255 {
            let v = Double(code) / 255
            #expect(abs(SRGBTransfer.encode(SRGBTransfer.decode(v)) - v) < 1e-12)
            #expect(SRGBTransfer.linearTable[code] == SRGBTransfer.decode(v))
            #expect(SRGBTransfer.linearTableFloat[code] == Float(SRGBTransfer.decode(v)))
        }
    }

    /// scikit-image uses a six-decimal sRGB matrix and white, so agreement is to about 0.01.
    @Test func labMatchesScikitImage() {
        for ((r, g, b), expected) in scikitImageLabReference {
            let lab = Lab(RGB8(r: r, g: g, b: b))
            #expect(maxDifference((lab.l, lab.a, lab.b), expected) < 0.02, "\(r),\(g),\(b): \(lab)")
        }
    }

    @Test func labXYZRoundTrip() {
        for lab in [Lab(l: 50, a: 20, b: -30), Lab(l: 5, a: -3, b: 2), Lab(l: 0.5, a: 1, b: 1),
                    Lab(l: 95, a: -60, b: 80), Lab(l: 0, a: 0, b: 0)] {
            let back = Lab(XYZ(lab))
            #expect(maxDifference((back.l, back.a, back.b), (lab.l, lab.a, lab.b)) < 1e-10)
        }
    }

    /// Ottosson, "A perceptual color space for image processing" (2020), table of example XYZ
    /// and Oklab pairs, published to three decimals.
    @Test(arguments: [
        ((0.950, 1.000, 1.089), (1.000, 0.000, 0.000)),
        ((1.000, 0.000, 0.000), (0.450, 1.236, -0.019)),
        ((0.000, 1.000, 0.000), (0.922, -0.671, 0.263)),
        ((0.000, 0.000, 1.000), (0.153, -1.415, -0.449)),
    ])
    func oklabMatchesOttossonsTable(xyz: (Double, Double, Double), expected: (Double, Double, Double)) {
        let ok = Oklab(XYZ(x: xyz.0, y: xyz.1, z: xyz.2))
        #expect(maxDifference((ok.l, ok.a, ok.b), expected) <= 0.0005, "\(ok)")
        // The inverse reproduces the input.
        let back = XYZ(ok)
        #expect(maxDifference((back.x, back.y, back.z), xyz) < 1e-12)
    }

    /// The sRGB path (Ottosson's combined matrix) agrees with the XYZ path (M1 after our sRGB
    /// matrix); his combined matrix was derived from a slightly different sRGB matrix, which
    /// leaves differences of about 1e-4, far below the 0.02 just-noticeable difference.
    @Test func oklabSRGBPathAgreesWithXYZPath() {
        for c in [RGB8(r: 255, g: 0, b: 0), RGB8(r: 0, g: 255, b: 0), RGB8(r: 0, g: 0, b: 255),
                  RGB8(r: 12, g: 200, b: 90), RGB8(r: 128, g: 128, b: 128)] {
            let viaLinear = Oklab(LinearRGB(c))
            let viaXYZ = Oklab(XYZ(LinearRGB(c)))
            #expect(viaLinear.distance(to: viaXYZ) < 3e-4)
        }
    }

    @Test func oklchPolarForm() {
        let lch = OKLCH(Oklab(l: 0.5, a: 0, b: -0.1))
        #expect(abs(lch.c - 0.1) < 1e-15)
        #expect(abs(lch.h - 270) < 1e-12)
        #expect(OKLCH(Oklab(l: 0.3, a: 0, b: 0)).h == 0)
        let back = Oklab(OKLCH(l: 0.7, c: 0.2, h: 135))
        #expect(abs(back.a + 0.2 / 2.0.squareRoot()) < 1e-12 && abs(back.b - 0.2 / 2.0.squareRoot()) < 1e-12)
        for h in stride(from: 0.0, to: 360, by: 7.5) {
            let round = OKLCH(Oklab(OKLCH(l: 0.6, c: 0.15, h: h)))
            #expect(abs(hueDifference(from: h, to: round.h)) < 1e-9 && round.h >= 0 && round.h < 360)
        }
    }

    @Test func hueDifferenceWraps() {
        #expect(hueDifference(from: 350, to: 10) == 20)
        #expect(hueDifference(from: 10, to: 350) == -20)
        #expect(hueDifference(from: 0, to: 180) == 180)
    }
}

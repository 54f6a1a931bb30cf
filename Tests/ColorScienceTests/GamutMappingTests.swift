import Testing
@testable import ColorScience

@Suite struct GamutMappingTests {
    @Test func inGamutColoursAreUnchanged() {
        for v in stride(from: 0, through: 255, by: 15) {
            for c in [RGB8(r: UInt8(v), g: 255 - UInt8(v), b: 30), RGB8(r: 255, g: UInt8(v), b: 0),
                      RGB8(r: 0, g: 0, b: UInt8(v))] {
                let linear = LinearRGB(c)
                let mapped = GamutMapping.linearRGB(Oklab(linear))
                #expect(maxDifference((mapped.r, mapped.g, mapped.b), (linear.r, linear.g, linear.b)) < 1e-9)
                let fromLab = GamutMapping.linearRGB(Lab(c))
                #expect(maxDifference((fromLab.r, fromLab.g, fromLab.b), (linear.r, linear.g, linear.b)) < 1e-9)
            }
        }
    }

    /// Out-of-gamut colours on a grid of lightness, hue and large chroma: the result is in gamut,
    /// has no more chroma, and lies within the stated distance of the constant-L, constant-h line.
    @Test func outOfGamutResultsKeepLightnessAndHue() {
        var checked = 0
        for l in stride(from: 0.05, through: 0.95, by: 0.1) {
            for h in stride(from: 0.0, to: 360, by: 15) {
                for chroma in [0.25, 0.4, 1.0] {
                    let input = Oklab(OKLCH(l: l, c: chroma, h: h))
                    guard !LinearRGB(input).isInGamut() else { continue }
                    checked += 1
                    let mapped = GamutMapping.linearRGB(input)
                    #expect(mapped.isInGamut(tolerance: 0))
                    let out = Oklab(mapped)
                    // Closest point of the constant-L, constant-h ray.
                    let radians = h * Double.pi / 180
                    let along = max(0, out.a * libmCos(radians) + out.b * libmSin(radians))
                    let onRay = Oklab(OKLCH(l: l, c: along, h: h))
                    #expect(out.distance(to: onRay) <= GamutMapping.clampTolerance + 1e-9,
                            "L \(l) h \(h) C \(chroma): \(OKLCH(out))")
                    #expect(abs(out.l - l) <= GamutMapping.clampTolerance)
                    #expect(OKLCH(out).c <= chroma)
                }
            }
        }
        #expect(checked > 300)
    }

    /// Far from the primaries, strict mapping is exact: lightness and hue kept to 1e-3 and the
    /// result on the gamut boundary, unlike clamping.
    @Test func midToneMappingIsTightAndBeatsClamping() {
        let input = Oklab(OKLCH(l: 0.6, c: 0.4, h: 150))  // a green far outside sRGB
        let mapped = GamutMapping.linearRGB(input)
        let out = OKLCH(Oklab(mapped))
        #expect(abs(out.l - 0.6) < 1e-3)
        #expect(abs(hueDifference(from: 150, to: out.h)) < 0.5)
        #expect(min(mapped.r, mapped.g, mapped.b) < 1e-3 || max(mapped.r, mapped.g, mapped.b) > 1 - 1e-3)
        let clampedDirect = LinearRGB(input)
        let clamped = OKLCH(Oklab(LinearRGB(r: min(max(clampedDirect.r, 0), 1),
                                            g: min(max(clampedDirect.g, 0), 1),
                                            b: min(max(clampedDirect.b, 0), 1))))
        #expect(abs(hueDifference(from: 150, to: clamped.h)) > abs(hueDifference(from: 150, to: out.h)))
    }

    @Test func extremesAndNaN() {
        #expect(RGB8(Oklab(l: 1.2, a: 0.3, b: 0)) == RGB8(r: 255, g: 255, b: 255))
        #expect(RGB8(Oklab(l: -0.1, a: 0.3, b: 0)) == RGB8(r: 0, g: 0, b: 0))
        #expect(RGB8(Lab(l: 120, a: 0, b: 0)) == RGB8(r: 255, g: 255, b: 255))
        #expect(RGB8(Oklab(l: .nan, a: 0, b: 0)) == RGB8(r: 0, g: 0, b: 0))
    }

    /// A primary pushed a hair out of gamut (as single-precision rounding does) stays itself.
    @Test func primariesNudgedOutOfGamutStayPut() {
        for c in [RGB8(r: 0, g: 0, b: 255), RGB8(r: 255, g: 0, b: 0), RGB8(r: 0, g: 255, b: 0),
                  RGB8(r: 255, g: 0, b: 255), RGB8(r: 0, g: 255, b: 255), RGB8(r: 255, g: 255, b: 0)] {
            let ok = Oklab(c)
            let nudged = Oklab(l: ok.l, a: ok.a * 1.0001, b: ok.b * 1.0001)
            #expect(RGB8(nudged) == c)
        }
    }
}

import Testing
@testable import ColorScience

@Suite struct ColorVisionDeficiencyTests {
    /// The severity-1.0 matrices as published with Machado, Oliveira & Fernandes (2009) (the
    /// authors' table for severities 0.0-1.0), rows top to bottom: column k is the simulation of
    /// the k-th linear primary.
    static let published: [ColorVisionDeficiency: [[Double]]] = [
        .protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        .deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
        .tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    ]

    @Test(arguments: ColorVisionDeficiency.allCases)
    func primariesMapToThePublishedColumns(deficiency: ColorVisionDeficiency) throws {
        let rows = try #require(Self.published[deficiency])
        let primaries = [LinearRGB(r: 1, g: 0, b: 0), LinearRGB(r: 0, g: 1, b: 0), LinearRGB(r: 0, g: 0, b: 1)]
        for (column, primary) in primaries.enumerated() {
            let seen = deficiency.simulate(primary)
            #expect(seen.r == rows[0][column] && seen.g == rows[1][column] && seen.b == rows[2][column],
                    "\(deficiency) column \(column): \(seen)")
        }
    }

    /// Each published row sums to 1 within rounding: white and greys keep their colour.
    @Test(arguments: ColorVisionDeficiency.allCases)
    func greysStayGrey(deficiency: ColorVisionDeficiency) {
        for v in stride(from: 0, through: 255, by: 15) {
            let grey = RGB8(r: UInt8(v), g: UInt8(v), b: UInt8(v))
            #expect(deficiency.simulate(grey) == grey, "\(deficiency) \(grey.hex)")
        }
    }

    /// colorspacious 1.1.2 (an independent implementation of the same paper) on 20 colours per
    /// deficiency, in linear RGB; see Fixtures/make_cvd_reference.py.
    @Test func matchesColorspacious() throws {
        #expect(colorspaciousCVDReference.count == 60)
        for (name, (r, g, b), (er, eg, eb)) in colorspaciousCVDReference {
            let deficiency = try #require(ColorVisionDeficiency(rawValue: name))
            let seen = deficiency.simulate(LinearRGB(RGB8(r: r, g: g, b: b)))
            let error = max(abs(seen.r - er), abs(seen.g - eg), abs(seen.b - eb))
            #expect(error < 1e-8, "\(name) (\(r), \(g), \(b)): \(seen) vs (\(er), \(eg), \(eb))")
        }
    }

    @Test func eightBitSimulationClampsToTheGamut() {
        // Pure blue under protanopia has a negative red (-0.204868 linear): clamped to 0.
        let blue = ColorVisionDeficiency.protanopia.simulate(RGB8(r: 0, g: 0, b: 255))
        #expect(blue.r == 0)
        #expect(blue == RGB8(clamping: LinearRGB(r: 0, g: 0.099216, b: 1)))
    }

    /// Pairs found far apart for normal vision and close for one deficiency (checked against
    /// colorspacious when chosen): each is confused by its deficiency only.
    @Test(arguments: [
        (ColorVisionDeficiency.protanopia, "#66a182", "#c28e7c"),
        (.deuteranopia, "#7983c1", "#da0cc3"),
        (.tritanopia, "#e4067d", "#fc5435"),
    ])
    func confusedPairsAreFoundForTheirDeficiencyOnly(deficiency: ColorVisionDeficiency, x: String, y: String) throws {
        let palette = [try RGB8(hex: x), RGB8(r: 0, g: 0, b: 0), try RGB8(hex: y)]
        #expect(deltaE76(Lab(palette[0]), Lab(palette[2])) > 40)
        for other in ColorVisionDeficiency.allCases {
            let pairs = other.confusedPairs(in: palette)
            if other == deficiency {
                #expect(pairs.count == 1)
                #expect(pairs.first?.first == 0 && pairs.first?.second == 2)
                let difference = try #require(pairs.first?.simulatedDifference)
                #expect(difference < 5)
                #expect(difference == deltaE76(Lab(other.simulate(palette[0])), Lab(other.simulate(palette[2]))))
            } else {
                #expect(pairs.isEmpty, "\(other) confuses \(x) and \(y): \(pairs)")
            }
        }
    }

    @Test func pairsAlreadyAlikeAreNotReported() {
        // 2 Lab units apart before simulation: not made indistinguishable by the deficiency.
        let palette = [RGB8(r: 100, g: 100, b: 100), RGB8(r: 104, g: 104, b: 104)]
        #expect(deltaE76(Lab(palette[0]), Lab(palette[1])) < 5)
        for deficiency in ColorVisionDeficiency.allCases {
            #expect(deficiency.confusedPairs(in: palette).isEmpty)
        }
        #expect(ColorVisionDeficiency.protanopia.confusedPairs(in: []).isEmpty)
    }
}

import Testing
@testable import ColorScience

@Suite struct ContrastTests {
    static let black = RGB8(r: 0, g: 0, b: 0), white = RGB8(r: 255, g: 255, b: 255)

    @Test func luminanceOfExtremes() {
        #expect(Self.black.relativeLuminance == 0)
        #expect(abs(Self.white.relativeLuminance - 1) < 1e-12)
    }

    /// Ratios as WCAG's formula gives them and as common contrast checkers report them
    /// (rounded to two decimals): black/white 21:1, #767676 on white 4.54:1 (the lightest grey
    /// passing AA for body text), #777777 4.48:1, red 4:1, blue 8.59:1, #808080 3.95:1.
    @Test(arguments: [
        (RGB8(r: 0, g: 0, b: 0), RGB8(r: 255, g: 255, b: 255), 21.00),
        (RGB8(r: 0x76, g: 0x76, b: 0x76), RGB8(r: 255, g: 255, b: 255), 4.54),
        (RGB8(r: 0x77, g: 0x77, b: 0x77), RGB8(r: 255, g: 255, b: 255), 4.48),
        (RGB8(r: 255, g: 0, b: 0), RGB8(r: 255, g: 255, b: 255), 4.00),
        (RGB8(r: 0, g: 0, b: 255), RGB8(r: 255, g: 255, b: 255), 8.59),
        (RGB8(r: 128, g: 128, b: 128), RGB8(r: 255, g: 255, b: 255), 3.95),
        (RGB8(r: 12, g: 200, b: 90), RGB8(r: 12, g: 200, b: 90), 1.00),
    ])
    func knownRatios(x: RGB8, y: RGB8, expected: Double) {
        #expect((x.contrastRatio(with: y) * 100).rounded() / 100 == expected)
        #expect(x.contrastRatio(with: y) == y.contrastRatio(with: x))
    }

    @Test func textColourHasTheHigherContrast() {
        #expect(Self.white.preferredTextColor == Self.black)
        #expect(Self.black.preferredTextColor == Self.white)
        #expect(RGB8(r: 0, g: 0, b: 255).preferredTextColor == Self.white)
        #expect(RGB8(r: 255, g: 255, b: 0).preferredTextColor == Self.black)
        for v in stride(from: 0, through: 255, by: 17) {
            let bg = RGB8(r: UInt8(v), g: UInt8((v * 7) & 255), b: 255 - UInt8(v))
            let chosen = bg.preferredTextColor
            let other = chosen == Self.black ? Self.white : Self.black
            #expect(bg.contrastRatio(with: chosen) >= bg.contrastRatio(with: other))
        }
    }
}

@Suite struct ContrastLevelTests {
    /// WCAG 2.x success criteria 1.4.3 and 1.4.6: normal text needs 4.5:1 (AA) and 7:1 (AAA),
    /// large text 3:1 (AA) and 4.5:1 (AAA); the thresholds are inclusive and unrounded.
    @Test(arguments: [
        (21.0, ContrastLevel.aaa, ContrastLevel.aaa),
        (7.0, .aaa, .aaa),
        (6.99, .aa, .aaa),
        (4.5, .aa, .aaa),
        (4.499, .fail, .aa),
        (3.0, .fail, .aa),
        (2.999, .fail, .fail),
        (1.0, .fail, .fail),
    ])
    func thresholds(ratio: Double, normal: ContrastLevel, large: ContrastLevel) {
        #expect(ContrastLevel.normalText(ratio) == normal)
        #expect(ContrastLevel.largeText(ratio) == large)
    }

    /// #767676 on white (4.54:1) is the lightest grey passing AA for body text; #777777
    /// (4.48:1) passes AA only for large text.
    @Test func greysOnWhite() {
        let white = RGB8(r: 255, g: 255, b: 255)
        #expect(ContrastLevel.normalText(RGB8(r: 0x76, g: 0x76, b: 0x76).contrastRatio(with: white)) == .aa)
        #expect(ContrastLevel.normalText(RGB8(r: 0x77, g: 0x77, b: 0x77).contrastRatio(with: white)) == .fail)
        #expect(ContrastLevel.largeText(RGB8(r: 0x77, g: 0x77, b: 0x77).contrastRatio(with: white)) == .aa)
    }
}

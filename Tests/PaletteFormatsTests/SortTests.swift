import ColorScience
import Testing

@testable import PaletteFormats

@Suite struct SortTests {
    // OKLCH of these (L, C, h in degrees), from Ottosson's formulas:
    // red #ff0000 (0.628, 0.258, 29.2), yellow #ffff00 (0.968, 0.211, 109.8),
    // green #00ff00 (0.866, 0.295, 142.5), blue #0000ff (0.452, 0.313, 264.1),
    // grey #808080 (0.600, 0, -), black #000000 (0, 0, -), pale pink #ffe4e1 (0.940, 0.030, 25.3).
    let red = RGB8(r: 255, g: 0, b: 0), yellow = RGB8(r: 255, g: 255, b: 0)
    let green = RGB8(r: 0, g: 255, b: 0), blue = RGB8(r: 0, g: 0, b: 255)
    let grey = RGB8(r: 128, g: 128, b: 128), black = RGB8(r: 0, g: 0, b: 0)
    let pink = RGB8(r: 255, g: 228, b: 225)
    var mixed: [RGB8] { [grey, blue, pink, yellow, black, red, green] }

    @Test func noneKeepsTheOrder() {
        #expect(PaletteSort.none.apply(to: mixed) == mixed)
    }

    @Test func lightnessGoesDarkToLight() {
        #expect(PaletteSort.lightness.apply(to: mixed) == [black, blue, grey, red, green, pink, yellow])
    }

    @Test func chromaGoesMostColourfulFirst() {
        #expect(PaletteSort.chroma.apply(to: mixed).prefix(5) == [blue, green, red, yellow, pink])
    }

    @Test func hueGoesRoundTheWheelWithGreysLastDarkToLight() {
        #expect(PaletteSort.hue.apply(to: mixed) == [pink, red, yellow, green, blue, black, grey])
    }

    @Test func parsesFromItsName() {
        #expect(PaletteSort(rawValue: "hue") == .hue)
        #expect(PaletteSort.allCases.map(\.rawValue) == ["none", "lightness", "hue", "chroma"])
    }
}

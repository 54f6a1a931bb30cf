import ColorScience
import Testing

@testable import PaletteFormats

/// Black, white and the two greys either side of WCAG's 4.5:1 on white: every mark appears.
private let greys = [RGB8(r: 0, g: 0, b: 0), RGB8(r: 255, g: 255, b: 255),
                     RGB8(r: 0x76, g: 0x76, b: 0x76), RGB8(r: 0x77, g: 0x77, b: 0x77)]

@Suite struct ContrastTableTests {
    @Test func everyPairOnceInIndexOrder() {
        let table = ContrastTable(colors: greys)
        #expect(table.pairs.map { [$0.first, $0.second] } == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]])
        #expect(table.pairs[0].normalText == .aaa && table.pairs[0].largeText == .aaa)
        #expect(table.pairs[4].normalText == .fail && table.pairs[4].largeText == .aa)
        #expect(ContrastTable(colors: [greys[0]]).pairs.isEmpty)
    }

    /// Ratios (exact values 21, 4.6233, 4.6895, 4.5422, 4.4781, 1.0143) shown truncated.
    @Test func textGridWithMarksAndLegend() {
        #expect(ContrastTable(colors: greys).text(style: .plain) == """
                       #000000    #ffffff    #767676    #777777
            #000000          -  21.00 AAA    4.62 AA    4.68 AA
            #ffffff  21.00 AAA          -    4.54 AA  4.47 AA-L
            #767676    4.62 AA    4.54 AA          -  1.01 fail
            #777777    4.68 AA  4.47 AA-L  1.01 fail          -

            AAA  7:1 or more: normal and large text, level AAA
            AA   4.5:1 or more: normal text AA, large text AAA
            AA-L 3:1 or more: large text only, level AA
            fail under 3:1

            """)
    }

    @Test func swatchesStartTheRows() {
        let text = ContrastTable(colors: Array(greys[0...1])).text(style: .swatches)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "          " + "    #000000    #ffffff")
        #expect(lines[1] == "\u{1B}[48;2;0;0;0m  \u{1B}[0m #000000          -  21.00 AAA")
        #expect(lines[2].hasPrefix("\u{1B}[48;2;255;255;255m  \u{1B}[0m #ffffff"))
    }

    @Test func jsonIsAnArrayOfPairs() {
        #expect(ContrastTable(colors: Array(greys[1...3])).json() == """
            [
              {"colors": ["#ffffff", "#767676"], "ratio": 4.54, "normal": "AA", "large": "AAA"},
              {"colors": ["#ffffff", "#777777"], "ratio": 4.47, "normal": "fail", "large": "AA"},
              {"colors": ["#767676", "#777777"], "ratio": 1.01, "normal": "fail", "large": "fail"}
            ]

            """)
        #expect(ContrastTable(colors: []).json() == "[]\n")
    }

    @Test func ratiosAreTruncatedNotRounded() {
        #expect(ContrastTable.formatted(21) == "21.00")
        #expect(ContrastTable.formatted(20.999999999999996) == "21.00")
        #expect(ContrastTable.formatted(4.4999) == "4.49")
        #expect(ContrastTable.formatted(4.5) == "4.50")
        #expect(ContrastTable.formatted(3.05) == "3.05")
        #expect(ContrastTable.formatted(1) == "1.00")
    }
}

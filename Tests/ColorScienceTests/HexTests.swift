import Testing
@testable import ColorScience

@Suite struct HexTests {
    @Test(arguments: [
        ("#ff8000", RGB8(r: 255, g: 128, b: 0)),
        ("ff8000", RGB8(r: 255, g: 128, b: 0)),
        ("#FF8000", RGB8(r: 255, g: 128, b: 0)),
        ("  #Ff8000\n", RGB8(r: 255, g: 128, b: 0)),
        ("#abc", RGB8(r: 0xaa, g: 0xbb, b: 0xcc)),
        ("ABC", RGB8(r: 0xaa, g: 0xbb, b: 0xcc)),
        ("\t#000 ", RGB8(r: 0, g: 0, b: 0)),
        ("#fFf", RGB8(r: 255, g: 255, b: 255)),
        ("0a0b0c", RGB8(r: 10, g: 11, b: 12)),
    ])
    func parsesValidForms(text: String, expected: RGB8) throws {
        #expect(try RGB8(hex: text) == expected)
    }

    @Test(arguments: [
        "", "#", "##fff", "#ff", "#ffff", "#fffff", "#fffffff", "#ggg", "#12345z", "red",
        "# fff", "#ff ff00", "0x123", "#１２３", "#ff8000;", "fff#",
    ])
    func rejectsJunkWithTheInput(text: String) {
        #expect(throws: ColorError.invalidHex(text)) { try RGB8(hex: text) }
    }

    @Test func formatsLowercaseSixDigits() {
        #expect(RGB8(r: 255, g: 128, b: 0).hex == "#ff8000")
        #expect(RGB8(r: 0, g: 10, b: 171).hex == "#000aab")
        #expect(RGB8(r: 0, g: 10, b: 171).description == "#000aab")
    }

    @Test func formatThenParseIsIdentity() throws {
        // Every value of each channel, combined with a few values of the others.
        for v in 0...255 {
            for other: UInt8 in [0, 7, 128, 255] {
                for c in [RGB8(r: UInt8(v), g: other, b: 255 - other),
                          RGB8(r: other, g: UInt8(v), b: other),
                          RGB8(r: 255 - other, g: other, b: UInt8(v))] {
                    #expect(try RGB8(hex: c.hex) == c)
                    #expect(try RGB8(hex: c.hex.uppercased()) == c)
                }
            }
        }
    }

    @Test func errorDescriptionQuotesTheInput() {
        #expect(ColorError.invalidHex("#xyz").description.contains("\"#xyz\""))
    }
}

import ColorScience
import Foundation
import Testing

@testable import PaletteFormats

private let warm = [RGB8(r: 0xe6, g: 0x39, b: 0x46), RGB8(r: 0xf1, g: 0xfa, b: 0xee), RGB8(r: 0x0a, g: 0x0b, b: 0x0c)]
private let cool = [RGB8(r: 0x1d, g: 0x35, b: 0x57), RGB8(r: 0x45, g: 0x7b, b: 0x9d)]
private let one = PaletteRecord(origin: .image(path: "photos/sunset.jpg"), method: "kmeans", colors: warm)
private let two = PaletteRecord(origin: .image(path: "sea.png"), method: "mmcq", colors: cool)

@Suite struct TextAndHexTests {
    @Test func plainTextIsOneHexCodePerLine() {
        #expect(PaletteFormat.text.encode([one]) == "#e63946\n#f1faee\n#0a0b0c\n")
    }

    @Test func swatchesUseTrueColourBackgrounds() {
        let out = PaletteFormat.text.encode([one], options: .init(textStyle: .swatches))
        #expect(out == """
            \u{1B}[48;2;230;57;70m      \u{1B}[0m #e63946
            \u{1B}[48;2;241;250;238m      \u{1B}[0m #f1faee
            \u{1B}[48;2;10;11;12m      \u{1B}[0m #0a0b0c

            """)
    }

    @Test func severalPalettesAreHeadedAndSeparated() {
        #expect(PaletteFormat.text.encode([one, two]) == """
            photos/sunset.jpg
            #e63946
            #f1faee
            #0a0b0c

            sea.png
            #1d3557
            #457b9d

            """)
        let swatches = PaletteFormat.text.encode([two], options: .init(textStyle: .swatches, isCollection: true))
        #expect(swatches.hasPrefix("\u{1B}[1msea.png\u{1B}[0m\n\u{1B}[48;2;29;53;87m"))
    }

    @Test func swatches256UseTheNearestXtermColourBesideTheExactCode() {
        // #e63946 -> cube (4, 1, 1) = 167; #f1faee -> grey 238 = 255; #0a0b0c -> grey 8 = 232.
        let out = PaletteFormat.text.encode([one], options: .init(textStyle: .swatches256))
        #expect(out == """
            \u{1B}[48;5;167m      \u{1B}[0m #e63946
            \u{1B}[48;5;255m      \u{1B}[0m #f1faee
            \u{1B}[48;5;232m      \u{1B}[0m #0a0b0c

            """)
    }

    @Test func labelsCannotInjectLinesOrEscapes() {
        let odd = PaletteRecord(origin: .image(path: "a\nb\u{1B}[2J.png"), method: "kmeans", colors: cool)
        #expect(PaletteFormat.text.encode([odd, two]).hasPrefix("a b [2J.png\n#1d3557\n"))
    }

    @Test func hexIsOneLinePerPalette() {
        #expect(PaletteFormat.hex.encode([one, two]) == "#e63946 #f1faee #0a0b0c\n#1d3557 #457b9d\n")
        #expect(PaletteFormat.hex.encode([]) == "")
    }
}

@Suite struct JSONTests {
    @Test func onePaletteIsStillAnArrayOfOneObjectInDocumentedKeyOrder() throws {
        let out = PaletteFormat.json.encode([one])
        #expect(out == "[\n  " + ##"{"image": "photos/sunset.jpg", "method": "kmeans", "colors": ["#e63946", "#f1faee", "#0a0b0c"]}"## + "\n]\n")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(parsed.count == 1)
        #expect(parsed[0]["image"] as? String == "photos/sunset.jpg")
        #expect(parsed[0]["method"] as? String == "kmeans")
        #expect(parsed[0]["colors"] as? [String] == ["#e63946", "#f1faee", "#0a0b0c"])
    }

    @Test func severalPalettesAreAnArray() throws {
        let out = PaletteFormat.json.encode([one, two])
        #expect(out == """
            [
              {"image": "photos/sunset.jpg", "method": "kmeans", "colors": ["#e63946", "#f1faee", "#0a0b0c"]},
              {"image": "sea.png", "method": "mmcq", "colors": ["#1d3557", "#457b9d"]}
            ]

            """)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(parsed.map { $0["image"] as? String } == ["photos/sunset.jpg", "sea.png"])
        #expect(parsed.map { $0["method"] as? String } == ["kmeans", "mmcq"])
        #expect(parsed[1]["colors"] as? [String] == ["#1d3557", "#457b9d"])
    }

    @Test func theShapeDoesNotDependOnTheCollectionFlag() {
        for collection in [true, false] {
            #expect(PaletteFormat.json.encode([two], options: .init(isCollection: collection))
                    == PaletteFormat.json.encode([two]))
            #expect(PaletteFormat.json.encode([], options: .init(isCollection: collection)) == "[]\n")
            #expect(PaletteFormat.jsonl.encode([two], options: .init(isCollection: collection))
                    == PaletteFormat.jsonl.encode([two]))
        }
    }

    @Test func jsonLinesHoldOneObjectPerLine() throws {
        let out = PaletteFormat.jsonl.encode([one, two])
        #expect(out == ##"""
            {"image": "photos/sunset.jpg", "method": "kmeans", "colors": ["#e63946", "#f1faee", "#0a0b0c"]}
            {"image": "sea.png", "method": "mmcq", "colors": ["#1d3557", "#457b9d"]}

            """##)
        let lines = out.split(separator: "\n")
        let parsed = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(parsed.map { $0["method"] as? String } == ["kmeans", "mmcq"])
        #expect(PaletteFormat.jsonl.encode([]) == "")
    }

    @Test func awkwardPathsRoundTrip() throws {
        let path = "dir \"quoted\"\\back\tslash\n\u{01}é✓.jpg"
        let record = PaletteRecord(origin: .image(path: path), method: "kmeans", colors: cool)
        let out = PaletteFormat.json.encode([record])
        #expect(out.contains(#""dir \"quoted\"\\back\tslash\n\u0001é✓.jpg""#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(parsed.first?["image"] as? String == path)
    }

    @Test func namedPalettesUseTheNameKey() {
        let record = PaletteRecord(origin: .named("sample 1"), method: "vae", colors: cool)
        #expect(PaletteFormat.jsonl.encode([record]) == ##"{"name": "sample 1", "method": "vae", "colors": ["#1d3557", "#457b9d"]}"## + "\n")
    }
}

@Suite struct GPLAndCSSTests {
    @Test func gplForOnePalette() {
        #expect(PaletteFormat.gpl.encode([one]) == """
            GIMP Palette
            Name: photos/sunset.jpg
            Columns: 3
            #
            230  57  70\t#e63946
            241 250 238\t#f1faee
             10  11  12\t#0a0b0c

            """)
    }

    @Test func gplForSeveralPalettesGroupsThemWithComments() {
        #expect(PaletteFormat.gpl.encode([one, two]) == """
            GIMP Palette
            Name: Palettes
            Columns: 3
            #
            # photos/sunset.jpg
            230  57  70\t#e63946
            241 250 238\t#f1faee
             10  11  12\t#0a0b0c
            # sea.png
             29  53  87\t#1d3557
             69 123 157\t#457b9d

            """)
    }

    @Test func cssForOnePalette() {
        #expect(PaletteFormat.css.encode([two]) == """
            :root {
              --palette-1: #1d3557;
              --palette-2: #457b9d;
            }

            """)
    }

    @Test func cssForSeveralPalettesNamesThemByFile() {
        let again = PaletteRecord(origin: .image(path: "other/Sea.JPG"), method: "kmeans", colors: [cool[0]])
        let odd = PaletteRecord(origin: .image(path: "a*/b.png"), method: "kmeans", colors: [cool[1]])
        #expect(PaletteFormat.css.encode([two, again, one, odd]) == """
            :root {
              /* sea.png */
              --sea-1: #1d3557;
              --sea-2: #457b9d;
              /* other/Sea.JPG */
              --sea-2-1: #1d3557;
              /* photos/sunset.jpg */
              --sunset-1: #e63946;
              --sunset-2: #f1faee;
              --sunset-3: #0a0b0c;
              /* a* /b.png */
              --b-1: #457b9d;
            }

            """)
    }

    @Test func cssSlugs() {
        #expect(CSSEncoding.slug("My Photo (1).final.jpeg") == "my-photo-1-final")
        #expect(CSSEncoding.slug("/tmp/.hidden") == "hidden")
        #expect(CSSEncoding.slug("日本.png") == "palette")
    }
}

import ColorScience
import Testing
@testable import PaletteData

@Suite struct PaletteCSVTests {
    let first = ["#69d2e7", "#a7dbd8", "#e0e4cc", "#f38630", "#fa6900"].map { try! RGB8(hex: $0) }
    let second = ["#fe4365", "#fc9d9a", "#f9cdad", "#c8c8a9", "#83af9b"].map { try! RGB8(hex: $0) }

    @Test func readsTheCanonicalForm() throws {
        let text = "c1,c2,c3,c4,c5\n#69d2e7,#a7dbd8,#e0e4cc,#f38630,#fa6900\n#fe4365,#fc9d9a,#f9cdad,#c8c8a9,#83af9b\n"
        #expect(try PaletteCSV.parse(text, path: "x.csv") == [first, second])
    }

    @Test func toleratesCRLFMissingNewlineBlankLinesAndSpaces() throws {
        let text = "\u{FEFF}C1,c2,c3,c4,C5\r\n\r\n #69D2E7 ,#a7dbd8,#e0e4cc,#f38630,#fa6900\r\n#fe4365,#fc9d9a,#f9cdad,#c8c8a9,#83af9b"
        #expect(try PaletteCSV.parse(text, path: "x.csv") == [first, second])
        #expect(try PaletteCSV.parse("", path: "x.csv").isEmpty)
        #expect(try PaletteCSV.parse("c1,c2,c3,c4,c5\n", path: "x.csv").isEmpty)
    }

    @Test func errorsNameTheFileAndLine() {
        func failure(_ text: String) -> PaletteDataError? {
            do { _ = try PaletteCSV.parse(text, path: "p.csv"); return nil } catch { return error }
        }
        let header = failure("a,b,c,d,e\n#000000,#000000,#000000,#000000,#000000\n")
        #expect(header?.kind == .badHeader && header?.line == 1 && header?.path == "p.csv")
        let cells = failure("c1,c2,c3,c4,c5\n#000000,#000000,#000000,#000000,#000000\n\n#000000,#000000\n")
        #expect(cells?.kind == .wrongCellCount && cells?.line == 4)
        let color = failure("c1,c2,c3,c4,c5\r\n#000000,#000000,#00000g,#000000,#000000\r\n")
        #expect(color?.kind == .badColor && color?.line == 2)
        #expect(color?.description == "p.csv:2: \"#00000g\" is not a colour (expected #rrggbb)")
    }

    @Test func writesAndReadsBack() throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/out.csv"
        try PaletteCSV.write([first, second], to: path)
        #expect(try PaletteCSV.read(path: path) == [first, second])
        #expect(try PaletteCSV.format([first]) == "c1,c2,c3,c4,c5\n#69d2e7,#a7dbd8,#e0e4cc,#f38630,#fa6900\n")
        #expect(throws: PaletteDataError.self) { try PaletteCSV.write([Array(first.prefix(3))], to: path) }
    }

    @Test func missingAndFolderPathsAreTypedErrors() throws {
        let folder = try ScratchFolder()
        #expect { try PaletteCSV.read(path: folder.path + "/none.csv") } throws: {
            ($0 as? PaletteDataError)?.kind == .missing
        }
        #expect { try PaletteCSV.read(path: folder.path) } throws: {
            ($0 as? PaletteDataError)?.kind == .unreadable
        }
    }

    @Test func readsTheSharedPaletteFilesWhenPresent() throws {
        let path = "/work/shared/data/palettes/pat_val.csv"
        guard FileManagerProbe.exists(path) else { return }
        let palettes = try PaletteCSV.read(path: path)
        #expect(palettes.count == 1018)
        #expect(palettes.allSatisfy { $0.count == 5 })
    }
}

@Suite struct PairedCSVTests {
    @Test func resolvesImagePathsAgainstTheFolder() throws {
        let text = "image,c1,c2,c3,c4,c5\r\nbeach.jpg,#000000,#111111,#222222,#333333,#444444\r\n"
            + "\"sub/a, b.png\",#000000,#111111,#222222,#333333,#444444\r\n"
            + "/abs/c.jpg,#000000,#111111,#222222,#333333,#444444"
        let pairs = try PairedCSV.parse(text, path: "pairs.csv", imageFolder: "/data/images/")
        #expect(pairs.map(\.imagePath) == ["/data/images/beach.jpg", "/data/images/sub/a, b.png", "/abs/c.jpg"])
        #expect(pairs.map(\.line) == [2, 3, 4])
        #expect(pairs[0].palette.map(\.hex) == ["#000000", "#111111", "#222222", "#333333", "#444444"])
    }

    @Test func rejectsBadRows() {
        func kind(_ text: String) -> PaletteDataError.Kind? {
            do { _ = try PairedCSV.parse(text, path: "p.csv", imageFolder: "d"); return nil } catch { return error.kind }
        }
        #expect(kind("c1,c2,c3,c4,c5\n") == .badHeader)
        #expect(kind("image,c1,c2,c3,c4,c5\nx.jpg,#000000\n") == .wrongCellCount)
        #expect(kind("image,c1,c2,c3,c4,c5\n,#000000,#000000,#000000,#000000,#000000\n") == .badImagePath)
        #expect(kind("image,c1,c2,c3,c4,c5\nx.jpg,#000000,#000000,red,#000000,#000000\n") == .badColor)
    }
}

enum FileManagerProbe {
    static func exists(_ path: String) -> Bool {
        (try? TextFiles.read(path)) != nil
    }
}

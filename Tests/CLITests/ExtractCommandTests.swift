import Foundation
import ImageIO
import Testing

/// The colours of the test images: #c81e28, #145aa0 and #f0c80a.
private let red = (UInt8(200), UInt8(30), UInt8(40)), blue = (UInt8(20), UInt8(90), UInt8(160))
private let yellow = (UInt8(240), UInt8(200), UInt8(10))

@Suite(.serialized) struct ExtractCommandTests {
    @Test func versionAndHelp() throws {
        let version = try PaletteProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")

        let help = try PaletteProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("extract"))

        let extractHelp = try PaletteProcess.run(["extract", "--help"])
        #expect(extractHelp.status == 0)
        for option in ["--method", "--count", "--format", "--sort", "kmeans", "mmcq", "gpl", "chroma"] {
            #expect(extractHelp.stdout.contains(option), "\(option) missing from extract --help")
        }
    }

    @Test func flatColoursComeBackExactlyAsHex() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        // Red 3 bands, blue 2, yellow 1: k-means orders by weight.
        let image = try #require(ScratchImages.bands([red, red, red, blue, blue, yellow]))
        let path = try scratch.png("bands.png", image)

        let hex = try PaletteProcess.run(["extract", path, "--format", "hex", "--count", "3"])
        #expect(hex.status == 0)
        #expect(hex.stdout == "#c81e28 #145aa0 #f0c80a\n")
        #expect(hex.stderr.isEmpty)

        // Plain text when standard output is not a terminal; the default count of 5 cannot be
        // met by three flat colours.
        let text = try PaletteProcess.run(["extract", path])
        #expect(text.stdout == "#c81e28\n#145aa0\n#f0c80a\n")

        let sorted = try PaletteProcess.run(["extract", path, "--format", "hex", "--sort", "lightness"])
        #expect(sorted.stdout == "#145aa0 #c81e28 #f0c80a\n")

        let mmcq = try PaletteProcess.run(["extract", path, "--method", "mmcq", "--format", "json", "--count", "3"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(mmcq.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects.first?["method"] as? String == "mmcq")
        #expect((objects.first?["colors"] as? [String])?.count == 3)
    }

    @Test func everyFormat() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let a = try scratch.png("a.png", try #require(ScratchImages.bands([red, red, blue])))
        let b = try scratch.jpeg("b.jpg", try #require(ScratchImages.bands([yellow], rows: 16)))

        let json = try PaletteProcess.run(["extract", a, b, "--format", "json", "--count", "2"])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["image"] as? String } == [a, b])
        #expect(array.map { $0["method"] as? String } == ["kmeans", "kmeans"])
        #expect(array[0]["colors"] as? [String] == ["#c81e28", "#145aa0"])
        let jpegColors = try #require(array[1]["colors"] as? [String])
        #expect(jpegColors.count == 1)

        let gpl = try PaletteProcess.run(["extract", a, "--format", "gpl", "--count", "2"])
        #expect(gpl.stdout == "GIMP Palette\nName: \(a)\nColumns: 2\n#\n200  30  40\t#c81e28\n 20  90 160\t#145aa0\n")

        let css = try PaletteProcess.run(["extract", a, b, "--format", "css", "--count", "2"])
        #expect(css.stdout.hasPrefix(":root {\n  /* \(a) */\n  --a-1: #c81e28;\n  --a-2: #145aa0;\n  /* \(b) */\n  --b-1: #"))

        let text = try PaletteProcess.run(["extract", a, b, "--count", "2"])
        #expect(text.stdout.hasPrefix("\(a)\n#c81e28\n#145aa0\n\n\(b)\n#"))
    }

    @Test func badFilesAreReportedAndTheOthersStillProcessed() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let good = try scratch.png("good.png", try #require(ScratchImages.bands([red, blue])))
        let garbage = try scratch.write("garbage.jpg", Array("not an image at all".utf8))
        let missing = scratch.directory.appendingPathComponent("missing.png").path
        let truncated = try scratch.write("cut.jpg", Array(try scratch.jpegBytes(ScratchImages.bands([yellow])).prefix(200)))

        let run = try PaletteProcess.run(["extract", missing, good, garbage, truncated, "--format", "json", "--count", "2"])
        #expect(run.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["image"] as? String } == [good])
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        for (line, path) in zip(lines, [missing, garbage, truncated]) {
            #expect(line.hasPrefix("palette: error: \(path): "), "\(line)")
        }
    }

    @Test(arguments: ["0", "17", "-3", "many"])
    func countIsValidated(count: String) throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let path = try scratch.png("x.png", try #require(ScratchImages.bands([red])))
        let run = try PaletteProcess.run(["extract", path, "--count", count])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("count"))
    }

    @Test func unknownChoicesAndMissingImagesAreUsageErrors() throws {
        for arguments in [["extract"], ["extract", "x.png", "--method", "median"], ["extract", "x.png", "--format", "xml"],
                          ["extract", "x.png", "--sort", "random"]] {
            let run = try PaletteProcess.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(!run.stderr.isEmpty)
        }
    }
}

extension ScratchImages {
    /// JPEG bytes of an image, for cutting short.
    func jpegBytes(_ image: RGBAImage?) throws -> [UInt8] {
        guard let image else { throw ImageError(.corrupt, path: nil, reason: "test image could not be made") }
        return try ImageWriter.jpeg(image)
    }
}

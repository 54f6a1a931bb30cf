import ArgumentParser
import Extraction
import ImageIO
import PaletteFormats

/// `palette extract`: palettes from image files, for scripts and quick looks.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a colour palette from each image.",
        discussion: """
            Reads JPEG, PNG, GIF (first frame), BMP and WebP files. Fully transparent pixels are \
            ignored. A file that cannot be read is reported on standard error and the others are \
            still processed; the exit status is then 1.

            Formats: text (swatches and hex codes on a terminal, hex codes otherwise), hex (one \
            line per image), json, gpl (GIMP/Inkscape palette), css (custom properties).
            """)

    /// The accepted range of `--count`.
    static let allowedCounts = 1...16

    @Argument(help: ArgumentHelp("Image files to read.", valueName: "image"))
    var images: [String]

    @Option(help: "Extraction method: kmeans (Oklab k-means) or mmcq (median cut as colorthief).")
    var method: ExtractionMethod = .kmeans

    @Option(help: "Number of colours per palette, \(allowedCounts.lowerBound) to \(allowedCounts.upperBound).")
    var count: Int = 5

    @Option(help: "Output format: \(PaletteFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PaletteFormat = .text

    @Option(help: "Colour order: \(PaletteSort.allCases.map(\.rawValue).joined(separator: ", ")) (in OKLCH).")
    var sort: PaletteSort = .none

    func validate() throws {
        guard Self.allowedCounts.contains(count) else {
            throw ValidationError(
                "--count must be between \(Self.allowedCounts.lowerBound) and \(Self.allowedCounts.upperBound) (got \(count)).")
        }
    }

    func run() throws {
        let extractor = method.makeExtractor()
        let loader = ImageLoader()
        var records: [PaletteRecord] = []
        var failed = false
        for path in images {
            do {
                let image = try loader.loadWorking(path: path, fitting: .extraction)
                let colors = try extractor.extract(from: image, count: count)
                records.append(PaletteRecord(origin: .image(path: path), method: method.rawValue, colors: sort.apply(to: colors)))
            } catch let error as ImageError {
                StandardStreams.writeError("palette: error: \(path): \(error.reason)")
                failed = true
            } catch {
                StandardStreams.writeError("palette: error: \(path): \(error)")
                failed = true
            }
        }
        let style: TextStyle = StandardStreams.outputIsTerminal ? .swatches : .plain
        StandardStreams.writeOutput(format.encode(records, options: .init(textStyle: style, isCollection: images.count > 1)))
        if failed { throw ExitCode.failure }
    }
}

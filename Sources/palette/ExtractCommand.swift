import ArgumentParser
import ColorScience
import Extraction
import ImageIO
import PaletteFormats
import ShippedModels

/// `palette extract`: palettes from image files, for scripts and quick looks.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a colour palette from each image.",
        discussion: """
            Reads JPEG, PNG, GIF (first frame), BMP and WebP files. Fully transparent pixels are \
            ignored. A file that cannot be read is reported on standard error and the others are \
            still processed; the exit status is then 1.

            The vae and vaegan methods use the built-in models (or --weights FILE) and always give \
            5 colours; vaegan gives one palette per noise draw (--variants, seeded by --seed).

            Formats: text (swatches and hex codes on a terminal, as --color decides; hex codes \
            otherwise), hex (one line per palette), json (an array of objects), jsonl (one object \
            per line), gpl (GIMP/Inkscape palette), css (custom properties).
            """)

    /// The accepted range of `--count`.
    static let allowedCounts = 1...16
    /// The accepted range of `--variants`.
    static let allowedVariants = 1...32
    /// The palette size of the models.
    static let modelPaletteSize = 5

    @Argument(help: ArgumentHelp("Image files to read.", valueName: "image"))
    var images: [String]

    @Option(help: """
        Extraction method: kmeans (Oklab k-means), mmcq (median cut as colorthief), vae or vaegan \
        (the trained models).
        """)
    var method: ExtractMethod = .kmeans

    @Option(help: "Number of colours per palette, \(allowedCounts.lowerBound) to \(allowedCounts.upperBound) (the models: \(modelPaletteSize) only).")
    var count: Int = 5

    @Option(help: "Palettes per image with --method vaegan (noise draws), \(allowedVariants.lowerBound) to \(allowedVariants.upperBound).")
    var variants: Int = 1

    @Option(help: "Seed of the vaegan noise draws.")
    var seed: UInt64 = 0

    @OptionGroup var output: OutputOptions

    @OptionGroup var weights: WeightsOptions

    func validate() throws {
        guard Self.allowedCounts.contains(count) else {
            throw ValidationError(
                "--count must be between \(Self.allowedCounts.lowerBound) and \(Self.allowedCounts.upperBound) (got \(count)).")
        }
        guard Self.allowedVariants.contains(variants) else {
            throw ValidationError(
                "--variants must be between \(Self.allowedVariants.lowerBound) and \(Self.allowedVariants.upperBound) (got \(variants)).")
        }
        if method.modelKind != nil && count != Self.modelPaletteSize {
            throw ValidationError("--method \(method.rawValue) gives \(Self.modelPaletteSize) colours; --count \(count) is not possible.")
        }
        if variants != 1 && method != .vaegan {
            throw ValidationError("--variants applies to --method vaegan only.")
        }
    }

    func run() throws {
        let extract = try makeExtraction()
        let loader = ImageLoader()
        var records: [PaletteRecord] = []
        var failed = false
        for path in images {
            do {
                let image = try loader.loadWorking(path: path, fitting: .extraction)
                for colors in try extract(image) {
                    records.append(PaletteRecord(origin: .image(path: path), method: method.rawValue, colors: colors))
                }
            } catch let error as ImageError {
                StandardStreams.writeError("palette: error: \(path): \(error.reason)")
                failed = true
            } catch {
                StandardStreams.writeError("palette: error: \(path): \(error)")
                failed = true
            }
        }
        output.write(records, collection: images.count > 1 || variants > 1)
        if failed { throw ExitCode.failure }
    }

    /// The palettes of one working-size image for the chosen method.
    private func makeExtraction() throws -> (ImageIO.RGBAImage) throws -> [[RGB8]] {
        if let classical = method.classical {
            let extractor = classical.makeExtractor()
            return { [count] image in [try extractor.extract(from: image, count: count)] }
        }
        guard let kind = method.modelKind else { return { _ in [] } }
        let extractor = try CommandFailure.reporting { () throws(WeightsError) in
            var catalog = try weights.catalog()
            return NeuralExtractor(model: try catalog.model(kind))
        }
        return { [count, variants, seed] image in
            try extractor.variants(of: image, count: count, variants: variants, seed: seed)
        }
    }
}

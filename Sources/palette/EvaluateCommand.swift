import ArgumentParser
import Extraction
import Foundation
import ModelEvaluation
import PaletteModel

/// `palette evaluate`: the evidence for the models, measured on held-out data.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the models on held-out palettes and images (realism, fit, variety).",
        discussion: """
            Uses the trainer's validation split of the given palette files and image folders \
            (a stable hash of each palette and file name), so the models never saw this data. \
            Reports, beside k-means and MMCQ on the same images: the 1-nearest-neighbour \
            two-sample accuracy against human palettes (0.5 = indistinguishable), coverage error \
            (mean Oklab distance from pixels to the nearest palette colour), near-duplicates, \
            and the VAE-GAN's variety across noise draws. The report has no colour; --color is \
            accepted as on every command.
            """)

    @Option(parsing: .upToNextOption, help: "Palette CSV files (the same ones given to palette-train).")
    var palettes: [String]

    @Option(parsing: .upToNextOption, help: "Image folders (the same ones given to palette-train).")
    var images: [String]

    @Option(help: "VAE weights file.")
    var vae: String

    @Option(help: "VAE-GAN weights file.")
    var vaegan: String?

    @Option(help: "Held-out human palettes to compare with (N of the 1-NN test).")
    var count: Int = 300

    @Option(help: "Held-out images to extract from, at most.")
    var maxImages: Int = 200

    @Option(help: "Neural extraction: swatches the image is reduced to before snapping.")
    var snapSwatches: Int = 20

    @Option(help: "Neural extraction: how far decoded colours move onto swatches (0...1).")
    var snapStrength: Double = 1

    @Option(help: "Neural extraction: chroma boost of decoded colours before matching swatches.")
    var snapBoost: Double = 1

    @Option(help: "Neural extraction: heaviest swatches every palette must use.")
    var snapAnchors: Int = 0

    @Flag(inversion: .prefixedNo, help: "Neural extraction: represent each swatch by the more vivid half of its cluster.")
    var snapVivid = true

    @Flag(inversion: .prefixedNo, help: "Neural extraction: choose palettes among the image's candidate colours (else snap decoded palettes).")
    var chooser = true

    @Option(help: "Chooser weights: coverage,salience,prediction,distinct,human,overlap.")
    var chooserWeights: String?

    @Option(help: "Chooser: choices the palette model judges per palette.")
    var chooserShortlist: Int = PaletteChooser().shortlist

    @Option(help: "Chooser: each later VAE-GAN draw covers the image within this multiple of the first draw's error.")
    var drawTolerance: Double = PaletteChooser().drawTolerance

    @Option(help: "Neural extraction: temperature of the drawn colour order.")
    var orderTemperature: Float = ModelJudging.defaultTemperature

    @Option(help: "Seed of the sampled palettes, the VAE-GAN's noise draws and the drawn colour orders.")
    var seed: UInt64 = 2024

    @Flag(help: "Measure extraction only, not sampled palettes.")
    var extractionOnly = false

    @Flag(help: "Use the training split (for tuning settings; the figures to report use the held-out split).")
    var trainingSplit = false

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    @OptionGroup var colors: ColorOptions

    func run() throws {
        let (humans, pictures) = try ModelEvaluation.heldOut(paletteFiles: palettes, imageFolders: images,
                                                             maxPalettes: count, maxImages: maxImages, training: trainingSplit)
        var evaluation = ModelEvaluation(humanPalettes: humans, images: pictures)
        evaluation.measuresSampling = !extractionOnly
        evaluation.seed = seed
        evaluation.orderTemperature = orderTemperature
        if !chooser {
            evaluation.chooser = nil
        } else if let chooserWeights {
            let v = chooserWeights.split(separator: ",").compactMap { Double($0) }
            guard v.count == 6 else { throw ValidationError("--chooser-weights needs 6 numbers") }
            evaluation.chooser = PaletteChooser(weights: .init(coverage: v[0], salience: v[1], prediction: v[2], distinct: v[3],
                                                               human: v[4], overlap: v[5]),
                                                shortlist: chooserShortlist, drawTolerance: drawTolerance)
        }
        evaluation.snapping = SwatchSnapping(strength: snapStrength, swatchCount: snapSwatches, chromaBoost: snapBoost, vivid: snapVivid, anchors: snapAnchors)
        let report = try evaluation.run(vae: try PaletteModel.load(path: vae, expecting: .vae),
                 vaegan: try vaegan.map { try PaletteModel.load(path: $0, expecting: .vaegan) })
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("Sampling: \(report.humanPalettes) samples vs \(report.humanPalettes) held-out human palettes (realism: mean and range of 5 sample sets)")
        print("model   interval  realism (range)        grey   monotone  max-chroma  variety")
        for s in report.sampling {
            print(String(format: "%@ %8.2f  %7.3f (%.3f-%.3f)  %5.3f  %8.3f  %10.1f  %7.1f", s.model.padding(toLength: 7, withPad: " ", startingAt: 0) as NSString,
                         s.interval, s.realism, s.realismRange.lowerBound, s.realismRange.upperBound, s.greyShare, s.monotoneShare, s.medianMaxChroma, s.variety))
        }
        print("\nExtraction on \(report.images) held-out images")
        print("method  coverage  vs-kmeans  realism  near-dup  monotone  max-chroma  variety  vs-vae  within-25%")
        for e in report.extraction {
            let extra = e.variety.map { String(format: "  %7.1f", $0) } ?? ""
            let vsVAE = e.coverageVsVAE.map { String(format: "  %6.2f", $0) } ?? ""
            let within = e.drawsWithinQuarterOfVAE.map { String(format: "  %10.2f", $0) } ?? ""
            print(String(format: "%@ %8.4f  %9.2f  %7.3f  %8.3f  %8.3f  %10.1f", e.method.padding(toLength: 7, withPad: " ", startingAt: 0) as NSString, e.coverage,
                         e.coverageVsKMeans, e.realism, e.nearDuplicateShare, e.monotoneShare, e.medianMaxChroma)
                  + extra + vsVAE + within)
        }
        print("\nAccents and fit (\(report.accentImages) of the images have a vivid salient accent k-means misses)")
        print("method  accent-kept  chroma-reach  recoloured-fit  draws-within-30%")
        for e in report.extraction {
            let fit = e.recolouredFit.map { String(format: "%14.1f", $0) } ?? String(repeating: " ", count: 14)
            let within = e.drawsWithinBest.map { String(format: "  %16.2f", $0) } ?? ""
            print(String(format: "%@ %11.2f  %12.2f  ", e.method.padding(toLength: 7, withPad: " ", startingAt: 0) as NSString,
                         e.accentKept, e.chromaReached) + fit + within)
        }
        print(String(format: "\n(%.1f s)", report.seconds))
    }
}

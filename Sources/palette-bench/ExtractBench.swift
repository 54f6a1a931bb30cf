import ArgumentParser
import ColorScience
import Extraction
import Foundation
import ImageIO
import PaletteModel
import ShippedModels

/// `palette-bench extract`: end-to-end palette extraction (file to palette, in process), split
/// into loading at working size and clustering, with peak memory.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time palette extraction from JPEG files end to end.",
        discussion: """
            Without --image, writes two photo-like test images to a temporary directory first \
            (in a child process, so their generation does not count towards peak memory): \
            1500x1000 baseline and 6000x4000 progressive JPEGs. Targets: median at most 10 ms \
            for 1.5 MP and 60 ms for 24 MP, peak RSS under 150 MB.
            """)

    @Option(name: .customLong("image"), help: "JPEG (or other) file to time; repeat for several.")
    var images: [String] = []

    @Option(help: "Timed runs per image (after one warm-up run).")
    var repeats = 15

    @Option(help: "Extraction method: kmeans, mmcq, vae or vaegan (the built-in weights, or --weights).")
    var method: BenchMethod = .kmeans

    @Option(help: "Weights file for vae or vaegan instead of the built-in one.")
    var weights: String?

    @Option(help: "Colours per palette.")
    var count = 5

    @Option(help: .hidden)
    var writeTestImagesTo: String?

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        if let directory = writeTestImagesTo {
            try BenchImages.write(to: directory)
            return
        }
        var paths = images
        var scratch: URL?
        if paths.isEmpty {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("palette-bench-\(getpid())")
            scratch = directory
            paths = try BenchImages.makeInChildProcess(directory: directory)
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }

        let extractor = try method.makeExtractor(weights: weights)
        let loader = ImageLoader()
        print("palette-bench extract: method \(method.rawValue), \(count) colours, \(repeats) runs per image (+1 warm-up)")
        for path in paths {
            var load: [Double] = [], cluster: [Double] = [], total: [Double] = []
            var palette: [RGB8] = []
            var working = (0, 0)
            for run in 0...repeats {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let image = try loader.loadWorking(path: path, fitting: .extraction)
                let t1 = DispatchTime.now().uptimeNanoseconds
                palette = try extractor.extract(from: image, count: count)
                let t2 = DispatchTime.now().uptimeNanoseconds
                working = (image.width, image.height)
                guard run > 0 else { continue }
                load.append(Double(t1 - t0) / 1e6)
                cluster.append(Double(t2 - t1) / 1e6)
                total.append(Double(t2 - t0) / 1e6)
            }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print("")
            print("\(path)  (\(String(format: "%.1f", Double(bytes) / 1e6)) MB file), working size \(working.0)x\(working.1)")
            print("  total   \(Stats(total))")
            print("  load    \(Stats(load))")
            print("  cluster \(Stats(cluster))")
            print("  palette \(palette.map(\.hex).joined(separator: " "))")
        }
        print("")
        print("peak RSS \(String(format: "%.1f", peakResidentMegabytes())) MB")
    }
}

/// Median, minimum and maximum of timings in milliseconds.
struct Stats: CustomStringConvertible {
    let median: Double, min: Double, max: Double

    init(_ values: [Double]) {
        let sorted = values.sorted()
        let n = sorted.count
        median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        min = sorted.first ?? 0
        max = sorted.last ?? 0
    }

    var description: String {
        String(format: "median %7.2f ms   min %7.2f   max %7.2f", median, min, max)
    }
}

/// Peak resident set size of this process so far, in megabytes (getrusage).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / (1024 * 1024)  // bytes on macOS
    #endif
}

/// The methods `palette-bench extract` times.
enum BenchMethod: String, ExpressibleByArgument, CaseIterable {
    case kmeans, mmcq, vae, vaegan

    /// The extractor, neural ones on the built-in weights or the file given.
    func makeExtractor(weights: String?) throws -> any PaletteExtractor {
        switch self {
        case .kmeans: return ExtractionMethod.kmeans.makeExtractor()
        case .mmcq: return ExtractionMethod.mmcq.makeExtractor()
        case .vae, .vaegan:
            let kind = ModelConfig.Kind(rawValue: rawValue)!
            if let weights { return NeuralExtractor(model: try PaletteModel.load(path: weights, expecting: kind)) }
            guard let bytes = EmbeddedWeights.bytes(for: kind) else {
                throw ValidationError("no built-in \(rawValue) weights; give --weights")
            }
            return NeuralExtractor(model: try PaletteModel.load(bytes: bytes, name: EmbeddedWeights.assetName(for: kind), expecting: kind))
        }
    }
}

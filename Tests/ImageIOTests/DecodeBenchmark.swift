import CImageCodecs
import Foundation
import Testing
@testable import ImageIO

/// Release-build timing of the working-size JPEG path on the benchmark photographs. Off by
/// default; run with
///   IMAGEIO_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter DecodeBenchmark
/// (IMAGEIO_BENCH_DIR overrides the folder holding louvre.jpg and lake_mendota.jpg).
@Suite struct DecodeBenchmark {
    static let enabled = ProcessInfo.processInfo.environment["IMAGEIO_BENCH"] == "1"
    static let folder = ProcessInfo.processInfo.environment["IMAGEIO_BENCH_DIR"] ?? "../shared/data/bench"

    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs every case `rounds` times, interleaved, and prints the median of each.
    static func report(_ title: String, rounds: Int, _ cases: [(String, () throws -> Void)]) throws {
        var times = [[Double]](repeating: [], count: cases.count)
        for _ in 0..<rounds {
            for (i, c) in cases.enumerated() { times[i].append(try milliseconds(c.1)) }
        }
        print("\(title)")
        for (i, c) in cases.enumerated() {
            let line = String(format: "  %-44@ median %7.2f ms   min %7.2f ms", c.0 as NSString, median(times[i]), times[i].min()!)
            print(line)
        }
    }

    @Test(.enabled(if: enabled)) func workingSizeJPEG() throws {
        let loader = ImageLoader()
        // Peak memory of the extraction path alone, before anything heavier runs here.
        print(String(format: "peak RSS before loading: %.1f MB", Self.peakRSSMegabytes()))
        for name in ["louvre.jpg", "lake_mendota.jpg"] {
            _ = try loader.loadWorking(path: Self.folder + "/" + name, fitting: .extraction)
        }
        print(String(format: "peak RSS after working-size loads: %.1f MB", Self.peakRSSMegabytes()))
        for name in ["louvre.jpg", "lake_mendota.jpg"] {
            let path = Self.folder + "/" + name
            let bytes = try FileReader.read(path: path, maxBytes: 1 << 30)
            try Self.report("\(name) (\(bytes.count) bytes)", rounds: 15, [
                ("end to end: loadWorking(path:, .extraction)", { _ = try loader.loadWorking(path: path, fitting: .extraction) }),
                ("DC decoder (in memory)", { _ = bytes.withUnsafeBufferPointer { CodecBridge.decodeJPEGDC($0) } }),
                ("libjpeg first DC scan, buffered image", {
                    var image = pic_image()
                    var message = [CChar](repeating: 0, count: Int(PIC_MESSAGE_LEN))
                    _ = bytes.withUnsafeBufferPointer { pic_jpeg_decode_first_scan($0.baseAddress, $0.count, &image, &message) }
                    pic_free(image.pixels)
                }),
                ("libjpeg full decode at 1/8", { _ = try bytes.withUnsafeBufferPointer { b in try Result { () throws(ImageError) in try CodecBridge.decodeJPEG(b, scale: 8, path: nil) }.get() } }),
            ])
        }
        
        // A 1.5 MP photo: the louvre at 1/4 scale, re-encoded progressive and baseline.
        let quarter = try FileReader.read(path: Self.folder + "/louvre.jpg", maxBytes: 1 << 30).withUnsafeBufferPointer { b in
            try Result { () throws(ImageError) in try CodecBridge.decodeJPEG(b, scale: 4, path: nil) }.get()
        }
        for progressive in [true, false] {
            let bytes = try ImageWriter.jpeg(quarter, options: .init(quality: 85, progressive: progressive))
            let path = try TemporaryFile.write(bytes, name: "bench-1.5mp-\(progressive).jpg")
            defer { TemporaryFile.remove(path) }
            try Self.report("\(quarter.width)x\(quarter.height) \(progressive ? "progressive" : "baseline") (\(bytes.count) bytes)", rounds: 25, [
                ("end to end: loadWorking(path:, .extraction)", { _ = try loader.loadWorking(path: path, fitting: .extraction) }),
                ("DC decoder (in memory)", { _ = bytes.withUnsafeBufferPointer { CodecBridge.decodeJPEGDC($0) } }),
                ("libjpeg full decode at 1/4", { _ = try bytes.withUnsafeBufferPointer { b in try Result { () throws(ImageError) in try CodecBridge.decodeJPEG(b, scale: 4, path: nil) }.get() } }),
            ])
        }
    }
}

import Foundation
import Testing
@testable import ImageIO

/// Decompression bombs made to cost time and memory: each is refused from its header and
/// marker structure, quickly and with a reason, or decoded within the memory budget.
@Suite struct HostileImageTests {
    private static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    private static func expectTooLarge(_ words: String, sourceLocation: SourceLocation = #_sourceLocation,
                                       _ body: () throws(ImageError) -> Void) {
        do {
            try body()
            Issue.record("no error", sourceLocation: sourceLocation)
        } catch {
            #expect(error.kind == .tooLarge, "\(error)", sourceLocation: sourceLocation)
            #expect(error.reason.contains(words), "\(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func aProgressiveCMYKBombWithHundredsOfScansIsRefusedQuickly() {
        let bytes = HostileImages.progressiveFourComponent(width: 10_000, height: 10_000, acScans: 300)
        #expect(bytes.count < 1_000_000)
        let loader = ImageLoader()
        let elapsed = Self.seconds {
            Self.expectTooLarge("301 scans, more than the limit of 100") { () throws(ImageError) in
                _ = try loader.loadWorking(bytes: bytes, path: "bomb.jpg", fitting: .extraction)
            }
            Self.expectTooLarge("301 scans") { () throws(ImageError) in _ = try loader.load(bytes: bytes, path: "bomb.jpg") }
        }
        #expect(elapsed < 2, "took \(elapsed) s")
    }

    @Test func aLargeProgressiveCMYKIsDecodedFromItsDCTermsWithinTheBudget() throws {
        let bytes = HostileImages.progressiveFourComponent(width: 10_000, height: 10_000, levels: [40, 160, 220, 200],
                                                           acScans: 12)
        let loader = ImageLoader()
        var image: RGBAImage?
        let elapsed = try Self.seconds { image = try loader.loadWorking(bytes: bytes, fitting: .extraction) }
        #expect(elapsed < 10, "took \(elapsed) s")
        let loaded = try #require(image)
        #expect(loaded.width == 256 && loaded.height == 256)
        // Adobe CMYK stores inverted inks: RGB = value * K / 255.
        #expect(Array(loaded.pixels.prefix(4)) == [31, 125, 173, 255])
        // Full size would need libjpeg's 800 MB coefficient buffer: refused before decoding.
        Self.expectTooLarge("more than the memory budget of 256 MB") { () throws(ImageError) in _ = try loader.load(bytes: bytes) }
    }

    @Test(arguments: [false, true])
    func theDCDecoderMatchesLibjpegOnFourComponentFiles(ycck: Bool) throws {
        let bytes = HostileImages.progressiveFourComponent(width: 70, height: 45, levels: [200, 50, 120, 180],
                                                           acScans: 4, ycck: ycck)
        let dc = try bytes.withUnsafeBufferPointer { buffer in try #require(CodecBridge.decodeJPEGDC(buffer)) }
        let reference = try bytes.withUnsafeBufferPointer { try CodecBridge.decodeJPEG($0, scale: 8, path: nil) }
        #expect(dc.width == reference.width && dc.height == reference.height)
        #expect(dc.pixels == reference.pixels, "DC \(Array(dc.pixels.prefix(4))) libjpeg \(Array(reference.pixels.prefix(4)))")
    }

    @Test func aSixteenBitPNGBombIsRefusedBeforeDecoding() {
        let bytes = HostileImages.zeroPNG(width: 10_000, height: 10_000)
        #expect(bytes.count < 1_000_000)
        let elapsed = Self.seconds {
            Self.expectTooLarge("image is 10000x10000: decoding it would need about") { () throws(ImageError) in
                _ = try ImageLoader().loadWorking(bytes: bytes, path: "bomb.png", fitting: .extraction)
            }
        }
        #expect(elapsed < 2, "took \(elapsed) s")
    }

    @Test func theBudgetIsConfigurable() throws {
        let bytes = HostileImages.zeroPNG(width: 1000, height: 1000)
        let image = try ImageLoader().load(bytes: bytes)
        #expect(image.width == 1000 && image.pixels.prefix(4) == [0, 0, 0, 0])
        Self.expectTooLarge("more than the memory budget of 8 MB") { () throws(ImageError) in
            _ = try ImageLoader(limits: ImageLimits(maxDecodeBytes: 8 << 20)).load(bytes: bytes)
        }
        let jpeg = HostileImages.progressiveFourComponent(width: 64, height: 64, acScans: 20)
        #expect(throws: Never.self) { try ImageLoader().load(bytes: jpeg) }
        Self.expectTooLarge("21 scans, more than the limit of 20") { () throws(ImageError) in
            _ = try ImageLoader(limits: ImageLimits(maxJPEGScans: 20)).load(bytes: jpeg)
        }
    }

    /// Found by the `jpeg_dc` fuzz target: 654 bytes of baseline JPEG declaring a 62991x16136
    /// frame whose data ends at once. The DC decoder went on decoding zero bits for the
    /// whole frame (minutes, and an integer overflow) before noticing; it now stops at the row
    /// where the data ends.
    @Test func theDCDecoderStopsWhereTheDataEnds() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus/jpeg_dc/found-truncated-huge-frame.jpg")
        let bytes = [UInt8](try Data(contentsOf: url))
        var decoded: RGBAImage?
        let elapsed = Self.seconds {
            decoded = bytes.withUnsafeBufferPointer { CodecBridge.decodeJPEGDC($0) }
        }
        #expect(decoded == nil)
        #expect(elapsed < 2, "took \(elapsed) s")
    }
}

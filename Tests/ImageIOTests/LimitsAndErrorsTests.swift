import Foundation
import Testing
@testable import ImageIO

/// Every error kind, with the path it concerns; limits refuse before decoding.
@Suite struct LimitsAndErrorsTests {
    let loader = ImageLoader()

    func kind(_ body: () throws(ImageError) -> RGBAImage) -> ImageError.Kind? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.kind
        }
    }

    @Test func missingFileNamesThePath() {
        let path = TemporaryFile.directory() + "/does-not-exist.png"
        do {
            _ = try loader.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .missing)
            #expect(error.path == path)
            #expect(error.description.hasPrefix(path))
        }
    }

    @Test func directoryIsUnreadable() {
        #expect(kind { () throws(ImageError) in try loader.load(path: TemporaryFile.directory()) } == .unreadable)
    }

    @Test func devicesAndPipesAreNotRegularFiles() throws {
        do {
            _ = try loader.load(path: "/dev/zero")
            Issue.record("/dev/zero was read")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description == "/dev/zero: is a device, not a regular file")
        }
        let fifo = TemporaryFile.directory() + "/pipe-\(UUID().uuidString)"
        try #require(mkfifo(fifo, 0o600) == 0)
        defer { TemporaryFile.remove(fifo) }
        // Opening a pipe with no writer would block: the check must come before reading, and
        // opening is non-blocking for that reason.
        #expect(kind { () throws(ImageError) in try loader.load(path: fifo) } == .unreadable)
    }

    @Test func emptyFileAndEmptyBuffer() throws {
        let path = try TemporaryFile.write([], name: "empty.jpg")
        defer { TemporaryFile.remove(path) }
        #expect(kind { () throws(ImageError) in try loader.load(path: path) } == .empty)
        #expect(kind { () throws(ImageError) in try loader.load(bytes: []) } == .empty)
    }

    @Test func unsupportedFormats() {
        #expect(kind { () throws(ImageError) in try loader.load(bytes: Array("plain text, not an image".utf8)) } == .unsupportedFormat)
        let tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 0, 0, 0, 0]
        do {
            _ = try loader.load(bytes: tiff, path: "scan.tif")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unsupportedFormat && error.reason.contains("TIFF") && error.path == "scan.tif")
        }
    }

    @Test func truncatedFilesOfEveryFormat() throws {
        let image = TestImages.smooth(40, 30)
        let files: [(String, [UInt8])] = [
            ("baseline.jpg", try ImageWriter.jpeg(image)),
            ("progressive.jpg", try ImageWriter.jpeg(image, options: .init(progressive: true))),
            ("image.png", try ImageWriter.png(image)),
            ("image.bmp", TestImages.bmp(image)),
            ("image.webp", TestImages.webp(image, quality: 80)),
            ("image.gif", TestImages.gif(width: 8, height: 8, palette: TestImages.sixColours, indices: [UInt8](repeating: 1, count: 64))),
        ]
        for (name, bytes) in files {
            let cut = Array(bytes.prefix(bytes.count * 2 / 3))
            #expect(kind { () throws(ImageError) in try loader.load(bytes: cut, path: name) } == .truncated, "\(name)")
            #expect(kind { () throws(ImageError) in try loader.loadWorking(bytes: cut, path: name, fitting: .extraction) } == .truncated, "\(name)")
        }
    }

    @Test func corruptData() throws {
        // A JPEG whose entropy-coded data is replaced by a marker-free pattern after the header,
        // and a PNG whose IDAT holds garbage instead of zlib data.
        let image = TestImages.smooth(32, 32)
        var png = try ImageWriter.png(image)
        let idat = try #require(Self.find(Array("IDAT".utf8), in: png))
        for i in (idat + 4)..<(idat + 14) { png[i] = 0x5A }
        #expect(kind { () throws(ImageError) in try loader.load(bytes: png) } == .corrupt)
        var jpeg = try ImageWriter.jpeg(image)
        let dqt = try #require(Self.find([0xFF, 0xDB], in: jpeg))
        jpeg[dqt + 4] = 0x0F  // quantisation table index 15 (at most 3 is valid)
        #expect(kind { () throws(ImageError) in try loader.load(bytes: jpeg) } == .corrupt)
    }

    @Test func pixelLimitRefusesFromTheHeader() throws {
        let image = TestImages.smooth(100, 80)
        let bytes = try ImageWriter.jpeg(image)
        let small = ImageLoader(limits: ImageLimits(maxPixels: 7_999))
        #expect(kind { () throws(ImageError) in try small.load(bytes: bytes) } == .tooLarge)
        #expect(try ImageLoader(limits: ImageLimits(maxPixels: 8_000)).load(bytes: bytes).pixelCount == 8_000)
        let narrow = ImageLoader(limits: ImageLimits(maxDimension: 99))
        #expect(kind { () throws(ImageError) in try narrow.load(bytes: try ImageWriter.png(image)) } == .tooLarge)
        let tiny = ImageLoader(limits: ImageLimits(maxBytes: 100))
        #expect(kind { () throws(ImageError) in try tiny.load(bytes: bytes) } == .tooLarge)
    }

    @Test func decompressionBombHeadersAreRefused() throws {
        // A PNG header claiming 60000 x 60000 pixels (3.6 gigapixels) with a tiny body.
        let pngBomb = TestImages.png(width: 60_000, height: 60_000, bitDepth: 8, colourType: 0, rows: [[0]])
        #expect(kind { () throws(ImageError) in try loader.load(bytes: pngBomb) } == .tooLarge)
        // A real JPEG with its frame header patched to 20000 x 20000 (400 MP, within the side cap).
        var jpeg = try ImageWriter.jpeg(TestImages.smooth(16, 16))
        let sof = try #require(Self.find([0xFF, 0xC0], in: jpeg))
        jpeg[sof + 5] = 0x4E; jpeg[sof + 6] = 0x20; jpeg[sof + 7] = 0x4E; jpeg[sof + 8] = 0x20
        do {
            _ = try loader.load(bytes: jpeg)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .tooLarge && error.reason.contains("20000x20000"))
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}

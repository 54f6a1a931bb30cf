import Testing
@testable import ImageIO

/// No byte sequence may crash the process: truncated prefixes and randomly corrupted copies of
/// valid files of every format give either an image or a typed error.
@Suite struct RobustnessTests {
    static func validFiles() throws -> [(String, [UInt8])] {
        let image = TestImages.smooth(48, 40)
        let alpha = TestImages.make(24, 20) { x, y in (UInt8(x * 10), UInt8(y * 12), 90, UInt8((x + y) * 6)) }
        return [
            ("baseline.jpg", try ImageWriter.jpeg(image, options: .init(quality: 80))),
            ("progressive.jpg", try ImageWriter.jpeg(image, options: .init(quality: 80, progressive: true, restartInterval: 2))),
            ("grey-progressive.jpg", try ImageWriter.jpeg(image, options: .init(progressive: true, grayscale: true))),
            ("rgba.png", try ImageWriter.png(alpha)),
            ("palette.png", TestImages.png(width: 4, height: 2, bitDepth: 8, colourType: 3, rows: [[0, 1, 2, 1], [2, 1, 0, 0]],
                                           palette: [(1, 2, 3), (200, 100, 0), (0, 50, 250)], transparency: [0])),
            ("16bit.png", TestImages.png(width: 2, height: 2, bitDepth: 16, colourType: 2, rows: [[UInt8](repeating: 0x7F, count: 12), [UInt8](repeating: 0xF0, count: 12)])),
            ("image.gif", TestImages.gif(width: 9, height: 7, palette: TestImages.sixColours, indices: (0..<63).map { UInt8($0 % 4) }, transparent: 2)),
            ("image.bmp", TestImages.bmp(image)),
            ("lossy.webp", TestImages.webp(image, quality: 70)),
            ("lossless.webp", TestImages.webp(alpha)),
        ]
    }

    /// Decodes with both entry points; returns false if an image came back malformed.
    func survive(_ bytes: [UInt8]) -> Bool {
        let loader = ImageLoader()
        var sound = true
        if let image = try? loader.load(bytes: bytes) {
            sound = sound && image.pixels.count == image.width * image.height * 4
        }
        if let image = try? loader.loadWorking(bytes: bytes, fitting: WorkingSize(maxSide: 16, maxPixels: 256)) {
            sound = sound && image.width <= 16 && image.pixels.count == image.width * image.height * 4
        }
        return sound
    }

    @Test func truncatedPrefixes() throws {
        for (name, bytes) in try Self.validFiles() {
            var lengths = Set([0, 1, 2, 3, 4, 8, 12, 16, 24, 33, 64, bytes.count - 1, bytes.count - 2])
            for k in 1..<12 { lengths.insert(bytes.count * k / 12) }
            for length in lengths.sorted() where length >= 0 && length < bytes.count {
                let prefix = Array(bytes.prefix(length))
                #expect(survive(prefix), "\(name) cut to \(length)")
                // A GIF missing only its trailer still holds a complete first frame.
                if name.hasSuffix(".gif") && length == bytes.count - 1 { continue }
                #expect(throws: ImageError.self, "\(name) cut to \(length)") { try ImageLoader().load(bytes: prefix) }
            }
        }
    }

    @Test func randomCorruption() throws {
        var random = SplitMix64(seed: 0x5EED_1234)
        var images = 0, errors = 0
        for (name, bytes) in try Self.validFiles() {
            for trial in 0..<30 {
                var damaged = bytes
                let flips = 1 + Int(random.next() % 8)
                for _ in 0..<flips {
                    // Mostly damage the first 200 bytes (headers and tables), sometimes anywhere.
                    let span = random.next() % 3 == 0 ? damaged.count : min(200, damaged.count)
                    damaged[Int(random.next() % UInt64(span))] = UInt8(truncatingIfNeeded: random.next())
                }
                #expect(survive(damaged), "\(name) trial \(trial)")
                if (try? ImageLoader().load(bytes: damaged)) != nil { images += 1 } else { errors += 1 }
            }
        }
        // Both outcomes occur: the damage is real, and the decoders are not simply refusing all.
        #expect(images > 0 && errors > 0)
    }
}

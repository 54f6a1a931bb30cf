import Testing
@testable import ImageIO

/// Each format decodes to the pixels that were encoded.
@Suite struct FormatDecodingTests {
    let loader = ImageLoader()

    @Test func sniffsEveryFormatFromMagicBytes() throws {
        let image = TestImages.smooth(8, 8)
        #expect(ImageFormat.sniff(try ImageWriter.jpeg(image)) == .jpeg)
        #expect(ImageFormat.sniff(try ImageWriter.png(image)) == .png)
        #expect(ImageFormat.sniff(TestImages.bmp(image)) == .bmp)
        #expect(ImageFormat.sniff(TestImages.webp(image)) == .webp)
        #expect(ImageFormat.sniff(TestImages.gif(width: 1, height: 1, palette: [(0, 0, 0)], indices: [0])) == .gif)
        #expect(ImageFormat.sniff(Array("hello world!".utf8)) == nil)
    }

    @Test(arguments: [ImageWriter.PNGChannels.rgba, .rgb, .grey, .greyAlpha])
    func png8BitRoundTripsExactly(channels: ImageWriter.PNGChannels) throws {
        let image = TestImages.make(13, 7) { x, y in (UInt8(x * 19), UInt8(y * 36), UInt8((x * y) % 256), UInt8(255 - x * 10)) }
        let decoded = try loader.load(bytes: try ImageWriter.png(image, channels: channels))
        #expect(decoded.width == 13 && decoded.height == 7)
        for y in 0..<7 {
            for x in 0..<13 {
                let s = image.pixel(x: x, y: y)!, d = decoded.pixel(x: x, y: y)!
                switch channels {
                case .rgba: #expect(d == s)
                case .rgb: #expect(d == (s.r, s.g, s.b, 255))
                case .grey: #expect(d == (s.r, s.r, s.r, 255))
                case .greyAlpha: #expect(d == (s.r, s.r, s.r, s.a))
                }
            }
        }
    }

    @Test func png16BitRoundsToNearest8BitValue() throws {
        // RGBA, 16 bits per sample: the expected byte is round(v * 255 / 65535).
        let samples: [UInt16] = [0, 128, 383, 32767, 32896, 65279, 65535, 4660]
        let row = samples.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let bytes = TestImages.png(width: 2, height: 1, bitDepth: 16, colourType: 6, rows: [row])
        let decoded = try loader.load(bytes: bytes)
        let expected = samples.map { UInt8((Double($0) * 255 / 65535).rounded()) }
        #expect(decoded.pixels == expected)
    }

    @Test func png16BitGreyscale() throws {
        let bytes = TestImages.png(width: 3, height: 1, bitDepth: 16, colourType: 0, rows: [[0x00, 0x00, 0x80, 0x80, 0xFF, 0xFF]])
        let decoded = try loader.load(bytes: bytes)
        #expect(decoded.pixels == [0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255])
    }

    @Test func pngPaletteWithTransparencyAndPackedIndices() throws {
        let palette: [(UInt8, UInt8, UInt8)] = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (9, 8, 7)]
        // 2-bit indices, 5 pixels per row (the last byte is partly padding).
        let indices: [[UInt8]] = [[0, 1, 2, 3, 1], [3, 2, 1, 0, 2]]
        let rows = indices.map { row -> [UInt8] in
            var packed = [UInt8](repeating: 0, count: 2)
            for (i, v) in row.enumerated() { packed[i / 4] |= v << (6 - 2 * (i % 4)) }
            return packed
        }
        let bytes = TestImages.png(width: 5, height: 2, bitDepth: 2, colourType: 3, rows: rows,
                                   palette: palette, transparency: [255, 128, 0])
        let decoded = try loader.load(bytes: bytes)
        let alpha: [UInt8] = [255, 128, 0, 255]
        for y in 0..<2 {
            for x in 0..<5 {
                let i = Int(indices[y][x])
                #expect(decoded.pixel(x: x, y: y)! == (palette[i].0, palette[i].1, palette[i].2, alpha[i]))
            }
        }
    }

    @Test func gifFirstFrameWithTransparentIndex() throws {
        let palette: [(UInt8, UInt8, UInt8)] = [(10, 20, 30), (200, 0, 0), (0, 200, 0), (0, 0, 200)]
        let indices: [UInt8] = (0..<35).map { UInt8(($0 * 7 + $0 / 5) % 4) }
        let bytes = TestImages.gif(width: 7, height: 5, palette: palette, indices: indices, transparent: 0)
        let decoded = try loader.load(bytes: bytes)
        #expect(decoded.width == 7 && decoded.height == 5)
        for (n, index) in indices.enumerated() {
            let p = decoded.pixel(x: n % 7, y: n / 7)!
            if index == 0 {
                #expect(p.a == 0)
            } else {
                let c = palette[Int(index)]
                #expect(p == (c.0, c.1, c.2, 255))
            }
        }
    }

    @Test func bmpRoundTripsExactly() throws {
        let image = TestImages.make(11, 6) { x, y in (UInt8(x * 23), UInt8(y * 40), UInt8(255 - x * 20), 255) }
        #expect(try loader.load(bytes: TestImages.bmp(image)) == image)
    }

    @Test func webpLosslessKeepsPixelsAndAlpha() throws {
        let image = TestImages.make(9, 9) { x, y in (UInt8(x * 28), UInt8(y * 28), 77, UInt8(x == y ? 0 : 200)) }
        let decoded = try loader.load(bytes: TestImages.webp(image))
        // Lossless WebP may change the colour under alpha 0; everything visible is exact.
        for y in 0..<9 {
            for x in 0..<9 {
                let s = image.pixel(x: x, y: y)!, d = decoded.pixel(x: x, y: y)!
                #expect(d.a == s.a)
                if s.a > 0 { #expect(d == s) }
            }
        }
    }

    @Test func webpLossyIsClose() throws {
        let image = TestImages.smooth(64, 48)
        let decoded = try loader.load(bytes: TestImages.webp(image, quality: 90))
        #expect(TestImages.meanAbsoluteDifference(image, decoded) < 3)
    }

    @Test(arguments: [false, true])
    func jpegFlatCellsDecodeClose(progressive: Bool) throws {
        let image = TestImages.cells(columns: 3, rows: 2, cell: 16, palette: TestImages.sixColours)
        let bytes = try ImageWriter.jpeg(image, options: .init(quality: 95, progressive: progressive, subsampling: .none))
        let decoded = try loader.load(bytes: bytes)
        #expect(decoded.width == 48 && decoded.height == 32)
        for (i, c) in TestImages.sixColours.enumerated() {
            let p = decoded.pixel(x: (i % 3) * 16 + 8, y: (i / 3) * 16 + 8)!
            #expect(abs(Int(p.r) - Int(c.0)) <= 3 && abs(Int(p.g) - Int(c.1)) <= 3 && abs(Int(p.b) - Int(c.2)) <= 3)
            #expect(p.a == 255)
        }
    }

    @Test func jpegGreyscale() throws {
        let image = TestImages.make(24, 16) { x, _ in let v = UInt8(x * 10); return (v, v, v, 255) }
        let bytes = try ImageWriter.jpeg(image, options: .init(quality: 98, grayscale: true))
        let decoded = try loader.load(bytes: bytes)
        #expect(TestImages.meanAbsoluteDifference(image, decoded) < 2)
        #expect(decoded.pixels.enumerated().allSatisfy { $0.offset % 4 != 0 || ($0.element == decoded.pixels[$0.offset + 1]) })
    }

    @Test func loadsFromDataAndFromPath() throws {
        let image = TestImages.smooth(20, 10)
        let bytes = try ImageWriter.png(image)
        let path = try TemporaryFile.write(bytes, name: "round-trip.png")
        defer { TemporaryFile.remove(path) }
        #expect(try loader.load(path: path) == image)
        #expect(try loader.load(data: .init(bytes)) == image)
    }
}

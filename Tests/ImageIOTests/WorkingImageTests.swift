import Testing
@testable import ImageIO

/// The original size a working-size load reports: the size the encoder was given, as displayed.
@Suite struct WorkingImageTests {
    static let bound = WorkingSize(maxSide: 64, maxPixels: 64 * 64, minSide: 32)

    @Test func reportsTheEncodedSizeOfEveryFormat() throws {
        let image = TestImages.smooth(384, 288)
        let files: [(String, [UInt8])] = [
            ("JPEG", try ImageWriter.jpeg(image)),
            ("progressive JPEG", try ImageWriter.jpeg(image, options: .init(progressive: true))),
            ("PNG", try ImageWriter.png(image)),
            ("BMP", TestImages.bmp(image)),
            ("WebP", TestImages.webp(image)),
        ]
        for (name, bytes) in files {
            let loaded = try ImageLoader().loadWorkingImage(bytes: bytes, fitting: Self.bound)
            #expect(loaded.originalWidth == 384 && loaded.originalHeight == 288, "\(name)")
            #expect(loaded.image.width <= 64 && loaded.image.height <= 64, "\(name)")
            #expect(loaded.image == (try ImageLoader().loadWorking(bytes: bytes, fitting: Self.bound)), "\(name)")
        }
    }

    @Test func originalSizeFollowsTheExifOrientation() throws {
        let tagged = try ImageWriter.jpeg(TestImages.smooth(320, 160),
                                          options: .init(app1: TestImages.exif(orientation: 6, bigEndian: false)))
        let upright = try ImageLoader().loadWorkingImage(bytes: tagged, fitting: Self.bound)
        #expect(upright.originalWidth == 160 && upright.originalHeight == 320)
        #expect(upright.image.width < upright.image.height)
        let stored = try ImageLoader(appliesOrientation: false).loadWorkingImage(bytes: tagged, fitting: Self.bound)
        #expect(stored.originalWidth == 320 && stored.originalHeight == 160)
    }

    @Test func readsFromAPathWithTheSameErrors() throws {
        let path = try TemporaryFile.write(try ImageWriter.png(TestImages.smooth(100, 30)), name: "working-image.png")
        defer { TemporaryFile.remove(path) }
        let loaded = try ImageLoader().loadWorkingImage(path: path, fitting: Self.bound)
        #expect(loaded.originalWidth == 100 && loaded.originalHeight == 30)
        #expect(loaded.image.width == 64 && loaded.image.height == 19)
        let error = try #require(throws: ImageError.self) {
            try ImageLoader().loadWorkingImage(path: path + ".absent", fitting: Self.bound)
        }
        #expect(error.kind == .missing)
    }
}

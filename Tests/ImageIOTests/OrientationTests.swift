import Testing
@testable import ImageIO

/// The eight EXIF orientations, from the transforms the EXIF 2.3 specification defines.
@Suite struct OrientationTests {
    // Stored image (3x2):  a b c / d e f, pixel values 1...6 in the red channel.
    let stored = TestImages.make(3, 2) { x, y in (UInt8(y * 3 + x + 1), 0, 0, 255) }

    func reds(_ image: RGBAImage) -> [[UInt8]] {
        (0..<image.height).map { y in (0..<image.width).map { image.pixel(x: $0, y: y)!.r } }
    }

    @Test func transformsMatchTheSpecification() {
        let expected: [ExifOrientation: [[UInt8]]] = [
            .up: [[1, 2, 3], [4, 5, 6]],
            .upMirrored: [[3, 2, 1], [6, 5, 4]],
            .down: [[6, 5, 4], [3, 2, 1]],
            .downMirrored: [[4, 5, 6], [1, 2, 3]],
            .leftMirrored: [[1, 4], [2, 5], [3, 6]],
            .right: [[4, 1], [5, 2], [6, 3]],
            .rightMirrored: [[6, 3], [5, 2], [4, 1]],
            .left: [[3, 6], [2, 5], [1, 4]],
        ]
        for orientation in ExifOrientation.allCases {
            #expect(reds(stored.applying(orientation)) == expected[orientation], "orientation \(orientation.rawValue)")
        }
    }

    @Test func portraitRotatesLandscapeOnly() {
        #expect(stored.portrait().width == 2 && stored.portrait().height == 3)
        let tall = stored.applying(.right)
        #expect(tall.portrait() == tall)
    }

    @Test(arguments: ExifOrientation.allCases)
    func jpegExifOrientationIsHonoured(orientation: ExifOrientation) throws {
        let cells = TestImages.cells(columns: 3, rows: 2, cell: 16, palette: TestImages.sixColours)
        let plain = try ImageWriter.jpeg(cells, options: .init(quality: 95, subsampling: .none))
        let upright = try ImageLoader().load(bytes: plain)
        for bigEndian in [false, true] {
            let tagged = try ImageWriter.jpeg(cells, options: .init(
                quality: 95, subsampling: .none,
                app1: TestImages.exif(orientation: orientation.rawValue, bigEndian: bigEndian)))
            tagged.withUnsafeBufferPointer { #expect(ExifOrientation.fromJPEG($0) == orientation) }
            #expect(try ImageLoader().load(bytes: tagged) == upright.applying(orientation))
            #expect(try ImageLoader(appliesOrientation: false).load(bytes: tagged) == upright)
        }
    }

    @Test func workingSizeLoadAppliesOrientation() throws {
        let image = TestImages.smooth(320, 160)
        let tagged = try ImageWriter.jpeg(image, options: .init(progressive: true, app1: TestImages.exif(orientation: 6, bigEndian: false)))
        let working = try ImageLoader().loadWorking(bytes: tagged, fitting: WorkingSize(maxSide: 40, maxPixels: 10_000))
        #expect(working.width == 20 && working.height == 40)
    }

    @Test func malformedExifIsIgnored() throws {
        let image = TestImages.smooth(16, 16)
        var exif = TestImages.exif(orientation: 6, bigEndian: false)
        exif[10] = 0xFF; exif[11] = 0xFF  // IFD offset far beyond the segment
        let bytes = try ImageWriter.jpeg(image, options: .init(app1: exif))
        bytes.withUnsafeBufferPointer { #expect(ExifOrientation.fromJPEG($0) == .up) }
        let badValue = TestImages.exif(orientation: 9, bigEndian: true)
        let bytes2 = try ImageWriter.jpeg(image, options: .init(app1: badValue))
        bytes2.withUnsafeBufferPointer { #expect(ExifOrientation.fromJPEG($0) == .up) }
    }
}

import CImageCodecs
import Testing
@testable import ImageIO

/// The DC-only decoder against libjpeg-turbo's own 1/8-scale output on JPEGs written here.
@Suite struct JPEGFastPathTests {
    static let variants: [(String, ImageWriter.JPEGOptions)] = [
        ("progressive 4:2:0", .init(quality: 85, progressive: true)),
        ("progressive 4:4:4 restarts", .init(quality: 85, progressive: true, subsampling: .none, restartInterval: 3)),
        ("progressive 4:2:2", .init(quality: 75, progressive: true, subsampling: .halfWidth)),
        ("progressive grey", .init(quality: 90, progressive: true, grayscale: true)),
        ("baseline 4:2:0", .init(quality: 85)),
        ("baseline 4:4:4 restarts", .init(quality: 95, subsampling: .none, restartInterval: 5)),
        ("baseline grey restarts", .init(quality: 70, restartInterval: 1, grayscale: true)),
    ]

    static func dcDecode(_ bytes: [UInt8]) -> RGBAImage? {
        bytes.withUnsafeBufferPointer { CodecBridge.decodeJPEGDC($0) }
    }

    static func libjpegEighth(_ bytes: [UInt8]) throws -> RGBAImage {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ImageError) in try CodecBridge.decodeJPEG(buffer, scale: 8, path: nil) }
        }.get()
    }

    @Test(arguments: 0..<variants.count)
    func matchesLibjpegEighthScale(variant: Int) throws {
        let (name, options) = Self.variants[variant]
        let image = TestImages.smooth(203, 157)  // not a multiple of the MCU size
        let bytes = try ImageWriter.jpeg(image, options: options)
        let fast = try #require(Self.dcDecode(bytes), "DC decoder declined \(name)")
        let reference = try Self.libjpegEighth(bytes)
        #expect(fast.width == reference.width && fast.height == reference.height)
        #expect(fast.width == 26 && fast.height == 20)
        let mad = TestImages.meanAbsoluteDifference(fast, reference)
        // libjpeg reconstructs 4:2:0 chroma at 1/8 scale with a 2x2 IDCT that uses AC terms the
        // DC decoder never reads; every other layout is pure DC in both, so must match exactly.
        let exact = options.grayscale || options.subsampling != .halfBoth
        #expect(mad <= (exact ? 0.01 : 2.0), "\(name): mean absolute difference \(mad)")
    }

    @Test func declinesTruncatedAndCorruptFiles() throws {
        let bytes = try ImageWriter.jpeg(TestImages.smooth(64, 64), options: .init(progressive: true))
        #expect(Self.dcDecode(Array(bytes.prefix(bytes.count - 10))) == nil)
        #expect(Self.dcDecode(Array(bytes.prefix(bytes.count / 2))) == nil)
        var broken = bytes
        let sos = try #require(LimitsAndErrorsTests.find([0xFF, 0xDA], in: broken))
        broken[sos + 4] = 7  // scan claims 7 components
        #expect(Self.dcDecode(broken) == nil)
    }

    @Test func workingLoadOfALargeJPEGMatchesFullDecodeThenShrink() throws {
        let image = TestImages.smooth(800, 600)
        let bound = WorkingSize(maxSide: 64, maxPixels: 64 * 64)
        #expect(ImageLoader.jpegScale(width: 800, height: 600, fitting: bound) == 8)
        for progressive in [false, true] {
            let bytes = try ImageWriter.jpeg(image, options: .init(quality: 85, progressive: progressive))
            let fast = try ImageLoader().loadWorking(bytes: bytes, fitting: bound)
            let slow = try ImageLoader().load(bytes: bytes).downscaled(toFit: bound)
            #expect(fast.width == 64 && fast.height == 48)
            #expect(TestImages.meanAbsoluteDifference(fast, slow) < 2)
        }
    }

    @Test func libjpegFirstScanDecoderAgreesWithDCDecoder() throws {
        // Same DC data, so 4:4:4 results agree up to the DC refinement bits libjpeg leaves out.
        let bytes = try ImageWriter.jpeg(TestImages.smooth(120, 88), options: .init(quality: 90, progressive: true, subsampling: .none))
        var message = [CChar](repeating: 0, count: Int(PIC_MESSAGE_LEN))
        var image = pic_image()
        let status = bytes.withUnsafeBufferPointer { pic_jpeg_decode_first_scan($0.baseAddress, $0.count, &image, &message) }
        #expect(status == 0)
        let first = CodecBridge.adopt(image)
        let fast = try #require(Self.dcDecode(bytes))
        #expect(TestImages.meanAbsoluteDifference(first, fast) < 1.5)
    }
}

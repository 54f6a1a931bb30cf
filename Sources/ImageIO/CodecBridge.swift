import CImageCodecs

/// Calls into the C codec wrappers and converts their statuses into `ImageError`s.
enum CodecBridge {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Maps a pic_status to an ImageError kind.
    static func error(_ status: Int32, _ message: [CChar], path: String?, format: ImageFormat) -> ImageError {
        let text = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let reason = text.isEmpty ? "cannot decode \(format.rawValue.uppercased())" : text
        switch UInt32(status) {
        case PIC_ERR_TRUNCATED.rawValue: return ImageError(.truncated, path: path, reason: reason)
        case PIC_ERR_UNSUPPORTED.rawValue: return ImageError(.unsupportedFormat, path: path, reason: reason)
        case PIC_ERR_NOMEM.rawValue: return ImageError(.tooLarge, path: path, reason: "out of memory: \(reason)")
        case _ where text == "too large": return ImageError(.tooLarge, path: path, reason: "image too large for the decoder")
        default: return ImageError(.corrupt, path: path, reason: reason)
        }
    }

    static func newMessage() -> [CChar] { [CChar](repeating: 0, count: Int(PIC_MESSAGE_LEN)) }

    /// Moves a C-owned pic_image into an RGBAImage and frees the C buffer.
    static func adopt(_ image: pic_image) -> RGBAImage {
        let count = Int(image.width) * Int(image.height) * 4
        let pixels = [UInt8](UnsafeBufferPointer(start: image.pixels, count: count))
        pic_free(image.pixels)
        return RGBAImage(unchecked: Int(image.width), height: Int(image.height), pixels: pixels)
    }

    /// Width and height from the header of an image of `format`.
    static func size(_ bytes: Bytes, format: ImageFormat, path: String?) throws(ImageError) -> (width: Int, height: Int) {
        var message = newMessage()
        var w: Int32 = 0, h: Int32 = 0
        let status: Int32
        switch format {
        case .jpeg:
            var components: Int32 = 0, progressive: Int32 = 0
            status = pic_jpeg_info(bytes.baseAddress, bytes.count, &w, &h, &components, &progressive, &message)
        case .png where bytes.count >= 24:
            // IHDR is always the first chunk: read the size directly, since stb_image refuses
            // very large headers with a generic message.
            let be32 = { (at: Int) in Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
            guard bytes[12] == 0x49, bytes[13] == 0x48, bytes[14] == 0x44, bytes[15] == 0x52 else {
                throw ImageError(.corrupt, path: path, reason: "PNG does not start with an IHDR chunk")
            }
            return (be32(16), be32(20))
        case .png, .gif, .bmp:
            var is16: Int32 = 0
            status = pic_stb_info(bytes.baseAddress, bytes.count, &w, &h, &is16, &message)
        case .webp:
            var alpha: Int32 = 0, animated: Int32 = 0
            status = pic_webp_info(bytes.baseAddress, bytes.count, &w, &h, &alpha, &animated, &message)
        }
        guard status == 0 else { throw error(status, message, path: path, format: format) }
        return (Int(w), Int(h))
    }

    /// The scan count and decoding costs of a JPEG, from its header and marker structure.
    static func surveyJPEG(_ bytes: Bytes, path: String?) throws(ImageError) -> pic_jpeg_survey_result {
        var message = newMessage()
        var survey = pic_jpeg_survey_result()
        let status = pic_jpeg_survey(bytes.baseAddress, bytes.count, &survey, &message)
        guard status == 0 else { throw error(status, message, path: path, format: .jpeg) }
        return survey
    }

    /// Decodes a JPEG with libjpeg at 1/`scale` (1, 2, 4 or 8), EXIF orientation not applied.
    static func decodeJPEG(_ bytes: Bytes, scale: Int, path: String?) throws(ImageError) -> RGBAImage {
        var message = newMessage()
        var w: Int32 = 0, h: Int32 = 0
        var status = pic_jpeg_scaled_size(bytes.baseAddress, bytes.count, Int32(scale), &w, &h, &message)
        guard status == 0 else { throw error(status, message, path: path, format: .jpeg) }
        let count = Int(w) * Int(h) * 4
        let pixels = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialised in
            status = pic_jpeg_decode_into(bytes.baseAddress, bytes.count, Int32(scale),
                                          buffer.baseAddress, w, h, &message)
            // Rows libjpeg did not reach are zeroed so the array is always fully initialised.
            if status != 0 { buffer.initialize(repeating: 0) }
            initialised = count
        }
        guard status == 0 else { throw error(status, message, path: path, format: .jpeg) }
        return RGBAImage(unchecked: Int(w), height: Int(h), pixels: pixels)
    }

    /// The 1/8-scale image from DC coefficients only, or nil when the DC decoder declines the
    /// file (the caller then uses libjpeg, which gives the authoritative error if any).
    static func decodeJPEGDC(_ bytes: Bytes) -> RGBAImage? {
        var message = newMessage()
        var image = pic_image()
        guard pic_jpeg_dc_decode(bytes.baseAddress, bytes.count, &image, &message) == 0 else { return nil }
        return adopt(image)
    }

    /// Decodes PNG, GIF or BMP with stb_image.
    static func decodeSTB(_ bytes: Bytes, format: ImageFormat, path: String?) throws(ImageError) -> RGBAImage {
        var message = newMessage()
        var image = pic_image()
        let status = pic_stb_decode(bytes.baseAddress, bytes.count, &image, &message)
        guard status == 0 else {
            var failure = error(status, message, path: path, format: format)
            if format == .gif && bytes.last != 0x3B && failure.kind == .corrupt {
                failure = ImageError(.truncated, path: path, reason: "GIF data ends early (\(failure.reason))")
            }
            throw failure
        }
        return adopt(image)
    }

    /// Decodes a still WebP with libwebp.
    static func decodeWebP(_ bytes: Bytes, path: String?) throws(ImageError) -> RGBAImage {
        var message = newMessage()
        var image = pic_image()
        let status = pic_webp_decode(bytes.baseAddress, bytes.count, &image, &message)
        guard status == 0 else { throw error(status, message, path: path, format: .webp) }
        return adopt(image)
    }
}

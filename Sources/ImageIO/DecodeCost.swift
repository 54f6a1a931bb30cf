import CImageCodecs

/// Estimates, from the header alone, of the peak memory each decoder needs for an image: its
/// working buffers, its output, and the copy into an `RGBAImage`. Upper estimates of what
/// stb_image, libwebp, libjpeg and the DC decoder allocate (read from their sources), so a file
/// is refused before the budget is reached rather than part-way.
enum DecodeCost {
    /// PNG, GIF or BMP through stb_image, full size. `bytes` holds the file (for the PNG header).
    static func stb(_ format: ImageFormat, bytes: UnsafeBufferPointer<UInt8>, width: Int, height: Int) -> Int {
        let pixels = width * height
        switch format {
        case .png where bytes.count >= 29:
            let depth = Int(bytes[24]), colourType = Int(bytes[25]), interlaced = bytes[28] != 0
            let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colourType] ?? 4
            let sampleBytes = depth == 16 ? 2 : 1
            // Inflated scanlines (a filter byte per row), then the unfiltered image with up to
            // one more channel (palette expansion or transparency); interlaced files hold the
            // passes and the final image at once.
            let raw = height * (1 + (width * channels * max(depth, 1) + 7) / 8)
            let unfiltered = pixels * min(channels + 1, 4) * sampleBytes
            let decode = raw + unfiltered * (interlaced ? 2 : 1)
            let toRGBA = unfiltered + pixels * 4 * sampleBytes
            let toEightBits = pixels * 4 * sampleBytes + pixels * 4
            return max(decode, toRGBA, toEightBits, adopt(pixels))
        case .gif:
            // The frame, the background and the disposal history, then the copy.
            return max(pixels * 9, adopt(pixels))
        default:
            return max(pixels * 8, adopt(pixels))
        }
    }

    /// A still WebP through libwebp: its output (and, lossless, a frame of ARGB words), then
    /// the copy.
    static func webp(width: Int, height: Int) -> Int {
        max(width * height * 8, adopt(width * height))
    }

    /// libjpeg at 1/`scale`: the whole-image coefficient buffer of a progressive file, the
    /// RGBA output (written straight into the image's array), and a margin for row buffers.
    static func libjpeg(_ survey: pic_jpeg_survey_result, scale: Int) -> Int {
        let outWidth = (Int(survey.width) + scale - 1) / scale, outHeight = (Int(survey.height) + scale - 1) / scale
        return Int(survey.coefficient_bytes) + outWidth * outHeight * 4 + rowMargin(survey)
    }

    /// The DC-only decoder: its DC terms, planes and output, then the copy.
    static func dcOnly(_ survey: pic_jpeg_survey_result) -> Int {
        let small = ((Int(survey.width) + 7) / 8) * ((Int(survey.height) + 7) / 8)
        return max(Int(survey.dc_bytes), adopt(small))
    }

    /// Turning a full-size image upright (EXIF orientation) holds two copies.
    static func orientation(width: Int, height: Int) -> Int { width * height * 8 }

    /// A C-owned RGBA image and its copy into an `RGBAImage`.
    private static func adopt(_ pixels: Int) -> Int { pixels * 8 }

    /// libjpeg's row buffers: a few MCU rows of every component at full width.
    private static func rowMargin(_ survey: pic_jpeg_survey_result) -> Int {
        Int(survey.width) * 16 * 4 * max(Int(survey.components), 1) * 4
    }
}

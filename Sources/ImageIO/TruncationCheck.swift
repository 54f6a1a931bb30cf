/// Container-level checks that tell a file cut short from a corrupt one, done before decoding
/// because stb_image pads missing data with zeros for some formats instead of failing.
enum TruncationCheck {
    /// A reason when the container's own length fields show the data ends early, else nil.
    static func reason(_ bytes: UnsafeBufferPointer<UInt8>, format: ImageFormat) -> String? {
        switch format {
        case .png: return png(bytes)
        case .bmp: return bmp(bytes)
        case .webp: return webp(bytes)
        case .gif: return gif(bytes)
        case .jpeg: return nil  // libjpeg reports a premature end itself
        }
    }

    private static func u32be(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
        Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3])
    }

    private static func u32le(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
        Int(b[at]) | Int(b[at + 1]) << 8 | Int(b[at + 2]) << 16 | Int(b[at + 3]) << 24
    }

    /// Walks the chunks (length, type, data, CRC) after the signature until IEND.
    private static func png(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var p = 8
        while true {
            guard p + 8 <= b.count else { return "PNG data ends before the IEND chunk" }
            let length = u32be(b, p)
            let isEnd = b[p + 4] == 0x49 && b[p + 5] == 0x45 && b[p + 6] == 0x4E && b[p + 7] == 0x44
            // A length with the top bit set is invalid rather than short: leave it to the decoder.
            if length > 0x7FFF_FFFF { return nil }
            guard p + 12 + length <= b.count else { return "PNG data ends inside a chunk" }
            if isEnd { return nil }
            p += 12 + length
        }
    }

    /// Compares the file-size and pixel-offset fields of the BMP file header with the length.
    private static func bmp(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.count >= 14 else { return "BMP data ends inside the file header" }
        let fileSize = u32le(b, 2)
        let pixelOffset = u32le(b, 10)
        if fileSize > b.count && fileSize < 1 << 31 { return "BMP data is shorter than its header says" }
        if pixelOffset >= b.count { return "BMP data ends before the pixels" }
        return nil
    }

    /// Compares the RIFF chunk size with the length.
    private static func webp(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.count >= 12 else { return "WebP data ends inside the RIFF header" }
        if u32le(b, 4) + 8 > b.count { return "WebP data is shorter than its RIFF header says" }
        return nil
    }

    /// Walks the GIF blocks up to the end of the first image's data (the frame that is decoded).
    private static func gif(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let short = "GIF data ends before the first frame is complete"
        guard b.count >= 13 else { return short }
        var p = 13
        if b[10] & 0x80 != 0 { p += 3 << (Int(b[10] & 7) + 1) }
        /// Skips data sub-blocks from q; returns the index after the terminator, or nil if short.
        func skipSubBlocks(_ q: Int) -> Int? {
            var q = q
            while q < b.count {
                let n = Int(b[q])
                if n == 0 { return q + 1 }
                q += 1 + n
            }
            return nil
        }
        while p < b.count {
            switch b[p] {
            case 0x21:
                guard p + 2 < b.count, let next = skipSubBlocks(p + 2) else { return short }
                p = next
            case 0x2C:
                guard p + 10 < b.count else { return short }
                var q = p + 10
                if b[p + 9] & 0x80 != 0 { q += 3 << (Int(b[p + 9] & 7) + 1) }
                q += 1  // LZW minimum code size
                return q <= b.count && skipSubBlocks(q) != nil ? nil : short
            default:
                return nil  // trailer or an unknown block: the decoder decides
            }
        }
        return short
    }
}

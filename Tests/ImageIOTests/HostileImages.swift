/// Small files that ask a decoder for a great deal, written byte by byte (no encoder could make
/// them quickly): the decompression bombs of the image tests.
enum HostileImages {
    /// A bit writer: MSB-first for JPEG entropy data (with 0xFF byte stuffing), LSB-first for
    /// deflate.
    struct Bits {
        var bytes: [UInt8] = []
        private var current: UInt32 = 0
        private var count = 0
        let jpeg: Bool

        init(jpeg: Bool) { self.jpeg = jpeg }

        /// Appends `length` bits of `value`, most significant first for JPEG, least significant
        /// first for deflate.
        mutating func write(_ value: Int, _ length: Int) {
            for i in 0..<length {
                let bit = jpeg ? (value >> (length - 1 - i)) & 1 : (value >> i) & 1
                push(UInt32(bit))
            }
        }

        /// Appends a Huffman code (always sent most significant bit first).
        mutating func code(_ code: Int, _ length: Int) {
            for i in stride(from: length - 1, through: 0, by: -1) { push(UInt32((code >> i) & 1)) }
        }

        /// Appends `n` zero bits quickly.
        mutating func zeros(_ n: Int) {
            var left = n
            while left > 0 && count != 0 {
                push(0)
                left -= 1
            }
            bytes.append(contentsOf: repeatElement(0, count: left / 8))
            for _ in 0..<(left % 8) { push(0) }
        }

        /// Pads the last byte (with ones for JPEG, as the standard asks; zeros for deflate).
        mutating func finish() {
            while count != 0 { push(jpeg ? 1 : 0) }
        }

        private mutating func push(_ bit: UInt32) {
            current = jpeg ? current << 1 | bit : current | bit << UInt32(count)
            count += 1
            if count == 8 {
                let byte = UInt8(current)
                bytes.append(byte)
                if jpeg && byte == 0xFF { bytes.append(0) }
                current = 0
                count = 0
            }
        }
    }

    // MARK: JPEG

    /// A progressive four-component JPEG (Adobe CMYK, or YCCK with `ycck`) of `width` x
    /// `height` whose components are flat at `levels` (0...255 each), followed by `acScans`
    /// AC scans that each code a whole component as one end-of-band run. The DC scan costs one
    /// bit per block, an AC scan a few bytes: 10000x10000 with 300 scans is under 1 MB.
    static func progressiveFourComponent(width: Int, height: Int, levels: [Int] = [128, 128, 128, 128],
                                         acScans: Int, ycck: Bool = false) -> [UInt8] {
        var out: [UInt8] = [0xFF, 0xD8]
        func segment(_ marker: UInt8, _ body: [UInt8]) {
            out += [0xFF, marker, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        }
        segment(0xEE, Array("Adobe".utf8) + [0, 100, 0, 0, 0, 0, ycck ? 2 : 0])
        segment(0xDB, [0] + Array(repeating: 1, count: 64))
        let ids: [UInt8] = [1, 2, 3, 4]
        segment(0xC2, [8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 4]
                + ids.flatMap { [$0, 0x11, 0] })
        // DC: category 0 is "0"; categories 1...11 are the 5-bit codes 10000...11010.
        var dcCounts = [UInt8](repeating: 0, count: 16)
        dcCounts[0] = 1
        dcCounts[4] = 11
        segment(0xC4, [0x00] + dcCounts + (0...11).map(UInt8.init))
        // AC: end-of-band runs of 2^r blocks (symbols r << 4) as 4-bit codes 0000...1110.
        var acCounts = [UInt8](repeating: 0, count: 16)
        acCounts[3] = 15
        segment(0xC4, [0x10] + acCounts + (0..<15).map { UInt8($0 << 4) })

        let blocksWide = (width + 7) / 8, blocksHigh = (height + 7) / 8, blocks = blocksWide * blocksHigh
        // The DC scan, interleaved: the first block of each component sets its level, the rest
        // repeat it (difference 0).
        segment(0xDA, [4] + ids.flatMap { [$0, 0x00] } + [0, 0, 0])
        var bits = Bits(jpeg: true)
        for level in levels {
            let dc = (level - 128) * 8
            let magnitude = abs(dc)
            let category = magnitude == 0 ? 0 : Int.bitWidth - magnitude.leadingZeroBitCount
            if category == 0 {
                bits.write(0, 1)
            } else {
                bits.code(0b10000 + category - 1, 5)
                bits.write(dc > 0 ? dc : dc + (1 << category) - 1, category)
            }
        }
        bits.zeros((blocks - 1) * 4)
        bits.finish()
        out += bits.bytes
        for scan in 0..<acScans {
            segment(0xDA, [1, ids[scan % 4], 0x00, 1, 63, 0])
            var ac = Bits(jpeg: true)
            var left = blocks
            while left > 0 {
                let r = min(14, Int.bitWidth - 1 - left.leadingZeroBitCount)
                let run = min(left, (1 << r) + (1 << r) - 1)
                ac.code(r, 4)
                ac.write(run - (1 << r), r)
                left -= run
            }
            ac.finish()
            out += ac.bytes
        }
        out += [0xFF, 0xD9]
        return out
    }

    // MARK: PNG

    /// A `width` x `height` 16-bit RGBA PNG of zeros whose single deflate block codes one
    /// literal and then matches of 258 bytes at distance 1 in two bits each: 10000x10000
    /// (800 MB of samples) is about 780 KB.
    static func zeroPNG(width: Int, height: Int) -> [UInt8] {
        let total = height * (1 + width * 8)
        var bits = Bits(jpeg: false)
        bits.write(1, 1)        // final block
        bits.write(2, 2)        // dynamic Huffman codes
        bits.write(286 - 257, 5)
        bits.write(2 - 1, 5)
        bits.write(18 - 4, 4)
        // Code-length code lengths, in the format's order: 18 -> 1 bit, 1 and 2 -> 2 bits.
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
        for symbol in order { bits.write([18: 1, 1: 2, 2: 2][symbol] ?? 0, 3) }
        // Canonical codes: 18 = 0, 1 = 10, 2 = 11. Literal/length lengths: 0 -> 2, 256 -> 2,
        // 285 -> 1; distance lengths: 0 -> 1, 1 -> 1.
        func zeroRun(_ n: Int) { bits.code(0, 1); bits.write(n - 11, 7) }
        bits.code(0b11, 2)
        zeroRun(138)
        zeroRun(117)
        bits.code(0b11, 2)
        zeroRun(28)
        for _ in 0..<3 { bits.code(0b10, 2) }
        // Data: literal 0 = 10, match length 258 = 0, distance 1 = 0, end of block = 11.
        bits.code(0b10, 2)
        let rest = total - 1
        bits.zeros(rest / 258 * 2)
        for _ in 0..<(rest % 258) { bits.code(0b10, 2) }
        bits.code(0b11, 2)
        bits.finish()
        let adler = UInt32(total % 65521) << 16 | 1
        let zlib = [0x78, 0x01] + bits.bytes + be32(Int(adler))

        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ body: [UInt8]) {
            let typed = Array(type.utf8) + body
            out += be32(body.count) + typed + be32(Int(TestImages.crc32(typed)))
        }
        chunk("IHDR", be32(width) + be32(height) + [16, 6, 0, 0, 0])
        chunk("IDAT", zlib)
        chunk("IEND", [])
        return out
    }

    private static func be32(_ v: Int) -> [UInt8] {
        [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }
}

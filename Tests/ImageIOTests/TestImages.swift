// Fixture images made by the tests themselves: synthetic pixels plus small encoders for the
// variants the library's writers do not produce (16-bit and palette PNG, GIF, BMP, WebP).
import CImageCodecs
@testable import ImageIO

/// A seeded SplitMix64 generator, so every "random" test case is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum TestImages {
    /// An image whose pixel (x, y) is `colour(x, y)`.
    static func make(_ width: Int, _ height: Int,
                     _ colour: (Int, Int) -> (UInt8, UInt8, UInt8, UInt8)) -> RGBAImage {
        var pixels = [UInt8]()
        pixels.reserveCapacity(width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let c = colour(x, y)
                pixels += [c.0, c.1, c.2, c.3]
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)!
    }

    /// A smooth photo-like test card: gradients plus a soft disc, opaque.
    static func smooth(_ width: Int, _ height: Int) -> RGBAImage {
        make(width, height) { x, y in
            let fx = Double(x) / Double(width), fy = Double(y) / Double(height)
            let dx = fx - 0.6, dy = fy - 0.4
            let disc = max(0, 1 - (dx * dx + dy * dy) * 12)
            let r = 40 + 180 * fx * (1 - disc) + 230 * disc
            let g = 60 + 150 * fy
            let b = 200 - 150 * fx * fy + 30 * disc
            return (UInt8(min(255, r)), UInt8(min(255, g)), UInt8(max(0, min(255, b))), 255)
        }
    }

    /// Flat cells `cell` pixels square, colours from `palette` cycling over columns then rows.
    static func cells(columns: Int, rows: Int, cell: Int, palette: [(UInt8, UInt8, UInt8)]) -> RGBAImage {
        make(columns * cell, rows * cell) { x, y in
            let c = palette[((y / cell) * columns + x / cell) % palette.count]
            return (c.0, c.1, c.2, 255)
        }
    }

    static let sixColours: [(UInt8, UInt8, UInt8)] = [
        (230, 30, 40), (30, 200, 60), (40, 60, 220), (240, 220, 40), (20, 20, 20), (250, 250, 250),
    ]

    // MARK: Encoders for the fixture formats

    static func bmp(_ image: RGBAImage) -> [UInt8] {
        encode { out, length, message in
            image.pixels.withUnsafeBufferPointer {
                pic_bmp_encode($0.baseAddress, Int32(image.width), Int32(image.height), &out, &length, message)
            }
        }
    }

    /// WebP: lossless when `quality` is nil.
    static func webp(_ image: RGBAImage, quality: Float? = nil) -> [UInt8] {
        encode { out, length, message in
            image.pixels.withUnsafeBufferPointer {
                pic_webp_encode($0.baseAddress, Int32(image.width), Int32(image.height), quality ?? -1,
                                &out, &length, message)
            }
        }
    }

    private static func encode(_ call: (inout UnsafeMutablePointer<UInt8>?, inout Int, UnsafeMutablePointer<CChar>) -> Int32) -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        var message = [CChar](repeating: 0, count: Int(PIC_MESSAGE_LEN))
        let status = message.withUnsafeMutableBufferPointer { call(&out, &length, $0.baseAddress!) }
        defer { pic_free(out) }
        guard status == 0, let out else { return [] }
        return [UInt8](UnsafeBufferPointer(start: out, count: length))
    }

    /// A GIF89a with a 4-colour global table; `indices` row-major; `transparent` marks one index
    /// transparent through a Graphic Control Extension. LZW codes stay 3 bits wide by sending a
    /// clear code before every pair of literals.
    static func gif(width: Int, height: Int, palette: [(UInt8, UInt8, UInt8)], indices: [UInt8],
                    transparent: UInt8? = nil) -> [UInt8] {
        var out = Array("GIF89a".utf8)
        func le16(_ v: Int) { out += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        le16(width); le16(height)
        out += [0xF1, 0, 0]  // global table of 4 entries
        for i in 0..<4 {
            let c = palette[min(i, palette.count - 1)]
            out += [c.0, c.1, c.2]
        }
        if let transparent { out += [0x21, 0xF9, 4, 0x01, 0, 0, transparent, 0] }
        out += [0x2C]; le16(0); le16(0); le16(width); le16(height); out += [0]
        out += [2]  // minimum code size
        var bits: [Bool] = []
        func code(_ c: Int) { for b in 0..<3 { bits.append((c >> b) & 1 == 1) } }
        for (n, index) in indices.enumerated() {
            if n % 2 == 0 { code(4) }
            code(Int(index))
        }
        code(5)
        var data = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (i, bit) in bits.enumerated() where bit { data[i / 8] |= 1 << (i % 8) }
        var p = 0
        while p < data.count {
            let n = min(255, data.count - p)
            out.append(UInt8(n))
            out += data[p..<(p + n)]
            p += n
        }
        out += [0, 0x3B]
        return out
    }

    // MARK: A minimal PNG writer (stored deflate blocks) for 16-bit and palette PNGs

    static func png(width: Int, height: Int, bitDepth: UInt8, colourType: UInt8, rows: [[UInt8]],
                    palette: [(UInt8, UInt8, UInt8)] = [], transparency: [UInt8] = []) -> [UInt8] {
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        func chunk(_ type: String, _ body: [UInt8]) {
            let typed = Array(type.utf8) + body
            out += be32(body.count) + typed + be32(Int(crc32(typed)))
        }
        chunk("IHDR", be32(width) + be32(height) + [bitDepth, colourType, 0, 0, 0])
        if !palette.isEmpty { chunk("PLTE", palette.flatMap { c -> [UInt8] in [c.0, c.1, c.2] }) }
        if !transparency.isEmpty { chunk("tRNS", transparency) }
        let raw: [UInt8] = rows.flatMap { row -> [UInt8] in [0] + row }  // filter type 0 on every row
        var zlib: [UInt8] = [0x78, 0x01]
        var p = 0
        repeat {
            let n = min(65535, raw.count - p)
            let final: UInt8 = p + n == raw.count ? 1 : 0
            zlib += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            zlib += raw[p..<(p + n)]
            p += n
        } while p < raw.count
        zlib += be32(Int(adler32(raw)))
        chunk("IDAT", zlib)
        chunk("IEND", [])
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    // MARK: EXIF

    /// An APP1 body "Exif\0\0" + TIFF with IFD0 holding a dummy tag and Orientation.
    static func exif(orientation: Int, bigEndian: Bool) -> [UInt8] {
        var tiff: [UInt8] = bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]
        func u16(_ v: Int) { tiff += bigEndian ? [UInt8(v >> 8), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: Int) {
            let b = [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
            tiff += bigEndian ? b : b.reversed()
        }
        u16(42); u32(8)
        u16(2)  // two entries
        u16(0x010F); u16(2); u32(4); tiff += Array("Cam\0".utf8)  // Make, ASCII, inline
        u16(0x0112); u16(3); u32(1); u16(orientation); u16(0)     // Orientation, SHORT
        u32(0)  // no next IFD
        return Array("Exif".utf8) + [0, 0] + tiff
    }

    /// Mean absolute difference over the RGB channels of two same-sized images.
    static func meanAbsoluteDifference(_ a: RGBAImage, _ b: RGBAImage) -> Double {
        precondition(a.width == b.width && a.height == b.height)
        var total = 0
        for i in 0..<a.pixels.count where i % 4 != 3 {
            total += abs(Int(a.pixels[i]) - Int(b.pixels[i]))
        }
        return Double(total) / Double(a.pixelCount * 3)
    }
}

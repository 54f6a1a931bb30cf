/// The EXIF orientation tag (0x0112): how the stored pixels must be transformed for display.
/// Raw values 1...8 as in the TIFF/EXIF specification.
public enum ExifOrientation: Int, Sendable, Equatable, CaseIterable {
    /// Stored upright.
    case up = 1
    /// Mirrored left-right.
    case upMirrored = 2
    /// Rotated 180 degrees.
    case down = 3
    /// Mirrored top-bottom.
    case downMirrored = 4
    /// Mirrored along the main diagonal (transpose).
    case leftMirrored = 5
    /// Display needs a 90-degree clockwise rotation.
    case right = 6
    /// Mirrored along the anti-diagonal (transverse).
    case rightMirrored = 7
    /// Display needs a 90-degree counter-clockwise rotation.
    case left = 8

    /// True for the orientations that swap width and height (5...8).
    public var swapsDimensions: Bool { rawValue >= 5 }

    /// Reads the orientation from a JPEG's APP1 "Exif" segment, scanning only the marker
    /// segments before the first scan. Returns `.up` when there is no usable tag. Every read is
    /// bounds-checked; malformed EXIF is ignored rather than reported.
    public static func fromJPEG(_ bytes: UnsafeBufferPointer<UInt8>) -> ExifOrientation {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return .up }
        var p = 2
        while p + 4 <= bytes.count {
            guard bytes[p] == 0xFF else { return .up }
            let marker = bytes[p + 1]
            if marker == 0xFF { p += 1; continue }  // fill byte
            if marker == 0xDA || marker == 0xD9 { return .up }  // scan data or end: no EXIF
            let length = Int(bytes[p + 2]) << 8 | Int(bytes[p + 3])
            guard length >= 2, p + 2 + length <= bytes.count else { return .up }
            let body = p + 4
            let bodyLength = length - 2
            if marker == 0xE1, bodyLength >= 14,
               bytes[body] == 0x45, bytes[body + 1] == 0x78, bytes[body + 2] == 0x69,
               bytes[body + 3] == 0x66, bytes[body + 4] == 0, bytes[body + 5] == 0 {
                let tiff = UnsafeBufferPointer(rebasing: bytes[(body + 6)..<(body + bodyLength)])
                if let orientation = fromTIFF(tiff) { return orientation }
            }
            p += 2 + length
        }
        return .up
    }

    /// Reads tag 0x0112 from IFD0 of a TIFF structure ("II*\0" or "MM\0*" header), or nil.
    public static func fromTIFF(_ tiff: UnsafeBufferPointer<UInt8>) -> ExifOrientation? {
        guard tiff.count >= 8 else { return nil }
        let little: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= tiff.count else { return nil }
            let a = Int(tiff[at]), b = Int(tiff[at + 1])
            return little ? a | b << 8 : a << 8 | b
        }
        func u32(_ at: Int) -> Int? {
            guard let lo = u16(little ? at : at + 2), let hi = u16(little ? at + 2 : at) else { return nil }
            return hi << 16 | lo
        }
        guard u16(2) == 42, let ifd = u32(4), let count = u16(ifd) else { return nil }
        for entry in 0..<count {
            let at = ifd + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112 {
                // Type SHORT (3), count 1: the value sits in the first two bytes of the field.
                guard u16(at + 2) == 3, u32(at + 4) == 1, let value = u16(at + 8) else { return nil }
                return ExifOrientation(rawValue: value)
            }
        }
        return nil
    }
}

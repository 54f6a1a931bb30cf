extension RGB8 {
    /// Parses a hex colour: `#rgb` or `#rrggbb`, the `#` optional, digits in any case,
    /// surrounding whitespace ignored. `#abc` means `#aabbcc`.
    /// - Throws: `ColorError.invalidHex` carrying the original text for anything else.
    public init(hex text: String) throws(ColorError) {
        var digits = Substring(text)
        while let first = digits.first, first.isWhitespace { digits.removeFirst() }
        while let last = digits.last, last.isWhitespace { digits.removeLast() }
        if digits.first == "#" { digits.removeFirst() }
        var values: [UInt8] = []
        values.reserveCapacity(6)
        for scalar in digits.unicodeScalars {
            guard let v = hexDigitValue(scalar) else { throw .invalidHex(text) }
            values.append(v)
        }
        switch values.count {
        case 3:
            self.init(r: values[0] * 17, g: values[1] * 17, b: values[2] * 17)
        case 6:
            self.init(r: values[0] << 4 | values[1], g: values[2] << 4 | values[3], b: values[4] << 4 | values[5])
        default:
            throw .invalidHex(text)
        }
    }

    /// The colour as lowercase `#rrggbb`.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = [UInt8(ascii: "#")]
        for channel in [r, g, b] {
            bytes.append(digits[Int(channel >> 4)])
            bytes.append(digits[Int(channel & 15)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension RGB8: CustomStringConvertible {
    /// The lowercase `#rrggbb` form.
    public var description: String { hex }
}

/// The value of one ASCII hex digit, or nil.
private func hexDigitValue(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x30...0x39: return UInt8(scalar.value - 0x30)
    case 0x41...0x46: return UInt8(scalar.value - 0x41 + 10)
    case 0x61...0x66: return UInt8(scalar.value - 0x61 + 10)
    default: return nil
    }
}

/// The sRGB transfer function of IEC 61966-2-1: gamma-encoded channel values (0...1) to linear
/// light (0...1) and back. Values outside 0...1 are extended by odd symmetry, so out-of-gamut
/// linear colours survive a round trip.
public enum SRGBTransfer {
    /// Encoded channel (0...1) to linear light (0...1).
    public static func decode(_ v: Double) -> Double {
        let x = abs(v)
        let y = x <= 0.04045 ? x / 12.92 : libmPow((x + 0.055) / 1.055, 2.4)
        return v < 0 ? -y : y
    }

    /// Linear light (0...1) to encoded channel (0...1).
    public static func encode(_ v: Double) -> Double {
        let x = abs(v)
        let y = x <= 0.0031308 ? x * 12.92 : 1.055 * libmPow(x, 1 / 2.4) - 0.055
        return v < 0 ? -y : y
    }

    /// Linear light (0...1) of each 8-bit code value 0...255, in double precision.
    public static let linearTable: [Double] = (0...255).map { decode(Double($0) / 255) }

    /// Linear light (0...1) of each 8-bit code value 0...255, in single precision, for bulk paths.
    public static let linearTableFloat: [Float] = linearTable.map { Float($0) }
}

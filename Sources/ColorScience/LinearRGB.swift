/// Linear-light sRGB: the sRGB primaries and D65 white without the transfer curve. Each channel
/// is 0...1 for colours inside the sRGB gamut; values outside that range describe out-of-gamut
/// colours and are kept as they are.
public struct LinearRGB: Hashable, Sendable, Codable {
    /// Red, 0...1 in gamut.
    public var r: Double
    /// Green, 0...1 in gamut.
    public var g: Double
    /// Blue, 0...1 in gamut.
    public var b: Double

    /// Creates a colour from linear channel values (0...1 in gamut).
    public init(r: Double, g: Double, b: Double) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Decodes an 8-bit sRGB colour (exact table look-up).
    public init(_ c: RGB8) {
        let t = SRGBTransfer.linearTable
        self.init(r: t[Int(c.r)], g: t[Int(c.g)], b: t[Int(c.b)])
    }

    /// True when every channel lies in `-tolerance...1+tolerance`.
    public func isInGamut(tolerance: Double = 1e-9) -> Bool {
        let lo = -tolerance, hi = 1 + tolerance
        return r >= lo && r <= hi && g >= lo && g <= hi && b >= lo && b <= hi
    }
}

extension RGB8 {
    /// Encodes a linear colour to 8 bits, clamping each channel to 0...1 and rounding to the
    /// nearest code value. Clamping shifts the hue of out-of-gamut colours; use
    /// `GamutMapping` first when that matters.
    public init(clamping c: LinearRGB) {
        self.init(r: encode8(c.r), g: encode8(c.g), b: encode8(c.b))
    }
}

/// One linear channel to its nearest 8-bit code value, clamped.
@inline(__always)
private func encode8(_ v: Double) -> UInt8 {
    guard v > 0 else { return 0 }  // also maps NaN to 0
    guard v < 1 else { return 255 }
    return UInt8((SRGBTransfer.encode(v) * 255).rounded())
}

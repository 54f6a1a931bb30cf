/// OKLCH: Oklab in polar form. L is 0...1 as in Oklab; chroma C is >= 0 (sRGB colours reach
/// about 0.32); hue h is in degrees, 0..<360, measured from +a towards +b (0 for greys).
public struct OKLCH: Hashable, Sendable, Codable {
    /// Lightness, 0...1.
    public var l: Double
    /// Chroma, >= 0.
    public var c: Double
    /// Hue angle in degrees, 0..<360.
    public var h: Double

    /// Creates a colour from lightness, chroma and hue (degrees; any value, used as given).
    public init(l: Double, c: Double, h: Double) {
        self.l = l
        self.c = c
        self.h = h
    }

    /// Converts Oklab to polar form.
    public init(_ lab: Oklab) {
        let c = libmHypot(lab.a, lab.b)
        var h = libmAtan2(lab.b, lab.a) * 180 / Double.pi
        if h < 0 { h += 360 }
        if h >= 360 { h -= 360 }
        self.init(l: lab.l, c: c, h: c == 0 ? 0 : h)
    }
}

extension Oklab {
    /// Converts OKLCH to Oklab.
    public init(_ lch: OKLCH) {
        let radians = lch.h * Double.pi / 180
        self.init(l: lch.l, a: lch.c * libmCos(radians), b: lch.c * libmSin(radians))
    }
}

/// The signed difference `to - from` of two hue angles in degrees, in -180...180.
public func hueDifference(from: Double, to: Double) -> Double {
    var d = (to - from).truncatingRemainder(dividingBy: 360)
    if d > 180 { d -= 360 }
    if d < -180 { d += 360 }
    return d
}

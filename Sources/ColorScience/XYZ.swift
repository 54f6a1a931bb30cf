/// CIE 1931 XYZ tristimulus values relative to the D65 white, scaled so that the white's Y is 1
/// (not 100). In-gamut sRGB colours have X in 0...0.9505, Y in 0...1, Z in 0...1.089.
public struct XYZ: Hashable, Sendable, Codable {
    /// X, 0...~0.95 for sRGB colours.
    public var x: Double
    /// Y (relative luminance), 0...1.
    public var y: Double
    /// Z, 0...~1.09 for sRGB colours.
    public var z: Double

    /// Creates a colour from tristimulus values (white has Y = 1).
    public init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The D65 white point with Y = 1, from its chromaticity (x, y) = (0.3127, 0.3290) as
    /// IEC 61966-2-1 specifies it: about (0.95047, 1, 1.08883).
    public static let d65 = XYZ(x: 0.3127 / 0.3290, y: 1, z: (1 - 0.3127 - 0.3290) / 0.3290)

    /// Converts linear sRGB to XYZ.
    public init(_ c: LinearRGB) {
        (x, y, z) = SRGBPrimaries.toXYZ.apply(c.r, c.g, c.b)
    }
}

extension LinearRGB {
    /// Converts XYZ (D65, white Y = 1) to linear sRGB; out-of-gamut colours give channels
    /// outside 0...1.
    public init(_ c: XYZ) {
        (r, g, b) = SRGBPrimaries.fromXYZ.apply(c.x, c.y, c.z)
    }
}

/// The sRGB primaries of IEC 61966-2-1 and the matrices between linear sRGB and XYZ, derived in
/// double precision from the chromaticities rather than copied as rounded tables.
enum SRGBPrimaries {
    /// Linear sRGB to XYZ (D65, white Y = 1). Its rows agree with the standard's four-decimal
    /// matrix (0.4124 0.3576 0.1805 / 0.2126 0.7152 0.0722 / 0.0193 0.1192 0.9505).
    static let toXYZ: Matrix3 = {
        // Columns are the primaries' XYZ at Y = 1, scaled so that R = G = B = 1 gives white.
        func column(_ x: Double, _ y: Double) -> (Double, Double, Double) { (x / y, 1, (1 - x - y) / y) }
        let red = column(0.64, 0.33), green = column(0.30, 0.60), blue = column(0.15, 0.06)
        let unscaled = Matrix3((red.0, green.0, blue.0), (red.1, green.1, blue.1), (red.2, green.2, blue.2))
        let w = XYZ.d65
        let (sr, sg, sb) = unscaled.inverse.apply(w.x, w.y, w.z)
        return unscaled.scalingColumns(sr, sg, sb)
    }()

    /// XYZ (D65, white Y = 1) to linear sRGB.
    static let fromXYZ: Matrix3 = toXYZ.inverse
}

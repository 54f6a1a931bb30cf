/// Oklab (Björn Ottosson, 2020), a perceptual space built on D65. L is 0 (black) ... 1 (white);
/// a and b are roughly -0.4...0.4 (sRGB colours stay within about -0.24...0.28 for a and
/// -0.32...0.2 for b). Euclidean distance in Oklab approximates perceived difference
/// (about 0.02 is just noticeable).
public struct Oklab: Hashable, Sendable, Codable {
    /// Perceived lightness, 0...1.
    public var l: Double
    /// Green (-) to red (+).
    public var a: Double
    /// Blue (-) to yellow (+).
    public var b: Double

    /// Creates a colour from its coordinates (L 0...1).
    public init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    /// Converts linear sRGB to Oklab with Ottosson's combined sRGB matrix.
    public init(_ c: LinearRGB) {
        let (l, m, s) = OklabMatrices.linearSRGBToLMS.apply(c.r, c.g, c.b)
        (self.l, a, b) = OklabMatrices.lmsToLab.apply(libmCbrt(l), libmCbrt(m), libmCbrt(s))
    }

    /// Converts XYZ (D65, white Y = 1) to Oklab with Ottosson's M1 and M2.
    public init(_ c: XYZ) {
        let (l, m, s) = OklabMatrices.xyzToLMS.apply(c.x, c.y, c.z)
        (self.l, a, b) = OklabMatrices.lmsToLab.apply(libmCbrt(l), libmCbrt(m), libmCbrt(s))
    }

    /// Converts an 8-bit sRGB colour to Oklab.
    public init(_ c: RGB8) {
        self.init(LinearRGB(c))
    }

    /// Euclidean distance to another Oklab colour.
    public func distance(to other: Oklab) -> Double {
        let dl = l - other.l, da = a - other.a, db = b - other.b
        return (dl * dl + da * da + db * db).squareRoot()
    }
}

extension LinearRGB {
    /// Converts Oklab to linear sRGB (inverse of `init(_: LinearRGB)`); out-of-gamut colours give
    /// channels outside 0...1.
    public init(_ c: Oklab) {
        let (l, m, s) = OklabMatrices.labToLMS.apply(c.l, c.a, c.b)
        (r, g, b) = OklabMatrices.lmsToLinearSRGB.apply(l * l * l, m * m * m, s * s * s)
    }
}

extension XYZ {
    /// Converts Oklab to XYZ (D65, white Y = 1).
    public init(_ c: Oklab) {
        let (l, m, s) = OklabMatrices.labToLMS.apply(c.l, c.a, c.b)
        (x, y, z) = OklabMatrices.lmsToXYZ.apply(l * l * l, m * m * m, s * s * s)
    }
}

/// The forward matrices of Ottosson's Oklab post (the 2021 revision, ten decimals), which define
/// the space. The inverses are computed from them in double precision rather than taken from his
/// rounded inverse tables (which agree to about 1e-7), so round trips are exact to rounding.
enum OklabMatrices {
    /// M1: XYZ (D65, Y = 1) to the cone-like LMS space.
    static let xyzToLMS = Matrix3(
        (0.8189330101, 0.3618667424, -0.1288597137),
        (0.0329845436, 0.9293118715, 0.0361456387),
        (0.0482003018, 0.2643662691, 0.6338517070))
    /// The inverse of M1.
    static let lmsToXYZ = xyzToLMS.inverse
    /// M2: cube-rooted LMS to Lab.
    static let lmsToLab = Matrix3(
        (0.2104542553, 0.7936177850, -0.0040720468),
        (1.9779984951, -2.4285922050, 0.4505937099),
        (0.0259040371, 0.7827717662, -0.8086757660))
    /// The inverse of M2.
    static let labToLMS = lmsToLab.inverse
    /// Ottosson's combined matrix for linear sRGB to LMS (M1 after his sRGB-to-XYZ matrix).
    static let linearSRGBToLMS = Matrix3(
        (0.4122214708, 0.5363325363, 0.0514459929),
        (0.2119034982, 0.6806995451, 0.1073969566),
        (0.0883024619, 0.2817188376, 0.6299787005))
    /// The inverse of `linearSRGBToLMS`.
    static let lmsToLinearSRGB = linearSRGBToLMS.inverse
}

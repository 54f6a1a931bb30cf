/// CIE 1976 L\*a\*b\* relative to the D65 white (`XYZ.d65`). L is 0...100; a and b are roughly
/// -128...127 for real colours (sRGB colours stay within about -87...99 for a and -108...95
/// for b).
public struct Lab: Hashable, Sendable, Codable {
    /// Lightness, 0 (black) ... 100 (white).
    public var l: Double
    /// Green (-) to red (+).
    public var a: Double
    /// Blue (-) to yellow (+).
    public var b: Double

    /// Creates a colour from its coordinates (L 0...100).
    public init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    /// Converts XYZ (white Y = 1) to Lab, with the CIE's exact constants
    /// epsilon = 216/24389 and kappa = 24389/27.
    public init(_ c: XYZ) {
        let w = XYZ.d65
        let fx = labF(c.x / w.x), fy = labF(c.y / w.y), fz = labF(c.z / w.z)
        self.init(l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }

    /// Converts an 8-bit sRGB colour to Lab.
    public init(_ c: RGB8) {
        self.init(XYZ(LinearRGB(c)))
    }

    /// Chroma, sqrt(a² + b²), 0 for greys.
    public var chroma: Double { libmHypot(a, b) }
}

extension XYZ {
    /// Converts Lab to XYZ (D65, white Y = 1).
    public init(_ c: Lab) {
        let fy = (c.l + 16) / 116
        let fx = fy + c.a / 500
        let fz = fy - c.b / 200
        let w = XYZ.d65
        self.init(x: w.x * labFInverse(fx), y: w.y * labFInverse(fy), z: w.z * labFInverse(fz))
    }
}

/// CIE epsilon, 216/24389: below this relative value the Lab curve is linear.
let labEpsilon = 216.0 / 24389.0
/// CIE kappa, 24389/27: the slope of the linear part, in L units.
let labKappa = 24389.0 / 27.0

/// The Lab companding function f(t).
@inline(__always)
func labF(_ t: Double) -> Double {
    t > labEpsilon ? libmCbrt(t) : (labKappa * t + 16) / 116
}

/// The inverse of `labF`.
@inline(__always)
func labFInverse(_ f: Double) -> Double {
    let cube = f * f * f
    return cube > labEpsilon ? cube : (116 * f - 16) / labKappa
}

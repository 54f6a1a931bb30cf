/// A colour-difference formula on CIE Lab (D65), in Lab units (about 1 to 2.3 is just
/// noticeable).
public enum ColorDifference: String, Sendable, CaseIterable, Codable {
    /// CIE76: Euclidean distance in Lab.
    case cie76
    /// CIEDE2000 with kL = kC = kH = 1.
    case ciede2000

    /// The difference between two colours under this formula.
    public func callAsFunction(_ x: Lab, _ y: Lab) -> Double {
        switch self {
        case .cie76: return deltaE76(x, y)
        case .ciede2000: return deltaE2000(x, y)
        }
    }
}

/// CIE76 colour difference: Euclidean distance in Lab.
public func deltaE76(_ x: Lab, _ y: Lab) -> Double {
    let dl = x.l - y.l, da = x.a - y.a, db = x.b - y.b
    return (dl * dl + da * da + db * db).squareRoot()
}

/// CIEDE2000 colour difference (CIE 142-2001) with parametric factors kL = kC = kH = 1,
/// following the implementation notes of Sharma, Wu and Dalal (2005), including their
/// conventions for zero chroma and for hues 180 degrees apart. Symmetric in its arguments.
public func deltaE2000(_ x: Lab, _ y: Lab) -> Double {
    let pow25To7 = 6_103_515_625.0  // 25^7
    func seventh(_ v: Double) -> Double { let v2 = v * v; return v2 * v2 * v2 * v }
    func degrees(_ radians: Double) -> Double { radians * 180 / Double.pi }
    func radians(_ degrees: Double) -> Double { degrees * Double.pi / 180 }
    func hue(_ b: Double, _ aPrime: Double) -> Double {
        if b == 0 && aPrime == 0 { return 0 }
        let h = degrees(libmAtan2(b, aPrime))
        return h < 0 ? h + 360 : h
    }

    // Step 1: a' scaled by G so that neutral colours keep their hue behaviour, then C' and h'.
    let meanChroma = (libmHypot(x.a, x.b) + libmHypot(y.a, y.b)) / 2
    let g = 0.5 * (1 - (seventh(meanChroma) / (seventh(meanChroma) + pow25To7)).squareRoot())
    let a1 = (1 + g) * x.a, a2 = (1 + g) * y.a
    let c1 = libmHypot(a1, x.b), c2 = libmHypot(a2, y.b)
    let h1 = hue(x.b, a1), h2 = hue(y.b, a2)

    // Step 2: differences in L', C' and H'.
    let deltaL = y.l - x.l
    let deltaC = c2 - c1
    let chromaProduct = c1 * c2
    var deltaHueAngle = 0.0
    if chromaProduct != 0 {
        deltaHueAngle = h2 - h1
        if deltaHueAngle > 180 { deltaHueAngle -= 360 } else if deltaHueAngle < -180 { deltaHueAngle += 360 }
    }
    let deltaH = 2 * chromaProduct.squareRoot() * libmSin(radians(deltaHueAngle / 2))

    // Step 3: weighting functions from the means.
    let meanL = (x.l + y.l) / 2
    let meanC = (c1 + c2) / 2
    var meanH = h1 + h2
    if chromaProduct != 0 {
        if abs(h1 - h2) <= 180 {
            meanH /= 2
        } else if meanH < 360 {
            meanH = (meanH + 360) / 2
        } else {
            meanH = (meanH - 360) / 2
        }
    }
    let t = 1 - 0.17 * libmCos(radians(meanH - 30)) + 0.24 * libmCos(radians(2 * meanH))
        + 0.32 * libmCos(radians(3 * meanH + 6)) - 0.20 * libmCos(radians(4 * meanH - 63))
    let hueOffset = (meanH - 275) / 25
    let deltaTheta = 30 * libmExp(-hueOffset * hueOffset)
    let rc = 2 * (seventh(meanC) / (seventh(meanC) + pow25To7)).squareRoot()
    let lOffset = (meanL - 50) * (meanL - 50)
    let sl = 1 + 0.015 * lOffset / (20 + lOffset).squareRoot()
    let sc = 1 + 0.045 * meanC
    let sh = 1 + 0.015 * meanC * t
    let rt = -libmSin(radians(2 * deltaTheta)) * rc

    let termL = deltaL / sl, termC = deltaC / sc, termH = deltaH / sh
    return (termL * termL + termC * termC + termH * termH + rt * termC * termH).squareRoot()
}

/// Cube root in single precision for the bulk pixel paths, several times faster than `cbrtf`:
/// an exponent-splitting bit trick gives a first guess within about 4%, and two Halley steps
/// (cubic convergence) bring it to full single precision (relative error below 1e-6).
/// Returns 0 for inputs <= 0 and is meant for finite, normal inputs.
@inline(__always)
func fastCubeRoot(_ x: Float) -> Float {
    guard x > 0 else { return 0 }
    // Dividing the biased exponent by three, with a bias correction, approximates x^(1/3).
    var y = Float(bitPattern: x.bitPattern / 3 &+ 0x2A51_4067)
    var y3 = y * y * y
    y *= (y3 + 2 * x) / (2 * y3 + x)
    y3 = y * y * y
    y *= (y3 + 2 * x) / (2 * y3 + x)
    return y
}

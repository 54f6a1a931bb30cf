/// Eight-lane versions of exp, sigmoid and tanh for the recurrent hot loops, written for the
/// baseline x86-64 / arm64 instruction sets (no rounding instructions needed).
///
/// `exp` uses the classic range reduction x = n ln2 + r (|r| <= ln2 / 2, ln2 split in two parts
/// for precision) and a degree-6 polynomial for e^r (Cephes' coefficients); relative error is
/// about 2 ulp over the clamped range [-87.3, 88.3].
enum VectorMath {
    typealias V = SIMD8<Float>

    @inline(__always)
    static func exp(_ x: V) -> V {
        var x = x.clamped(lowerBound: V(repeating: -87.3), upperBound: V(repeating: 88.3))
        // n = round(x / ln2) via the 1.5 * 2^23 trick (exact for |n| < 2^22).
        let magic = V(repeating: 12_582_912)
        let shifted = x * 1.442_695_04 + magic
        let n = shifted - magic
        x = x - n * 0.693_359_375 + n * 2.121_944_4e-4
        let z = x * x
        var p = V(repeating: 1.987_569_15e-4)
        p = p * x + 1.398_199_950_7e-3
        p = p * x + 8.333_451_907_3e-3
        p = p * x + 4.166_579_589_4e-2
        p = p * x + 1.666_666_545_9e-1
        p = p * x + 5.000_000_120_1e-1
        let y = p * z + x + 1
        // 2^n from the integer bits of `shifted` (its low mantissa bits hold n).
        let bits = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- unsafeBitCast(magic, to: SIMD8<Int32>.self)
        let scale = unsafeBitCast((bits &+ 127) &<< 23, to: V.self)
        return y * scale
    }

    /// 1 / (1 + e^-x).
    @inline(__always)
    static func sigmoid(_ x: V) -> V { 1 / (1 + exp(-x)) }

    /// 1 - 2 / (e^2x + 1): accurate to about 1e-7 absolute.
    @inline(__always)
    static func tanh(_ x: V) -> V { 1 - 2 / (exp(x + x) + 1) }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }

    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self) }
}

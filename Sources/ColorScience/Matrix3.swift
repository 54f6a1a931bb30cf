/// A 3x3 matrix of doubles, for the linear steps between colour spaces. Stored as plain scalars
/// (not SIMD) so that debug builds, which run the exhaustive tests, stay fast.
struct Matrix3: Sendable {
    var m00, m01, m02: Double
    var m10, m11, m12: Double
    var m20, m21, m22: Double

    /// Creates a matrix from its rows, top to bottom.
    init(_ r0: (Double, Double, Double), _ r1: (Double, Double, Double), _ r2: (Double, Double, Double)) {
        (m00, m01, m02) = r0
        (m10, m11, m12) = r1
        (m20, m21, m22) = r2
    }

    /// Matrix times the column vector (x, y, z).
    @inline(__always)
    func apply(_ x: Double, _ y: Double, _ z: Double) -> (Double, Double, Double) {
        (m00 * x + m01 * y + m02 * z,
         m10 * x + m11 * y + m12 * z,
         m20 * x + m21 * y + m22 * z)
    }

    /// `self * diag(s0, s1, s2)`: each column scaled by one factor.
    func scalingColumns(_ s0: Double, _ s1: Double, _ s2: Double) -> Matrix3 {
        Matrix3((m00 * s0, m01 * s1, m02 * s2),
                (m10 * s0, m11 * s1, m12 * s2),
                (m20 * s0, m21 * s1, m22 * s2))
    }

    /// The inverse, by the adjugate. The colour matrices here are well conditioned.
    var inverse: Matrix3 {
        let c00 = m11 * m22 - m12 * m21, c01 = m02 * m21 - m01 * m22, c02 = m01 * m12 - m02 * m11
        let c10 = m12 * m20 - m10 * m22, c11 = m00 * m22 - m02 * m20, c12 = m02 * m10 - m00 * m12
        let c20 = m10 * m21 - m11 * m20, c21 = m01 * m20 - m00 * m21, c22 = m00 * m11 - m01 * m10
        let det = m00 * c00 + m01 * c10 + m02 * c20
        return Matrix3((c00 / det, c01 / det, c02 / det),
                       (c10 / det, c11 / det, c12 / det),
                       (c20 / det, c21 / det, c22 / det))
    }
}

/// A 3x3 matrix in single precision for the bulk pixel paths.
struct FloatMatrix3: Sendable {
    let m00, m01, m02, m10, m11, m12, m20, m21, m22: Float

    init(_ m: Matrix3) {
        m00 = Float(m.m00); m01 = Float(m.m01); m02 = Float(m.m02)
        m10 = Float(m.m10); m11 = Float(m.m11); m12 = Float(m.m12)
        m20 = Float(m.m20); m21 = Float(m.m21); m22 = Float(m.m22)
    }
}

/// Bulk conversions for image buffers, in single precision: RGBA8 pixels (4 bytes per pixel,
/// R, G, B, A; alpha ignored) to interleaved Oklab or CIE Lab triples, and Lab/Oklab triples
/// back to gamut-mapped 8-bit colours. Results agree with the Double conversions of this module
/// to about 1e-5 in Oklab and 1e-3 in Lab.
public enum PixelConversion {
    /// Converts `rgba` (stride 4; a trailing partial pixel is ignored) to `[L, a, b, L, a, b, ...]`
    /// in Oklab (L 0...1), three floats per pixel.
    public static func oklab(rgba: UnsafeBufferPointer<UInt8>) -> [Float] {
        let count = rgba.count / 4
        return [Float](unsafeUninitializedCapacity: count * 3) { out, initialized in
            oklab(rgba: rgba, into: out)
            initialized = count * 3
        }
    }

    /// Converts `rgba` (stride 4) to Oklab triples written to `out`, which must hold at least
    /// three floats per whole pixel of `rgba`.
    public static func oklab(rgba: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Float>) {
        let count = rgba.count / 4
        precondition(out.count >= count * 3, "output holds \(out.count) floats, need \(count * 3)")
        let toLMS = FloatMatrix3(OklabMatrices.linearSRGBToLMS)
        let toLab = FloatMatrix3(OklabMatrices.lmsToLab)
        SRGBTransfer.linearTableFloat.withUnsafeBufferPointer { table in
            for i in 0..<count {
                let r = table[Int(rgba[4 * i])], g = table[Int(rgba[4 * i + 1])], b = table[Int(rgba[4 * i + 2])]
                let l = fastCubeRoot(toLMS.m00 * r + toLMS.m01 * g + toLMS.m02 * b)
                let m = fastCubeRoot(toLMS.m10 * r + toLMS.m11 * g + toLMS.m12 * b)
                let s = fastCubeRoot(toLMS.m20 * r + toLMS.m21 * g + toLMS.m22 * b)
                out[3 * i] = toLab.m00 * l + toLab.m01 * m + toLab.m02 * s
                out[3 * i + 1] = toLab.m10 * l + toLab.m11 * m + toLab.m12 * s
                out[3 * i + 2] = toLab.m20 * l + toLab.m21 * m + toLab.m22 * s
            }
        }
    }

    /// Converts `rgba` (stride 4; a trailing partial pixel is ignored) to `[L, a, b, ...]` in CIE
    /// Lab (D65, L 0...100), three floats per pixel.
    public static func lab(rgba: UnsafeBufferPointer<UInt8>) -> [Float] {
        let count = rgba.count / 4
        return [Float](unsafeUninitializedCapacity: count * 3) { out, initialized in
            lab(rgba: rgba, into: out)
            initialized = count * 3
        }
    }

    /// Converts `rgba` (stride 4) to CIE Lab triples written to `out`, which must hold at least
    /// three floats per whole pixel of `rgba`.
    public static func lab(rgba: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Float>) {
        let count = rgba.count / 4
        precondition(out.count >= count * 3, "output holds \(out.count) floats, need \(count * 3)")
        // Linear sRGB straight to XYZ relative to the white (rows divided by Xn, Yn, Zn).
        let w = XYZ.d65
        let m = SRGBPrimaries.toXYZ
        let toRelative = FloatMatrix3(Matrix3(
            (m.m00 / w.x, m.m01 / w.x, m.m02 / w.x),
            (m.m10 / w.y, m.m11 / w.y, m.m12 / w.y),
            (m.m20 / w.z, m.m21 / w.z, m.m22 / w.z)))
        SRGBTransfer.linearTableFloat.withUnsafeBufferPointer { table in
            for i in 0..<count {
                let r = table[Int(rgba[4 * i])], g = table[Int(rgba[4 * i + 1])], b = table[Int(rgba[4 * i + 2])]
                let fx = labF(toRelative.m00 * r + toRelative.m01 * g + toRelative.m02 * b)
                let fy = labF(toRelative.m10 * r + toRelative.m11 * g + toRelative.m12 * b)
                let fz = labF(toRelative.m20 * r + toRelative.m21 * g + toRelative.m22 * b)
                out[3 * i] = 116 * fy - 16
                out[3 * i + 1] = 500 * (fx - fy)
                out[3 * i + 2] = 200 * (fy - fz)
            }
        }
    }

    /// Converts interleaved CIE Lab triples (L 0...100; a trailing partial triple is ignored) to
    /// 8-bit colours, mapping out-of-gamut colours into sRGB by reducing chroma
    /// (see `GamutMapping`).
    public static func rgb8(lab: UnsafeBufferPointer<Float>) -> [RGB8] {
        (0..<lab.count / 3).map { i in
            RGB8(Lab(l: Double(lab[3 * i]), a: Double(lab[3 * i + 1]), b: Double(lab[3 * i + 2])))
        }
    }

    /// Converts interleaved Oklab triples (L 0...1; a trailing partial triple is ignored) to
    /// 8-bit colours, mapping out-of-gamut colours into sRGB by reducing chroma
    /// (see `GamutMapping`).
    public static func rgb8(oklab: UnsafeBufferPointer<Float>) -> [RGB8] {
        (0..<oklab.count / 3).map { i in
            RGB8(Oklab(l: Double(oklab[3 * i]), a: Double(oklab[3 * i + 1]), b: Double(oklab[3 * i + 2])))
        }
    }
}

/// The Lab companding function in single precision.
@inline(__always)
private func labF(_ t: Float) -> Float {
    t > Float(labEpsilon) ? fastCubeRoot(t) : (Float(labKappa) * t + 16) / 116
}

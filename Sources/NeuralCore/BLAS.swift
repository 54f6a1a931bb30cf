import CBLAS

/// Matrix products for the layers: OpenBLAS on Linux, Accelerate on macOS, and hand-written
/// loops for products too small to repay a BLAS call (the GRU's 1-row products, for instance).
///
/// All matrices are row-major. `gemm` computes `C = op(A) * op(B) + beta * C`, where `op(A)` is
/// `m x k` and `op(B)` is `k x n`; with `transposeA` the stored A is `k x m`, with `transposeB`
/// the stored B is `n x k`.
public enum BLAS {
    /// Products with at most this many multiply-adds use the hand-written kernels.
    public static let smallProductLimit = 24_576

    /// Sets how many threads the BLAS may use (clamped to >= 1). No effect with Accelerate.
    public static func setThreadCount(_ count: Int) {
        palette_blas_set_threads(Int32(max(1, count)))
    }

    /// How many threads the BLAS uses (1 with Accelerate).
    public static var threadCount: Int { Int(palette_blas_get_threads()) }

    /// `C = op(A) * op(B) + beta * C`; see the type's documentation for the layouts.
    @inline(__always)
    public static func gemm(
        transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        if m == 0 || n == 0 { return }
        if m * n * k <= smallProductLimit && !(transposeA && transposeB) {
            smallGemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                      a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        } else {
            largeGemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                      a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        }
    }

    /// The BLAS call (`cblas_sgemm`, row-major, alpha 1).
    static func largeGemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                    transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k),
                    1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The hand-written kernels (row-major; `transposeA && transposeB` is not handled here).
    static func smallGemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        for i in 0..<m {
            let crow = c + i * ldc
            if beta == 0 {
                crow.update(repeating: 0, count: n)
            } else if beta != 1 {
                for j in 0..<n { crow[j] *= beta }
            }
            if transposeB {
                // C[i, j] += dot(A[i, :], B[j, :])
                let arow = a + i * lda
                for j in 0..<n { crow[j] += dot(arow, b + j * ldb, k) }
            } else {
                // C[i, :] += A[i, p] * B[p, :]
                for p in 0..<k {
                    let aip = transposeA ? a[p * lda + i] : a[i * lda + p]
                    if aip != 0 { axpy(n, aip, b + p * ldb, crow) }
                }
            }
        }
    }

    /// `y[0..<n] += alpha * x[0..<n]`.
    @inline(__always)
    public static func axpy(_ n: Int, _ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>) {
        var j = 0
        let va = SIMD8<Float>(repeating: alpha)
        while j + 8 <= n {
            let xv = UnsafeRawPointer(x + j).loadUnaligned(as: SIMD8<Float>.self)
            let yv = UnsafeRawPointer(y + j).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(y + j).storeBytes(of: yv + va * xv, as: SIMD8<Float>.self)
            j += 8
        }
        while j < n { y[j] += alpha * x[j]; j += 1 }
    }

    /// `sum(x[0..<n] * y[0..<n])`, accumulated eight lanes at a time.
    @inline(__always)
    public static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ n: Int) -> Float {
        var acc = SIMD8<Float>(repeating: 0)
        var j = 0
        while j + 8 <= n {
            let xv = UnsafeRawPointer(x + j).loadUnaligned(as: SIMD8<Float>.self)
            let yv = UnsafeRawPointer(y + j).loadUnaligned(as: SIMD8<Float>.self)
            acc += xv * yv
            j += 8
        }
        var s = acc.sum()
        while j < n { s += x[j] * y[j]; j += 1 }
        return s
    }
}

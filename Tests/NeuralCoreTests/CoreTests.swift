import Foundation
import Testing
@testable import NeuralCore

/// The generator, the vector maths and small layer contracts.
@Suite struct CoreTests {
    /// xoshiro256** from the state {1, 2, 3, 4}: the first outputs of the authors' reference
    /// implementation (xoshiro256starstar.c) are 11520, 0, 1509978240, 1215971899390074240.
    @Test func xoshiroKnownAnswer() {
        var rng = Xoshiro256(state: .init(words: [1, 2, 3, 4], cachedNormal: nil))
        #expect((0..<4).map { _ in rng.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    @Test func sameSeedSameStream() {
        var a = Xoshiro256(seed: 7), b = Xoshiro256(seed: 7), c = Xoshiro256(seed: 8)
        let xs = (0..<100).map { _ in a.normal() }
        #expect(xs == (0..<100).map { _ in b.normal() })
        #expect(xs != (0..<100).map { _ in c.normal() })
        // Restoring a saved state (including a cached Box-Muller value) resumes the stream.
        _ = a.normal()
        var restored = Xoshiro256(state: a.state)
        #expect((0..<5).map { _ in a.normal() } == (0..<5).map { _ in restored.normal() })
    }

    @Test func normalMoments() {
        var rng = Xoshiro256(seed: 3)
        let n = 200_000
        var sum = 0.0, squares = 0.0
        for _ in 0..<n { let v = Double(rng.normal()); sum += v; squares += v * v }
        let mean = sum / Double(n), variance = squares / Double(n) - mean * mean
        #expect(abs(mean) < 0.01)        // standard error 0.0022
        #expect(abs(variance - 1) < 0.02) // standard error 0.0032
        for _ in 0..<1000 { let u = rng.uniform(); #expect(u >= 0 && u < 1) }
    }

    /// The vector exp is within 4 ulp (relative 5e-7) of the platform's exp on [-80, 80].
    @Test func vectorExpAccuracy() {
        var worst: Float = 0
        var x: Float = -80
        while x < 80 {
            let lanes = VectorMath.V((0..<8).map { x + Float($0) * 0.0123 })
            let e = VectorMath.exp(lanes)
            for i in 0..<8 { worst = max(worst, abs(e[i] - Foundation.exp(lanes[i])) / Foundation.exp(lanes[i])) }
            x += 0.1
        }
        #expect(worst < 5e-7)
        let t = VectorMath.tanh(VectorMath.V(-20, -3, -0.5, -1e-4, 0, 1e-4, 0.5, 3))
        for (i, v) in [-20, -3, -0.5, -1e-4, 0, 1e-4, 0.5, 3].enumerated() {
            #expect(abs(t[i] - Foundation.tanh(Float(v))) < 2e-7)
        }
    }

    @Test func firstConvolutionSkipsInputGradient() {
        var rng = Xoshiro256(seed: 5)
        let a = Conv2D(name: "c", inChannels: 3, outChannels: 4, stride: 2, rng: &rng)
        let b = Conv2D(name: "c", inChannels: 3, outChannels: 4, stride: 2, rng: &rng)
        b.kernel.value.copy(from: a.kernel.value)
        b.computesInputGradient = false
        let x = randomTensor([2, 6, 4, 3], seed: 6), dy = randomTensor([2, 3, 2, 4], seed: 7)
        _ = a.forward(x, mode: .training); _ = b.forward(x, mode: .training)
        #expect(a.backward(dy).count == x.count)
        #expect(b.backward(dy).count == 0)
        #expect(a.kernel.grad.values == b.kernel.grad.values)
        #expect(a.bias.grad.values == b.bias.grad.values)
    }

    @Test func smallAndBLASProductsAgree() {
        // The same product through the hand-written kernels and through cblas_sgemm.
        for (ta, tb) in [(false, false), (true, false), (false, true)] {
            let m = 7, n = 9, k = 5
            let a = randomTensor([m * k], seed: 8), b = randomTensor([k * n], seed: 9)
            let small = randomTensor([m * n], seed: 10), blas = Tensor(copying: small)
            let lda = ta ? m : k, ldb = tb ? k : n
            BLAS.smallGemm(transposeA: ta, transposeB: tb, m: m, n: n, k: k, a: a.pointer, lda: lda,
                           b: b.pointer, ldb: ldb, beta: 0.5, c: small.pointer, ldc: n)
            BLAS.largeGemm(transposeA: ta, transposeB: tb, m: m, n: n, k: k, a: a.pointer, lda: lda,
                           b: b.pointer, ldb: ldb, beta: 0.5, c: blas.pointer, ldc: n)
            for i in 0..<m * n { #expect(abs(small[i] - blas[i]) < 1e-5) }
        }
    }

    @Test func threadCountIsSettable() {
        let before = BLAS.threadCount
        BLAS.setThreadCount(1)
        #expect(BLAS.threadCount == 1)
        BLAS.setThreadCount(before)
    }
}

import NeuralCore
import Testing
@testable import PaletteModel

@Suite struct OrderFreeLossTests {
    private func tensor(_ values: [Float], colors: Int) -> Tensor {
        Tensor(shape: [values.count / (colors * 3), colors, 3], values: values)
    }

    @Test func lossIgnoresTheOrderOfTheTarget() {
        var rng = Xoshiro256(seed: 3)
        let p = (0..<30).map { _ in rng.uniform(-1, 1) }
        let t = (0..<30).map { _ in rng.uniform(-1, 1) }
        // The same targets with the colours of each palette rotated by two places.
        var rotated = t
        for b in 0..<2 {
            for i in 0..<5 {
                for c in 0..<3 { rotated[b * 15 + i * 3 + c] = t[b * 15 + ((i + 2) % 5) * 3 + c] }
            }
        }
        let g = Tensor(shape: [0])
        let a = OrderFreeLoss.compute(prediction: tensor(p, colors: 5), target: tensor(t, colors: 5), gradient: g)
        let b = OrderFreeLoss.compute(prediction: tensor(p, colors: 5), target: tensor(rotated, colors: 5), gradient: g)
        #expect(abs(a - b) < 1e-6)
    }

    @Test func permutedPredictionHasZeroLoss() {
        let t: [Float] = [0.1, 0.2, 0.3, -0.5, 0.0, 0.4, 0.9, -0.9, 0.1]
        let p: [Float] = [0.9, -0.9, 0.1, 0.1, 0.2, 0.3, -0.5, 0.0, 0.4]
        let g = Tensor(shape: [0])
        let loss = OrderFreeLoss.compute(prediction: tensor(p, colors: 3), target: tensor(t, colors: 3), gradient: g)
        #expect(loss < 1e-12)
        #expect(g.values.allSatisfy { abs($0) < 1e-6 })
    }

    @Test func handComputedValue() {
        // Two colours; the best matching pairs p0 with t1 and p1 with t0.
        let p: [Float] = [0, 0, 0, 1, 0, 0]
        let t: [Float] = [1, 0, 1, 0, 0, 0.5]
        // Matched costs: |p0 - t1|^2 = 0.25, |p1 - t0|^2 = 1; mean over colours = 0.625.
        let g = Tensor(shape: [0])
        let loss = OrderFreeLoss.compute(prediction: tensor(p, colors: 2), target: tensor(t, colors: 2), gradient: g)
        #expect(abs(loss - 0.625) < 1e-6)
    }

    @Test(arguments: [Float(0), 1.5])
    func gradientMatchesFiniteDifferences(chromaWeight: Float) {
        var rng = Xoshiro256(seed: 11)
        let t = tensor((0..<30).map { _ in rng.uniform(-1, 1) }, colors: 5)
        let p = tensor((0..<30).map { _ in rng.uniform(-1, 1) }, colors: 5)
        let g = Tensor(shape: [0]), scratch = Tensor(shape: [0])
        OrderFreeLoss.compute(prediction: p, target: t, gradient: g, chromaWeight: chromaWeight, weight: 0.7)
        let h: Float = 1e-3
        for i in 0..<p.count {
            let keep = p[i]
            p[i] = keep + h
            let up = OrderFreeLoss.compute(prediction: p, target: t, gradient: scratch, chromaWeight: chromaWeight, weight: 0.7)
            p[i] = keep - h
            let down = OrderFreeLoss.compute(prediction: p, target: t, gradient: scratch, chromaWeight: chromaWeight, weight: 0.7)
            p[i] = keep
            let numeric = (up - down) / (2 * h)
            #expect(abs(numeric - g[i]) <= 2e-3 + 1e-2 * abs(numeric), "element \(i): \(numeric) vs \(g[i])")
        }
    }
}

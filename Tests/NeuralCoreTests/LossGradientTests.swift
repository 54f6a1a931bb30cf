import Testing
@testable import NeuralCore

/// Finite-difference checks of every loss's gradients (tolerances: see `GradientCheck`).
@Suite struct LossGradientTests {
    @Test func meanSquaredError() {
        let p = randomTensor([4, 5, 3], seed: 30), t = randomTensor([4, 5, 3], seed: 31)
        let g = Tensor(shape: [0])
        Loss.meanSquaredError(prediction: p, target: t, gradient: g, weight: 3)
        let analytic = Tensor(copying: g)
        GradientCheck().check("prediction", tensor: p, analytic: analytic) {
            Double(Loss.meanSquaredError(prediction: p, target: t, gradient: Tensor(shape: [0]), weight: 3))
        }
    }

    @Test func leastSquaresGAN() {
        let p = randomTensor([8, 1], seed: 32)
        let g = Tensor(shape: [0])
        Loss.leastSquaresGAN(prediction: p, label: 0.9, gradient: g)
        let analytic = Tensor(copying: g)
        GradientCheck().check("prediction", tensor: p, analytic: analytic) {
            Double(Loss.leastSquaresGAN(prediction: p, label: 0.9, gradient: Tensor(shape: [0])))
        }
    }

    @Test func gaussianKL() {
        let m = randomTensor([4, 6], seed: 33), lv = randomTensor([4, 6], seed: 34, scale: 0.7)
        let gm = Tensor(shape: [0]), glv = Tensor(shape: [0])
        Loss.gaussianKL(mean: m, logVariance: lv, meanGradient: gm, logVarianceGradient: glv, weight: 0.5)
        let am = Tensor(copying: gm), alv = Tensor(copying: glv)
        let loss = { () -> Double in
            Double(Loss.gaussianKL(mean: m, logVariance: lv, meanGradient: Tensor(shape: [0]),
                                   logVarianceGradient: Tensor(shape: [0]), weight: 0.5))
        }
        GradientCheck().check("mean", tensor: m, analytic: am, loss: loss)
        GradientCheck().check("logVariance", tensor: lv, analytic: alv, loss: loss)
    }

    @Test func gaussianNLL() {
        let p = randomTensor([3, 5], seed: 35), t = randomTensor([3, 5], seed: 36)
        let v = Tensor(shape: [3, 5])
        var rng = Xoshiro256(seed: 37)
        rng.fillUniform(v, 0.5, 2)
        let gp = Tensor(shape: [0]), gv = Tensor(shape: [0])
        Loss.gaussianNLL(prediction: p, target: t, variance: v, predictionGradient: gp, varianceGradient: gv)
        let ap = Tensor(copying: gp), av = Tensor(copying: gv)
        let loss = { () -> Double in
            Double(Loss.gaussianNLL(prediction: p, target: t, variance: v, predictionGradient: Tensor(shape: [0]),
                                    varianceGradient: Tensor(shape: [0])))
        }
        GradientCheck().check("prediction", tensor: p, analytic: ap, loss: loss)
        GradientCheck().check("variance", tensor: v, analytic: av, loss: loss)
    }
}

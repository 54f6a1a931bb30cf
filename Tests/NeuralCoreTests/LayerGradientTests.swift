import Testing
@testable import NeuralCore

/// Finite-difference checks of every layer's backward pass (tolerances: see `GradientCheck`).
@Suite struct LayerGradientTests {
    @Test func dense() {
        var rng = Xoshiro256(seed: 1)
        let layer = Dense(name: "d", inputs: 5, outputs: 4, rng: &rng)
        rng.fillNormal(layer.bias.value, standardDeviation: 0.3)
        checkLayer(layer, input: randomTensor([3, 2, 5], seed: 2))
    }

    @Test func denseLargeEnoughForBLAS() {
        var rng = Xoshiro256(seed: 1)
        let layer = Dense(name: "d", inputs: 40, outputs: 30, rng: &rng)
        checkLayer(layer, input: randomTensor([32, 40], seed: 3))
    }

    @Test(arguments: [(1, Conv2D.Padding.same), (2, .same), (2, .valid)])
    func conv2D(stride: Int, padding: Conv2D.Padding) {
        var rng = Xoshiro256(seed: 4)
        let layer = Conv2D(name: "c", inChannels: 3, outChannels: 4, kernelSize: 3, stride: stride,
                           padding: padding, rng: &rng)
        rng.fillNormal(layer.bias.value, standardDeviation: 0.3)
        checkLayer(layer, input: randomTensor([2, 6, 5, 3], seed: 5))
    }

    @Test func conv2DLargeEnoughForBLAS() {
        var rng = Xoshiro256(seed: 4)
        let layer = Conv2D(name: "c", inChannels: 6, outChannels: 12, stride: 2, rng: &rng)
        checkLayer(layer, input: randomTensor([4, 8, 10, 6], seed: 6))
    }

    @Test(arguments: [Mode.training, .inference])
    func batchNorm(mode: Mode) {
        let layer = BatchNorm(name: "bn", channels: 3, momentum: 0.8)
        var rng = Xoshiro256(seed: 7)
        rng.fillNormal(layer.gamma.value, mean: 1, standardDeviation: 0.3)
        rng.fillNormal(layer.beta.value, standardDeviation: 0.3)
        rng.fillUniform(layer.runningVariance.value, 0.5, 2)
        rng.fillNormal(layer.runningMean.value, standardDeviation: 0.5)
        checkLayer(layer, input: randomTensor([2, 3, 2, 3], seed: 8, scale: 2), mode: mode)
    }

    @Test(arguments: [Activation.Kind.relu, .leakyReLU(slope: 0.2), .elu(alpha: 1), .tanh, .sigmoid])
    func activation(kind: Activation.Kind) {
        let x = randomTensor([4, 7], seed: 9, scale: 2)
        avoidZero(x)
        checkLayer(Activation(kind), input: x)
    }

    @Test func dropout() {
        let layer = Dropout(rate: 0.3, seed: 0)
        var dropped = 0
        let x = randomTensor([5, 8], seed: 10)
        let y = layer.forward(x, mode: .training)
        for i in 0..<y.count where y[i] == 0 { dropped += 1 }
        #expect(dropped > 0 && dropped < 40)
        checkLayer(layer, input: x, prepare: { layer.rng = Xoshiro256(seed: 11) })
        let identity = layer.forward(x, mode: .inference)
        #expect(identity.values == x.values)
    }

    @Test(arguments: [false, true])
    func gru(reversed: Bool) {
        var rng = Xoshiro256(seed: 12)
        let layer = GRU(name: "g", inputs: 3, units: 4, reversed: reversed, rng: &rng)
        checkLayer(layer, input: randomTensor([2, 5, 3], seed: 13))
    }

    @Test func gruLargeEnoughForBLAS() {
        var rng = Xoshiro256(seed: 12)
        let layer = GRU(name: "g", inputs: 40, units: 16, rng: &rng)
        checkLayer(layer, input: randomTensor([8, 5, 40], seed: 13, scale: 0.5), limit: 120,
                   check: GradientCheck(step: 1e-2, absolute: 3e-3, relative: 1e-2))
    }

    @Test func bidirectionalStackWithDropout() {
        var rng = Xoshiro256(seed: 14)
        let layer = BidirectionalGRU(name: "bi", inputs: 6, units: [5, 3, 3], dropout: 0.2,
                                     dropoutSeed: 3, rng: &rng)
        // Reset the dropout generators before every pass so the masks are fixed.
        let reseed = {
            for l in 0..<2 { layer.setDropoutGenerator(layer: l, Xoshiro256(seed: UInt64(20 + l))) }
        }
        checkLayer(layer, input: randomTensor([2, 5, 6], seed: 15), prepare: reseed)
    }

    @Test func sequential() {
        var rng = Xoshiro256(seed: 16)
        let net = Sequential([
            Conv2D(name: "c", inChannels: 2, outChannels: 3, stride: 2, rng: &rng),
            Activation(.leakyReLU(slope: 0.2)),
            BatchNorm(name: "bn", channels: 3),
            Flatten(),
            Dense(name: "d", inputs: 2 * 2 * 3, outputs: 2, rng: &rng),
        ])
        checkLayer(net, input: randomTensor([3, 4, 3, 2], seed: 17))
    }

    @Test func repeatVector() {
        checkLayer(RepeatVector(steps: 5), input: randomTensor([2, 3], seed: 18))
    }

    @Test func concatenate() {
        let join = Concatenate()
        let a = randomTensor([2, 5, 3], seed: 19), b = randomTensor([2, 5, 2], seed: 20)
        let y = join.forward([a, b])
        #expect(y.shape == [2, 5, 5])
        let probe = randomTensor(y.shape, seed: 21)
        let grads = join.backward(probe).map { Tensor(copying: $0) }
        let loss = { probeLoss(join.forward([a, b]), probe) }
        GradientCheck().check("a", tensor: a, analytic: grads[0], loss: loss)
        GradientCheck().check("b", tensor: b, analytic: grads[1], loss: loss)
    }

    @Test func reparameterize() {
        let step = Reparameterize(seed: 22)
        let mean = randomTensor([3, 4], seed: 23), logVar = randomTensor([3, 4], seed: 24, scale: 0.5)
        let eps = randomTensor([3, 4], seed: 25)
        let z = step.forward(mean: mean, logVariance: logVar, noise: eps)
        let probe = randomTensor(z.shape, seed: 26)
        let grads = step.backward(probe)
        let dMean = Tensor(copying: grads.mean), dLogVar = Tensor(copying: grads.logVariance)
        let loss = { probeLoss(step.forward(mean: mean, logVariance: logVar, noise: eps), probe) }
        GradientCheck().check("mean", tensor: mean, analytic: dMean, loss: loss)
        GradientCheck().check("logVariance", tensor: logVar, analytic: dLogVar, loss: loss)
    }
}

import Testing
@testable import NeuralCore

/// Outputs and gradients compared with PyTorch (fixtures from `Fixtures/make_fixtures.py`).
/// Tolerance: |ours - torch| <= 1e-5 + 1e-4 * |torch| unless stated (float32, different
/// summation orders).
@Suite struct TorchReferenceTests {
    let reference: TorchReference

    init() throws { reference = try TorchReference.load() }

    @Test func recordsTorchVersion() { #expect(reference.torch_version.hasPrefix("2.")) }

    @Test(arguments: ["conv_even_s2", "conv_odd_s2", "conv_s1"])
    func conv2D(name: String) {
        let c = reference.tensors(name)
        let kernel = c[tensor: "kernel"]
        var rng = Xoshiro256(seed: 0)
        let layer = Conv2D(name: "c", inChannels: kernel.shape[2], outChannels: kernel.shape[3],
                           kernelSize: kernel.shape[0], stride: Int(c[tensor: "stride"][0]), rng: &rng)
        assign(layer.kernel, c["kernel"])
        assign(layer.bias, c["bias"])
        expectClose(layer.forward(c[tensor: "input"], mode: .training), c["output"], "\(name) output")
        expectClose(layer.backward(c[tensor: "probe"]), c["input_grad"], "\(name) input grad")
        expectClose(layer.kernel.grad, c["kernel_grad"], "\(name) kernel grad")
        expectClose(layer.bias.grad, c["bias_grad"], "\(name) bias grad")
    }

    @Test(arguments: [("batchnorm_train", Mode.training), ("batchnorm_eval", .inference)])
    func batchNorm(name: String, mode: Mode) {
        let c = reference.tensors(name)
        let layer = BatchNorm(name: "bn", channels: 5, epsilon: 1e-3, momentum: 0.8)
        assign(layer.gamma, c["gamma"])
        assign(layer.beta, c["beta"])
        assign(layer.runningMean, c["running_mean"])
        assign(layer.runningVariance, c["running_variance"])
        expectClose(layer.forward(c[tensor: "input"], mode: mode), c["output"], "\(name) output")
        expectClose(layer.backward(c[tensor: "probe"]), c["input_grad"], "\(name) input grad")
        expectClose(layer.gamma.grad, c["gamma_grad"], "\(name) gamma grad")
        expectClose(layer.beta.grad, c["beta_grad"], "\(name) beta grad")
        expectClose(layer.runningMean.value, c["running_mean_after"], "\(name) running mean")
        expectClose(layer.runningVariance.value, c["running_variance_after"], "\(name) running variance")
    }

    @Test func dense() {
        let c = reference.tensors("dense")
        var rng = Xoshiro256(seed: 0)
        let layer = Dense(name: "d", inputs: 6, outputs: 5, rng: &rng)
        assign(layer.kernel, c["kernel"])
        assign(layer.bias, c["bias"])
        expectClose(layer.forward(c[tensor: "input"], mode: .training), c["output"], "output")
        expectClose(layer.backward(c[tensor: "probe"]), c["input_grad"], "input grad")
        expectClose(layer.kernel.grad, c["kernel_grad"], "kernel grad")
        expectClose(layer.bias.grad, c["bias_grad"], "bias grad")
    }

    /// Loads the four GRU tensors stored under `prefix` and checks their gradients afterwards.
    private func assignGRU(_ gru: GRU, _ c: [String: FixtureTensor], prefix: String) {
        assign(gru.inputKernel, c[prefix + "input_kernel"])
        assign(gru.recurrentKernel, c[prefix + "recurrent_kernel"])
        assign(gru.inputBias, c[prefix + "input_bias"])
        assign(gru.recurrentBias, c[prefix + "recurrent_bias"])
    }

    private func expectGRUGradients(_ gru: GRU, _ c: [String: FixtureTensor], prefix: String) {
        expectClose(gru.inputKernel.grad, c[prefix + "input_kernel_grad"], prefix + "input kernel grad")
        expectClose(gru.recurrentKernel.grad, c[prefix + "recurrent_kernel_grad"], prefix + "recurrent kernel grad")
        expectClose(gru.inputBias.grad, c[prefix + "input_bias_grad"], prefix + "input bias grad")
        expectClose(gru.recurrentBias.grad, c[prefix + "recurrent_bias_grad"], prefix + "recurrent bias grad")
    }

    @Test func gru() {
        let c = reference.tensors("gru")
        var rng = Xoshiro256(seed: 0)
        let layer = GRU(name: "g", inputs: 3, units: 4, rng: &rng)
        assignGRU(layer, c, prefix: "")
        expectClose(layer.forward(c[tensor: "input"], mode: .training), c["output"], "output")
        expectClose(layer.backward(c[tensor: "probe"]), c["input_grad"], "input grad")
        expectGRUGradients(layer, c, prefix: "")
        // Inference keeps fewer buffers but must give the same states; training still works after.
        expectClose(layer.forward(c[tensor: "input"], mode: .inference), c["output"], "inference output")
        expectClose(layer.forward(c[tensor: "input"], mode: .training), c["output"], "output after inference")
        expectClose(layer.backward(c[tensor: "probe"]), c["input_grad"], "input grad after inference")
    }

    @Test func bidirectionalStack() {
        let c = reference.tensors("bigru")
        var rng = Xoshiro256(seed: 0)
        let layer = BidirectionalGRU(name: "bi", inputs: 6, units: [5, 3, 3], rng: &rng)
        for l in 0..<3 {
            assignGRU(layer.forwardLayers[l], c, prefix: "layer\(l).forward.")
            assignGRU(layer.backwardLayers[l], c, prefix: "layer\(l).backward.")
        }
        expectClose(layer.forward(c[tensor: "input"], mode: .training), c["output"], "output")
        expectClose(layer.backward(c[tensor: "probe"]), c["input_grad"], "input grad")
        for l in 0..<3 {
            expectGRUGradients(layer.forwardLayers[l], c, prefix: "layer\(l).forward.")
            expectGRUGradients(layer.backwardLayers[l], c, prefix: "layer\(l).backward.")
        }
        expectClose(layer.forward(c[tensor: "input"], mode: .inference), c["output"], "inference output")
    }

    @Test func losses() {
        let g1 = Tensor(shape: [0]), g2 = Tensor(shape: [0])
        var c = reference.tensors("mse")
        let mse = Loss.meanSquaredError(prediction: c[tensor: "prediction"], target: c[tensor: "target"], gradient: g1)
        expectClose(Tensor(shape: [1], values: [mse]), c["loss"], "mse loss")
        expectClose(g1, c["grad"], "mse grad")

        c = reference.tensors("lsgan")
        let gan = Loss.leastSquaresGAN(prediction: c[tensor: "prediction"], label: 0.9, gradient: g1)
        expectClose(Tensor(shape: [1], values: [gan]), c["loss"], "lsgan loss")
        expectClose(g1, c["grad"], "lsgan grad")

        c = reference.tensors("kl")
        let kl = Loss.gaussianKL(mean: c[tensor: "mean"], logVariance: c[tensor: "log_variance"],
                                 meanGradient: g1, logVarianceGradient: g2)
        expectClose(Tensor(shape: [1], values: [kl]), c["loss"], "kl loss")
        expectClose(g1, c["mean_grad"], "kl mean grad")
        expectClose(g2, c["log_variance_grad"], "kl log-variance grad")

        c = reference.tensors("gaussian_nll")
        let nll = Loss.gaussianNLL(prediction: c[tensor: "prediction"], target: c[tensor: "target"],
                                   variance: c[tensor: "variance"], predictionGradient: g1, varianceGradient: g2)
        expectClose(Tensor(shape: [1], values: [nll]), c["loss"], "nll loss")
        expectClose(g1, c["prediction_grad"], "nll prediction grad")
        expectClose(g2, c["variance_grad"], "nll variance grad")
    }

    @Test func adam() {
        let c = reference.tensors("adam")
        let p = Parameter(name: "w", value: c[tensor: "initial"])
        let optimiser = Adam(parameters: [p], learningRate: 5e-3, beta1: 0.5, beta2: 0.999, epsilon: 1e-7,
                             weightDecay: 0.01)
        let grads = c[tensor: "grads"]
        for s in 0..<3 {
            for j in 0..<p.grad.count { p.grad[j] = grads[s * p.grad.count + j] }
            optimiser.step()
        }
        #expect(optimiser.stepCount == 3)
        expectClose(p.value, c["final"], "adam weights", absolute: 1e-6, relative: 1e-5)
    }

    @Test func clipping() {
        let c = reference.tensors("clip")
        let a = Parameter(name: "a", value: Tensor(shape: [3, 4])), b = Parameter(name: "b", value: Tensor(shape: [5]))
        a.grad.copy(from: c[tensor: "grad_a"])
        b.grad.copy(from: c[tensor: "grad_b"])
        let norm = clipGradients([a, b], maxNorm: 1.5)
        expectClose(Tensor(shape: [1], values: [norm]), c["norm"], "norm")
        expectClose(a.grad, c["clipped_a"], "clipped a")
        expectClose(b.grad, c["clipped_b"], "clipped b")
    }
}

import Testing
@testable import NeuralCore

/// Finite-difference gradient checking.
///
/// The scalar checked is `L = sum(output * probe)` with a fixed random `probe`, so `probe` is
/// dL/doutput. Each checked element is perturbed by +-`step` and the central difference
/// `(L+ - L-) / (2 step)` is compared with the analytic gradient; it passes when
/// `|numeric - analytic| <= absolute + relative * max(|numeric|, |analytic|)`.
/// The defaults (step 1e-2, absolute 2e-3, relative 1e-2) allow for float32 forward passes:
/// rounding noise is about 1e-7 * |L| / step and truncation error about step^2 * f'''.
struct GradientCheck {
    var step: Float = 1e-2
    var absolute: Float = 2e-3
    var relative: Float = 1e-2

    /// Compares `analytic` (the gradient of `loss` with respect to `tensor`) with central
    /// differences of `loss` at every element of `tensor` (at most `limit` elements, evenly
    /// spread). Returns the worst error ratio (<= 1 means every element passed).
    @discardableResult
    func check(_ label: String, tensor: Tensor, analytic: Tensor, limit: Int = 400,
               loss: () -> Double, sourceLocation: SourceLocation = #_sourceLocation) -> Float {
        #expect(tensor.count == analytic.count, "\(label): gradient has the wrong size",
                sourceLocation: sourceLocation)
        let stride = max(1, tensor.count / limit)
        var worst: Float = 0
        var failures = 0
        for i in Swift.stride(from: 0, to: tensor.count, by: stride) {
            let saved = tensor[i]
            tensor[i] = saved + step
            let plus = loss()
            tensor[i] = saved - step
            let minus = loss()
            tensor[i] = saved
            let numeric = Float((plus - minus) / (2 * Double(step)))
            let a = analytic[i]
            let allowed = absolute + relative * max(abs(numeric), abs(a))
            let ratio = abs(numeric - a) / allowed
            worst = max(worst, ratio)
            if ratio > 1 {
                failures += 1
                if failures <= 3 {
                    Issue.record("\(label)[\(i)]: numeric \(numeric) vs analytic \(a)",
                                 sourceLocation: sourceLocation)
                }
            }
        }
        #expect(failures == 0, "\(label): \(failures) elements outside tolerance",
                sourceLocation: sourceLocation)
        return worst
    }
}

/// `sum(output * probe)` in Double.
func probeLoss(_ output: Tensor, _ probe: Tensor) -> Double {
    precondition(output.count == probe.count)
    var s = 0.0
    for i in 0..<output.count { s += Double(output[i]) * Double(probe[i]) }
    return s
}

/// A tensor of normal values with the given seed.
func randomTensor(_ shape: [Int], seed: UInt64, scale: Float = 1) -> Tensor {
    var rng = Xoshiro256(seed: seed)
    let t = Tensor(shape: shape)
    rng.fillNormal(t, standardDeviation: scale)
    return t
}

/// Checks the input gradient and every trainable parameter gradient of `layer` at `input`.
/// `prepare` runs before every forward pass (for example to reset a dropout generator).
func checkLayer(_ layer: Layer, input: Tensor, mode: Mode = .training, limit: Int = 400,
                check: GradientCheck = GradientCheck(), prepare: () -> Void = {}, sourceLocation: SourceLocation = #_sourceLocation) {
    prepare()
    let firstOutput = layer.forward(input, mode: mode)
    let probe = randomTensor(firstOutput.shape, seed: 99)
    layer.parameters.zeroGradients()
    let inputGradient = Tensor(copying: layer.backward(probe))
    let loss = { () -> Double in
        prepare()
        return probeLoss(layer.forward(input, mode: mode), probe)
    }
    check.check("input", tensor: input, analytic: inputGradient, limit: limit, loss: loss, sourceLocation: sourceLocation)
    for p in layer.parameters where p.isTrainable {
        check.check(p.name, tensor: p.value, analytic: Tensor(copying: p.grad), limit: limit, loss: loss,
                    sourceLocation: sourceLocation)
    }
}

/// Moves values within `margin` of zero away from it (keeps finite differences off the kinks
/// of ReLU-like functions).
func avoidZero(_ t: Tensor, margin: Float = 0.05) {
    for i in 0..<t.count where abs(t[i]) < margin { t[i] = t[i] < 0 ? -margin - abs(t[i]) : margin + t[i] }
}

import Foundation

/// A gated recurrent unit run over a whole sequence, returning the hidden state at every step.
///
/// Gate convention: PyTorch's (`torch.nn.GRU`), gate order r, z, n, with the reset gate applied
/// after the recurrent product ("reset_after"), starting from a zero state:
///
///     r = sigmoid(x W_r + b_ir + h W_hr + b_hr)
///     z = sigmoid(x W_z + b_iz + h W_hz + b_hz)
///     n = tanh(x W_n + b_in + r * (h W_hn + b_hn))
///     h' = (1 - z) * n + z * h
///
/// Shapes: input `[batch, time, inputs]`, output `[batch, time, units]`. With `reversed` the
/// sequence is read from the last step to the first and each state is written at the step it
/// read (as PyTorch's reverse direction does).
/// Parameters (kernels in Keras layout, transposed from PyTorch's):
/// `<name>.input_kernel` `[inputs, 3 * units]` (= `weight_ih.T`),
/// `<name>.recurrent_kernel` `[units, 3 * units]` (= `weight_hh.T`),
/// `<name>.input_bias` `[3 * units]` (= `bias_ih`), `<name>.recurrent_bias` `[3 * units]`
/// (= `bias_hh`); columns are ordered r, z, n.
public final class GRU: Layer {
    /// Input features per step.
    public let inputs: Int
    /// Hidden units.
    public let units: Int
    /// Whether the sequence is read backwards.
    public let reversed: Bool
    /// `[inputs, 3 * units]`.
    public let inputKernel: Parameter
    /// `[units, 3 * units]`.
    public let recurrentKernel: Parameter
    /// `[3 * units]`.
    public let inputBias: Parameter
    /// `[3 * units]`.
    public let recurrentBias: Parameter
    public var parameters: [Parameter] { [inputKernel, recurrentKernel, inputBias, recurrentBias] }

    private var input: Tensor?
    private let inputGates = Tensor(shape: [0])      // [batch, time, 3u]: x W_i + b_i, then dGi
    private let recurrentGates = Tensor(shape: [0])  // [batch, time, 3u]: h W_h + b_h, then dGh
    private let gates = Tensor(shape: [0])           // [batch, time, 3u]: r, z, n
    private let output = Tensor(shape: [0])          // [batch, time, u]
    private let previous = Tensor(shape: [0])        // [batch, time, u]: state before each step
    private let carry = Tensor(shape: [0])           // [batch, u]: dLoss/dh flowing backwards
    private let inputGradient = Tensor(shape: [0])

    /// A layer named `name`; weights uniform in +-1/sqrt(units) as PyTorch initialises them.
    public init(name: String, inputs: Int, units: Int, reversed: Bool = false, rng: inout Xoshiro256) {
        self.inputs = inputs
        self.units = units
        self.reversed = reversed
        inputKernel = Parameter(name: "\(name).input_kernel", value: Tensor(shape: [inputs, 3 * units]))
        recurrentKernel = Parameter(name: "\(name).recurrent_kernel", value: Tensor(shape: [units, 3 * units]))
        inputBias = Parameter(name: "\(name).input_bias", value: Tensor(shape: [3 * units]))
        recurrentBias = Parameter(name: "\(name).recurrent_bias", value: Tensor(shape: [3 * units]))
        for p in parameters { Initializer.recurrentUniform(p.value, units: units, rng: &rng) }
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        precondition(x.shape.count == 3 && x.shape[2] == inputs,
                     "GRU expects [batch, time, \(inputs)], got \(x.shape)")
        let batch = x.shape[0], steps = x.shape[1], u = units, g3 = 3 * u
        let training = mode == .training
        inputGates.resize(batch, steps, g3)
        output.resize(batch, steps, u)
        if training {
            recurrentGates.resize(batch, steps, g3)
            gates.resize(batch, steps, g3)
            previous.resize(batch, steps, u)
        } else {
            // Inference keeps only what the next step reads (the saving is most of the layer's
            // memory): one step of recurrent projections, one cell's gates, and the zero state.
            recurrentGates.resize(batch, g3)
            gates.resize([g3])
            previous.resize([u])
            previous.fill(0)
        }
        // All input projections at once: Gi[batch * time, 3u] = x W_i + b_i
        let gi = inputGates.pointer, gh = recurrentGates.pointer, gt = gates.pointer
        let h = output.pointer, hp = previous.pointer
        let bi = inputBias.value.pointer, bh = recurrentBias.value.pointer
        for r in 0..<batch * steps { (gi + r * g3).update(from: bi, count: g3) }
        BLAS.gemm(m: batch * steps, n: g3, k: inputs, a: x.pointer, lda: inputs,
                  b: inputKernel.value.pointer, ldb: g3, beta: 1, c: gi, ldc: g3)
        // Training keeps Gh for every step ([batch, time, 3u]); inference for the current one.
        let ghStride = training ? steps * g3 : g3
        var last = -1
        for s in 0..<steps {
            let t = reversed ? steps - 1 - s : s
            // Gh[:, t] = h_prev W_h + b_h (h_prev = 0 at the first step)
            let ght = training ? gh + t * g3 : gh
            for b in 0..<batch { (ght + b * ghStride).update(from: bh, count: g3) }
            if last >= 0 {
                BLAS.gemm(m: batch, n: g3, k: u, a: h + last * u, lda: steps * u,
                          b: recurrentKernel.value.pointer, ldb: g3, beta: 1, c: ght, ldc: ghStride)
            }
            for b in 0..<batch {
                let o = (b * steps + t) * g3, ho = h + (b * steps + t) * u
                let before = last >= 0 ? h + (b * steps + last) * u : nil
                if training {
                    let prev = hp + (b * steps + t) * u
                    if let before { prev.update(from: before, count: u) } else { prev.update(repeating: 0, count: u) }
                    cell(inputGates: gi + o, recurrentGates: ght + b * ghStride, gates: gt + o, previous: prev, state: ho)
                } else {
                    cell(inputGates: gi + o, recurrentGates: ght + b * ghStride, gates: gt, previous: before ?? hp, state: ho)
                }
            }
            last = t
        }
        input = x
        return output
    }

    /// One step for one sequence: the gates r, z, n and the new state from the projections.
    /// Eight units at a time with the vector exp, then the remainder one by one.
    @inline(__always)
    private func cell(inputGates xi: UnsafeMutablePointer<Float>, recurrentGates hh: UnsafeMutablePointer<Float>,
                      gates gate: UnsafeMutablePointer<Float>, previous prev: UnsafeMutablePointer<Float>,
                      state ho: UnsafeMutablePointer<Float>) {
        let u = units
        var j = 0
        typealias VM = VectorMath
        while j + 8 <= u {
            let r = VM.sigmoid(VM.load(xi + j) + VM.load(hh + j))
            let z = VM.sigmoid(VM.load(xi + u + j) + VM.load(hh + u + j))
            let n = VM.tanh(VM.load(xi + 2 * u + j) + r * VM.load(hh + 2 * u + j))
            VM.store(r, gate + j); VM.store(z, gate + u + j); VM.store(n, gate + 2 * u + j)
            VM.store((1 - z) * n + z * VM.load(prev + j), ho + j)
            j += 8
        }
        while j < u {
            let r = Activation.sigmoid(xi[j] + hh[j])
            let z = Activation.sigmoid(xi[u + j] + hh[u + j])
            let n = Foundation.tanh(xi[2 * u + j] + r * hh[2 * u + j])
            gate[j] = r; gate[u + j] = z; gate[2 * u + j] = n
            ho[j] = (1 - z) * n + z * prev[j]
            j += 1
        }
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard let x = input else { preconditionFailure("GRU.backward before forward") }
        let batch = x.shape[0], steps = x.shape[1], u = units, g3 = 3 * u
        let gi = inputGates.pointer, gh = recurrentGates.pointer, gt = gates.pointer
        let hp = previous.pointer, d = dy.pointer
        carry.resize(batch, u)
        carry.fill(0)
        let dh = carry.pointer
        for s in stride(from: steps - 1, through: 0, by: -1) {
            let t = reversed ? steps - 1 - s : s
            for b in 0..<batch {
                let o = (b * steps + t) * g3
                let gate = gt + o, hh = gh + o, dgi = gi + o
                let prev = hp + (b * steps + t) * u, dyt = d + (b * steps + t) * u
                let dhb = dh + b * u
                for j in 0..<u {
                    let r = gate[j], z = gate[u + j], n = gate[2 * u + j]
                    let total = dyt[j] + dhb[j]
                    let dn = total * (1 - z) * (1 - n * n)
                    let dz = total * (prev[j] - n) * z * (1 - z)
                    let dr = dn * hh[2 * u + j] * r * (1 - r)
                    dhb[j] = total * z
                    // The gate buffers now hold their gradients (pre-activations).
                    dgi[j] = dr; dgi[u + j] = dz; dgi[2 * u + j] = dn
                    hh[j] = dr; hh[u + j] = dz; hh[2 * u + j] = dn * r
                }
            }
            // dh_prev += dGh[:, t] W_h^T
            if s > 0 {
                BLAS.gemm(transposeB: true, m: batch, n: u, k: g3, a: gh + t * g3, lda: steps * g3,
                          b: recurrentKernel.value.pointer, ldb: g3, beta: 1, c: dh, ldc: u)
            }
        }
        let rows = batch * steps
        // Parameter gradients over all steps at once.
        BLAS.gemm(transposeA: true, m: inputs, n: g3, k: rows, a: x.pointer, lda: inputs,
                  b: gi, ldb: g3, beta: 1, c: inputKernel.grad.pointer, ldc: g3)
        BLAS.gemm(transposeA: true, m: u, n: g3, k: rows, a: hp, lda: u,
                  b: gh, ldb: g3, beta: 1, c: recurrentKernel.grad.pointer, ldc: g3)
        for r in 0..<rows {
            BLAS.axpy(g3, 1, gi + r * g3, inputBias.grad.pointer)
            BLAS.axpy(g3, 1, gh + r * g3, recurrentBias.grad.pointer)
        }
        // dx = dGi W_i^T
        inputGradient.resize(like: x)
        BLAS.gemm(transposeB: true, m: rows, n: inputs, k: g3, a: gi, lda: g3,
                  b: inputKernel.value.pointer, ldb: g3, beta: 0, c: inputGradient.pointer, ldc: inputs)
        return inputGradient
    }
}

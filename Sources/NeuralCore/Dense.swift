/// A fully connected layer: `y = x W + b`, applied over the last axis.
///
/// Shapes: input `[..., inputs]`, output `[..., outputs]` (all leading axes are batch, so a
/// `[batch, time, features]` sequence gets the same weights at every step).
/// Parameters: `<name>.kernel` `[inputs, outputs]` (Keras layout; PyTorch's `weight` is its
/// transpose), `<name>.bias` `[outputs]`.
public final class Dense: Layer {
    /// Input features.
    public let inputs: Int
    /// Output features.
    public let outputs: Int
    /// `[inputs, outputs]`.
    public let kernel: Parameter
    /// `[outputs]`.
    public let bias: Parameter
    public var parameters: [Parameter] { [kernel, bias] }

    private var input: Tensor?
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])

    /// A layer named `name` with Glorot-uniform kernel and zero bias.
    public init(name: String, inputs: Int, outputs: Int, rng: inout Xoshiro256) {
        self.inputs = inputs
        self.outputs = outputs
        kernel = Parameter(name: "\(name).kernel", value: Tensor(shape: [inputs, outputs]))
        bias = Parameter(name: "\(name).bias", value: Tensor(shape: [outputs]))
        Initializer.glorotUniform(kernel.value, fanIn: inputs, fanOut: outputs, rng: &rng)
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        precondition(x.shape.last == inputs, "Dense expects last axis \(inputs), got \(x.shape)")
        let rows = x.count / inputs
        output.resize(like: x, lastAxis: outputs)
        // y[rows, outputs] = b (broadcast) + x[rows, inputs] W[inputs, outputs]
        let y = output.pointer, b = bias.value.pointer
        for r in 0..<rows { (y + r * outputs).update(from: b, count: outputs) }
        BLAS.gemm(m: rows, n: outputs, k: inputs, a: x.pointer, lda: inputs,
                  b: kernel.value.pointer, ldb: outputs, beta: 1, c: y, ldc: outputs)
        input = x
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard let x = input else { preconditionFailure("Dense.backward before forward") }
        let rows = x.count / inputs
        // dW[inputs, outputs] += x^T dy ; db += sum over rows of dy
        BLAS.gemm(transposeA: true, m: inputs, n: outputs, k: rows, a: x.pointer, lda: inputs,
                  b: dy.pointer, ldb: outputs, beta: 1, c: kernel.grad.pointer, ldc: outputs)
        let db = bias.grad.pointer
        for r in 0..<rows { BLAS.axpy(outputs, 1, dy.pointer + r * outputs, db) }
        // dx[rows, inputs] = dy[rows, outputs] W^T
        inputGradient.resize(like: x)
        BLAS.gemm(transposeB: true, m: rows, n: inputs, k: outputs, a: dy.pointer, lda: outputs,
                  b: kernel.value.pointer, ldb: outputs, beta: 0, c: inputGradient.pointer, ldc: inputs)
        return inputGradient
    }
}

import Foundation

/// Element-wise activation functions, as a layer (any shape in, same shape out).
public final class Activation: Layer {
    /// The function applied to every element.
    public enum Kind: Sendable, Equatable {
        /// max(0, x).
        case relu
        /// x for x > 0, slope * x otherwise (the paper uses slope 0.2).
        case leakyReLU(slope: Float)
        /// x for x > 0, alpha * (exp(x) - 1) otherwise.
        case elu(alpha: Float)
        /// Hyperbolic tangent, range (-1, 1).
        case tanh
        /// Logistic sigmoid 1 / (1 + exp(-x)), range (0, 1).
        case sigmoid
    }

    /// The function.
    public let kind: Kind
    public var parameters: [Parameter] { [] }

    private var input: Tensor?
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])

    /// A layer applying `kind`.
    public init(_ kind: Kind) { self.kind = kind }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        output.resize(like: x)
        let n = x.count, xp = x.pointer, y = output.pointer
        switch kind {
        case .relu: for i in 0..<n { y[i] = xp[i] > 0 ? xp[i] : 0 }
        case .leakyReLU(let slope): for i in 0..<n { y[i] = xp[i] > 0 ? xp[i] : slope * xp[i] }
        case .elu(let alpha): for i in 0..<n { y[i] = xp[i] > 0 ? xp[i] : alpha * (exp(xp[i]) - 1) }
        case .tanh: for i in 0..<n { y[i] = Foundation.tanh(xp[i]) }
        case .sigmoid: for i in 0..<n { y[i] = Activation.sigmoid(xp[i]) }
        }
        input = x
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard let x = input else { preconditionFailure("Activation.backward before forward") }
        inputGradient.resize(like: x)
        let n = x.count, xp = x.pointer, y = output.pointer, d = dy.pointer, dx = inputGradient.pointer
        switch kind {
        case .relu: for i in 0..<n { dx[i] = xp[i] > 0 ? d[i] : 0 }
        case .leakyReLU(let slope): for i in 0..<n { dx[i] = xp[i] > 0 ? d[i] : slope * d[i] }
        case .elu(let alpha): for i in 0..<n { dx[i] = xp[i] > 0 ? d[i] : d[i] * (y[i] + alpha) }
        case .tanh: for i in 0..<n { dx[i] = d[i] * (1 - y[i] * y[i]) }
        case .sigmoid: for i in 0..<n { dx[i] = d[i] * y[i] * (1 - y[i]) }
        }
        return inputGradient
    }

    /// The logistic sigmoid, stable for large |x|.
    @inline(__always)
    public static func sigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }
}

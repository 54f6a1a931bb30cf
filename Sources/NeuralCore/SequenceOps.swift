/// Repeats a vector along a new time axis: `[batch, features]` -> `[batch, steps, features]`
/// (Keras' RepeatVector). Backward sums the gradient over the steps.
public final class RepeatVector: Layer {
    /// Number of copies along the time axis.
    public let steps: Int
    public var parameters: [Parameter] { [] }
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])

    /// A layer making `steps` copies.
    public init(steps: Int) { self.steps = steps }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        precondition(x.shape.count == 2, "RepeatVector expects [batch, features], got \(x.shape)")
        let batch = x.shape[0], f = x.shape[1]
        output.resize(batch, steps, f)
        for b in 0..<batch {
            for t in 0..<steps { (output.pointer + (b * steps + t) * f).update(from: x.pointer + b * f, count: f) }
        }
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let batch = dy.shape[0], f = dy.shape[2]
        inputGradient.resize(batch, f)
        inputGradient.fill(0)
        for b in 0..<batch {
            for t in 0..<steps { BLAS.axpy(f, 1, dy.pointer + (b * steps + t) * f, inputGradient.pointer + b * f) }
        }
        return inputGradient
    }
}

/// Concatenates tensors along their last axis; all leading axes must agree.
/// `[..., a]`, `[..., b]`, ... -> `[..., a + b + ...]`. Backward splits the gradient.
public final class Concatenate {
    private var widths: [Int] = []
    private let output = Tensor(shape: [0])
    private var inputGradients: [Tensor] = []

    /// A concatenation helper.
    public init() {}

    /// Joins `inputs` along the last axis.
    public func forward(_ inputs: [Tensor]) -> Tensor { join(inputs.count) { inputs[$0] } }

    /// Joins two tensors along the last axis (no array is built).
    public func forward(_ a: Tensor, _ b: Tensor) -> Tensor { join(2) { $0 == 0 ? a : b } }

    private func join(_ count: Int, _ input: (Int) -> Tensor) -> Tensor {
        precondition(count > 0, "Concatenate needs at least one input")
        let first = input(0), rank = first.shape.count
        if widths.count != count { widths = Array(repeating: 0, count: count) }
        var total = 0
        for i in 0..<count {
            let x = input(i)
            precondition(x.shape.count == rank && (0..<rank - 1).allSatisfy { x.shape[$0] == first.shape[$0] },
                         "Concatenate: leading axes differ: \(first.shape) vs \(x.shape)")
            widths[i] = x.shape[rank - 1]
            total += widths[i]
        }
        output.resize(like: first, lastAxis: total)
        let rows = first.count / max(widths[0], 1)
        var offset = 0
        for i in 0..<count {
            let x = input(i), w = widths[i]
            for r in 0..<rows { (output.pointer + r * total + offset).update(from: x.pointer + r * w, count: w) }
            offset += w
        }
        return output
    }

    /// Splits the output gradient into one gradient per input (owned by this helper).
    public func backward(_ dy: Tensor) -> [Tensor] {
        let total = widths.reduce(0, +)
        let rows = dy.count / max(total, 1)
        while inputGradients.count < widths.count { inputGradients.append(Tensor(shape: [0])) }
        var offset = 0
        for (i, w) in widths.enumerated() {
            let g = inputGradients[i]
            g.resize(like: dy, lastAxis: w)
            for r in 0..<rows { (g.pointer + r * w).update(from: dy.pointer + r * total + offset, count: w) }
            offset += w
        }
        return Array(inputGradients.prefix(widths.count))
    }
}

/// Flattens every axis after the first: `[batch, ...]` -> `[batch, product]` (row-major, so an
/// NHWC image flattens in (h, w, c) order, as Keras' Flatten does).
public final class Flatten: Layer {
    public var parameters: [Parameter] { [] }
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])
    private var inputShape: [Int] = []

    /// A flattening layer.
    public init() {}

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        inputShape = x.shape
        output.resize([x.shape[0], x.count / max(x.shape[0], 1)])
        output.pointer.update(from: x.pointer, count: x.count)
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        inputGradient.resize(inputShape)
        inputGradient.pointer.update(from: dy.pointer, count: dy.count)
        return inputGradient
    }
}

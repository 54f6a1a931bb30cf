/// A named tensor of a model: a trainable weight with its gradient, or a running statistic
/// (BatchNorm's mean and variance) that is saved with the weights but never trained.
///
/// Names are dotted paths such as `encoder.conv1.kernel`; they are the keys in weight files.
public final class Parameter {
    /// Whether a parameter is trained or only tracked.
    public enum Kind: Sendable { case trainable, runningStatistic }

    /// The full dotted name.
    public let name: String
    /// Trained by the optimiser, or a running statistic.
    public let kind: Kind
    /// The current value.
    public let value: Tensor
    /// The accumulated gradient of the loss with respect to `value` (same shape); stays zero
    /// for running statistics. Allocated (as zeros) on first use, so models used only for
    /// inference do not hold a second copy of their weights.
    public private(set) lazy var grad = Tensor(shape: value.shape)

    /// A parameter named `name` holding `value`, with a zero gradient of the same shape.
    public init(name: String, value: Tensor, kind: Kind = .trainable) {
        self.name = name
        self.kind = kind
        self.value = value
    }

    /// Whether the optimiser updates this parameter.
    public var isTrainable: Bool { kind == .trainable }
}

/// Whether a forward pass is part of training (BatchNorm uses batch statistics and updates its
/// running ones, Dropout drops) or inference (running statistics, no dropout).
public enum Mode: Sendable {
    case training, inference
}

/// A layer with one input and one output: forward caches what backward needs, backward
/// accumulates parameter gradients and returns the gradient with respect to the input.
///
/// Contract (llm.c style): call `backward` after the `forward` whose output it differentiates
/// and before the next `forward`; the returned tensors are owned by the layer and overwritten
/// by its next call.
public protocol Layer: AnyObject {
    /// Named parameters and running statistics, in a stable order.
    var parameters: [Parameter] { get }
    /// Computes the output for `input`; caches what `backward` needs when training.
    func forward(_ input: Tensor, mode: Mode) -> Tensor
    /// Given dLoss/dOutput, accumulates dLoss/dParameters and returns dLoss/dInput.
    func backward(_ outputGradient: Tensor) -> Tensor
}

extension Sequence where Element == Parameter {
    /// Sets every gradient to zero.
    public func zeroGradients() { for p in self { p.grad.fill(0) } }
    /// The trainable parameters only.
    public var trainable: [Parameter] { filter(\.isTrainable) }
}

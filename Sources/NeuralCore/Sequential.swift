/// Layers applied one after another; backward runs them in reverse order.
public final class Sequential: Layer {
    /// The layers, in forward order.
    public let layers: [Layer]
    public var parameters: [Parameter] { layers.flatMap(\.parameters) }

    /// A chain of `layers`.
    public init(_ layers: [Layer]) { self.layers = layers }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        var h = x
        for layer in layers { h = layer.forward(h, mode: mode) }
        return h
    }

    public func backward(_ dy: Tensor) -> Tensor {
        var g = dy
        for layer in layers.reversed() { g = layer.backward(g) }
        return g
    }
}

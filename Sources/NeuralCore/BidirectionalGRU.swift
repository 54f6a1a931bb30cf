/// A stack of bidirectional GRU layers returning the whole sequence.
///
/// Each layer runs a forward-in-time GRU and a reversed GRU over the same input and
/// concatenates their states, forward first: layer l maps `[batch, time, in_l]` to
/// `[batch, time, 2 * units[l]]`, and the next layer reads that. With `dropout > 0`, inverted
/// dropout is applied to the output of every layer but the last in training mode (PyTorch's
/// `dropout` argument of `nn.GRU`).
/// Parameter names: `<name>.layer<l>.forward.*` and `<name>.layer<l>.backward.*` (see `GRU`).
public final class BidirectionalGRU: Layer {
    /// Hidden units of each layer, per direction.
    public let units: [Int]
    /// The forward-in-time GRU of each layer.
    public let forwardLayers: [GRU]
    /// The reversed GRU of each layer.
    public let backwardLayers: [GRU]
    private let dropouts: [Dropout]
    private let joins: [Concatenate]
    private let inputGradients: [Tensor]
    public var parameters: [Parameter] {
        zip(forwardLayers, backwardLayers).flatMap { $0.parameters + $1.parameters }
    }

    /// Output features per step: `2 * units.last`.
    public var outputFeatures: Int { 2 * (units.last ?? 0) }

    /// A stack named `name` reading `inputs` features, with `units[l]` per direction in layer l;
    /// dropout masks come from `dropoutSeed`.
    public init(name: String, inputs: Int, units: [Int], dropout: Float = 0, dropoutSeed: UInt64 = 0,
                rng: inout Xoshiro256) {
        precondition(!units.isEmpty, "BidirectionalGRU needs at least one layer")
        self.units = units
        var f: [GRU] = [], b: [GRU] = [], d: [Dropout] = []
        var width = inputs
        for (l, u) in units.enumerated() {
            f.append(GRU(name: "\(name).layer\(l).forward", inputs: width, units: u, rng: &rng))
            b.append(GRU(name: "\(name).layer\(l).backward", inputs: width, units: u, reversed: true, rng: &rng))
            d.append(Dropout(rate: dropout, seed: dropoutSeed &+ UInt64(l)))
            width = 2 * u
        }
        forwardLayers = f
        backwardLayers = b
        dropouts = d
        joins = units.map { _ in Concatenate() }
        inputGradients = units.map { _ in Tensor(shape: [0]) }
    }

    /// Replaces the generator of the dropout after layer `layer` (to reseed or resume).
    public func setDropoutGenerator(layer: Int, _ rng: Xoshiro256) { dropouts[layer].rng = rng }

    /// The generator of the dropout after layer `layer` (for checkpoints).
    public func dropoutGenerator(layer: Int) -> Xoshiro256 { dropouts[layer].rng }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        var h = x
        for l in 0..<units.count {
            let joined = joins[l].forward(forwardLayers[l].forward(h, mode: mode),
                                          backwardLayers[l].forward(h, mode: mode))
            h = l + 1 < units.count ? dropouts[l].forward(joined, mode: mode) : joined
        }
        return h
    }

    public func backward(_ dy: Tensor) -> Tensor {
        var g = dy
        for l in stride(from: units.count - 1, through: 0, by: -1) {
            if l + 1 < units.count { g = dropouts[l].backward(g) }
            let parts = joins[l].backward(g)
            let dxForward = forwardLayers[l].backward(parts[0])
            let dxBackward = backwardLayers[l].backward(parts[1])
            let sum = inputGradients[l]
            sum.copy(from: dxForward)
            BLAS.axpy(sum.count, 1, dxBackward.pointer, sum.pointer)
            g = sum
        }
        return g
    }
}

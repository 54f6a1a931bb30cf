/// Weight initialisation schemes (Keras defaults where the paper's model used Keras).
public enum Initializer {
    /// Glorot (Xavier) uniform: U(-l, l) with l = sqrt(6 / (fanIn + fanOut)).
    public static func glorotUniform(_ tensor: Tensor, fanIn: Int, fanOut: Int, rng: inout Xoshiro256) {
        let limit = (6.0 / Float(fanIn + fanOut)).squareRoot()
        rng.fillUniform(tensor, -limit, limit)
    }

    /// U(-l, l) with l = 1 / sqrt(units): PyTorch's default for recurrent layers.
    public static func recurrentUniform(_ tensor: Tensor, units: Int, rng: inout Xoshiro256) {
        let limit = 1 / Float(units).squareRoot()
        rng.fillUniform(tensor, -limit, limit)
    }
}

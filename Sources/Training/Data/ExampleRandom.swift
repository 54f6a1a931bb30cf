import PaletteData

/// The random number generator of data making: SplitMix64 (Steele, Lea and Flood 2014), small,
/// fast and the same on every platform, so a seed fixes every draw.
public struct ExampleRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The generator of example `index` under the global `seed`: both are mixed, so
    /// neighbouring indices and seeds give unrelated sequences, and an example never depends on
    /// which thread makes it or on the other examples.
    public init(seed: UInt64, index: Int) {
        state = StableHash.mix(seed ^ StableHash.mix(UInt64(bitPattern: Int64(index)) &+ 0x632b_e59b_d9b4_e019))
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return StableHash.mix(state)
    }

    /// A uniform value in 0..<1 (53 random bits).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in 0..<bound (bound >= 1), by multiply-shift (bias below 2^-32 for
    /// the sizes used here).
    public mutating func below(_ bound: Int) -> Int {
        Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }
}

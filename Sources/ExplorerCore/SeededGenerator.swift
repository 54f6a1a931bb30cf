#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small, seedable random number generator (SplitMix64, Steele, Lea and Flood 2014) kept in the
/// explorer's state so that every run with the same seed and keys gives the same screens.
public struct SeededGenerator: RandomNumberGenerator, Hashable, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed; every seed, 0 included, is valid.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1) with 53 bits of precision.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal value (Box-Muller transform), truncated to [-`limit`, `limit`] by
    /// redrawing.
    public mutating func nextGaussian(limit: Double = .infinity) -> Double {
        while true {
            let u1 = 1 - nextUnit()  // (0, 1]
            let u2 = nextUnit()
            let value = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            if abs(value) <= limit { return value }
        }
    }
}

import Foundation

/// SplitMix64: expands one 64-bit seed into well-mixed words (used to seed `Xoshiro256`).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The internal counter; the whole state.
    public var state: UInt64

    /// A generator starting at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in 0..<1 with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}

/// xoshiro256** (Blackman & Vigna): the seedable generator behind every random draw in
/// NeuralCore. The same seed gives bit-identical sequences on every platform.
///
/// Normal variates come from the Box-Muller transform; the second value of each pair is kept
/// for the next call, and that cache is part of `state`, so saving and restoring `state`
/// resumes the exact sequence.
public struct Xoshiro256: RandomNumberGenerator, Sendable {
    /// The complete generator state: four words plus the cached normal variate (if any).
    public struct State: Sendable, Equatable, Codable {
        /// The four xoshiro words.
        public var words: [UInt64]
        /// The second Box-Muller value waiting to be returned, if any.
        public var cachedNormal: Float?
    }

    private var s0, s1, s2, s3: UInt64
    private var cachedNormal: Float?

    /// A generator seeded from `seed` through SplitMix64.
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    /// A generator restored from a saved `state` (four words, not all zero).
    public init(state: State) {
        precondition(state.words.count == 4, "xoshiro state needs 4 words")
        s0 = state.words[0]; s1 = state.words[1]; s2 = state.words[2]; s3 = state.words[3]
        cachedNormal = state.cachedNormal
    }

    /// The current state, for checkpoints.
    public var state: State { State(words: [s0, s1, s2, s3], cachedNormal: cachedNormal) }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform value in [0, 1) with 24 random bits.
    public mutating func uniform() -> Float { Float(next() >> 40) * (1.0 / 16_777_216.0) }

    /// A uniform value in [low, high).
    public mutating func uniform(_ low: Float, _ high: Float) -> Float { low + (high - low) * uniform() }

    /// A standard normal value (mean 0, standard deviation 1), by Box-Muller in Double.
    public mutating func normal() -> Float {
        if let c = cachedNormal { cachedNormal = nil; return c }
        // u1 in (0, 1] so the logarithm is finite.
        let u1 = (Double(next() >> 11) + 1.0) * (1.0 / 9_007_199_254_740_992.0)
        let u2 = Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        let r = (-2.0 * log(u1)).squareRoot()
        let theta = 2.0 * Double.pi * u2
        cachedNormal = Float(r * sin(theta))
        return Float(r * cos(theta))
    }

    /// Fills `tensor` with normal values of the given mean and standard deviation.
    public mutating func fillNormal(_ tensor: Tensor, mean: Float = 0, standardDeviation: Float = 1) {
        for i in 0..<tensor.count { tensor.pointer[i] = mean + standardDeviation * normal() }
    }

    /// Fills `tensor` with uniform values in [low, high).
    public mutating func fillUniform(_ tensor: Tensor, _ low: Float, _ high: Float) {
        for i in 0..<tensor.count { tensor.pointer[i] = uniform(low, high) }
    }
}

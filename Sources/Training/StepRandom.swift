import NeuralCore

/// Random streams derived from (seed, epoch, step) alone, so that a run resumed from a
/// checkpoint draws exactly what an uninterrupted run would have drawn.
enum StepRandom {
    /// The generator for one purpose (`stream`) at one step of one epoch.
    static func generator(seed: UInt64, epoch: Int, step: Int, stream: UInt64) -> Xoshiro256 {
        var mix = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        var state = mix.next() ^ UInt64(truncatingIfNeeded: epoch) &* 0xBF58_476D_1CE4_E5B9
        state ^= UInt64(truncatingIfNeeded: step) &* 0x94D0_49BB_1331_11EB
        return Xoshiro256(seed: state)
    }

    /// A permutation of `0..<count` for one epoch.
    static func order(count: Int, seed: UInt64, epoch: Int) -> [Int] {
        var rng = generator(seed: seed, epoch: epoch, step: -1, stream: 1)
        var order = Array(0..<count)
        order.shuffle(using: &rng)
        return order
    }
}

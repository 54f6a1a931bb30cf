/// A hash that is the same on every run, machine and Swift version (unlike `Hasher`, which is
/// seeded randomly per process): 64-bit FNV-1a over the UTF-8 bytes, followed by the SplitMix64
/// finaliser so that the low and high bits are both well mixed.
public enum StableHash {
    /// FNV-1a 64 (offset basis 0xcbf29ce484222325, prime 0x100000001b3) of `text`'s UTF-8 bytes,
    /// without finalising. The published test vectors hold: "" gives 0xcbf29ce484222325 and "a"
    /// gives 0xaf63dc4c8601ec8c.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijection on 64-bit values that
    /// spreads every input bit over the output.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// `text` hashed to a uniform value in 0..<1 (53 bits): FNV-1a, then the finaliser.
    public static func unit(_ text: String) -> Double {
        Double(mix(fnv1a64(text)) >> 11) * 0x1.0p-53
    }
}

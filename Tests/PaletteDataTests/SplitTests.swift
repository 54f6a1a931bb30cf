import ColorScience
import Testing
@testable import PaletteData

@Suite struct SplitTests {
    /// Published FNV-1a 64 test vectors (Fowler, Noll and Vo's reference test suite).
    @Test func fnv1aMatchesPublishedVectors() {
        #expect(StableHash.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    /// SplitMix64's first outputs for seed 0 (the mix of 0x9e3779b97f4a7c15 and its double).
    @Test func mixMatchesSplitMix64() {
        #expect(StableHash.mix(0x9e37_79b9_7f4a_7c15) == 0xe220_a839_7b1d_cdaf)
        #expect(StableHash.mix(0x3c6e_f372_fe94_f82a) == 0x6e78_9e6a_a1b9_65f4)
    }

    @Test func paletteSplitIsStableDeduplicatedAndAboutTenPercent() {
        var palettes: [[RGB8]] = []
        for i in 0..<5000 {
            let v = UInt8(i % 256), w = UInt8(i / 256)
            palettes.append([RGB8(r: v, g: w, b: 0), RGB8(r: 1, g: 2, b: 3), RGB8(r: w, g: v, b: 9),
                             RGB8(r: 0, g: 0, b: 0), RGB8(r: 255, g: 255, b: 255)])
        }
        let doubled = palettes + palettes.reversed()
        let split = ValidationSplit().split(palettes: doubled)
        #expect(split.training.count + split.validation.count == 5000)
        #expect(abs(Double(split.validation.count) / 5000 - 0.1) < 0.015)
        #expect(Set(split.training.map(ValidationSplit.key)).isDisjoint(with: split.validation.map(ValidationSplit.key)))
        // Each palette's side depends on itself alone.
        let alone = ValidationSplit().split(palettes: Array(palettes.prefix(100)))
        #expect(alone.validation == split.validation.filter { v in palettes.prefix(100).contains(v) })
    }

    @Test func imageSplitUsesTheFileNameOnly() {
        let names = (0..<3000).map { "img_\($0).jpg" }
        let a = ValidationSplit().split(imagePaths: names.map { "/one/" + $0 })
        let b = ValidationSplit().split(imagePaths: names.map { "other/place/" + $0 })
        #expect(a.validation.map { ValidationSplit.key(ofImagePath: $0) } == b.validation.map { ValidationSplit.key(ofImagePath: $0) })
        #expect(abs(Double(a.validation.count) / 3000 - 0.1) < 0.02)
        #expect(ValidationSplit(fraction: 0).split(imagePaths: names).validation.isEmpty)
        #expect(ValidationSplit(fraction: 1).split(imagePaths: names).training.isEmpty)
    }

    @Test func keysAreLowerCaseHexInOrder() throws {
        let palette = try ["#69D2E7", "#A7DBD8"].map { try RGB8(hex: $0) }
        #expect(ValidationSplit.key(of: palette) == "#69d2e7,#a7dbd8")
        #expect(ValidationSplit.key(ofImagePath: "a/b/c.jpg") == "c.jpg")
    }
}

import Testing
@testable import ColorScience

/// 8-bit sRGB must survive a trip through Lab and through Oklab unchanged. The normal run checks
/// every colour whose channels are all multiples of 3 (0, 3, ..., 255: 636,056 colours, black and
/// white included); set `COLOR_EXHAUSTIVE=1` to check all 16,777,216.
@Suite struct RoundTripTests {
    static var exhaustive: Bool { Environment.flag("COLOR_EXHAUSTIVE") }
    static var channelValues: [UInt8] {
        exhaustive ? Array(0...255) : Array(stride(from: 0, through: 255, by: 3)).map(UInt8.init)
    }

    @Test func throughLab() {
        var failures: [RGB8] = []
        let values = Self.channelValues
        for r in values { for g in values { for b in values {
            let c = RGB8(r: r, g: g, b: b)
            if RGB8(Lab(c)) != c { failures.append(c) }
        } } }
        #expect(failures.isEmpty, "\(failures.count) colours changed, first: \(failures.prefix(5))")
    }

    @Test func throughOklab() {
        var failures: [RGB8] = []
        let values = Self.channelValues
        for r in values { for g in values { for b in values {
            let c = RGB8(r: r, g: g, b: b)
            if RGB8(Oklab(c)) != c { failures.append(c) }
        } } }
        #expect(failures.isEmpty, "\(failures.count) colours changed, first: \(failures.prefix(5))")
    }

    @Test func throughOKLCHAndXYZ() {
        for v in stride(from: 0, through: 255, by: 5) {
            for c in [RGB8(r: UInt8(v), g: 255 - UInt8(v), b: 40), RGB8(r: UInt8(v), g: UInt8(v), b: UInt8(v))] {
                #expect(RGB8(Oklab(OKLCH(Oklab(c)))) == c)
                #expect(RGB8(clamping: LinearRGB(XYZ(LinearRGB(c)))) == c)
            }
        }
    }
}

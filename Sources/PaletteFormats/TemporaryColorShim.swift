// TEMPORARY: stands in for ColorScience's hex and OKLCH until that module provides them.
import ColorScience
import Foundation

extension RGB8 {
    var hex: String {
        "#" + [r, g, b].map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}

struct Oklab {
    var l, a, b: Double
    init(_ c: RGB8) {
        func lin(_ v: UInt8) -> Double {
            let x = Double(v) / 255
            return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        let r = lin(c.r), g = lin(c.g), bb = lin(c.b)
        let l_ = cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bb)
        let m_ = cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bb)
        let s_ = cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bb)
        l = 0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_
        a = 1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_
        b = 0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_
    }
}

struct OKLCH {
    var l, c, h: Double
    init(_ lab: Oklab) {
        l = lab.l
        c = (lab.a * lab.a + lab.b * lab.b).squareRoot()
        var deg = atan2(lab.b, lab.a) * 180 / .pi
        if deg < 0 { deg += 360 }
        h = c < 1e-9 ? 0 : deg
    }
}

import ColorScience
import ImageIO

/// Small images made of flat regions and gradients, for the data tests.
enum SyntheticImages {
    /// A `width` x `height` opaque image whose pixel (x, y) has the colour `color(x, y)`.
    static func make(width: Int, height: Int, _ color: (Int, Int) -> RGB8) -> RGBAImage {
        var pixels: [UInt8] = []
        pixels.reserveCapacity(width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let c = color(x, y)
                pixels += [c.r, c.g, c.b, 255]
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)!
    }

    static let navy = RGB8(r: 50, g: 60, b: 80)
    static let beige = RGB8(r: 220, g: 200, b: 170)
    static let green = RGB8(r: 60, g: 140, b: 70)
    static let brown = RGB8(r: 120, g: 80, b: 50)
    static let magenta = RGB8(r: 230, g: 30, b: 160)

    /// 40 x 64: a navy band (rows 0..<20), a beige band (20..<40), green bottom-left, brown
    /// bottom-right, and a 5 x 5 magenta patch in the brown (25 pixels, 1% of the image).
    static func regions() -> RGBAImage {
        make(width: 40, height: 64) { x, y in
            if y < 20 { return navy }
            if y < 40 { return beige }
            if x < 20 { return green }
            if (28..<33).contains(x) && (50..<55).contains(y) { return magenta }
            return brown
        }
    }

    /// The region colour of pixel (x, y) of `regions()`.
    static func regionColor(x: Int, y: Int) -> RGB8 {
        if y < 20 { return navy }
        if y < 40 { return beige }
        if x < 20 { return green }
        if (28..<33).contains(x) && (50..<55).contains(y) { return magenta }
        return brown
    }

    /// 40 x 64: a smooth diagonal gradient between two muted colours with a 5 x 5 vivid
    /// magenta patch.
    static func gradientWithAccent() -> RGBAImage {
        make(width: 40, height: 64) { x, y in
            if (10..<15).contains(x) && (40..<45).contains(y) { return magenta }
            let t = Double(x + y) / Double(39 + 63)
            return RGB8(r: UInt8(90 + 100 * t), g: UInt8(110 + 60 * t), b: UInt8(100 + 30 * t))
        }
    }
}

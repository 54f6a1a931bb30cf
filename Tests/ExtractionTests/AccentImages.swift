import ImageIO

/// Generated images with a known small vivid region, for the chooser's tests.
enum AccentImages {
    /// A 240 x 160 image of grey ramps (dark to light, left to right, in three horizontal bands
    /// of slightly different tint) with a red dot of `dot` x `dot` pixels at (150, 60).
    static func redDotOnGrey(dot: Int = 8) -> RGBAImage {
        let width = 240, height = 160
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let v = 40 + x * 180 / width
                let tint = y / (height / 3) - 1 // -1, 0, 1
                var rgb = [v - 4 * tint, v, v + 6 * tint]
                if (150..<(150 + dot)).contains(x) && (60..<(60 + dot)).contains(y) { rgb = [215, 25, 30] }
                for c in 0..<3 { pixels[(y * width + x) * 4 + c] = UInt8(clamping: rgb[c]) }
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)!
    }

    /// A flat image of one colour.
    static func flat(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> RGBAImage {
        RGBAImage(width: 120, height: 80, filledWith: (r, g, b, 255))!
    }
}

/// The paper's augmentation: a vertical flip of the image, and a horizontal flip of the image
/// together with reversing the palette (colour order follows reading order).
enum Augmentation {
    /// Copies one `height x width x 3` image, flipped as asked.
    static func copyImage(from src: UnsafePointer<Float>, to dst: UnsafeMutablePointer<Float>,
                          height: Int, width: Int, flipVertically: Bool, flipHorizontally: Bool) {
        for y in 0..<height {
            let sy = flipVertically ? height - 1 - y : y
            if !flipHorizontally {
                (dst + y * width * 3).update(from: src + sy * width * 3, count: width * 3)
                continue
            }
            for x in 0..<width {
                let s = src + (sy * width + width - 1 - x) * 3, d = dst + (y * width + x) * 3
                d[0] = s[0]; d[1] = s[1]; d[2] = s[2]
            }
        }
    }

    /// Copies one palette of `colors` colours, reversed if asked.
    static func copyPalette(from src: UnsafePointer<Float>, to dst: UnsafeMutablePointer<Float>,
                            colors: Int, reversed: Bool) {
        for i in 0..<colors {
            let s = src + (reversed ? colors - 1 - i : i) * 3, d = dst + i * 3
            d[0] = s[0]; d[1] = s[1]; d[2] = s[2]
        }
    }
}

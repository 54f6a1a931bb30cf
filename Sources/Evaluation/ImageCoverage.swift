import ColorScience

/// How well a palette covers an image's colours (DESIGN section 5): the mean Oklab distance
/// from each pixel to its nearest palette colour (0 when every pixel has a palette colour;
/// lower is better). Fully transparent pixels (alpha 0) are skipped; every other pixel counts
/// once, whatever its alpha. Pass the image at the size it is judged at (for example the
/// extraction working size), since the figure is a per-pixel mean.
public enum ImageCoverage {
    /// The coverage error of `palette` for RGBA8 pixels (4 bytes per pixel, straight alpha);
    /// nil when no pixel is visible or the palette is empty.
    public static func error(palette: [RGB8], rgba: [UInt8]) -> Double? {
        guard !palette.isEmpty else { return nil }
        let colors = palette.map(Oklab.init)
        let pl = colors.map { Float($0.l) }, pa = colors.map { Float($0.a) }, pb = colors.map { Float($0.b) }
        let oklab = rgba.withUnsafeBufferPointer { PixelConversion.oklab(rgba: $0) }
        var total = 0.0
        var visible = 0
        for i in 0..<(rgba.count / 4) where rgba[4 * i + 3] != 0 {
            let l = oklab[3 * i], a = oklab[3 * i + 1], b = oklab[3 * i + 2]
            var best = Float.infinity
            for k in pl.indices {
                let dl = l - pl[k], da = a - pa[k], db = b - pb[k]
                best = min(best, dl * dl + da * da + db * db)
            }
            total += Double(best.squareRoot())
            visible += 1
        }
        return visible == 0 ? nil : total / Double(visible)
    }
}

import PaletteData

/// The paper's augmentation, on model inputs (64 x 40 x 3, row-major) and encoded palettes
/// (5 x 3): a vertical flip of the image alone, and a horizontal flip of the image together with
/// reversing the palette's order (the paper's palettes run left to right across the image).
public enum Augmentation {
    /// Reverses the order of the rows of a model input in place.
    public static func flipVertically(_ image: inout [Float]) {
        let rowFloats = ModelInput.width * ModelInput.channels
        for row in 0..<(ModelInput.height / 2) {
            let top = row * rowFloats, bottom = (ModelInput.height - 1 - row) * rowFloats
            for i in 0..<rowFloats { image.swapAt(top + i, bottom + i) }
        }
    }

    /// Mirrors a model input left to right in place and reverses the palette's colours
    /// (3 floats each) in place.
    public static func flipHorizontally(_ image: inout [Float], palette: inout [Float]) {
        let c = ModelInput.channels, w = ModelInput.width
        for row in 0..<ModelInput.height {
            let base = row * w * c
            for x in 0..<(w / 2) {
                for k in 0..<c { image.swapAt(base + x * c + k, base + (w - 1 - x) * c + k) }
            }
        }
        let colors = palette.count / 3
        for i in 0..<(colors / 2) {
            for k in 0..<3 { palette.swapAt(3 * i + k, 3 * (colors - 1 - i) + k) }
        }
    }
}

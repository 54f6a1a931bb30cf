import ImageIO
import PaletteData

/// Random crops in the model's portrait aspect (40 wide : 64 high), shrunk to the model's size.
public enum RandomCrop {
    /// A crop of `image` (best portrait, as `ImageCorpus` keeps it) resampled to 40 x 64: the
    /// largest 40:64 rectangle that fits is scaled by a factor drawn uniformly from `scale`
    /// (within 0...1), placed uniformly at random, rounded to whole pixels, then area-resampled
    /// to `ModelInput.width` x `ModelInput.height`.
    public static func crop(_ image: RGBAImage, scale: ClosedRange<Double>, using random: inout ExampleRandom) -> RGBAImage {
        let aspect = Double(ModelInput.width) / Double(ModelInput.height)
        let w = Double(image.width), h = Double(image.height)
        let (fullW, fullH) = w / h > aspect ? (h * aspect, h) : (w, w / aspect)
        let low = min(max(scale.lowerBound, 0.01), 1), high = min(max(scale.upperBound, low), 1)
        let s = low + (high - low) * random.unit()
        let cropW = max(1, min(image.width, Int((fullW * s).rounded())))
        let cropH = max(1, min(image.height, Int((fullH * s).rounded())))
        let x = Int(random.unit() * Double(image.width - cropW + 1))
        let y = Int(random.unit() * Double(image.height - cropH + 1))
        let region = image.cropped(x: min(x, image.width - cropW), y: min(y, image.height - cropH),
                                   width: cropW, height: cropH)
        return region.resized(width: ModelInput.width, height: ModelInput.height) ?? region
    }
}

extension RGBAImage {
    /// The `width` x `height` region whose top-left pixel is (x, y); the caller keeps the region
    /// inside the image (it is clamped if not).
    func cropped(x: Int, y: Int, width w: Int, height h: Int) -> RGBAImage {
        let x0 = min(max(x, 0), width - 1), y0 = min(max(y, 0), height - 1)
        let cw = max(1, min(w, width - x0)), ch = max(1, min(h, height - y0))
        var out = [UInt8](repeating: 0, count: cw * ch * 4)
        pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for row in 0..<ch {
                    let from = ((y0 + row) * width + x0) * 4
                    for i in 0..<(cw * 4) { dst[row * cw * 4 + i] = src[from + i] }
                }
            }
        }
        return RGBAImage(width: cw, height: ch, pixels: out) ?? self
    }
}

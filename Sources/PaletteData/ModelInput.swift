import ColorScience
import ImageIO

/// The models' image input: 64 x 40 x 3 floats (height x width x channels, row-major, NHWC
/// without the batch axis), each pixel CIE Lab scaled as the paper's code (`LabScaling`:
/// L/50-1, a/128, b/128).
///
/// The steps, shared by inference and training: a landscape image (wider than tall) is first
/// turned 90 degrees clockwise into portrait (`RGBAImage.portrait()`; the paper stored its
/// training images 64 x 40 in portrait), then resampled with the area filter to 40 wide by 64
/// high (the aspect ratio is not kept), then composited over white (`c * a + 255 * (1 - a)`
/// on the 8-bit sRGB values, with a = alpha / 255, so fully transparent areas become white),
/// then converted to Lab.
public enum ModelInput {
    /// Rows of the input, 64.
    public static let height = 64
    /// Columns of the input, 40.
    public static let width = 40
    /// Channels per pixel (normalised L, a, b), 3.
    public static let channels = 3
    /// Floats per input image, 64 x 40 x 3 = 7,680.
    public static let floatCount = height * width * channels

    /// The image as the model sees it, in 8-bit form: portrait, 40 x 64, opaque (over white).
    /// An image already 40 x 64 and opaque comes back unchanged.
    public static func prepared(_ image: RGBAImage) -> RGBAImage {
        let portrait = image.portrait()
        guard let resized = portrait.resized(width: width, height: height) else { return portrait }
        return resized.hasTransparency ? resized.compositedOnWhite() : resized
    }

    /// The model input of `image` (any size): `floatCount` floats.
    public static func encode(_ image: RGBAImage) -> [Float] {
        [Float](unsafeUninitializedCapacity: floatCount) { out, initialized in
            encode(image, into: out)
            initialized = floatCount
        }
    }

    /// Writes the model input of `image` to the first `floatCount` floats of `out` (for filling
    /// a batch buffer in place).
    public static func encode(_ image: RGBAImage, into out: UnsafeMutableBufferPointer<Float>) {
        precondition(out.count >= floatCount, "output holds \(out.count) floats, need \(floatCount)")
        let ready = prepared(image)
        let target = UnsafeMutableBufferPointer(rebasing: out[0..<floatCount])
        ready.pixels.withUnsafeBufferPointer { PixelConversion.lab(rgba: $0, into: target) }
        var i = 0
        while i < floatCount {
            target[i] = target[i] / 50 - 1
            target[i + 1] /= 128
            target[i + 2] /= 128
            i += 3
        }
    }

    /// The 40 x 64 opaque image of a model input (`floatCount` floats), colours gamut-mapped to
    /// sRGB; nil when `values` holds fewer than `floatCount` floats. For looking at inputs.
    public static func image<C: Collection>(of values: C) -> RGBAImage? where C.Element == Float, C.Index == Int {
        guard values.count >= floatCount else { return nil }
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        let colors = LabScaling.colors(Array(values.prefix(floatCount)))
        for (i, color) in colors.enumerated() {
            pixels[4 * i] = color.r
            pixels[4 * i + 1] = color.g
            pixels[4 * i + 2] = color.b
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }
}

extension RGBAImage {
    /// The image composited over white and made opaque: each channel becomes
    /// `c * a + 255 * (1 - a)` (8-bit sRGB values, a = alpha / 255, rounded).
    public func compositedOnWhite() -> RGBAImage {
        var out = pixels
        var i = 0
        while i < out.count {
            let alpha = UInt32(out[i + 3])
            if alpha != 255 {
                for c in 0..<3 {
                    // Rounded (c * a + 255 * (255 - a)) / 255 in integers.
                    let value = UInt32(out[i + c]) * alpha + 255 * (255 - alpha)
                    out[i + c] = UInt8((value + 127) / 255)
                }
                out[i + 3] = 255
            }
            i += 4
        }
        return RGBAImage(width: width, height: height, pixels: out) ?? self
    }
}

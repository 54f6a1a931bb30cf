/// An 8-bit RGBA image in memory.
///
/// `pixels` holds `width * height * 4` bytes, row-major from the top-left corner, each pixel as
/// red, green, blue, alpha (0...255, sRGB-encoded colour, straight, not premultiplied alpha).
public struct RGBAImage: Sendable, Equatable {
    /// Width in pixels, at least 1.
    public let width: Int
    /// Height in pixels, at least 1.
    public let height: Int
    /// RGBA8 samples, row-major, `4 * width * height` bytes.
    public private(set) var pixels: [UInt8]

    /// Wraps existing RGBA8 data; returns nil unless both sides are positive and
    /// `pixels.count == width * height * 4`.
    public init?(width: Int, height: Int, pixels: [UInt8]) {
        guard width > 0, height > 0,
              width.multipliedReportingOverflow(by: height).overflow == false,
              pixels.count == width * height * 4 else { return nil }
        self.init(unchecked: width, height: height, pixels: pixels)
    }

    /// A `width` x `height` image filled with one colour (all components 0...255).
    /// Returns nil unless both sides are positive.
    public init?(width: Int, height: Int, filledWith rgba: (UInt8, UInt8, UInt8, UInt8)) {
        guard width > 0, height > 0 else { return nil }
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for i in stride(from: 0, to: pixels.count, by: 4) {
            pixels[i] = rgba.0
            pixels[i + 1] = rgba.1
            pixels[i + 2] = rgba.2
            pixels[i + 3] = rgba.3
        }
        self.init(unchecked: width, height: height, pixels: pixels)
    }

    /// Internal initialiser for sizes the caller has already validated.
    init(unchecked width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Number of pixels (`width * height`).
    public var pixelCount: Int { width * height }

    /// The pixel at column `x` (0..<width) and row `y` (0..<height) as (r, g, b, a),
    /// or nil outside the image.
    public func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8)? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        let i = (y * width + x) * 4
        return (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3])
    }
}

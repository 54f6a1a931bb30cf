// Extraction ignores fully transparent pixels: their colour channels carry no visible colour.

extension RGBAImage {
    /// True when some pixel has alpha < 255.
    public var hasTransparency: Bool {
        var index = 3
        while index < pixels.count {
            if pixels[index] != 255 { return true }
            index += 4
        }
        return false
    }

    /// Number of pixels with alpha > 0.
    public var visiblePixelCount: Int {
        var count = 0
        var index = 3
        while index < pixels.count {
            if pixels[index] != 0 { count += 1 }
            index += 4
        }
        return count
    }

    /// Calls `body(r, g, b, a)` for every pixel with alpha > 0, in row-major order.
    /// Fully transparent pixels (alpha == 0) are skipped.
    public func forEachVisiblePixel(_ body: (UInt8, UInt8, UInt8, UInt8) throws -> Void) rethrows {
        try pixels.withUnsafeBufferPointer { p in
            var index = 0
            while index < p.count {
                if p[index + 3] != 0 { try body(p[index], p[index + 1], p[index + 2], p[index + 3]) }
                index += 4
            }
        }
    }

    /// Packed RGB bytes (3 per pixel) of the pixels with alpha > 0, in row-major order.
    /// Empty when every pixel is fully transparent.
    public func visibleRGB() -> [UInt8] {
        var rgb: [UInt8] = []
        rgb.reserveCapacity(pixelCount * 3)
        forEachVisiblePixel { r, g, b, _ in
            rgb.append(r)
            rgb.append(g)
            rgb.append(b)
        }
        return rgb
    }
}

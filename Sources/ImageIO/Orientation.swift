// Pixel transforms for the eight EXIF orientations (pure, no I/O).

extension RGBAImage {
    /// The image as it should be displayed given its EXIF `orientation`: the stored pixels are
    /// mirrored and/or rotated so that `.up` is returned unchanged and `.right` (6) turns the
    /// stored image 90 degrees clockwise. Orientations 5...8 swap width and height.
    public func applying(_ orientation: ExifOrientation) -> RGBAImage {
        if orientation == .up { return self }
        let w = width, h = height
        let outW = orientation.swapsDimensions ? h : w
        let outH = orientation.swapsDimensions ? w : h
        var out = [UInt8](repeating: 0, count: pixels.count)
        pixels.withUnsafeBytes { srcRaw in
            out.withUnsafeMutableBytes { dstRaw in
                let src = srcRaw.bindMemory(to: UInt32.self)
                let dst = dstRaw.bindMemory(to: UInt32.self)
                for y in 0..<outH {
                    for x in 0..<outW {
                        // Source coordinates of display pixel (x, y).
                        let sx: Int, sy: Int
                        switch orientation {
                        case .up: (sx, sy) = (x, y)
                        case .upMirrored: (sx, sy) = (w - 1 - x, y)
                        case .down: (sx, sy) = (w - 1 - x, h - 1 - y)
                        case .downMirrored: (sx, sy) = (x, h - 1 - y)
                        case .leftMirrored: (sx, sy) = (y, x)
                        case .right: (sx, sy) = (y, h - 1 - x)
                        case .rightMirrored: (sx, sy) = (w - 1 - y, h - 1 - x)
                        case .left: (sx, sy) = (w - 1 - y, x)
                        }
                        dst[y * outW + x] = src[sy * w + sx]
                    }
                }
            }
        }
        return RGBAImage(unchecked: outW, height: outH, pixels: out)
    }

    /// The image turned 90 degrees clockwise (width and height swap).
    public func rotatedClockwise() -> RGBAImage { applying(.right) }

    /// The image turned into portrait shape: rotated 90 degrees clockwise when it is wider than
    /// tall, unchanged otherwise (the model's training images are stored 64x40 in portrait).
    public func portrait() -> RGBAImage { width > height ? rotatedClockwise() : self }
}

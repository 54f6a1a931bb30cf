import ColorScience

/// An image resampled for drawing with upper-half-block glyphs: each cell shows two pixels, the
/// upper one as the glyph's colour and the lower one as the background.
public struct HalfBlockImage: Hashable, Sendable {
    /// Width in cells (= pixels).
    public var columns: Int
    /// Height in cells (= half the pixel rows, rounded up).
    public var rows: Int
    /// Colour of the upper pixel of each cell, row by row.
    public var upper: [RGB8]
    /// Colour of the lower pixel of each cell, row by row.
    public var lower: [RGB8]
    /// The space it was made to fit.
    public var bounds: GridSize

    /// Resamples `image` by area averaging to the largest size that fits in `columns` x `rows`
    /// cells with its aspect ratio kept (terminal cells are about twice as tall as wide, so a
    /// cell holds two square pixels). Transparent pixels are blended onto `background`.
    public init(_ image: RGBAImage, fittingColumns maxColumns: Int, rows maxRows: Int, background: RGB8) {
        bounds = GridSize(columns: maxColumns, rows: maxRows)
        guard image.width > 0, image.height > 0, maxColumns > 0, maxRows > 0 else {
            self.columns = 0
            self.rows = 0
            self.upper = []
            self.lower = []
            return
        }
        let scale = min(Double(maxColumns) / Double(image.width), Double(maxRows * 2) / Double(image.height))
        let width = max(1, min(maxColumns, Int((Double(image.width) * scale).rounded())))
        let height = max(1, min(maxRows * 2, Int((Double(image.height) * scale).rounded())))
        let pixels = Self.resample(image, width: width, height: height, background: background)
        columns = width
        rows = (height + 1) / 2
        upper = []
        lower = []
        upper.reserveCapacity(columns * rows)
        lower.reserveCapacity(columns * rows)
        for row in 0..<rows {
            for column in 0..<columns {
                upper.append(pixels[(2 * row) * width + column])
                lower.append(2 * row + 1 < height ? pixels[(2 * row + 1) * width + column] : background)
            }
        }
    }

    /// Area-average resampling (nearest neighbour when enlarging) with alpha blended onto
    /// `background`.
    private static func resample(_ image: RGBAImage, width: Int, height: Int, background: RGB8) -> [RGB8] {
        var out: [RGB8] = []
        out.reserveCapacity(width * height)
        let bg = (Int(background.r), Int(background.g), Int(background.b))
        image.pixels.withUnsafeBufferPointer { px in
            for ty in 0..<height {
                let y0 = ty * image.height / height
                let y1 = max(y0 + 1, (ty + 1) * image.height / height)
                for tx in 0..<width {
                    let x0 = tx * image.width / width
                    let x1 = max(x0 + 1, (tx + 1) * image.width / width)
                    var r = 0, g = 0, b = 0, count = 0
                    for y in y0..<y1 {
                        var offset = (y * image.width + x0) * 4
                        for _ in x0..<x1 {
                            let a = Int(px[offset + 3])
                            r += (Int(px[offset]) * a + bg.0 * (255 - a))
                            g += (Int(px[offset + 1]) * a + bg.1 * (255 - a))
                            b += (Int(px[offset + 2]) * a + bg.2 * (255 - a))
                            count += 255
                            offset += 4
                        }
                    }
                    let half = count / 2
                    out.append(RGB8(r: UInt8((r + half) / count), g: UInt8((g + half) / count),
                                    b: UInt8((b + half) / count)))
                }
            }
        }
        return out
    }
}

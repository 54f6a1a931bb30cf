import ColorScience

/// The models' colour encoding, as the paper's code: CIE Lab (D65) scaled to about -1...1 by
/// `L / 50 - 1`, `a / 128`, `b / 128`. Used for both the image input and the palettes.
public enum LabNormalization {
    /// The normalised triple of a Lab colour (L 0...100 gives -1...1; a and b of sRGB colours
    /// give about -0.68...0.75).
    @inline(__always)
    public static func normalize(l: Float, a: Float, b: Float) -> (Float, Float, Float) {
        (l / 50 - 1, a / 128, b / 128)
    }

    /// The Lab colour of a normalised triple (the inverse of `normalize`).
    public static func lab(_ x: Float, _ y: Float, _ z: Float) -> Lab {
        Lab(l: Double(x + 1) * 50, a: Double(y) * 128, b: Double(z) * 128)
    }

    /// Normalises interleaved Lab triples in place.
    public static func normalizeInPlace(_ values: UnsafeMutableBufferPointer<Float>) {
        var i = 0
        while i + 2 < values.count {
            (values[i], values[i + 1], values[i + 2]) = normalize(l: values[i], a: values[i + 1], b: values[i + 2])
            i += 3
        }
    }
}

/// Palettes as the models see them: `count` colours as `3 * count` floats, each colour
/// (L, a, b) normalised by `LabNormalization`, in the palette's own order (shape [count, 3],
/// row-major).
public enum PaletteEncoding {
    /// Number of colours in a model palette.
    public static let colorCount = 5
    /// Number of floats in an encoded model palette (5 x 3).
    public static let floatCount = 15

    /// The normalised Lab floats of `palette` (any number of colours; 3 floats each).
    public static func encode(_ palette: [RGB8]) -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(palette.count * 3)
        for color in palette {
            let lab = Lab(color)
            let (x, y, z) = LabNormalization.normalize(l: Float(lab.l), a: Float(lab.a), b: Float(lab.b))
            out += [x, y, z]
        }
        return out
    }

    /// The Lab colours of encoded floats (a trailing partial triple is ignored); not gamut-mapped.
    public static func labColors<C: Collection>(_ values: C) -> [Lab] where C.Element == Float, C.Index == Int {
        stride(from: values.startIndex, to: values.startIndex + values.count / 3 * 3, by: 3).map {
            LabNormalization.lab(values[$0], values[$0 + 1], values[$0 + 2])
        }
    }

    /// The 8-bit colours of encoded floats, out-of-gamut colours brought into sRGB by reducing
    /// chroma at constant lightness and hue (`GamutMapping`).
    public static func decode<C: Collection>(_ values: C) -> [RGB8] where C.Element == Float, C.Index == Int {
        labColors(values).map { RGB8($0) }
    }
}

/// The scaling of CIE Lab that the palette models read and write, as in the paper's code:
/// `L / 50 - 1`, `a / 128`, `b / 128`, which puts colours in about [-1, 1] on every axis.
public enum LabScaling {
    /// A Lab colour (L 0...100, a and b about -128...127) scaled to about [-1, 1].
    @inlinable
    public static func scaled(_ c: Lab) -> (Float, Float, Float) {
        (Float(c.l / 50 - 1), Float(c.a / 128), Float(c.b / 128))
    }

    /// The Lab colour of scaled values (the inverse of `scaled`).
    @inlinable
    public static func lab(_ l: Float, _ a: Float, _ b: Float) -> Lab {
        Lab(l: (Double(l) + 1) * 50, a: Double(a) * 128, b: Double(b) * 128)
    }

    /// A palette as `3 * colors.count` scaled values, colour after colour.
    public static func scaled(_ colors: [RGB8]) -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(colors.count * 3)
        for c in colors {
            let (l, a, b) = scaled(Lab(c))
            out += [l, a, b]
        }
        return out
    }

    /// Scaled values (`3 * n` of them) back to `n` sRGB colours, gamut-mapped (lightness and hue
    /// kept, chroma reduced) where the Lab colour lies outside sRGB.
    public static func colors(_ values: UnsafeBufferPointer<Float>) -> [RGB8] {
        stride(from: 0, to: values.count - 2, by: 3).map { i in
            RGB8(lab(values[i], values[i + 1], values[i + 2]))
        }
    }

    /// `colors(_:)` for an array.
    public static func colors(_ values: [Float]) -> [RGB8] {
        values.withUnsafeBufferPointer { colors($0) }
    }
}

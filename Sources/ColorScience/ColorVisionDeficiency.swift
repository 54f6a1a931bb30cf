/// Dichromatic colour-vision deficiencies, simulated with the matrices of G. M. Machado,
/// M. M. Oliveira and L. A. F. Fernandes, "A physiologically-based model for simulation of color
/// vision deficiency", IEEE TVCG 15(6), 2009, at severity 1.0 (complete loss of one cone type).
///
/// The matrices act on linear-light sRGB, as the paper specifies; the values are the ones the
/// authors published with the paper (six decimals).
public enum ColorVisionDeficiency: String, CaseIterable, Sendable {
    /// No long-wavelength (L, "red") cones.
    case protanopia
    /// No medium-wavelength (M, "green") cones.
    case deuteranopia
    /// No short-wavelength (S, "blue") cones.
    case tritanopia

    /// The CIE76 difference (Lab units) under which two colours count as indistinguishable: 5.
    public static let indistinguishableDifference = 5.0

    /// The published severity-1.0 matrix, rows top to bottom, applied to linear RGB columns.
    var matrix: Matrix3 {
        switch self {
        case .protanopia:
            Matrix3(( 0.152286, 1.052583, -0.204868),
                    ( 0.114503, 0.786281,  0.099216),
                    (-0.003882, -0.048116, 1.051998))
        case .deuteranopia:
            Matrix3(( 0.367322, 0.860646, -0.227968),
                    ( 0.280085, 0.672501,  0.047413),
                    (-0.011820, 0.042940,  0.968881))
        case .tritanopia:
            Matrix3(( 1.255528, -0.076749, -0.178779),
                    (-0.078411,  0.930809,  0.147602),
                    ( 0.004733,  0.691367,  0.303900))
        }
    }

    /// The colour as seen with this deficiency, in linear RGB; it may fall slightly outside
    /// 0...1 (out of gamut).
    public func simulate(_ color: LinearRGB) -> LinearRGB {
        let (r, g, b) = matrix.apply(color.r, color.g, color.b)
        return LinearRGB(r: r, g: g, b: b)
    }

    /// The 8-bit colour as seen with this deficiency, channels clamped to the sRGB gamut.
    public func simulate(_ color: RGB8) -> RGB8 {
        RGB8(clamping: simulate(LinearRGB(color)))
    }

    /// The pairs of a palette that this deficiency makes hard to tell apart: distinct enough for
    /// normal vision (CIE76 difference at least `threshold`) but closer than `threshold` once
    /// both colours are simulated. Indices ascend (`first < second`), pairs in index order.
    /// - Parameter threshold: CIE76 difference in Lab units; `indistinguishableDifference` (5)
    ///   by default.
    public func confusedPairs(in palette: [RGB8], threshold: Double = indistinguishableDifference) -> [ConfusedPair] {
        let seen = palette.map(Lab.init), simulated = palette.map { Lab(simulate($0)) }
        var pairs: [ConfusedPair] = []
        for i in palette.indices {
            for j in palette.indices where j > i && deltaE76(seen[i], seen[j]) >= threshold {
                let difference = deltaE76(simulated[i], simulated[j])
                if difference < threshold {
                    pairs.append(ConfusedPair(first: i, second: j, simulatedDifference: difference))
                }
            }
        }
        return pairs
    }
}

/// Two colours of a palette that a colour-vision deficiency makes look alike.
public struct ConfusedPair: Hashable, Sendable {
    /// Index of the first colour in the palette.
    public var first: Int
    /// Index of the second colour, greater than `first`.
    public var second: Int
    /// CIE76 difference of the two simulated colours, in Lab units.
    public var simulatedDifference: Double

    /// Creates a pair.
    public init(first: Int, second: Int, simulatedDifference: Double) {
        self.first = first
        self.second = second
        self.simulatedDifference = simulatedDifference
    }
}

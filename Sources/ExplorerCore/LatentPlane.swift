/// A 2-D plane through the latent space plus a 1-D axis through the noise space, in units of
/// the sampling interval: the decoded latent is `interval * (origin + a*u + b*v)` and the noise
/// `interval * (noiseBase + noisePosition * noiseDirection)`.
///
/// `u` and `v` are orthonormal (for a 1-D latent space `v` is zero); `noiseDirection` is a unit
/// vector (empty when the model has no noise).
public struct LatentPlane: Hashable, Sendable {
    /// The current point, in interval units.
    public var origin: [Float]
    /// First direction of the plane (walked by left/right), unit length.
    public var axisU: [Float]
    /// Second direction of the plane (walked by up/down), unit length, orthogonal to `axisU`.
    public var axisV: [Float]
    /// The noise vector at noise position 0, in interval units.
    public var noiseBase: [Float]
    /// The noise axis walked by `[` and `]`, unit length.
    public var noiseDirection: [Float]
    /// Position along the noise axis, in interval units.
    public var noisePosition: Float

    /// Per-coordinate bound of random points, in interval units: points are drawn from a
    /// standard normal truncated to [-2, 2], so they lie within twice the interval.
    public static let pointBound = 2.0

    /// Draws a random point, random axes and a random noise axis.
    public init(latentDimension: Int, noiseDimension: Int, random: inout SeededGenerator) {
        origin = []
        axisU = []
        axisV = []
        noiseBase = []
        noiseDirection = []
        noisePosition = 0
        redrawPoint(latentDimension: latentDimension, noiseDimension: noiseDimension, random: &random)
        redrawAxes(latentDimension: latentDimension, noiseDimension: noiseDimension, random: &random)
    }

    /// Jumps to a new random point and noise vector (within the interval), keeping the axes.
    public mutating func redrawPoint(latentDimension: Int, noiseDimension: Int, random: inout SeededGenerator) {
        origin = Self.randomPoint(dimension: latentDimension, random: &random)
        noiseBase = Self.randomPoint(dimension: noiseDimension, random: &random)
        noisePosition = 0
    }

    /// Picks new random orthonormal axes for the plane and a new noise axis, keeping the point.
    public mutating func redrawAxes(latentDimension: Int, noiseDimension: Int, random: inout SeededGenerator) {
        axisU = Self.randomDirection(dimension: latentDimension, random: &random, orthogonalTo: nil)
        axisV = latentDimension >= 2
            ? Self.randomDirection(dimension: latentDimension, random: &random, orthogonalTo: axisU)
            : Array(repeating: 0, count: latentDimension)
        noiseDirection = Self.randomDirection(dimension: noiseDimension, random: &random, orthogonalTo: nil)
    }

    /// Moves the point by `a` steps along `axisU` and `b` steps along `axisV`; `step` is in
    /// interval units.
    public mutating func walk(a: Int, b: Int, step: Float) {
        for i in origin.indices {
            origin[i] += step * (Float(a) * axisU[i] + Float(b) * axisV[i])
        }
    }

    /// Writes the latent (in absolute units) of the plane point `a` steps along `axisU` and `b`
    /// along `axisV` into `output` at `offset`.
    public func writeLatent(a: Int, b: Int, step: Float, interval: Float, into output: inout [Float], at offset: Int) {
        let fa = Float(a) * step, fb = Float(b) * step
        for i in origin.indices {
            output[offset + i] = interval * (origin[i] + fa * axisU[i] + fb * axisV[i])
        }
    }

    /// The noise vector (absolute units) at the current noise position.
    public func noise(interval: Float) -> [Float] {
        noiseBase.indices.map { interval * (noiseBase[$0] + noisePosition * noiseDirection[$0]) }
    }

    /// Euclidean norm of the current latent point in absolute units.
    public func pointNorm(interval: Float) -> Float {
        interval * origin.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    private static func randomPoint(dimension: Int, random: inout SeededGenerator) -> [Float] {
        (0..<dimension).map { _ in Float(random.nextGaussian(limit: pointBound)) }
    }

    /// A uniformly random unit vector (normalised Gaussian), made orthogonal to `other` by one
    /// Gram-Schmidt step when given. Redraws in the (practically impossible) degenerate case.
    private static func randomDirection(dimension: Int, random: inout SeededGenerator,
                                        orthogonalTo other: [Float]?) -> [Float] {
        guard dimension > 0 else { return [] }
        while true {
            var vector = (0..<dimension).map { _ in random.nextGaussian() }
            if let other {
                let dot = zip(vector, other).reduce(0.0) { $0 + $1.0 * Double($1.1) }
                for i in vector.indices { vector[i] -= dot * Double(other[i]) }
            }
            let norm = vector.reduce(0.0) { $0 + $1 * $1 }.squareRoot()
            if norm > 1e-6 { return vector.map { Float($0 / norm) } }
        }
    }
}

/// The sampling interval: the spread of random points in latent units (the standard deviation
/// of the prior they are drawn from), chosen from fixed steps by `-` and `+`. Wider means more
/// colourful palettes.
public enum SamplingInterval {
    /// The selectable values, narrowest first.
    public static let steps: [Float] = [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0]
    /// Index of the default value, 1.0 (the spread the models are trained to sample at).
    public static let defaultIndex = 3
    /// Distance between neighbouring palettes of the grid, in interval units.
    public static let gridStep: Float = 0.5
    /// Distance of one `[` or `]` press along the noise axis, in interval units.
    public static let noiseStep: Float = 0.25
}

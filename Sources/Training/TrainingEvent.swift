/// Progress reports from a training run, for a progress bar or log lines.
public enum TrainingEvent: Sendable {
    /// A step finished. `losses` maps loss names to their values averaged since the last report.
    case step(epoch: Int, step: Int, stepsPerEpoch: Int, losses: [(String, Float)], examplesPerSecond: Double)
    /// An epoch finished, with validation measures (names to values).
    case epoch(epoch: Int, of: Int, validation: [(String, Double)], seconds: Double)
    /// A checkpoint was written.
    case checkpoint(path: String)
}

/// The version that `palette`, `palette-train` and `palette-bench` print with `--version`.
public enum ToolVersion {
    /// Semantic version of this source tree.
    public static let current = "0.1.0"
}

/// The classical extraction methods by name, as the command line and the explorer offer them.
public enum ExtractionMethod: String, CaseIterable, Sendable {
    /// Weighted k-means in Oklab (`KMeansExtractor`).
    case kmeans
    /// Modified median cut as colorthief 0.2.1 (`MMCQExtractor`).
    case mmcq

    /// An extractor for this method with its default settings.
    public func makeExtractor() -> any PaletteExtractor {
        switch self {
        case .kmeans: KMeansExtractor()
        case .mmcq: MMCQExtractor()
        }
    }
}

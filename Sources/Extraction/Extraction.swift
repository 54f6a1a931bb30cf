/// Namespace marker for the Extraction module; see the module README.
public enum ExtractionModule {}

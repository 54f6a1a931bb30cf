/// Namespace marker for the Training module; see the module README.
public enum TrainingModule {}

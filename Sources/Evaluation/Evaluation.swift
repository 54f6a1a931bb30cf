/// Namespace marker for the Evaluation module; see the module README.
public enum EvaluationModule {}

/// Namespace marker for the NeuralCore module; see the module README.
public enum NeuralCoreModule {}

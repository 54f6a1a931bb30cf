/// Namespace marker for the ExplorerCore module; see the module README.
public enum ExplorerCoreModule {}

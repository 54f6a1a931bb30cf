/// Namespace marker for the ExplorerTerminal module; see the module README.
public enum ExplorerTerminalModule {}

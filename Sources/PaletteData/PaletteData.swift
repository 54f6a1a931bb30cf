/// Namespace marker for the PaletteData module; see the module README.
public enum PaletteDataModule {}

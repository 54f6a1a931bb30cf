/// Namespace marker for the PaletteModel module; see the module README.
public enum PaletteModelModule {}

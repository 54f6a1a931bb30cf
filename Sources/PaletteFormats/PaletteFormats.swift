/// Namespace marker for the PaletteFormats module; see the module README.
public enum PaletteFormatsModule {}

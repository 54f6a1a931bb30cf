/// Namespace marker for the ImageIO module; see the module README.
public enum ImageIOModule {}

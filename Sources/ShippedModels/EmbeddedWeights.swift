import CEmbeddedWeights
import PaletteModel

/// The weights files built into the executable from `assets/` (see Sources/Shims/CEmbeddedWeights).
public enum EmbeddedWeights {
    /// The bytes of the built-in weights of `kind`, or nil when none were built in.
    public static func bytes(for kind: ModelConfig.Kind) -> [UInt8]? {
        let (start, count) = switch kind {
        case .vae: (palette_embedded_vae_bytes(), palette_embedded_vae_count())
        case .vaegan: (palette_embedded_vaegan_bytes(), palette_embedded_vaegan_count())
        }
        guard let start, count > 0 else { return nil }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// The file the weights of `kind` are embedded from at build time (an absolute path).
    public static func sourcePath(for kind: ModelConfig.Kind) -> String {
        String(cString: kind == .vae ? palette_embedded_vae_source_path() : palette_embedded_vaegan_source_path())
    }

    /// The file name under `assets/` that holds the weights of `kind`.
    public static func assetName(for kind: ModelConfig.Kind) -> String { "assets/palette-\(kind.rawValue).safetensors" }
}

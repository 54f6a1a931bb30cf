/// Model weights in a safetensors file that describes itself: `__metadata__` holds
/// `format_version` (this build writes and reads `WeightsFile.formatVersion`) and `config`
/// (the model configuration, a string the model layer defines, e.g. JSON), plus any extra
/// keys the caller adds (data sizes, seed, git commit...).
///
/// Loading checks the format version, that every parameter is present with the right shape,
/// and (unless allowed) that the file has no other tensors.
public enum WeightsFile {
    /// The format version written into new files.
    public static let formatVersion = "1"
    /// Metadata key of the format version.
    public static let formatVersionKey = "format_version"
    /// Metadata key of the model configuration.
    public static let configKey = "config"

    /// The bytes of a weights file holding `parameters` (trainable and running statistics,
    /// under their names), `config`, and `extraMetadata`.
    public static func serialize(_ parameters: [Parameter], config: String,
                                 extraMetadata: [String: String] = [:]) throws(SafeTensorsError) -> [UInt8] {
        var metadata = extraMetadata
        metadata[formatVersionKey] = formatVersion
        metadata[configKey] = config
        return try SafeTensorsFile.serialize(parameters.map { ($0.name, $0.value) }, metadata: metadata)
    }

    /// Writes a weights file atomically (see `serialize`).
    public static func save(_ parameters: [Parameter], config: String, extraMetadata: [String: String] = [:],
                            to path: String) throws(SafeTensorsError) {
        try SafeTensorsFile.writeAtomically(
            serialize(parameters, config: config, extraMetadata: extraMetadata), to: path)
    }

    /// Checks the format version of `file` and returns its metadata (the caller then checks
    /// `config` against the model it is about to build).
    public static func checkedMetadata(_ file: SafeTensorsFile) throws(SafeTensorsError) -> [String: String] {
        guard let version = file.metadata[formatVersionKey] else { throw .missingMetadata(key: formatVersionKey) }
        guard version == formatVersion else { throw .unknownFormatVersion(found: version, supported: formatVersion) }
        guard file.metadata[configKey] != nil else { throw .missingMetadata(key: configKey) }
        return file.metadata
    }

    /// Copies the tensors of `file` into `parameters` by name, after checking the format
    /// version, presence, shapes and that every value is finite. With `allowExtraTensors` other tensors (e.g. optimiser
    /// state in a checkpoint) are ignored; otherwise they are an error. Nothing is copied
    /// unless every check passes. Returns the metadata.
    @discardableResult
    public static func load(into parameters: [Parameter], from file: SafeTensorsFile,
                            allowExtraTensors: Bool = false) throws(SafeTensorsError) -> [String: String] {
        let metadata = try checkedMetadata(file)
        var values: [Tensor] = []
        for p in parameters {
            guard let entry = file.entry(p.name) else { throw .missingTensor(tensor: p.name) }
            guard entry.shape == p.value.shape else {
                throw .shapeMismatch(tensor: p.name, expected: p.value.shape, found: entry.shape)
            }
            let value = try file.tensor(p.name)
            if let index = value.firstNonFiniteIndex { throw .nonFiniteValue(tensor: p.name, index: index) }
            values.append(value)
        }
        if !allowExtraTensors {
            let known = Set(parameters.map(\.name))
            if let extra = file.entries.first(where: { !known.contains($0.name) }) {
                throw .unexpectedTensor(tensor: extra.name)
            }
        }
        for (p, v) in zip(parameters, values) { p.value.copy(from: v) }
        return metadata
    }

    /// Reads the file at `path` and loads it into `parameters` (see `load(into:from:)`);
    /// errors carry the path.
    @discardableResult
    public static func load(into parameters: [Parameter], path: String,
                            allowExtraTensors: Bool = false) throws(SafeTensorsError) -> [String: String] {
        let file = try SafeTensorsFile(contentsOf: path)
        do {
            return try load(into: parameters, from: file, allowExtraTensors: allowExtraTensors)
        } catch {
            throw .inFile(path: path, error: error)
        }
    }
}

/// What is wrong with a safetensors file or with its match to a model. Every malformed input
/// maps to one of these; nothing in the reader traps on bad data.
public indirect enum SafeTensorsError: Error, Equatable, CustomStringConvertible {
    /// The file is shorter than the 8-byte header length.
    case truncated(byteCount: Int)
    /// The declared header length runs past the end of the file.
    case headerLengthPastEnd(headerLength: UInt64, available: Int)
    /// The declared header length is more than the format allows.
    case headerTooLarge(headerLength: UInt64, limit: Int)
    /// The path is not a regular file (a directory, a device such as /dev/zero, a pipe...).
    case notARegularFile(kind: String)
    /// The file is larger than the reader accepts; nothing was read.
    case fileTooLarge(byteCount: Int, limit: Int)
    /// A tensor holds NaN or an infinity (at the flat `index`).
    case nonFiniteValue(tensor: String, index: Int)
    /// The header is not valid UTF-8 JSON, or not a JSON object.
    case invalidHeader(reason: String)
    /// `__metadata__` is not a map of strings to strings.
    case invalidMetadata(reason: String)
    /// A tensor's entry lacks or mistypes `dtype`, `shape` or `data_offsets`.
    case invalidEntry(tensor: String, reason: String)
    /// A dtype the format does not define.
    case unknownDType(tensor: String, dtype: String)
    /// A known dtype that cannot be converted to Float.
    case unsupportedDType(tensor: String, dtype: String)
    /// Offsets reversed or past the end of the data section.
    case offsetsOutOfRange(tensor: String, begin: Int, end: Int, dataSize: Int)
    /// Two tensors claim the same bytes.
    case overlappingOffsets(tensor: String, other: String)
    /// Bytes of the data section that no tensor claims (the format forbids holes).
    case unclaimedBytes(offset: Int, count: Int)
    /// The byte count of a tensor does not match its dtype and shape.
    case sizeMismatch(tensor: String, dtype: String, shape: [Int], byteCount: Int)
    /// Two tensors with the same name (given to the writer, or in a file's header).
    case duplicateTensor(tensor: String)
    /// A tensor the model needs is not in the file.
    case missingTensor(tensor: String)
    /// The file holds a tensor the model does not have.
    case unexpectedTensor(tensor: String)
    /// A tensor's shape differs from the model's.
    case shapeMismatch(tensor: String, expected: [Int], found: [Int])
    /// A required `__metadata__` key is absent.
    case missingMetadata(key: String)
    /// The file's format version is not one this build reads.
    case unknownFormatVersion(found: String, supported: String)
    /// The file could not be read or written.
    case io(path: String, reason: String)
    /// An error found while reading the file at `path`.
    case inFile(path: String, error: SafeTensorsError)

    /// The error without its file context.
    public var reason: SafeTensorsError {
        if case .inFile(_, let error) = self { return error.reason }
        return self
    }

    public var description: String {
        switch self {
        case .truncated(let n): "file too short for a safetensors header (\(n) bytes)"
        case .headerLengthPastEnd(let len, let available):
            "header length \(len) runs past the end of the file (\(available) bytes after the length)"
        case .headerTooLarge(let len, let limit): "header length \(len) is more than the format's limit of \(limit) bytes"
        case .notARegularFile(let kind): "not a regular file (\(kind))"
        case .fileTooLarge(let n, let limit): "file is \(n) bytes, more than the limit of \(limit) for a weights file"
        case .nonFiniteValue(let t, let i): "tensor '\(t)' holds a non-finite value (NaN or infinity) at index \(i)"
        case .invalidHeader(let reason): "invalid header: \(reason)"
        case .invalidMetadata(let reason): "invalid __metadata__: \(reason)"
        case .invalidEntry(let t, let reason): "tensor '\(t)': \(reason)"
        case .unknownDType(let t, let d): "tensor '\(t)': unknown dtype '\(d)'"
        case .unsupportedDType(let t, let d): "tensor '\(t)': dtype \(d) cannot be read as Float"
        case .offsetsOutOfRange(let t, let b, let e, let size):
            "tensor '\(t)': data offsets [\(b), \(e)] outside the \(size)-byte data section"
        case .overlappingOffsets(let t, let o): "tensors '\(t)' and '\(o)' overlap"
        case .unclaimedBytes(let offset, let count): "\(count) data bytes at offset \(offset) belong to no tensor"
        case .sizeMismatch(let t, let d, let shape, let n):
            "tensor '\(t)': \(n) bytes do not hold a \(d) tensor of shape \(shape)"
        case .duplicateTensor(let t): "tensor '\(t)' appears twice (names must be unique)"
        case .missingTensor(let t): "tensor '\(t)' is missing"
        case .unexpectedTensor(let t): "unexpected tensor '\(t)'"
        case .shapeMismatch(let t, let e, let f): "tensor '\(t)' has shape \(f), expected \(e)"
        case .missingMetadata(let key): "metadata key '\(key)' is missing"
        case .unknownFormatVersion(let found, let supported):
            "format version '\(found)' is not supported (this build reads version \(supported))"
        case .io(let path, let reason): "\(path): \(reason)"
        case .inFile(let path, let error): "\(path): \(error)"
        }
    }
}

import Foundation

/// A safetensors file (the format of Hugging Face's `safetensors` package):
///
///     8 bytes   little-endian u64 N, the header length
///     N bytes   UTF-8 JSON object: "name": {"dtype": "F32", "shape": [..],
///               "data_offsets": [begin, end]} per tensor, plus an optional
///               "__metadata__": {string: string}
///     rest      the data section; offsets are relative to its start, tensors are row-major
///               little-endian, and every byte belongs to exactly one tensor.
///
/// Reading validates all of this and reports the first problem as a `SafeTensorsError`.
public struct SafeTensorsFile: Sendable {
    /// Element types defined by the format, with their sizes in bytes.
    public enum DType: String, Sendable, CaseIterable {
        case BOOL, U8, I8, F8_E5M2, F8_E4M3, I16, U16, F16, BF16, I32, U32, F32, F64, I64, U64

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .BOOL, .U8, .I8, .F8_E5M2, .F8_E4M3: 1
            case .I16, .U16, .F16, .BF16: 2
            case .I32, .U32, .F32: 4
            case .F64, .I64, .U64: 8
            }
        }
    }

    /// One tensor's header entry.
    public struct Entry: Sendable, Equatable {
        /// The tensor's name.
        public let name: String
        /// Element type.
        public let dtype: DType
        /// Extents, outermost first (empty for a scalar).
        public let shape: [Int]
        /// Byte range within the data section.
        public let byteRange: Range<Int>
    }

    /// The `__metadata__` map (empty when absent).
    public let metadata: [String: String]
    /// The entries, ordered by data offset.
    public let entries: [Entry]
    private let data: [UInt8]   // the data section

    /// Largest header accepted, in bytes (the format's own limit).
    public static let maxHeaderBytes = 100_000_000
    /// Largest file `init(contentsOf:)` reads by default (256 MiB; the shipped models are a few MB).
    public static let defaultMaxFileBytes = 256 << 20

    /// Parses and validates a whole file held in memory.
    public init(bytes: [UInt8]) throws(SafeTensorsError) {
        guard bytes.count >= 8 else { throw .truncated(byteCount: bytes.count) }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        guard length <= UInt64(Self.maxHeaderBytes) else {
            throw .headerTooLarge(headerLength: length, limit: Self.maxHeaderBytes)
        }
        guard length <= UInt64(bytes.count - 8) else {
            throw .headerLengthPastEnd(headerLength: length, available: bytes.count - 8)
        }
        let headerEnd = 8 + Int(length)
        let header = try Self.parseHeader(Array(bytes[8..<headerEnd]))
        let dataSize = bytes.count - headerEnd
        var metadata: [String: String] = [:]
        var entries: [Entry] = []
        for (name, value) in header {
            if name == "__metadata__" {
                guard case .object(let map) = value else { throw .invalidMetadata(reason: "not an object") }
                for (k, v) in map {
                    guard case .string(let s) = v else { throw .invalidMetadata(reason: "value of '\(k)' is not a string") }
                    metadata[k] = s
                }
                continue
            }
            entries.append(try Self.parseEntry(name: name, value, dataSize: dataSize))
        }
        entries.sort { ($0.byteRange.lowerBound, $0.byteRange.upperBound, $0.name) < ($1.byteRange.lowerBound, $1.byteRange.upperBound, $1.name) }
        var covered = 0
        for (i, e) in entries.enumerated() {
            if i > 0 && e.byteRange.lowerBound < entries[i - 1].byteRange.upperBound {
                throw .overlappingOffsets(tensor: e.name, other: entries[i - 1].name)
            }
            if e.byteRange.lowerBound > covered {
                throw .unclaimedBytes(offset: covered, count: e.byteRange.lowerBound - covered)
            }
            covered = max(covered, e.byteRange.upperBound)
        }
        if covered < dataSize { throw .unclaimedBytes(offset: covered, count: dataSize - covered) }
        data = Array(bytes[headerEnd...])
        self.metadata = metadata
        self.entries = entries
    }

    /// Reads and validates the file at `path`; errors carry the path. Only a regular file of at
    /// most `maxBytes` is read (checked before reading, so a huge or endless file costs nothing).
    public init(contentsOf path: String, maxBytes: Int = SafeTensorsFile.defaultMaxFileBytes) throws(SafeTensorsError) {
        let bytes: [UInt8]
        do { bytes = try BoundedFile.read(path, maxBytes: maxBytes) } catch {
            if case .io = error { throw error }
            throw .inFile(path: path, error: error)
        }
        do { try self.init(bytes: bytes) } catch { throw .inFile(path: path, error: error) }
    }

    /// The entry named `name`, if present.
    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The tensor named `name` converted to Float (F32 exactly, F64 rounded).
    public func tensor(_ name: String) throws(SafeTensorsError) -> Tensor {
        guard let e = entry(name) else { throw .missingTensor(tensor: name) }
        let t = Tensor(shape: e.shape)
        let base = e.byteRange.lowerBound
        switch e.dtype {
        case .F32:
            for i in 0..<t.count {
                var bits: UInt32 = 0
                for b in 0..<4 { bits |= UInt32(data[base + 4 * i + b]) << (8 * UInt32(b)) }
                t[i] = Float(bitPattern: bits)
            }
        case .F64:
            for i in 0..<t.count {
                var bits: UInt64 = 0
                for b in 0..<8 { bits |= UInt64(data[base + 8 * i + b]) << (8 * UInt64(b)) }
                t[i] = Float(Double(bitPattern: bits))
            }
        default:
            throw .unsupportedDType(tensor: name, dtype: e.dtype.rawValue)
        }
        return t
    }

    /// The raw little-endian bytes of tensor `name`.
    public func rawBytes(_ name: String) throws(SafeTensorsError) -> ArraySlice<UInt8> {
        guard let e = entry(name) else { throw .missingTensor(tensor: name) }
        return data[e.byteRange]
    }

    // MARK: Writing

    /// Serialises float32 tensors in the given order with `metadata`. The header is padded with
    /// spaces to a multiple of 8 bytes so the data section stays aligned.
    public static func serialize(_ tensors: [(name: String, tensor: Tensor)],
                                 metadata: [String: String] = [:]) throws(SafeTensorsError) -> [UInt8] {
        var seen = Set<String>()
        var json = "{"
        if !metadata.isEmpty {
            json += "\"__metadata__\":{"
            json += metadata.sorted { $0.key < $1.key }
                .map { "\(jsonString($0.key)):\(jsonString($0.value))" }.joined(separator: ",")
            json += "}"
        }
        var offset = 0
        for (name, tensor) in tensors {
            guard name != "__metadata__", seen.insert(name).inserted else { throw .duplicateTensor(tensor: name) }
            if json.count > 1 { json += "," }
            let size = tensor.count * 4
            json += "\(jsonString(name)):{\"dtype\":\"F32\",\"shape\":[\(tensor.shape.map(String.init).joined(separator: ","))],"
            json += "\"data_offsets\":[\(offset),\(offset + size)]}"
            offset += size
        }
        json += "}"
        var header = Array(json.utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        var out = [UInt8]()
        out.reserveCapacity(8 + header.count + offset)
        let n = UInt64(header.count)
        for i in 0..<8 { out.append(UInt8((n >> (8 * UInt64(i))) & 0xFF)) }
        out += header
        for (_, tensor) in tensors {
            for i in 0..<tensor.count {
                let bits = tensor[i].bitPattern
                for b in 0..<4 { out.append(UInt8((bits >> (8 * UInt32(b))) & 0xFF)) }
            }
        }
        return out
    }

    /// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename, so a
    /// crash never leaves a partial file under `path`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(SafeTensorsError) {
        let url = URL(fileURLWithPath: path)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .io(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    // MARK: Parsing helpers

    /// The header's members in order; duplicate names are refused (the format forbids them).
    private static func parseHeader(_ bytes: [UInt8]) throws(SafeTensorsError) -> [(key: String, value: HeaderJSON)] {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .invalidHeader(reason: "not UTF-8") }
        let value: HeaderJSON
        do {
            value = try HeaderJSON.parse(bytes)
        } catch {
            switch error {
            case .malformed: throw .invalidHeader(reason: "malformed JSON")
            case .duplicateKey(let key, let depth) where depth == 0:
                if key == "__metadata__" { throw .invalidMetadata(reason: "given twice") }
                throw .duplicateTensor(tensor: key)
            case .duplicateKey(let key, _): throw .invalidHeader(reason: "key '\(key)' given twice in one object")
            }
        }
        guard case .object(let members) = value else { throw .invalidHeader(reason: "not a JSON object") }
        return members
    }

    private static func parseEntry(name: String, _ value: HeaderJSON, dataSize: Int) throws(SafeTensorsError) -> Entry {
        guard case .object(let members) = value else { throw .invalidEntry(tensor: name, reason: "not an object") }
        let map = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard case .string(let dtypeName)? = map["dtype"] else { throw .invalidEntry(tensor: name, reason: "no dtype string") }
        guard case .array(let shapeValues)? = map["shape"], let shape = integers(shapeValues),
              shape.allSatisfy({ $0 >= 0 }) else {
            throw .invalidEntry(tensor: name, reason: "shape is not a list of non-negative integers")
        }
        guard case .array(let offsetValues)? = map["data_offsets"], let offsets = integers(offsetValues),
              offsets.count == 2 else {
            throw .invalidEntry(tensor: name, reason: "data_offsets is not a pair of integers")
        }
        for (key, _) in members where !["dtype", "shape", "data_offsets"].contains(key) {
            throw .invalidEntry(tensor: name, reason: "unknown field '\(key)'")
        }
        guard let dtype = DType(rawValue: dtypeName) else { throw .unknownDType(tensor: name, dtype: dtypeName) }
        let (begin, end) = (offsets[0], offsets[1])
        guard begin >= 0, begin <= end, end <= dataSize else {
            throw .offsetsOutOfRange(tensor: name, begin: begin, end: end, dataSize: dataSize)
        }
        var elements = 1
        for extent in shape {
            let (product, overflow) = elements.multipliedReportingOverflow(by: extent)
            guard !overflow else { throw .sizeMismatch(tensor: name, dtype: dtypeName, shape: shape, byteCount: end - begin) }
            elements = product
        }
        let (bytes, overflow) = elements.multipliedReportingOverflow(by: dtype.size)
        guard !overflow, bytes == end - begin else {
            throw .sizeMismatch(tensor: name, dtype: dtypeName, shape: shape, byteCount: end - begin)
        }
        return Entry(name: name, dtype: dtype, shape: shape, byteRange: begin..<end)
    }

    /// Integers from JSON numbers; nil if any is not an integral number.
    private static func integers(_ values: [HeaderJSON]) -> [Int]? {
        var out: [Int] = []
        for v in values {
            guard let n = v.integer else { return nil }
            out.append(n)
        }
        return out
    }

    /// A JSON string literal for `s`.
    private static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

import Foundation
import Testing
@testable import NeuralCore

/// safetensors: interoperability with the Python `safetensors` package both ways, and a typed
/// error for every malformed input.
@Suite struct SafeTensorsTests {
    /// A file made of a raw header string (padded to 8 bytes) and a data section.
    static func craft(_ header: String, data: [UInt8] = []) -> [UInt8] {
        var h = Array(header.utf8)
        while h.count % 8 != 0 { h.append(0x20) }
        var out = (0..<8).map { UInt8((UInt64(h.count) >> (8 * UInt64($0))) & 0xFF) }
        out += h
        return out + data
    }

    static func expectError(_ expected: SafeTensorsError, _ bytes: [UInt8],
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: expected, sourceLocation: sourceLocation) { try SafeTensorsFile(bytes: bytes) }
    }

    @Test func readsFileWrittenByPython() throws {
        let file = try SafeTensorsFile(contentsOf: fixtureURL("python_written.safetensors").path)
        #expect(file.metadata == ["format_version": "1", "config": "{\"latent\":32}"])
        #expect(Set(file.entries.map(\.name)) == ["encoder.conv1.kernel", "encoder.conv1.bias", "scalar", "steps"])
        let kernel = try file.tensor("encoder.conv1.kernel")
        #expect(kernel.shape == [3, 3, 1, 2])
        #expect(kernel.values == (0..<18).map { Float($0) / 7 })
        #expect(try file.tensor("encoder.conv1.bias").values == [-1.5, 2.25])
        let scalar = try file.tensor("scalar")
        #expect(scalar.shape == [] && scalar.values == [3.5])
        #expect(file.entry("steps")?.dtype == .I64)
        let steps = Array(try file.rawBytes("steps"))
        #expect(steps == [1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0])
        #expect(throws: SafeTensorsError.unsupportedDType(tensor: "steps", dtype: "I64")) { try file.tensor("steps") }
    }

    /// The tensors of `Fixtures/swift_written.safetensors` (checked by `check_swift_written.py`).
    static func swiftWrittenBytes() throws -> [UInt8] {
        let weights = Tensor(shape: [2, 3], values: [0.5, -1, 2, 3.25, -0.125, 1e-3])
        let bias = Tensor(shape: [3], values: [1, 2, 3])
        let scalar = Tensor(shape: [], values: [-7.5])
        return try SafeTensorsFile.serialize(
            [("dense.kernel", weights), ("dense.bias", bias), ("scale", scalar)],
            metadata: ["format_version": "1", "config": "{\"latent\": 32, \"name\": \"caf\u{e9} \\\"q\\\"\"}"])
    }

    @Test func writerOutputMatchesCommittedFixture() throws {
        let bytes = try Self.swiftWrittenBytes()
        if ProcessInfo.processInfo.environment["NEURALCORE_WRITE_FIXTURES"] == "1" {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/swift_written.safetensors")
            try Data(bytes).write(to: url)
        }
        let committed = [UInt8](try Data(contentsOf: fixtureURL("swift_written.safetensors")))
        #expect(bytes == committed)
        let headerLength = Int(bytes[0]) | Int(bytes[1]) << 8
        #expect(headerLength % 8 == 0, "header padded so the data section is 8-byte aligned")
    }

    @Test func roundTrip() throws {
        let a = randomTensor([4, 3, 2], seed: 40), b = randomTensor([7], seed: 41)
        let file = try SafeTensorsFile(bytes: SafeTensorsFile.serialize([("a", a), ("b", b)], metadata: ["k": "v"]))
        #expect(file.metadata == ["k": "v"])
        #expect(try file.tensor("a").values == a.values)
        #expect(try file.tensor("a").shape == [4, 3, 2])
        #expect(try file.tensor("b").values == b.values)
    }

    @Test func weightsFileRoundTripThroughDisk() throws {
        var rng = Xoshiro256(seed: 42)
        let net = Sequential([Dense(name: "d", inputs: 3, outputs: 2, rng: &rng), BatchNorm(name: "bn", channels: 2)])
        rng.fillNormal(net.parameters[3].value)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nc-\(UUID().uuidString).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try WeightsFile.save(net.parameters, config: "{\"units\":2}", extraMetadata: ["seed": "42"], to: path)
        var rng2 = Xoshiro256(seed: 43)
        let copy = Sequential([Dense(name: "d", inputs: 3, outputs: 2, rng: &rng2), BatchNorm(name: "bn", channels: 2)])
        let metadata = try WeightsFile.load(into: copy.parameters, path: path)
        #expect(metadata == ["format_version": "1", "config": "{\"units\":2}", "seed": "42"])
        for (p, q) in zip(net.parameters, copy.parameters) { #expect(p.value.values == q.value.values) }
    }

    // MARK: Malformed files

    @Test func truncated() { Self.expectError(.truncated(byteCount: 5), [1, 2, 3, 4, 5]) }

    @Test func headerLengthPastEnd() {
        var bytes = Self.craft("{}")
        bytes[0] = 0xE8; bytes[1] = 0x03   // 1000
        Self.expectError(.headerLengthPastEnd(headerLength: 1000, available: 8), bytes)
        Self.expectError(.headerTooLarge(headerLength: UInt64.max, limit: SafeTensorsFile.maxHeaderBytes), [UInt8](repeating: 0xFF, count: 8))
    }

    @Test func badJSON() {
        Self.expectError(.invalidHeader(reason: "malformed JSON"), Self.craft("{\"a\": [1, 2"))
        Self.expectError(.invalidHeader(reason: "not a JSON object"), Self.craft("[1, 2]"))
        Self.expectError(.invalidHeader(reason: "not UTF-8"), Self.craft("{\"\u{1}\"}").enumerated().map { $0.offset == 10 ? 0xFF : $0.element })
        Self.expectError(.invalidMetadata(reason: "value of 'a' is not a string"), Self.craft("{\"__metadata__\":{\"a\":1}}"))
        Self.expectError(.invalidEntry(tensor: "x", reason: "no dtype string"),
                         Self.craft("{\"x\":{\"shape\":[1],\"data_offsets\":[0,4]}}", data: [0, 0, 0, 0]))
        Self.expectError(.invalidEntry(tensor: "x", reason: "shape is not a list of non-negative integers"),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", data: [0, 0, 0, 0]))
        Self.expectError(.invalidEntry(tensor: "x", reason: "data_offsets is not a pair of integers"),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0.5,4]}}", data: [0, 0, 0, 0]))
    }

    @Test func unknownDType() {
        Self.expectError(.unknownDType(tensor: "x", dtype: "F7"),
                         Self.craft("{\"x\":{\"dtype\":\"F7\",\"shape\":[1],\"data_offsets\":[0,4]}}", data: [0, 0, 0, 0]))
    }

    @Test func offsetsOutOfRange() {
        Self.expectError(.offsetsOutOfRange(tensor: "x", begin: 0, end: 400, dataSize: 4),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[100],\"data_offsets\":[0,400]}}", data: [0, 0, 0, 0]))
        Self.expectError(.offsetsOutOfRange(tensor: "x", begin: 4, end: 0, dataSize: 4),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,0]}}", data: [0, 0, 0, 0]))
    }

    @Test func overlappingOffsets() {
        let header = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}"
        Self.expectError(.overlappingOffsets(tensor: "b", other: "a"), Self.craft(header, data: Array(repeating: 0, count: 12)))
    }

    @Test func unclaimedBytes() {
        Self.expectError(.unclaimedBytes(offset: 4, count: 4),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", data: Array(repeating: 0, count: 8)))
        Self.expectError(.unclaimedBytes(offset: 0, count: 4),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", data: Array(repeating: 0, count: 8)))
    }

    @Test func dtypeOrShapeNotMatchingData() {
        Self.expectError(.sizeMismatch(tensor: "x", dtype: "F32", shape: [3], byteCount: 8),
                         Self.craft("{\"x\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", data: Array(repeating: 0, count: 8)))
        Self.expectError(.sizeMismatch(tensor: "x", dtype: "F64", shape: [2], byteCount: 8),
                         Self.craft("{\"x\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,8]}}", data: Array(repeating: 0, count: 8)))
    }

    /// A weights file holding one `[2]` tensor named `name`, with the given metadata.
    static func weights(_ name: String = "w", metadata: [String: String]) throws -> SafeTensorsFile {
        try SafeTensorsFile(bytes: SafeTensorsFile.serialize([(name, Tensor(shape: [2], values: [1, 2]))], metadata: metadata))
    }

    static let goodMetadata = ["format_version": "1", "config": "{}"]

    @Test func missingTensor() throws {
        let p = Parameter(name: "other", value: Tensor(shape: [2]))
        #expect(throws: SafeTensorsError.missingTensor(tensor: "other")) {
            try WeightsFile.load(into: [p], from: Self.weights(metadata: Self.goodMetadata))
        }
    }

    @Test func unexpectedTensor() throws {
        let file = try SafeTensorsFile(bytes: SafeTensorsFile.serialize(
            [("w", Tensor(shape: [2])), ("extra", Tensor(shape: [1]))], metadata: Self.goodMetadata))
        let p = Parameter(name: "w", value: Tensor(shape: [2]))
        #expect(throws: SafeTensorsError.unexpectedTensor(tensor: "extra")) { try WeightsFile.load(into: [p], from: file) }
        try WeightsFile.load(into: [p], from: file, allowExtraTensors: true)
    }

    @Test func shapeMismatch() throws {
        let p = Parameter(name: "w", value: Tensor(shape: [1, 2], values: [9, 9]))
        #expect(throws: SafeTensorsError.shapeMismatch(tensor: "w", expected: [1, 2], found: [2])) {
            try WeightsFile.load(into: [p], from: Self.weights(metadata: Self.goodMetadata))
        }
        #expect(p.value.values == [9, 9])
    }

    @Test func formatVersion() throws {
        let p = Parameter(name: "w", value: Tensor(shape: [2]))
        #expect(throws: SafeTensorsError.unknownFormatVersion(found: "99", supported: "1")) {
            try WeightsFile.load(into: [p], from: Self.weights(metadata: ["format_version": "99", "config": "{}"]))
        }
        #expect(throws: SafeTensorsError.missingMetadata(key: "format_version")) {
            try WeightsFile.load(into: [p], from: Self.weights(metadata: ["config": "{}"]))
        }
        #expect(throws: SafeTensorsError.missingMetadata(key: "config")) {
            try WeightsFile.load(into: [p], from: Self.weights(metadata: ["format_version": "1"]))
        }
        try WeightsFile.load(into: [p], from: Self.weights(metadata: Self.goodMetadata))
        #expect(p.value.values == [1, 2])
    }

    @Test func fileErrorsCarryThePath() throws {
        let missing = "/nonexistent/\(UUID().uuidString).safetensors"
        do {
            _ = try SafeTensorsFile(contentsOf: missing)
            Issue.record("no error for a missing file")
        } catch {
            guard case .io(let path, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == missing)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nc-\(UUID().uuidString).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
        #expect(throws: SafeTensorsError.inFile(path: path, error: .truncated(byteCount: 3))) {
            try SafeTensorsFile(contentsOf: path)
        }
    }

    @Test func writerRejectsDuplicateNames() {
        #expect(throws: SafeTensorsError.duplicateTensor(tensor: "a")) {
            try SafeTensorsFile.serialize([("a", Tensor(shape: [1])), ("a", Tensor(shape: [1]))])
        }
    }

    @Test func readerRejectsDuplicateNamesAndKeys() {
        let entry = "{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}"
        Self.expectError(.duplicateTensor(tensor: "a"), Self.craft("{\"a\":\(entry),\"a\":\(entry)}", data: [0, 0, 0, 0]))
        // The same name spelt with an escape is the same name.
        Self.expectError(.duplicateTensor(tensor: "a"), Self.craft("{\"a\":\(entry),\"\\u0061\":\(entry)}", data: [0, 0, 0, 0]))
        Self.expectError(.invalidMetadata(reason: "given twice"), Self.craft("{\"__metadata__\":{},\"__metadata__\":{}}"))
        Self.expectError(.invalidHeader(reason: "key 'dtype' given twice in one object"),
                         Self.craft("{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", data: [0, 0, 0, 0]))
        Self.expectError(.invalidHeader(reason: "malformed JSON"), Self.craft(String(repeating: "[", count: 5000)))
    }

    @Test func readerRejectsHugeHeadersAndFilesBeforeReading() throws {
        var bytes = Self.craft("{}")
        bytes[0] = 0; bytes[1] = 0; bytes[2] = 0; bytes[3] = 0x10  // 256 MiB header
        Self.expectError(.headerTooLarge(headerLength: 1 << 28, limit: SafeTensorsFile.maxHeaderBytes), bytes)
        #expect(throws: SafeTensorsError.inFile(path: "/dev/zero", error: .notARegularFile(kind: "a character device"))) {
            try SafeTensorsFile(contentsOf: "/dev/zero")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nc-\(UUID().uuidString).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.craft("{}")).write(to: URL(fileURLWithPath: path))
        #expect(throws: SafeTensorsError.inFile(path: path, error: .fileTooLarge(byteCount: 16, limit: 15))) {
            try SafeTensorsFile(contentsOf: path, maxBytes: 15)
        }
        #expect(try SafeTensorsFile(contentsOf: path, maxBytes: 16).entries.isEmpty)
    }

    @Test func loadingRejectsNonFiniteWeights() throws {
        let p = Parameter(name: "w", value: Tensor(shape: [3], values: [1, .nan, 2]))
        let bytes = try WeightsFile.serialize([p], config: "{}")
        let q = Parameter(name: "w", value: Tensor(shape: [3]))
        #expect(throws: SafeTensorsError.nonFiniteValue(tensor: "w", index: 1)) {
            try WeightsFile.load(into: [q], from: SafeTensorsFile(bytes: bytes))
        }
        #expect(q.value.values == [0, 0, 0])
    }
}

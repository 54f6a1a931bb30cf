import Foundation
import NeuralCore
import PaletteModel
import Testing

/// Weights files made to hurt: every one is refused with a message naming the file and the
/// reason, and exit status 1, never a crash, a kill for memory or a silent bad model.
@Suite struct HostileWeightsTests {
    /// A safetensors file from explicit header entries (written as given, duplicates included).
    private static func craft(metadata: [String: String], entries: [(name: String, shape: [Int], range: Range<Int>)],
                              data: [UInt8]) -> [UInt8] {
        func quoted(_ text: String) -> String {
            let data = try? JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
            return data.flatMap { String(data: $0, encoding: .utf8) }.map { String($0.dropFirst().dropLast()) } ?? "\"\""
        }
        var members = ["\"__metadata__\":{" + metadata.sorted { $0.key < $1.key }
            .map { "\(quoted($0.key)):\(quoted($0.value))" }.joined(separator: ",") + "}"]
        for entry in entries {
            members.append("\(quoted(entry.name)):{\"dtype\":\"F32\",\"shape\":\(entry.shape),"
                           + "\"data_offsets\":[\(entry.range.lowerBound),\(entry.range.upperBound)]}")
        }
        var header = Array("{\(members.joined(separator: ","))}".utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        let length = UInt64(header.count)
        return (0..<8).map { UInt8((length >> (8 * UInt64($0))) & 0xFF) } + header + data
    }

    /// A valid VAE weights file's bytes, its metadata and entries.
    private static func validVAE() throws -> (bytes: [UInt8], file: SafeTensorsFile) {
        let networks = try PaletteNetworks(config: .standard(.vae), seed: 3)
        let bytes = try WeightsFile.serialize(networks.inferenceParameters, config: ModelConfig.standard(.vae).json(),
                                              extraMetadata: [PaletteModel.kindKey: "vae"])
        return (bytes, try SafeTensorsFile(bytes: bytes))
    }

    private static func expectRefused(_ path: String, because words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for arguments in [["--weights", path], ["sample", "--weights", path]] {
            let run = try PaletteProcess.run(arguments)
            #expect(run.status == 1, "\(arguments): status \(run.status), \(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.hasPrefix("palette: error: "), "\(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.contains(path), "\(run.stderr)", sourceLocation: sourceLocation)
            for word in words {
                #expect(run.stderr.contains(word), "expected '\(word)' in: \(run.stderr)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [
        ("decoderUnits", "[1000000000]"), ("convFilters", "[16, 32, 200000000]"), ("imageHeight", "1000000"),
        ("latent", "4000000000000"), ("encoderDense", "90000000"), ("setUnits", "1000000"),
        ("imageWidth", "9223372036854775807"),
    ])
    func hugeLayersInTheConfigurationAreRefusedBeforeAllocating(field: String, value: String) throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let (_, valid) = try Self.validVAE()
        var config = try #require(valid.metadata[WeightsFile.configKey])
        let pattern = "\"\(field)\":"
        let start = try #require(config.range(of: pattern))
        let valueEnd = config[start.upperBound...].firstIndex { $0 == "," || $0 == "}" } ?? config.endIndex
        var end = valueEnd
        if config[start.upperBound] == "[" { end = config.index(after: try #require(config[start.upperBound...].firstIndex(of: "]"))) }
        config.replaceSubrange(start.upperBound..<end, with: value)
        var metadata = valid.metadata
        metadata[WeightsFile.configKey] = config
        let data = try valid.entries.flatMap { Array(try valid.rawBytes($0.name)) }
        let bytes = Self.craft(metadata: metadata, entries: valid.entries.map { ($0.name, $0.shape, $0.byteRange) }, data: data)
        let path = try scratch.write("huge-\(field).safetensors", bytes)
        try Self.expectRefused(path, because: ["invalid model configuration"])
    }

    @Test func aHugeSparseFileIsRefusedWithoutReadingIt() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let size = 3 << 30
        let header = Self.craft(metadata: ["format_version": "1"], entries: [("w", [(size - 256) / 4], 0..<((size - 256) / 4 * 4))], data: [])
        let path = scratch.directory.appendingPathComponent("sparse.safetensors").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(header)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        let started = Date()
        try Self.expectRefused(path, because: ["more than the limit"])
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test(arguments: [Float.nan, .infinity, -.infinity])
    func nonFiniteWeightsAreRefused(value: Float) throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let networks = try PaletteNetworks(config: .standard(.vae), seed: 3)
        let parameter = try #require(networks.inferenceParameters.last)
        parameter.value[parameter.value.count - 1] = value
        let path = scratch.directory.appendingPathComponent("nonfinite.safetensors").path
        try PaletteModel(networks: networks).save(to: path)
        try Self.expectRefused(path, because: ["non-finite", parameter.name])
    }

    @Test func duplicateTensorNamesAreRefused() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let (bytes, valid) = try Self.validVAE()
        let first = try #require(valid.entries.first)
        // The same entry twice: a lenient JSON reader keeps one and would load the model.
        let entries = [(first.name, first.shape, first.byteRange)] + valid.entries.map { ($0.name, $0.shape, $0.byteRange) }
        let data = try valid.entries.flatMap { Array(try valid.rawBytes($0.name)) }
        #expect(bytes.count > data.count)
        let path = try scratch.write("duplicate.safetensors", Self.craft(metadata: valid.metadata, entries: entries, data: data))
        try Self.expectRefused(path, because: ["'\(first.name)' appears twice"])
    }

    @Test func aDeviceIsNotAWeightsFile() throws {
        try Self.expectRefused("/dev/zero", because: ["not a regular file"])
    }
}

import CEmbeddedWeights
import Foundation
import Testing

/// The weights built into `palette` are exactly the files in assets/ (a stale build fails here).
@Suite struct EmbeddedWeightsTests {
    private static let assets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("assets")

    private static func embedded(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8]? {
        guard let bytes, count > 0 else { return nil }
        return Array(UnsafeBufferPointer(start: bytes, count: count))
    }

    @Test(arguments: ["vae", "vaegan"])
    func embeddedBytesEqualTheAssetFile(kind: String) throws {
        let file = Self.assets.appendingPathComponent("palette-\(kind).safetensors")
        let (bytes, count, source) = kind == "vae"
            ? (palette_embedded_vae_bytes(), palette_embedded_vae_count(), palette_embedded_vae_source_path())
            : (palette_embedded_vaegan_bytes(), palette_embedded_vaegan_count(), palette_embedded_vaegan_source_path())
        #expect(String(cString: try #require(source)) == file.path)
        let embedded = Self.embedded(bytes, count)
        if FileManager.default.fileExists(atPath: file.path) {
            let expected = [UInt8](try Data(contentsOf: file))
            #expect(embedded == expected, "stale build: touch Sources/Shims/CEmbeddedWeights/embedded_weights.c or run make")
        } else {
            #expect(embedded == nil, "weights embedded although \(file.path) does not exist: rebuild")
        }
    }
}

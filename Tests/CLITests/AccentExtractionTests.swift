import ColorScience
import Foundation
import ImageIO
import Testing

/// `palette extract --method vae|vaegan` on the built-in weights, on generated images with a
/// known answer.
@Suite(.serialized) struct AccentExtractionTests {
    /// Grey ramps with a red dot of 8 x 8 pixels (0.17% of the image) off centre.
    private static func redDotOnGrey() -> RGBAImage {
        let width = 240, height = 160
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let v = 40 + x * 180 / width, tint = y / (height / 3) - 1
                var rgb = [v - 4 * tint, v, v + 6 * tint]
                if (150..<158).contains(x) && (60..<68).contains(y) { rgb = [215, 25, 30] }
                for c in 0..<3 { pixels[(y * width + x) * 4 + c] = UInt8(clamping: rgb[c]) }
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)!
    }

    private static func palettes(_ stdout: String) -> [[RGB8]] {
        stdout.split(separator: "\n").map { $0.split(separator: " ").compactMap { try? RGB8(hex: String($0)) } }
    }

    @Test func theRedDotIsKeptByTheModelsAndMissedByKMeans() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let path = try scratch.png("dot.png", Self.redDotOnGrey())
        let red = Lab(RGB8(r: 215, g: 25, b: 30))
        func holdsRed(_ p: [RGB8]) -> Bool { p.contains { deltaE76(Lab($0), red) < 15 } }

        let kmeans = try PaletteProcess.run(["extract", "--format", "hex", path])
        #expect(kmeans.status == 0)
        #expect(!holdsRed(Self.palettes(kmeans.stdout)[0]))
        let vae = try PaletteProcess.run(["extract", "--method", "vae", "--format", "hex", path])
        #expect(vae.status == 0, "\(vae.stderr)")
        #expect(Self.palettes(vae.stdout).count == 1 && holdsRed(Self.palettes(vae.stdout)[0]), "\(vae.stdout)")
        let vaegan = try PaletteProcess.run(["extract", "--method", "vaegan", "--variants", "4", "--format", "hex", path])
        #expect(vaegan.status == 0, "\(vaegan.stderr)")
        let draws = Self.palettes(vaegan.stdout)
        #expect(draws.count == 4 && draws.allSatisfy { $0.count == 5 })
        #expect(draws.contains(where: holdsRed), "\(vaegan.stdout)")
        #expect(Set(draws.map { Set($0) }).count == 4, "draws must differ: \(vaegan.stdout)")
    }

    @Test func aFlatImageGivesItsColourAndNothingElse() throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let path = try scratch.png("flat.png", try #require(RGBAImage(width: 64, height: 48, filledWith: (90, 120, 150, 255))))
        for method in ["vae", "vaegan"] {
            let run = try PaletteProcess.run(["extract", "--method", method, "--format", "hex", path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "#5a7896", "\(method): \(run.stdout)")
        }
    }
}

import ColorScience
import Foundation
import NeuralCore
import Testing
@testable import PaletteModel

@Suite struct PaletteJudgeTests {
    private let palette = [RGB8(r: 230, g: 40, b: 50), RGB8(r: 20, g: 30, b: 40), RGB8(r: 250, g: 240, b: 200),
                           RGB8(r: 60, g: 140, b: 90), RGB8(r: 40, g: 90, b: 200)]

    @Test func permutationsAreAllOrdersOnce() {
        let all = PaletteJudge.permutations(of: 5)
        #expect(all.count == 120)
        #expect(Set(all).count == 120)
        #expect(all.allSatisfy { $0.sorted() == [0, 1, 2, 3, 4] })
    }

    @Test func orderIsADeterministicPermutationThatFollowsTheOrderNetwork() {
        let judge = PaletteJudge(config: .init(setUnits: 8, orderUnits: 4), seed: 3)
        let order = judge.order(of: palette, temperature: 0.1, seed: 9)
        #expect(order.sorted() == [0, 1, 2, 3, 4])
        #expect(judge.order(of: palette, temperature: 0.1, seed: 9) == order)
        // A temperature near zero always gives the order the network scores highest.
        let scores = judge.orderScores(PaletteJudge.permutations(of: 5).map { $0.map { palette[$0] } })
        let best = PaletteJudge.permutations(of: 5)[scores.indices.max { scores[$0] < scores[$1] }!]
        for seed in 0..<5 as Range<UInt64> { #expect(judge.order(of: palette, temperature: 1e-5, seed: seed) == best) }
    }

    @Test func humannessIgnoresOrderAndRejectsWrongSizes() {
        let judge = PaletteJudge(config: .init(setUnits: 8, orderUnits: 4), seed: 3)
        let scores = judge.humanness([palette, palette.reversed()])
        #expect(abs(scores[0] - scores[1]) < 1e-5)
        #expect(judge.humanness([Array(palette.prefix(3))]) == [-.infinity])
    }

    /// A tiny model with a judge, saved to a new temporary file.
    private static func savedModelWithJudge() throws -> (PaletteModel, String) {
        let model = PaletteModel(networks: try PaletteNetworks(config: NetworkTests.tiny, seed: 2),
                                 judge: PaletteJudge(config: .init(setUnits: 8, orderUnits: 4), seed: 4))
        let path = NSTemporaryDirectory() + "judge-\(UUID().uuidString).safetensors"
        try model.save(to: path)
        return (model, path)
    }

    @Test func aSavedJudgeLoadsBackWithTheModel() throws {
        let (model, path) = try Self.savedModelWithJudge()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try PaletteModel.load(path: path)
        let judge = try #require(loaded.judge)
        #expect(judge.config == PaletteJudge.Config(setUnits: 8, orderUnits: 4))
        #expect(judge.humanness([palette]) == model.judge!.humanness([palette]))
        #expect(judge.orderScores([palette]) == model.judge!.orderScores([palette]))

        let plain = PaletteModel(networks: try PaletteNetworks(config: NetworkTests.tiny, seed: 2))
        try plain.save(to: path)
        #expect(try PaletteModel.load(path: path).judge == nil)
    }

    @Test func anOutOfRangeJudgeConfigIsATypedError() throws {
        let (_, path) = try Self.savedModelWithJudge()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try SafeTensorsFile(contentsOf: path)
        var metadata = file.metadata
        metadata[PaletteJudge.configKey] = #"{"paletteSize":5,"setUnits":100000000,"orderUnits":4}"#
        let tensors = try file.entries.map { ($0.name, try file.tensor($0.name)) }
        try SafeTensorsFile.writeAtomically(try SafeTensorsFile.serialize(tensors, metadata: metadata), to: path)
        #expect(throws: ModelError.self) { try PaletteModel.load(path: path) }
    }

    @Test func evidenceIgnoresColourOrderAndChecksSizes() throws {
        let model = PaletteModel(networks: try PaletteNetworks(config: NetworkTests.tiny, seed: 2))
        let evidence = try model.evidence(for: [palette, palette.reversed()])
        #expect(evidence.count == 2)
        // Order-invariant: the same colours in another order give the same evidence.
        #expect(abs(evidence[0].reconstruction - evidence[1].reconstruction) < 1e-5)
        #expect(abs(evidence[0].divergence - evidence[1].divergence) < 1e-4)
        #expect(evidence[0].order.sorted() == [0, 1, 2, 3, 4])
        #expect(evidence[0].divergence >= 0 && evidence[0].reconstruction >= 0)
        #expect(throws: ModelError.self) { try model.evidence(for: [Array(palette.prefix(4))]) }
    }
}

import ArgumentParser
import Foundation
import ImageIO

/// `palette-bench example-image`: writes the README's example image (`ExampleScene`).
struct ExampleImageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example-image",
        abstract: "Write the example image the README's commands use (a seaside drawn from shapes).",
        discussion: "assets/seaside.png in the repository was written by: palette-bench example-image --out assets/seaside.png")

    @Option(help: "PNG file to write.")
    var out: String

    func run() throws {
        guard let image = ExampleScene.draw() else {
            throw ImageError(.encodingFailed, path: out, reason: "the scene could not be drawn")
        }
        try Data(ImageWriter.png(image, channels: .rgb)).write(to: URL(fileURLWithPath: out))
    }
}

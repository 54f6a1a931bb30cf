import ArgumentParser

/// The `palette-train` command: trains the palette models and writes a weights file.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette-train",
        abstract: "Train the palette VAE or VAE-GAN and write a safetensors weights file.")
}

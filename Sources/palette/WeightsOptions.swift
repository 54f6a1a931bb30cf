import ArgumentParser
import PaletteModel
import ShippedModels

extension ModelConfig.Kind: ExpressibleByArgument {}

/// `--weights FILE` (repeatable): weights files that replace the built-in models of their kind.
struct WeightsOptions: ParsableArguments {
    @Option(name: .customLong("weights"),
            help: ArgumentHelp(
                "A weights file written by palette-train, used instead of the built-in model of its kind (the kind, vae or vaegan, is read from the file). Give it twice to replace both.",
                valueName: "file"))
    var files: [String] = []

    func validate() throws {
        if files.count > 2 { throw ValidationError("--weights may be given at most twice (one VAE and one VAE-GAN file).") }
    }

    /// The models to use: the files given, then the built-in weights for the other kinds.
    func catalog() throws(WeightsError) -> ModelCatalog {
        try ModelCatalog(files: files)
    }
}


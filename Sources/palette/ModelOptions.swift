import ArgumentParser
import PaletteModel
import ShippedModels

/// `--model vae|vaegan`, shared by the commands that decode palettes.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Model: vae or vaegan. Default: the kind of the only --weights file, else vae.", valueName: "model"))
    var model: ModelConfig.Kind?

    @OptionGroup var weights: WeightsOptions

    /// Loads the chosen model.
    func load() throws(WeightsError) -> PaletteModel {
        var catalog = try weights.catalog()
        return try catalog.model(model ?? catalog.onlyFileKind ?? .vae)
    }
}

import ColorScience
import ExplorerCore
import Extraction
import Foundation
import ImageIO
import PaletteModel
import ShippedModels

/// The explorer's image service: ImageIO for loading, the neural extractors (VAE, several
/// VAE-GAN draws), k-means and MMCQ for palettes. Called off the main actor: it uses the
/// explorer's own models through their `SharedModel` locks (so their weights are in memory once),
/// loads any other kind lazily on the first extraction, and serialises all work behind a lock.
final class ImageSource: ImagePaletteSource, @unchecked Sendable {
    /// VAE-GAN draws shown per image.
    static let variantCount = 4

    private let sources: ModelSources
    private let shared: [ModelConfig.Kind: SharedModel]
    private let lock = NSLock()
    // Guarded by `lock`.
    private var neural: [ModelConfig.Kind: Result<NeuralExtractor, WeightsError>] = [:]
    private let classical: [(label: String, extractor: any PaletteExtractor)] = [
        ("k-means", KMeansExtractor()), ("MMCQ", MMCQExtractor()),
    ]

    /// A service whose neural extractors use `models` (shared with their other users), or a
    /// model of `sources` for a kind not among them.
    init(sources: ModelSources, models: [SharedModel] = []) {
        self.sources = sources
        shared = Dictionary(models.map { ($0.config.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func load(path: String) throws(ImageServiceError) -> LoadedImage {
        let loaded: WorkingImage
        do {
            loaded = try ImageLoader().loadWorkingImage(path: path, fitting: .extraction)
        } catch {
            throw ImageServiceError(path: path, reason: error.reason)
        }
        // The working size (at most 256 pixels a side) is both the thumbnail drawn beside the
        // palettes and what the extractors read, as `palette extract` does.
        let image = loaded.image
        guard let copy = ExplorerCore.RGBAImage(width: image.width, height: image.height, pixels: image.pixels) else {
            throw ImageServiceError(path: path, reason: "the decoded image has an inconsistent size")
        }
        return LoadedImage(path: path, originalWidth: loaded.originalWidth, originalHeight: loaded.originalHeight,
                           image: copy)
    }

    func palettes(for loaded: LoadedImage, seed: UInt64, variantsOnly: Bool) throws(ImageServiceError) -> [ExtractedPalette] {
        let path = loaded.path
        guard let image = ImageIO.RGBAImage(width: loaded.image.width, height: loaded.image.height,
                                            pixels: loaded.image.pixels) else {
            throw ImageServiceError(path: path, reason: "the image has an inconsistent size")
        }
        let (palettes, firstError) = lock.withLock { extract(image, seed: seed, variantsOnly: variantsOnly) }
        if palettes.isEmpty, let firstError {
            throw ImageServiceError(path: path, reason: String(describing: firstError))
        }
        return palettes
    }

    /// Every palette that could be extracted, and the first error met. Call with `lock` held.
    private func extract(_ image: ImageIO.RGBAImage, seed: UInt64, variantsOnly: Bool)
        -> (palettes: [ExtractedPalette], firstError: Error?) {
        var palettes: [ExtractedPalette] = []
        var firstError: Error?
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch {
                if firstError == nil { firstError = error }
                return nil
            }
        }
        for kind in variantsOnly ? [.vaegan] : [ModelConfig.Kind.vae, .vaegan] where sources.has(kind) {
            guard let extractor = attempt({ try neuralExtractor(kind).get() }) else { continue }
            let count = extractor.hasVariants ? Self.variantCount : 1
            let draws = attempt { try extractor.variants(of: image, count: paletteColourCount, variants: count, seed: seed) }
            for (index, colours) in (draws ?? []).enumerated() {
                let label = extractor.hasVariants ? "VAE-GAN draw \(index + 1)" : "VAE"
                palettes.append(ExtractedPalette(palette: NamedPalette(label: label, colours: colours),
                                                 isVariant: extractor.hasVariants))
            }
        }
        guard !variantsOnly else { return (palettes, firstError) }
        for (label, extractor) in classical {
            if let colours = attempt({ try extractor.extract(from: image, count: paletteColourCount) }) {
                palettes.append(ExtractedPalette(palette: NamedPalette(label: label, colours: colours), isVariant: false))
            }
        }
        return (palettes, firstError)
    }

    /// The extractor of `kind`, made on first use. Call with `lock` held.
    private func neuralExtractor(_ kind: ModelConfig.Kind) -> Result<NeuralExtractor, WeightsError> {
        if let made = neural[kind] { return made }
        let made = Result { () throws(WeightsError) in
            if let model = shared[kind] { return NeuralExtractor(shared: model) }
            return NeuralExtractor(model: try sources.load(kind))
        }
        neural[kind] = made
        return made
    }
}

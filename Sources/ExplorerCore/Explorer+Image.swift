extension Explorer {
    /// Asks the shell to load an image; image mode opens when it arrives.
    mutating func openImage(path: String, effects: inout [Effect]) {
        let id = state.takeRequestID()
        state.pendingImage = PendingRequest(id: id, subject: path)
        state.message = StatusMessage("Opening \(path)…")
        effects.append(.loadImage(requestID: id, path: path))
    }

    /// The directory of the open image (as typed), to start the open prompt in.
    func imageDirectory() -> String {
        guard let path = state.image?.image.path ?? state.pendingImage?.subject else { return "" }
        return PathCompletion.split(path).directory
    }

    /// Asks for new VAE-GAN draws of the open image.
    mutating func drawFreshVariants(effects: inout [Effect]) {
        guard var image = state.image else { return }
        let id = state.takeRequestID()
        image.pendingExtraction = PendingRequest(id: id, subject: "variants")
        state.image = image
        state.message = StatusMessage("Drawing fresh VAE-GAN palettes…")
        effects.append(.extractPalettes(requestID: id, image: image.image, seed: state.random.next(),
                                        variantsOnly: true))
    }

    /// Image mode opens on a loaded image and asks for its palettes.
    mutating func imageLoaded(_ loaded: LoadedImage, effects: inout [Effect]) {
        let id = state.takeRequestID()
        state.image = ImageModeState(image: loaded, palettes: [],
                                     pendingExtraction: PendingRequest(id: id, subject: "all"),
                                     selected: 0, thumbnail: nil)
        state.prompt = nil
        state.mode = .image
        state.message = StatusMessage("Opened \(loaded.path) (\(loaded.originalWidth)x\(loaded.originalHeight))")
        effects.append(.extractPalettes(requestID: id, image: loaded, seed: state.random.next(), variantsOnly: false))
    }

    /// Shows extracted palettes; fresh VAE-GAN draws replace the old ones in place.
    mutating func palettesExtracted(_ palettes: [ExtractedPalette], request: PendingRequest) {
        guard var image = state.image else { return }
        image.pendingExtraction = nil
        if request.subject == "variants" {
            let old = image.palettes
            let firstVariant = old.firstIndex(where: \.isVariant) ?? min(1, old.count)
            let before = old[..<firstVariant].filter { !$0.isVariant }
            let after = old[firstVariant...].filter { !$0.isVariant }
            image.palettes = before + palettes.filter(\.isVariant) + after
            state.message = StatusMessage("Drew \(palettes.filter(\.isVariant).count) fresh VAE-GAN palettes")
        } else {
            image.palettes = palettes
            if palettes.isEmpty { state.message = StatusMessage("No palettes could be extracted", .error) }
        }
        image.selected = min(image.selected, max(0, image.palettes.count - 1))
        state.image = image
    }
}

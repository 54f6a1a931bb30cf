extension Explorer {
    /// Applies the result of an effect.
    mutating func handleResult(_ action: Action, effects: inout [Effect]) {
        switch action {
        case .key, .mouse, .resize:
            break
        case .imageLoaded(let id, let loaded):
            guard state.pendingImage?.id == id else { return }
            state.pendingImage = nil
            imageLoaded(loaded, effects: &effects)
        case .imageFailed(let id, let error):
            if state.pendingImage?.id == id {
                state.pendingImage = nil
                state.message = StatusMessage("Cannot open \(error.path): \(error.reason)", .error)
            } else if var image = state.image, image.pendingExtraction?.id == id {
                image.pendingExtraction = nil
                state.image = image
                state.message = StatusMessage("Extraction failed for \(error.path): \(error.reason)", .error)
            }
        case .palettesExtracted(let id, let palettes):
            guard let request = state.image?.pendingExtraction, request.id == id else { return }
            palettesExtracted(palettes, request: request)
        case .directoryListed(let id, let entries):
            completionArrived(id: id, entries: entries)
        case .directoryListingFailed(let id, let reason):
            guard var prompt = state.prompt, prompt.pendingCompletion?.id == id else { return }
            prompt.pendingCompletion = nil
            state.prompt = prompt
            state.message = StatusMessage("Cannot complete: \(reason)", .error)
        case .copied(let text, let channels):
            state.message = StatusMessage("Copied \(text) (\(channels.joined(separator: ", ")))", .success)
        case .copyFailed(let text, let reason):
            state.message = StatusMessage("Could not copy \(text): \(reason)", .error)
        case .fileWritten(let path):
            state.message = StatusMessage("Exported to \(path)", .success)
        case .fileWriteFailed(let path, let reason):
            state.message = StatusMessage("Export to \(path) failed: \(reason)", .error)
        case .fileExists(let path, let contents):
            openPrompt(.confirmOverwrite(path: path, contents: contents), text: "")
            state.message = StatusMessage("\(path) already exists", .error)
        case .favouritesUpdated(let operation, let entries):
            state.favourites.entries = entries
            state.favourites.loaded = true
            state.favourites.failure = nil
            switch operation {
            case .load: break
            case .add: state.message = StatusMessage("Saved to favourites (\(entries.count) in all)", .success)
            case .remove: state.message = StatusMessage("Deleted from favourites (\(entries.count) left)", .success)
            }
        case .favouritesFailed(let operation, let reason):
            state.favourites.failure = reason
            let verb = switch operation {
            case .load: "read"
            case .add: "save to"
            case .remove: "delete from"
            }
            state.message = StatusMessage("Could not \(verb) favourites: \(reason)", .error)
        }
    }
}

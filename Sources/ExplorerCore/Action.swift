/// Everything that can happen to the explorer: input from the terminal, and the results of
/// effects the shell has carried out.
public enum Action: Equatable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The mouse was clicked or its wheel turned.
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(GridSize)
    /// `Effect.loadImage` succeeded.
    case imageLoaded(requestID: Int, LoadedImage)
    /// `Effect.loadImage` or `Effect.extractPalettes` failed.
    case imageFailed(requestID: Int, ImageServiceError)
    /// `Effect.extractPalettes` succeeded.
    case palettesExtracted(requestID: Int, [ExtractedPalette])
    /// `Effect.listDirectory` succeeded.
    case directoryListed(requestID: Int, [DirectoryEntry])
    /// `Effect.listDirectory` failed.
    case directoryListingFailed(requestID: Int, reason: String)
    /// `Effect.copy` put the text on the clipboard through these channels (e.g. `OSC 52`, `xclip`).
    case copied(text: String, channels: [String])
    /// `Effect.copy` failed everywhere.
    case copyFailed(text: String, reason: String)
    /// `Effect.writeFile` succeeded.
    case fileWritten(path: String)
    /// `Effect.writeFile` failed; nothing at `path` was changed.
    case fileWriteFailed(path: String, reason: String)
    /// `Effect.writeFile` without `replacing` found a file at `path` and left it alone.
    case fileExists(path: String, contents: String)
    /// `Effect.updateFavourites` succeeded; these are now all the favourites, in file order.
    case favouritesUpdated(FavouritesOperation, [NamedPalette])
    /// `Effect.updateFavourites` failed; the file is unchanged.
    case favouritesFailed(FavouritesOperation, reason: String)
}

/// Work the core asks the shell to do. The shell carries it out (off the main actor where it is
/// slow) and reports back with an `Action`.
public enum Effect: Equatable, Sendable {
    /// Put text on the clipboard (OSC 52, plus a clipboard program when present). Reply:
    /// `.copied` or `.copyFailed`.
    case copy(String)
    /// Write `contents` to the file at `path` (as typed; `~` to be expanded), atomically. An
    /// existing file is replaced only with `replacing`; otherwise the reply is `.fileExists`.
    /// Reply: `.fileWritten`, `.fileWriteFailed` or `.fileExists`.
    case writeFile(path: String, contents: String, replacing: Bool = false)
    /// Decode the image at `path` (as typed). Reply: `.imageLoaded` or `.imageFailed`.
    case loadImage(requestID: Int, path: String)
    /// Extract palettes from a loaded image, VAE-GAN draws seeded by `seed`. Reply:
    /// `.palettesExtracted` or `.imageFailed`.
    case extractPalettes(requestID: Int, image: LoadedImage, seed: UInt64, variantsOnly: Bool)
    /// List a directory (as typed; empty means the current directory) for path completion.
    /// Reply: `.directoryListed` or `.directoryListingFailed`.
    case listDirectory(requestID: Int, path: String)
    /// Read the favourites file, apply the operation (pure: `FavouritesDocument.apply`) and, if
    /// it changed, write it back atomically. Reply: `.favouritesUpdated` or `.favouritesFailed`.
    case updateFavourites(FavouritesOperation)
    /// Leave the explorer and restore the terminal.
    case quit
}

import ColorScience

/// A request sent to the shell and not yet answered.
public struct PendingRequest: Hashable, Sendable {
    /// The id the answer will carry.
    public var id: Int
    /// What it is about (a path, or the text being completed).
    public var subject: String
}

/// What the main area of the screen shows.
public enum ExplorerMode: Hashable, Sendable {
    /// The grid of palettes on the latent plane around the current point.
    case explore
    /// The palettes between two marked ends.
    case interpolation
    /// An image beside the palettes extracted from it.
    case image
    /// The saved favourites.
    case favourites
}

/// One end of an interpolation: an absolute latent point and noise vector of one model.
public struct InterpolationEnd: Hashable, Sendable {
    /// Latent point, absolute units.
    public var latent: [Float]
    /// Noise vector, absolute units (empty for the VAE).
    public var noise: [Float]
    /// Index of the model it was marked with.
    public var generatorIndex: Int
}

/// The interpolation shown in `.interpolation` mode.
public struct InterpolationState: Hashable, Sendable {
    /// The first marked end (step 0).
    public var from: InterpolationEnd
    /// The second marked end (the last step).
    public var to: InterpolationEnd
    /// Index of the selected step.
    public var selected: Int
}

/// An opened image and what was extracted from it.
public struct ImageModeState: Equatable, Sendable {
    /// The image.
    public var image: LoadedImage
    /// Extracted palettes in display order; empty while extracting.
    public var palettes: [ExtractedPalette]
    /// The extraction in flight, if any; its subject is `all` or `variants`.
    public var pendingExtraction: PendingRequest?
    /// Index of the selected palette.
    public var selected: Int
    /// The image resampled for the current pane, cached when the image or the size changes.
    public var thumbnail: HalfBlockImage?
}

/// The favourites as last read from the file.
public struct FavouritesListState: Hashable, Sendable {
    /// The entries, in file order.
    public var entries: [NamedPalette] = []
    /// Index of the selected entry.
    public var selected = 0
    /// Whether the file has been read at least once.
    public var loaded = false
    /// Why the last read or write failed, if it did.
    public var failure: String?
    /// The mode `Esc` returns to.
    public var returnMode: ExplorerMode = .explore
}

/// What a prompt's text is for.
public enum PromptPurpose: Hashable, Sendable {
    /// The path of an image to open.
    case openImage
    /// The file to export a palette to.
    case exportPath(NamedPalette)
    /// The format to export a palette in, after a path without a known extension.
    case exportFormat(path: String, NamedPalette)
    /// Whether to replace the existing file at `path` with an export's `contents` (y or n).
    case confirmOverwrite(path: String, contents: String)
}

/// A one-line prompt at the bottom of the screen.
public struct PromptState: Hashable, Sendable {
    /// What the text is for.
    public var purpose: PromptPurpose
    /// The text being typed.
    public var editor: LineEditor
    /// Completion candidates to show, when Tab found several.
    public var candidates: [String] = []
    /// The completion in flight; its subject is the text being completed.
    public var pendingCompletion: PendingRequest?

    /// Creates a prompt.
    public init(purpose: PromptPurpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text: text)
    }
}

/// A one-line message shown above the status line.
public struct StatusMessage: Hashable, Sendable {
    /// How the message is coloured.
    public enum Kind: Hashable, Sendable {
        /// Neutral information.
        case info
        /// Something worked (copied, saved).
        case success
        /// Something failed.
        case error
    }

    /// The text.
    public var text: String
    /// Its kind.
    public var kind: Kind

    /// Creates a message.
    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// The palettes decoded for the current frame, with what they were decoded for.
public struct VisiblePalettes: Hashable, Sendable {
    /// What the palettes depend on; decoding is redone only when it changes.
    struct Key: Hashable, Sendable {
        var mode: ExplorerMode
        var generatorIndex: Int
        var interval: Float
        var plane: LatentPlane
        var columns: Int
        var rows: Int
        var interpolation: InterpolationState?
    }

    var key: Key?
    /// The colours, `paletteColourCount` per palette, in grid order (row by row).
    public internal(set) var colours: [RGB8] = []
    /// Number of palettes.
    public internal(set) var count = 0

    /// The colours of palette `index`.
    public func palette(_ index: Int) -> ArraySlice<RGB8> {
        colours[(index * paletteColourCount)..<((index + 1) * paletteColourCount)]
    }
}

/// The whole state of the explorer: a value, changed only by `Explorer.handle(_:)`.
public struct ExplorerState: Equatable, Sendable {
    /// The terminal size the screen is laid out for.
    public var size: GridSize
    /// What the main area shows.
    public var mode: ExplorerMode = .explore
    /// Index of the current model in the environment's generators.
    public var generatorIndex = 0
    /// Index into `SamplingInterval.steps`.
    public var intervalIndex = SamplingInterval.defaultIndex
    /// The latent plane and noise axis.
    public var plane: LatentPlane
    /// Random numbers for new points, axes and VAE-GAN draws.
    public var random: SeededGenerator
    /// The first end of an interpolation, after one `i`.
    public var pendingMark: InterpolationEnd?
    /// The interpolation, after two `i`.
    public var interpolation: InterpolationState?
    /// The open image, if any.
    public var image: ImageModeState?
    /// The image being loaded; its subject is the path.
    public var pendingImage: PendingRequest?
    /// The favourites.
    public var favourites = FavouritesListState()
    /// The prompt, when one is open.
    public var prompt: PromptState?
    /// The colour-vision deficiency the swatches are shown as seen with (`v`); nil for normal
    /// vision. Copies and exports keep the real colours.
    public var simulation: ColorVisionDeficiency?
    /// Whether the contrast grid of the selected palette is shown (`c`).
    public var showingContrast = false
    /// Whether the help overlay is shown.
    public var showingHelp = false
    /// The message above the status line.
    public var message: StatusMessage?
    /// The colour mode the shell uses, for the status line (e.g. `truecolor`, `256`).
    public var colourModeName: String
    /// The next id for a request sent to the shell.
    public var nextRequestID = 1
    /// The palettes decoded for the current frame.
    public internal(set) var visible = VisiblePalettes()
    /// Set once `q` was pressed.
    public var hasQuit = false

    /// The sampling interval's value.
    public var interval: Float { SamplingInterval.steps[intervalIndex] }

    init(size: GridSize, plane: LatentPlane, random: SeededGenerator, colourModeName: String) {
        self.size = size
        self.plane = plane
        self.random = random
        self.colourModeName = colourModeName
    }

    /// Returns a fresh request id.
    mutating func takeRequestID() -> Int {
        defer { nextRequestID += 1 }
        return nextRequestID
    }
}

import CNcurses
import ExplorerCore
import Foundation

/// Options of the explorer's terminal shell.
public struct TerminalOptions: Sendable {
    /// `--color auto|truecolor|256`.
    public var colourMode: ColourModePreference
    /// An image to open at start (`palette IMAGE`).
    public var initialImagePath: String?
    /// Seed of the random choices; nil picks one from the clock.
    public var seed: UInt64?
    /// The favourites file; nil uses the XDG data directory.
    public var favouritesPath: String?
    /// Whether to also copy with `wl-copy`, `xclip`, `xsel` or `pbcopy` when present.
    public var useClipboardPrograms: Bool
    /// The environment (`TERM`, `COLORTERM`, `HOME`, `XDG_DATA_HOME`, `DISPLAY`, `PATH`...).
    public var environment: [String: String]

    /// Creates options; the defaults suit an interactive run.
    public init(colourMode: ColourModePreference = .auto, initialImagePath: String? = nil, seed: UInt64? = nil,
                favouritesPath: String? = nil, useClipboardPrograms: Bool = true,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.colourMode = colourMode
        self.initialImagePath = initialImagePath
        self.seed = seed
        self.favouritesPath = favouritesPath
        self.useClipboardPrograms = useClipboardPrograms
        self.environment = environment
    }
}

/// How the explorer ended.
public enum ExplorerExit: Hashable, Sendable {
    /// The user quit.
    case quit
    /// A signal (SIGINT, SIGTERM, SIGHUP) ended it; the terminal was restored. Exit with
    /// 128 + the signal number.
    case signal(Int32)
}

/// The terminal explorer's entry point.
public enum ExplorerTerminal {
    /// Runs the explorer on the terminal of standard input and output until the user quits or
    /// a signal arrives, restoring the terminal in every case.
    /// - Parameters:
    ///   - generators: the models `Tab` cycles through (VAE first, then VAE-GAN); may be empty.
    ///   - imageSource: loads images and extracts palettes; nil disables image mode.
    ///   - encoders: the export formats (hex, json, gpl, css).
    ///   - options: colour mode, initial image, seed, favourites file, environment.
    /// - Throws: `TerminalError` when standard input or output is not a terminal, `TERM` is
    ///   unknown, or the terminal has no colours; nothing has been drawn then.
    @MainActor
    public static func run(generators: [any PaletteGenerator], imageSource: (any ImagePaletteSource)?,
                           encoders: [PaletteEncoder], options: TerminalOptions = TerminalOptions())
        async throws(TerminalError) -> ExplorerExit {
        guard isatty(0) == 1 else { throw .notATerminal(stream: "input") }
        guard isatty(1) == 1 else { throw .notATerminal(stream: "output") }
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else { throw .setupFailed(step: "fdopen") }
        guard SignalCatcher.install() else { throw .setupFailed(step: "signal handlers") }
        defer { SignalCatcher.release() }
        let environment = options.environment
        let screen = try CursesScreen(ScreenSetup(term: environment["TERM"] ?? "", colorterm: environment["COLORTERM"],
                                                  preference: options.colourMode, output: output, input: input))
        defer { screen.close() }
        let seed = options.seed ?? (UInt64(Date().timeIntervalSince1970 * 1_000_000) ^ UInt64(getpid()) << 40)
        let explorer = Explorer(
            environment: ExplorerEnvironment(generators: generators, encoders: encoders),
            configuration: ExplorerConfiguration(size: screen.size, seed: seed, colourModeName: screen.colourMode.name,
                                                 initialImagePath: options.initialImagePath))
        let clipboard = options.useClipboardPrograms
            ? Clipboard.program(environment: environment) { Clipboard.findOnPath($0, environment: environment) } : nil
        let session = ExplorerSession(
            explorer: explorer, screen: screen, imageSource: imageSource,
            favourites: FavouritesStore(path: options.favouritesPath ?? FavouritesStore.defaultPath(environment: environment)),
            clipboardProgram: clipboard, home: environment["HOME"])
        return await session.run(inputDescriptor: 0)
    }
}

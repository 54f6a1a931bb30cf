import ExplorerCore
import Foundation

/// The running explorer: feeds terminal input and effect results to the core, carries out its
/// effects (slow ones off the main actor), and draws each new frame.
@MainActor
final class ExplorerSession {
    /// Something for the main loop to handle.
    enum Event: Sendable {
        case input
        case tick
        case signal
        case hangup
        case action(Action)
    }

    private var explorer: Explorer
    private let screen: CursesScreen
    private let imageSource: (any ImagePaletteSource)?
    private let favourites: FavouritesStore
    private let clipboardProgram: [String]?
    private let home: String?
    private let events: AsyncStream<Event>
    private let continuation: AsyncStream<Event>.Continuation
    private var grid = CellGrid(size: GridSize(columns: 0, rows: 0), filling: Theme.blank)
    private var pendingTerminalWrites: [String] = []

    init(explorer: Explorer, screen: CursesScreen, imageSource: (any ImagePaletteSource)?,
         favourites: FavouritesStore, clipboardProgram: [String]?, home: String?) {
        self.explorer = explorer
        self.screen = screen
        self.imageSource = imageSource
        self.favourites = favourites
        self.clipboardProgram = clipboardProgram
        self.home = home
        (events, continuation) = AsyncStream<Event>.makeStream()
    }

    /// Runs until `q`, a signal (SIGINT, SIGTERM, SIGHUP) or the terminal hanging up.
    func run(inputDescriptor: Int32) async -> ExplorerExit {
        let continuation = self.continuation
        let watcher = InputWatcher(fd: inputDescriptor, signalDescriptor: SignalCatcher.descriptor) { signal in
            switch signal {
            case .input: continuation.yield(.input)
            case .tick: continuation.yield(.tick)
            case .signal: continuation.yield(.signal)
            case .hangup: continuation.yield(.hangup)
            }
        }
        watcher.start()
        defer { watcher.stop() }
        perform(explorer.start())
        redraw()
        for await event in events {
            switch event {
            case .input, .tick:
                let inputs = screen.readInput()
                if case .input = event { watcher.inputDrained() }
                for input in inputs {
                    switch input {
                    case .key(let key): perform(explorer.handle(.key(key)))
                    case .mouse(let mouse): perform(explorer.handle(.mouse(mouse)))
                    case .resize(let size): perform(explorer.handle(.resize(size)))
                    }
                }
                if inputs.isEmpty, case .tick = event { continue }  // idle: nothing to redraw
            case .signal:
                return .signal(SignalCatcher.take() ?? SIGTERM)
            case .hangup:
                return .signal(SignalCatcher.take() ?? SIGHUP)
            case .action(let action):
                perform(explorer.handle(action))
            }
            if let signal = SignalCatcher.take() { return .signal(signal) }
            if explorer.state.hasQuit { return .quit }
            redraw()
        }
        return .quit
    }


    /// Renders the state and draws it, then writes any queued escape sequences.
    private func redraw() {
        explorer.render(into: &grid)
        screen.draw(grid)
        for text in pendingTerminalWrites { screen.writeRaw(text) }
        pendingTerminalWrites.removeAll()
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects { perform(effect) }
    }

    private func perform(_ effect: Effect) {
        let continuation = self.continuation
        let home = self.home
        switch effect {
        case .copy(let text):
            pendingTerminalWrites.append(Clipboard.osc52(text))
            guard let program = clipboardProgram else {
                continuation.yield(.action(.copied(text: text, channels: ["OSC 52"])))
                return
            }
            Task.detached {
                let ok = await Clipboard.run(program, text: text)
                let name = (program[0] as NSString).lastPathComponent
                continuation.yield(.action(.copied(text: text, channels: ok ? ["OSC 52", name] : ["OSC 52"])))
            }
        case .writeFile(let path, let contents, let replacing):
            Task.detached {
                let expanded = PathAccess.expand(path, home: home)
                if !replacing && FileManager.default.fileExists(atPath: expanded) {
                    continuation.yield(.action(.fileExists(path: path, contents: contents)))
                    return
                }
                do throws(FileError) {
                    try AtomicFile.write(contents, to: expanded)
                    continuation.yield(.action(.fileWritten(path: path)))
                } catch {
                    continuation.yield(.action(.fileWriteFailed(path: path, reason: error.reason)))
                }
            }
        case .loadImage(let id, let path):
            guard let source = imageSource else {
                continuation.yield(.action(.imageFailed(requestID: id, ImageServiceError(
                    path: path, reason: "image support is not available in this build"))))
                return
            }
            Task.detached {
                do throws(ImageServiceError) {
                    var loaded = try source.load(path: PathAccess.expand(path, home: home))
                    loaded.path = path
                    continuation.yield(.action(.imageLoaded(requestID: id, loaded)))
                } catch {
                    continuation.yield(.action(.imageFailed(requestID: id, ImageServiceError(path: path,
                                                                                             reason: error.reason))))
                }
            }
        case .extractPalettes(let id, let image, let seed, let variantsOnly):
            guard let source = imageSource else { return }
            Task.detached {
                do throws(ImageServiceError) {
                    let palettes = try source.palettes(for: image, seed: seed, variantsOnly: variantsOnly)
                    continuation.yield(.action(.palettesExtracted(requestID: id, palettes)))
                } catch {
                    continuation.yield(.action(.imageFailed(requestID: id, error)))
                }
            }
        case .listDirectory(let id, let path):
            Task.detached {
                do throws(FileError) {
                    continuation.yield(.action(.directoryListed(requestID: id, try PathAccess.list(path, home: home))))
                } catch {
                    continuation.yield(.action(.directoryListingFailed(requestID: id, reason: error.description)))
                }
            }
        case .updateFavourites(let operation):
            let store = favourites
            Task.detached {
                do throws(FileError) {
                    let entries = try await store.apply(operation)
                    continuation.yield(.action(.favouritesUpdated(operation, entries)))
                } catch {
                    continuation.yield(.action(.favouritesFailed(operation, reason: error.description)))
                }
            }
        case .quit:
            break
        }
    }
}

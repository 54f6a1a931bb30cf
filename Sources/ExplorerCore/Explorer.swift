import ColorScience

/// What the explorer is given by its host: the models and the export formats.
public struct ExplorerEnvironment {
    /// The models `Tab` cycles through (normally VAE then VAE-GAN); may be empty, in which case
    /// explore mode says so and image mode still works.
    public var generators: [any PaletteGenerator]
    /// The export formats, chosen by name or file extension.
    public var encoders: [PaletteEncoder]

    /// Creates an environment.
    public init(generators: [any PaletteGenerator], encoders: [PaletteEncoder]) {
        self.generators = generators
        self.encoders = encoders
    }
}

/// How the explorer starts.
public struct ExplorerConfiguration: Hashable, Sendable {
    /// The terminal size.
    public var size: GridSize
    /// Seed of every random choice (points, axes, VAE-GAN draws).
    public var seed: UInt64
    /// Name of the shell's colour mode for the status line (`truecolor`, `256`, ...).
    public var colourModeName: String
    /// An image to open at start (`palette IMAGE`), as typed.
    public var initialImagePath: String?

    /// Creates a configuration.
    public init(size: GridSize, seed: UInt64, colourModeName: String, initialImagePath: String? = nil) {
        self.size = size
        self.seed = seed
        self.colourModeName = colourModeName
        self.initialImagePath = initialImagePath
    }
}

/// The explorer program: state plus the pure `handle(action) -> effects` update and `render`.
/// It performs no I/O and reads no clock; the terminal shell feeds it actions and carries out
/// its effects.
public struct Explorer {
    /// The current state.
    public internal(set) var state: ExplorerState
    /// The models and formats.
    public let environment: ExplorerEnvironment
    private let initialImagePath: String?

    /// Creates the explorer in explore mode at a random point of the first model.
    public init(environment: ExplorerEnvironment, configuration: ExplorerConfiguration) {
        self.environment = environment
        var random = SeededGenerator(seed: configuration.seed)
        let first = environment.generators.first
        let plane = LatentPlane(latentDimension: first?.latentDimension ?? 0,
                                noiseDimension: first?.noiseDimension ?? 0, random: &random)
        state = ExplorerState(size: configuration.size, plane: plane, random: random,
                              colourModeName: configuration.colourModeName)
        initialImagePath = configuration.initialImagePath
        refresh()
    }

    /// The effects to run at start: read the favourites, and open the initial image if any.
    public mutating func start() -> [Effect] {
        var effects: [Effect] = [.updateFavourites(.load)]
        if let path = initialImagePath { openImage(path: path, effects: &effects) }
        return effects
    }

    /// Applies an action to the state and returns the effects the shell must carry out.
    public mutating func handle(_ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .key(let key): handleKey(key, effects: &effects)
        case .mouse(let event): handleMouse(event)
        case .resize(let size): state.size = size
        default: handleResult(action, effects: &effects)
        }
        refresh()
        return effects
    }

    /// The current model, if any is loaded.
    public var generator: (any PaletteGenerator)? {
        environment.generators.indices.contains(state.generatorIndex)
            ? environment.generators[state.generatorIndex] : nil
    }

    /// The layout for the current size.
    public var layout: ScreenLayout { ScreenLayout(size: state.size) }

    // MARK: Keys

    private mutating func handleKey(_ key: Key, effects: inout [Effect]) {
        if state.showingHelp || state.showingContrast {
            state.showingHelp = false
            state.showingContrast = false
            return
        }
        if state.prompt != nil {
            handlePromptKey(key, effects: &effects)
            return
        }
        state.message = nil
        if layout.isTooSmall {
            if key == .character("q") || key == .control("c") { perform(.quit, effects: &effects) }
            return
        }
        if let command = KeyMap.command(for: key, in: state.mode) {
            perform(command, effects: &effects)
        }
    }

    /// Carries out a command in the current mode.
    mutating func perform(_ command: Command, effects: inout [Effect]) {
        switch command {
        case .move(let dx, let dy): move(dx: dx, dy: dy)
        case .walkNoise(let steps): walkNoise(steps: steps)
        case .changeInterval(let delta): changeInterval(by: delta)
        case .newPoint: newPoint()
        case .newAxes: newAxes()
        case .switchModel: switchModel()
        case .markInterpolation: markInterpolation()
        case .openImage: openPrompt(.openImage, text: imageDirectory())
        case .cycle(let delta): cycle(by: delta)
        case .freshVariants: drawFreshVariants(effects: &effects)
        case .back: back()
        case .copyPalette:
            if let palette = selectedPalette() { effects.append(.copy(SwatchText.hexList(palette.colours))) }
        case .copySwatch(let index):
            if let palette = selectedPalette(), palette.colours.indices.contains(index) {
                effects.append(.copy(palette.colours[index].hex))
            }
        case .export:
            guard !environment.encoders.isEmpty else {
                state.message = StatusMessage("Export is not available", .error)
                return
            }
            if let palette = selectedPalette() { openPrompt(.exportPath(palette), text: "") }
        case .saveFavourite:
            if state.mode == .favourites {
                state.message = StatusMessage("This palette is already a favourite")
            } else if let palette = selectedPalette() {
                effects.append(.updateFavourites(.add(palette)))
            }
        case .showFavourites:
            if state.mode == .favourites {
                back()
            } else {
                state.favourites.returnMode = state.mode
                state.mode = .favourites
                effects.append(.updateFavourites(.load))
            }
        case .deleteFavourite:
            let favourites = state.favourites
            if favourites.entries.indices.contains(favourites.selected) {
                effects.append(.updateFavourites(.remove(favourites.entries[favourites.selected])))
            }
        case .cycleSimulation: cycleSimulation()
        case .contrast:
            if selectedPalette() != nil {
                state.showingContrast = true
            } else {
                state.message = StatusMessage("No palette selected")
            }
        case .help: state.showingHelp = true
        case .quit:
            state.hasQuit = true
            effects.append(.quit)
        }
    }

    private mutating func back() {
        switch state.mode {
        case .explore:
            if state.pendingMark != nil {
                state.pendingMark = nil
                state.message = StatusMessage("Interpolation mark cleared")
            }
        case .interpolation:
            state.interpolation = nil
            state.mode = .explore
        case .image:
            state.image = nil
            state.mode = .explore
        case .favourites:
            state.mode = state.favourites.returnMode
            if state.mode == .image && state.image == nil { state.mode = .explore }
        }
    }

    // MARK: Mouse

    private mutating func handleMouse(_ event: MouseEvent) {
        if state.showingHelp || state.showingContrast {
            if event.button == .left {
                state.showingHelp = false
                state.showingContrast = false
            }
            return
        }
        guard state.prompt == nil, !layout.isTooSmall else { return }
        switch event.button {
        case .scrollUp, .scrollDown:
            let delta = event.button == .scrollUp ? -1 : 1
            if state.mode == .explore { move(dx: 0, dy: -delta) } else { cycle(by: delta) }
        case .left:
            click(column: event.column, row: event.row)
        }
    }

    private mutating func click(column: Int, row: Int) {
        switch state.mode {
        case .explore:
            let grid = layout.paletteGrid
            if let hit = grid.hit(column: column, row: row) {
                move(dx: hit.column - grid.centreColumn, dy: grid.centreRow - hit.row)
            }
        case .interpolation:
            let grid = layout.paletteGrid
            if let hit = grid.hit(column: column, row: row), var interpolation = state.interpolation {
                let index = hit.row * grid.columns + hit.column
                if index < interpolationStepCount(grid) {
                    interpolation.selected = index
                    state.interpolation = interpolation
                }
            }
        case .image:
            guard var image = state.image else { return }
            if let index = layout.imagePanes.list.hit(column: column, row: row, selected: image.selected,
                                                       count: image.palettes.count) {
                image.selected = index
                state.image = image
            }
        case .favourites:
            if let index = layout.favouritesList.hit(column: column, row: row, selected: state.favourites.selected,
                                                     count: state.favourites.entries.count) {
                state.favourites.selected = index
            }
        }
    }

    // MARK: Selection

    /// The palette that `y`, `1`-`5`, `e` and `s` act on, with a label saying where it came from.
    public func selectedPalette() -> NamedPalette? {
        switch state.mode {
        case .explore:
            guard let generator, state.visible.count > 0 else { return nil }
            let grid = layout.paletteGrid
            let index = grid.centreRow * grid.columns + grid.centreColumn
            guard index < state.visible.count else { return nil }
            let norm = state.plane.pointNorm(interval: state.interval)
            return NamedPalette(label: "\(generator.name) |z| \(Format.fixed(norm, 2))",
                                colours: Array(state.visible.palette(index)))
        case .interpolation:
            guard let generator, let interpolation = state.interpolation,
                  interpolation.selected < state.visible.count else { return nil }
            return NamedPalette(
                label: "\(generator.name) interpolation \(interpolation.selected + 1)/\(state.visible.count)",
                colours: Array(state.visible.palette(interpolation.selected)))
        case .image:
            guard let image = state.image, image.palettes.indices.contains(image.selected) else { return nil }
            let palette = image.palettes[image.selected].palette
            return NamedPalette(label: "\(palette.label) of \(Format.fileName(image.image.path))",
                                colours: palette.colours)
        case .favourites:
            let favourites = state.favourites
            return favourites.entries.indices.contains(favourites.selected)
                ? favourites.entries[favourites.selected] : nil
        }
    }

    private mutating func cycle(by delta: Int) {
        func wrapped(_ index: Int, _ count: Int) -> Int { count == 0 ? 0 : ((index + delta) % count + count) % count }
        switch state.mode {
        case .explore:
            break
        case .interpolation:
            if var interpolation = state.interpolation {
                interpolation.selected = wrapped(interpolation.selected, state.visible.count)
                state.interpolation = interpolation
            }
        case .image:
            if var image = state.image {
                image.selected = wrapped(image.selected, image.palettes.count)
                state.image = image
            }
        case .favourites:
            state.favourites.selected = wrapped(state.favourites.selected, state.favourites.entries.count)
        }
    }

    // MARK: Refreshing derived state

    /// Recomputes what the next frame needs: the decoded palettes of explore and interpolation
    /// modes (only when something they depend on changed) and the image thumbnail.
    mutating func refresh() {
        let layout = self.layout
        guard !layout.isTooSmall else { return }
        switch state.mode {
        case .explore, .interpolation:
            decodeVisible(grid: layout.paletteGrid)
        case .image:
            guard var image = state.image else { return }
            image.selected = min(image.selected, max(0, image.palettes.count - 1))
            let area = layout.imagePanes.imageArea
            let areaSize = GridSize(columns: area.width, rows: area.height)
            if image.thumbnail?.bounds != areaSize {
                image.thumbnail = HalfBlockImage(image.image.image, fittingColumns: areaSize.columns,
                                                 rows: areaSize.rows, background: Theme.background)
            }
            state.image = image
        case .favourites:
            state.favourites.selected = min(state.favourites.selected, max(0, state.favourites.entries.count - 1))
        }
    }
}

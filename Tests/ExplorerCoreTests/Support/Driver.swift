import ColorScience
import ExplorerCore

/// Parses a key script: plain characters, and `<up>`, `<down>`, `<left>`, `<right>`, `<tab>`,
/// `<enter>`, `<esc>`, `<bs>`, `<del>`, `<home>`, `<end>`, `<btab>`, `<space>`, `<C-x>`.
func keys(_ script: String) -> [Key] {
    var result: [Key] = []
    var index = script.startIndex
    while index < script.endIndex {
        let character = script[index]
        if character == "<", let close = script[index...].firstIndex(of: ">"), close > script.index(after: index) {
            let name = String(script[script.index(after: index)..<close])
            index = script.index(after: close)
            switch name {
            case "up": result.append(.up)
            case "down": result.append(.down)
            case "left": result.append(.left)
            case "right": result.append(.right)
            case "tab": result.append(.tab)
            case "btab": result.append(.backTab)
            case "enter": result.append(.enter)
            case "esc": result.append(.escape)
            case "bs": result.append(.backspace)
            case "del": result.append(.delete)
            case "home": result.append(.home)
            case "end": result.append(.end)
            case "space": result.append(.character(" "))
            case _ where name.hasPrefix("C-") && name.count == 3: result.append(.control(name.last!))
            default: result.append(contentsOf: name.map(Key.character))
            }
        } else {
            result.append(.character(character))
            index = script.index(after: index)
        }
    }
    return result
}

/// An explorer with the fake VAE and VAE-GAN, plus the effects it asked for.
struct Driver {
    var explorer: Explorer
    let vae = FakeGenerator(name: "VAE", noiseDimension: 0)
    let vaeGAN = FakeGenerator(name: "VAE-GAN", noiseDimension: 3)
    private(set) var effects: [Effect] = []

    init(size: GridSize = GridSize(columns: 80, rows: 24), seed: UInt64 = 42, generators: Int = 2,
         initialImagePath: String? = nil) {
        let all: [any PaletteGenerator] = [vae, vaeGAN]
        explorer = Explorer(environment: ExplorerEnvironment(generators: Array(all.prefix(generators)),
                                                             encoders: fakeEncoders),
                            configuration: ExplorerConfiguration(size: size, seed: seed, colourModeName: "truecolor",
                                                                 initialImagePath: initialImagePath))
        effects = explorer.start()
    }

    var state: ExplorerState { explorer.state }

    /// Presses keys; returns the effects they produced.
    @discardableResult
    mutating func press(_ script: String) -> [Effect] {
        var produced: [Effect] = []
        for key in keys(script) { produced += explorer.handle(.key(key)) }
        effects += produced
        return produced
    }

    /// Sends any action; returns the effects.
    @discardableResult
    mutating func send(_ action: Action) -> [Effect] {
        let produced = explorer.handle(action)
        effects += produced
        return produced
    }

    func render() -> CellGrid { explorer.render() }

    /// The whole screen as lines of glyphs.
    func screenText() -> [String] {
        let grid = render()
        return (0..<grid.size.rows).map { grid.text(ofRow: $0) }
    }

    /// The message row's text, trimmed.
    func messageText() -> String {
        let grid = render()
        return grid.text(ofRow: grid.size.rows - 2).trimmingCharacters(in: " ")
    }

    /// The status row's text, trimmed.
    func statusText() -> String {
        let grid = render()
        return grid.text(ofRow: grid.size.rows - 1).trimmingCharacters(in: " ")
    }

    /// The palette at the current point, decoded directly by the fake model.
    func expectedCentrePalette() -> [RGB8] {
        let interval = state.interval
        let z = state.plane.origin.map { $0 * interval }
        let generator = state.generatorIndex == 0 ? vae : vaeGAN
        return FakeGenerator.palette(z: z, noise: generator.noiseDimension == 0 ? [] : state.plane.noise(interval: interval))
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}

/// What a key does, independent of which key it was.
public enum Command: Hashable, Sendable {
    /// Walk the latent plane (explore) or move the selection (other modes): `dx` right, `dy` up.
    case move(dx: Int, dy: Int)
    /// Walk the noise axis by `steps`.
    case walkNoise(steps: Int)
    /// Narrow (-1) or widen (+1) the sampling interval.
    case changeInterval(by: Int)
    /// Jump to a new random point.
    case newPoint
    /// Pick new random axes.
    case newAxes
    /// Switch to the next model.
    case switchModel
    /// Mark the selected palette as an interpolation end.
    case markInterpolation
    /// Open the image prompt.
    case openImage
    /// Select the next (+1) or previous (-1) palette.
    case cycle(by: Int)
    /// Draw fresh VAE-GAN variants for the image.
    case freshVariants
    /// Go back (close the mode, clear a mark).
    case back
    /// Copy the selected palette's hex codes.
    case copyPalette
    /// Copy one swatch, 0-based.
    case copySwatch(Int)
    /// Export the selected palette to a file.
    case export
    /// Save the selected palette as a favourite.
    case saveFavourite
    /// Show the favourites.
    case showFavourites
    /// Delete the selected favourite.
    case deleteFavourite
    /// Show the contrast grid of the selected palette.
    case contrast
    /// Show the colours as seen with the next colour-vision deficiency (then normal vision again).
    case cycleSimulation
    /// Show the help overlay.
    case help
    /// Quit.
    case quit
}

/// The key bindings of each mode (prompts and the help overlay take keys before this).
public enum KeyMap {
    /// The command a key triggers in a mode, if any.
    public static func command(for key: Key, in mode: ExplorerMode) -> Command? {
        if let common = commonCommand(for: key) { return common }
        switch mode {
        case .explore:
            switch key {
            case .left, .character("h"): return .move(dx: -1, dy: 0)
            case .right, .character("l"): return .move(dx: 1, dy: 0)
            case .up, .character("k"): return .move(dx: 0, dy: 1)
            case .down, .character("j"): return .move(dx: 0, dy: -1)
            case .character("["): return .walkNoise(steps: -1)
            case .character("]"): return .walkNoise(steps: 1)
            case .character("-"), .character("_"): return .changeInterval(by: -1)
            case .character("+"), .character("="): return .changeInterval(by: 1)
            case .character(" "): return .newPoint
            case .character("a"): return .newAxes
            case .tab: return .switchModel
            case .character("i"): return .markInterpolation
            case .character("f"): return .showFavourites
            default: return nil
            }
        case .interpolation:
            switch key {
            case .right, .character("l"), .character("n"), .tab: return .cycle(by: 1)
            case .left, .character("h"), .character("p"), .backTab: return .cycle(by: -1)
            case .down, .character("j"): return .move(dx: 0, dy: -1)
            case .up, .character("k"): return .move(dx: 0, dy: 1)
            case .character("i"): return .back
            case .character("f"): return .showFavourites
            default: return nil
            }
        case .image:
            switch key {
            case .right, .down, .character("n"), .character("j"), .character("l"): return .cycle(by: 1)
            case .left, .up, .character("p"), .character("k"), .character("h"): return .cycle(by: -1)
            case .character("r"): return .freshVariants
            case .tab: return .switchModel
            case .character("f"): return .showFavourites
            default: return nil
            }
        case .favourites:
            switch key {
            case .down, .right, .character("n"), .character("j"): return .cycle(by: 1)
            case .up, .left, .character("p"), .character("k"): return .cycle(by: -1)
            case .character("d"), .character("x"), .delete: return .deleteFavourite
            case .character("f"): return .back
            default: return nil
            }
        }
    }

    private static func commonCommand(for key: Key) -> Command? {
        switch key {
        case .character("q"), .control("c"): return .quit
        case .character("?"): return .help
        case .escape: return .back
        case .character("y"): return .copyPalette
        case .character(let c) where ("1"..."5").contains(c):
            return c.wholeNumberValue.map { .copySwatch($0 - 1) }
        case .character("e"): return .export
        case .character("s"): return .saveFavourite
        case .character("o"): return .openImage
        case .character("v"): return .cycleSimulation
        case .character("c"): return .contrast
        default: return nil
        }
    }
}

extension KeyMap {
    /// The help overlay's lines: keys and what they do.
    public static let help: [(keys: String, action: String)] = [
        ("arrows / h j k l", "walk the latent plane"),
        ("[  ]", "walk the noise axis (VAE-GAN)"),
        ("-  + =", "narrow / widen the sampling interval"),
        ("space", "jump to a new random point"),
        ("a", "pick new random axes"),
        ("Tab", "switch model (VAE / VAE-GAN)"),
        ("i", "mark an interpolation end (twice: show it)"),
        ("o", "open an image (Tab completes paths)"),
        ("n p / arrows", "cycle palettes (image, interpolation, favourites)"),
        ("r", "fresh VAE-GAN draws for the image"),
        ("y  1 - 5", "copy the palette's hex codes / one swatch"),
        ("c  v", "contrast grid; simulate colour-vision deficiency"),
        ("e", "export (hex, json, gpl, css)"),
        ("s", "save to favourites"),
        ("f", "list favourites (d deletes)"),
        ("mouse", "click a palette to select it"),
        ("Esc  ?  q", "back, this help, quit"),
    ]
}

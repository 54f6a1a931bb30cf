import CNcurses

/// How the user wants colours drawn (`--color auto|always|never|truecolor|256`), for the explorer
/// and for the swatches of `text` output (`TextColourChoice`).
public enum ColourModePreference: String, Hashable, Sendable, CaseIterable {
    /// Explorer: direct colour when the terminal says it can, else redefined colours, else the
    /// nearest of 256. Text output: colour only on a terminal, unless `NO_COLOR` is set or `TERM`
    /// is `dumb`, at the depth the terminal declares.
    case auto
    /// Explorer: as `auto`. Text output: colour even when not on a terminal or with `NO_COLOR`,
    /// at the declared depth but at least the 256-colour palette.
    case always
    /// Text output: no escape sequences at all. (The explorer cannot run without colour; its
    /// command rejects this value.)
    case never
    /// Direct 24-bit colour even when the terminal description does not promise it.
    case truecolor
    /// The nearest of the fixed xterm 256 colours, never redefining the terminal's palette.
    case palette256 = "256"
}

/// How colours are actually drawn.
public enum ColourMode: Hashable, Sendable {
    /// Colour numbers are `r<<16 | g<<8 | b`.
    case direct
    /// Colour slots 16 ... `colours`-1 are redefined to the exact colours on screen.
    case redefined(colours: Int)
    /// The nearest of the xterm 256-colour palette (indices 16-255).
    case palette256
    /// The nearest of the eight ANSI colours (terminals with fewer than 256 colours).
    case ansi8

    /// Name for the status line.
    public var name: String {
        switch self {
        case .direct: "truecolor"
        case .redefined: "256 redefined"
        case .palette256: "256"
        case .ansi8: "8 colours"
        }
    }
}

/// What a terminal description says about colours.
public struct TerminalColourCapabilities: Hashable, Sendable {
    /// The `colors` number (0 or less when absent).
    public var colours: Int
    /// The `RGB` flag: colour numbers are direct 24-bit values.
    public var rgb: Bool
    /// The `ccc` flag: colours can be redefined.
    public var canChangeColour: Bool

    /// Creates capabilities.
    public init(colours: Int, rgb: Bool, canChangeColour: Bool) {
        self.colours = colours
        self.rgb = rgb
        self.canChangeColour = canChangeColour
    }

    /// Whether colour numbers are 24-bit values.
    public var isDirect: Bool { rgb || colours >= 0x100_0000 }

    /// Reads the terminal description `name` from terminfo (without opening a screen); nil when
    /// the system has no such description. `descriptor` is the terminal's file descriptor.
    public init?(terminfo name: String, descriptor: Int32 = 1) {
        var colours: Int32 = 0, rgb: Int32 = 0, ccc: Int32 = 0
        guard palette_probe_terminal(name, descriptor, &colours, &rgb, &ccc) == OK else { return nil }
        self.init(colours: Int(colours), rgb: rgb > 0, canChangeColour: ccc > 0)
    }
}

/// Choosing the colour mode and the terminal description that goes with it.
public enum ColourModeChoice {
    /// Whether the user or the environment asks for direct colour: `--color truecolor`, or
    /// `auto` with `COLORTERM` set to `truecolor` or `24bit`, or a direct terminal description.
    public static func wantsDirect(_ preference: ColourModePreference, colorterm: String?,
                                   capabilities: TerminalColourCapabilities) -> Bool {
        switch preference {
        case .truecolor: return true
        case .palette256: return false
        case .auto, .always, .never:
            let declared = colorterm.map { ["truecolor", "24bit"].contains($0.lowercased()) } ?? false
            return declared || capabilities.isDirect
        }
    }

    /// Direct-colour terminal descriptions to try for a terminal that is not direct itself,
    /// best first: `tmux-256color` -> `tmux-direct`, anything else -> `NAME-direct`, then
    /// `xterm-direct`.
    public static func directCandidates(for term: String) -> [String] {
        let base = term.split(separator: "-").first.map(String.init) ?? term
        var candidates = [base + "-direct"]
        if base == "screen" { candidates.insert("tmux-direct", at: 0) }
        if !candidates.contains("xterm-direct") { candidates.append("xterm-direct") }
        return candidates
    }

    /// The mode for the description actually opened.
    public static func mode(_ preference: ColourModePreference, capabilities: TerminalColourCapabilities) -> ColourMode {
        if capabilities.isDirect && preference != .palette256 { return .direct }
        if capabilities.colours < 256 { return .ansi8 }
        if [.auto, .always].contains(preference) && capabilities.canChangeColour {
            return .redefined(colours: min(capabilities.colours, 256))
        }
        return .palette256
    }
}

/// The colour depth of swatches in line-based (`text`) output.
public enum SwatchDepth: Hashable, Sendable {
    /// No colour: bare hex codes.
    case plain
    /// The nearest colours of the xterm 256-colour palette.
    case palette256
    /// 24-bit colour.
    case direct
}

/// Choosing how `text` output shows colours, following the NO_COLOR convention (no-color.org).
public enum TextColourChoice {
    /// The swatch depth for the preference, whether standard output is a terminal, and the
    /// environment (`NO_COLOR`, `TERM`, `COLORTERM`); `terminfo` reads a terminal description
    /// by name (nil when there is none).
    ///
    /// `never` gives plain; `truecolor` and `256` force their depth. `auto` gives plain when
    /// output is not a terminal, `NO_COLOR` is set and not empty, or `TERM` is unset or `dumb`;
    /// otherwise direct colour when `COLORTERM` is `truecolor` or `24bit` or terminfo has `RGB`,
    /// else the 256-colour palette when terminfo has at least 256 colours, else plain. `always`
    /// skips the first test and gives at least the 256-colour palette.
    public static func depth(_ preference: ColourModePreference, outputIsTerminal: Bool,
                             environment: [String: String],
                             terminfo: (String) -> TerminalColourCapabilities?) -> SwatchDepth {
        switch preference {
        case .never: return .plain
        case .truecolor: return .direct
        case .palette256: return .palette256
        case .auto, .always: break
        }
        let term = environment["TERM"] ?? ""
        if preference == .auto {
            let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
            if !outputIsTerminal || noColour || term.isEmpty || term == "dumb" { return .plain }
        }
        let capabilities = term.isEmpty ? nil : terminfo(term)
        let none = TerminalColourCapabilities(colours: 0, rgb: false, canChangeColour: false)
        if ColourModeChoice.wantsDirect(.auto, colorterm: environment["COLORTERM"], capabilities: capabilities ?? none) {
            return .direct
        }
        if (capabilities?.colours ?? 0) >= 256 || preference == .always { return .palette256 }
        return .plain
    }
}

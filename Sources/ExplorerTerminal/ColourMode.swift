/// How the user wants colours drawn (`--color auto|truecolor|256`).
public enum ColourModePreference: String, Hashable, Sendable, CaseIterable {
    /// Direct colour when the terminal says it can, else redefined colours, else the nearest of 256.
    case auto
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
        case .auto:
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
        if preference == .auto && capabilities.canChangeColour { return .redefined(colours: min(capabilities.colours, 256)) }
        return .palette256
    }
}

import ColorScience

/// Conversions from 24-bit colours to curses colour numbers.
public enum ColourNumbers {
    /// The direct-colour number of a colour, `r<<16 | g<<8 | b`. Numbers 0-7 would be taken as
    /// ANSI colours, so `#000000`...`#000007` are nudged to `#000100`...`#000107`.
    public static func direct(_ colour: RGB8) -> Int32 {
        let value = Int32(colour.r) << 16 | Int32(colour.g) << 8 | Int32(colour.b)
        return value < 8 ? value | 0x100 : value
    }

    /// An 8-bit channel on curses' 0-1000 scale, rounded up so that terminals converting back
    /// with `v * 255 / 1000` (truncating, as xterm's `initc` does) recover it exactly.
    public static func permille(_ channel: UInt8) -> Int32 {
        (Int32(channel) * 1000 + 254) / 255
    }

    /// The nearest colour of the xterm 256-colour palette (indices 16-255; see
    /// `XTerm256.nearestIndex`).
    public static func nearest256(_ colour: RGB8) -> Int32 { Int32(XTerm256.nearestIndex(colour)) }

    /// The 24-bit colour of an xterm palette index 16-255.
    public static func xtermColour(_ index: Int32) -> RGB8 { XTerm256.colour(atIndex: UInt8(index)) }

    /// The nearest of the eight ANSI colours (by their xterm default values).
    public static func nearestANSI(_ colour: RGB8) -> Int32 {
        let ansi: [(Int, Int, Int)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
                                       (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]
        let r = Int(colour.r), g = Int(colour.g), b = Int(colour.b)
        var best = 0, bestDistance = Int.max
        for (index, c) in ansi.enumerated() {
            let d = (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
            if d < bestDistance { best = index; bestDistance = d }
        }
        return Int32(best)
    }
}

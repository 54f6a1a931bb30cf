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

    /// The six levels of each channel of the xterm colour cube (indices 16-231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The nearest colour of the xterm 256-colour palette, among indices 16-255 (the cube and
    /// the grey ramp; 0-15 vary between terminal themes), by squared sRGB distance.
    public static func nearest256(_ colour: RGB8) -> Int32 {
        let r = Int(colour.r), g = Int(colour.g), b = Int(colour.b)
        func cubeIndex(_ v: Int) -> Int {
            var best = 0
            for (index, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) {
                best = index
            }
            return best
        }
        let ci = (cubeIndex(r), cubeIndex(g), cubeIndex(b))
        let cube = (cubeLevels[ci.0], cubeLevels[ci.1], cubeLevels[ci.2])
        let cubeDistance = (cube.0 - r) * (cube.0 - r) + (cube.1 - g) * (cube.1 - g) + (cube.2 - b) * (cube.2 - b)
        // Grey ramp 232-255: 8, 18, ..., 238.
        let mean = (r + g + b) / 3
        let greyStep = max(0, min(23, (mean - 3) / 10))
        var bestGrey = greyStep
        for candidate in [greyStep, min(23, greyStep + 1)] {
            let level = 8 + 10 * candidate, bestLevel = 8 + 10 * bestGrey
            if abs(level - mean) < abs(bestLevel - mean) { bestGrey = candidate }
        }
        let grey = 8 + 10 * bestGrey
        let greyDistance = (grey - r) * (grey - r) + (grey - g) * (grey - g) + (grey - b) * (grey - b)
        return greyDistance < cubeDistance ? Int32(232 + bestGrey) : Int32(16 + 36 * ci.0 + 6 * ci.1 + ci.2)
    }

    /// The 24-bit colour of an xterm palette index 16-255.
    public static func xtermColour(_ index: Int32) -> RGB8 {
        if index >= 232 {
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGB8(r: level, g: level, b: level)
        }
        let i = Int(index) - 16
        return RGB8(r: UInt8(cubeLevels[i / 36]), g: UInt8(cubeLevels[(i / 6) % 6]), b: UInt8(cubeLevels[i % 6]))
    }

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

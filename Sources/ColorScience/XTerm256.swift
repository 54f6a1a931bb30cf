/// The fixed part of the xterm 256-colour palette: the 6x6x6 colour cube (indices 16-231) and
/// the grey ramp (232-255). Indices 0-15 vary between terminal themes and are never chosen.
public enum XTerm256 {
    /// The six levels of each channel of the colour cube.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The index (16-255) of the palette colour nearest to `colour` by squared sRGB distance.
    public static func nearestIndex(_ colour: RGB8) -> UInt8 {
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
        return greyDistance < cubeDistance ? UInt8(232 + bestGrey) : UInt8(16 + 36 * ci.0 + 6 * ci.1 + ci.2)
    }

    /// The 24-bit colour of palette index 16-255 (indices below 16 are read as 16).
    public static func colour(atIndex index: UInt8) -> RGB8 {
        if index >= 232 {
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGB8(r: level, g: level, b: level)
        }
        let i = max(Int(index), 16) - 16
        return RGB8(r: UInt8(cubeLevels[i / 36]), g: UInt8(cubeLevels[(i / 6) % 6]), b: UInt8(cubeLevels[i % 6]))
    }
}

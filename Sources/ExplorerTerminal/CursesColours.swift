import CNcurses
import ColorScience
import ExplorerCore

/// Colour pairs (and, in `.redefined` mode, colour slots) for the cells of each frame.
///
/// Pairs are numbered and defined here with `init_extended_pair`, never with `alloc_pair`, so
/// ncurses never recycles a pair on its own. When the table is full, the pairs that no cell of
/// the new frame uses are released (once per frame); only if a single frame needs more distinct
/// colour combinations than the terminal has pairs do the extra cells get the nearest pair.
@MainActor
final class CursesColours {
    /// The mode colours are drawn in.
    let mode: ColourMode
    private var pairs: SlotTable<UInt64>
    private var slots: SlotTable<RGB8>
    private var slotColour: [Int32: RGB8] = [:]
    private var nearestCache: [RGB8: Int32] = [:]
    private var pairsEvictedThisFrame = false
    private var slotsEvictedThisFrame = false
    /// Cells drawn with an approximate colour in the last frame because the terminal ran out of
    /// pairs or colour slots.
    private(set) var approximatedCells = 0

    /// Creates the allocator for `pairCount` pairs (`COLOR_PAIRS`).
    init(mode: ColourMode, pairCount: Int) {
        self.mode = mode
        pairs = SlotTable(range: 1...Int32(max(2, pairCount) - 1))
        if case .redefined(let colours) = mode {
            slots = SlotTable(range: 16...Int32(max(17, colours) - 1))
        } else {
            slots = SlotTable(range: 0...0)
        }
    }

    /// Starts a frame: eviction may run again.
    func beginFrame() {
        pairsEvictedThisFrame = false
        slotsEvictedThisFrame = false
        approximatedCells = 0
    }

    /// The pair for a cell's colours, defining it if needed. `grid` is the whole new frame,
    /// consulted only when the table is full.
    func pair(foreground: RGB8, background: RGB8, frame grid: CellGrid) -> Int32 {
        let fg = number(for: foreground, frame: grid), bg = number(for: background, frame: grid)
        let key = Self.pairKey(fg, bg)
        if let existing = pairs.slot(of: key) { return existing }
        if let fresh = pairs.insert(key) {
            init_extended_pair(fresh, fg, bg)
            return fresh
        }
        if !pairsEvictedThisFrame {
            pairsEvictedThisFrame = true
            var used = Set<UInt64>()
            for cell in grid.cells {
                if let f = existingNumber(for: cell.foreground), let b = existingNumber(for: cell.background) {
                    used.insert(Self.pairKey(f, b))
                }
            }
            pairs.evict(keeping: used)
            if let fresh = pairs.insert(key) {
                init_extended_pair(fresh, fg, bg)
                return fresh
            }
        }
        approximatedCells += 1
        return nearestPair(fg: fg, bg: bg)
    }

    private static func pairKey(_ fg: Int32, _ bg: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: fg)) << 32 | UInt64(UInt32(bitPattern: bg))
    }

    /// The curses colour number of a colour in this mode.
    private func number(for colour: RGB8, frame grid: CellGrid) -> Int32 {
        switch mode {
        case .direct: return ColourNumbers.direct(colour)
        case .palette256: return cachedNearest(colour, ColourNumbers.nearest256)
        case .ansi8: return cachedNearest(colour, ColourNumbers.nearestANSI)
        case .redefined: return slot(for: colour, frame: grid)
        }
    }

    /// The number a colour already has, without defining anything (for eviction).
    private func existingNumber(for colour: RGB8) -> Int32? {
        switch mode {
        case .direct: return ColourNumbers.direct(colour)
        case .palette256: return cachedNearest(colour, ColourNumbers.nearest256)
        case .ansi8: return cachedNearest(colour, ColourNumbers.nearestANSI)
        case .redefined: return slots.slot(of: colour)
        }
    }

    private func cachedNearest(_ colour: RGB8, _ nearest: (RGB8) -> Int32) -> Int32 {
        if let cached = nearestCache[colour] { return cached }
        let number = nearest(colour)
        nearestCache[colour] = number
        return number
    }

    private func slot(for colour: RGB8, frame grid: CellGrid) -> Int32 {
        if let existing = slots.slot(of: colour) { return existing }
        if let fresh = defineSlot(colour) { return fresh }
        if !slotsEvictedThisFrame {
            slotsEvictedThisFrame = true
            var used = Set<RGB8>()
            for cell in grid.cells {
                used.insert(cell.foreground)
                used.insert(cell.background)
            }
            for slot in slots.evict(keeping: used) { slotColour[slot] = nil }
            if let fresh = defineSlot(colour) { return fresh }
        }
        approximatedCells += 1
        var best: Int32 = 16, bestDistance = Int.max
        for (slot, defined) in slotColour {
            let d = Self.distance(defined, colour)
            if d < bestDistance { best = slot; bestDistance = d }
        }
        return best
    }

    private func defineSlot(_ colour: RGB8) -> Int32? {
        guard let slot = slots.insert(colour) else { return nil }
        init_extended_color(slot, ColourNumbers.permille(colour.r), ColourNumbers.permille(colour.g),
                            ColourNumbers.permille(colour.b))
        slotColour[slot] = colour
        return slot
    }

    /// The colour a number shows in this mode (for choosing approximations).
    private func colour(ofNumber number: Int32) -> RGB8 {
        switch mode {
        case .direct:
            return RGB8(r: UInt8((number >> 16) & 0xFF), g: UInt8((number >> 8) & 0xFF), b: UInt8(number & 0xFF))
        case .palette256: return ColourNumbers.xtermColour(number)
        case .ansi8: return RGB8(r: number & 1 != 0 ? 205 : 0, g: number & 2 != 0 ? 205 : 0, b: number & 4 != 0 ? 238 : 0)
        case .redefined: return slotColour[number] ?? RGB8(r: 0, g: 0, b: 0)
        }
    }

    private func nearestPair(fg: Int32, bg: Int32) -> Int32 {
        let wantFg = colour(ofNumber: fg), wantBg = colour(ofNumber: bg)
        var best: Int32 = 1, bestDistance = Int.max
        for (key, slot) in pairs.entries {
            let f = Int32(bitPattern: UInt32(key >> 32)), b = Int32(bitPattern: UInt32(key & 0xFFFF_FFFF))
            // The background covers most of a cell, so it counts more.
            let d = Self.distance(colour(ofNumber: f), wantFg) + 4 * Self.distance(colour(ofNumber: b), wantBg)
            if d < bestDistance { best = slot; bestDistance = d }
        }
        return best
    }

    private static func distance(_ a: RGB8, _ b: RGB8) -> Int {
        let dr = Int(a.r) - Int(b.r), dg = Int(a.g) - Int(b.g), db = Int(a.b) - Int(b.b)
        return dr * dr + dg * dg + db * db
    }
}

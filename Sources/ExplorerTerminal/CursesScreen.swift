import CNcurses
import ColorScience
import ExplorerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Input decoded from the terminal.
enum InputEvent: Equatable, Sendable {
    /// A key.
    case key(Key)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// The terminal's new size.
    case resize(GridSize)
}

/// What a screen is opened on.
struct ScreenSetup {
    /// The `TERM` value.
    var term: String
    /// The `COLORTERM` value, if set.
    var colorterm: String?
    /// The user's colour preference.
    var preference: ColourModePreference
    /// Where output goes (the terminal, or /dev/null in tests).
    var output: UnsafeMutablePointer<FILE>
    /// Where input comes from.
    var input: UnsafeMutablePointer<FILE>
    /// At most this many colour pairs are used (nil: all the terminal has); for tests.
    var pairLimit: Int? = nil
}

/// The one ncurses screen: opening and restoring the terminal, drawing cell grids by
/// difference, and reading keys. All curses calls of the program go through this type, on the
/// main actor.
@MainActor
final class CursesScreen {
    /// How colours are drawn.
    let colourMode: ColourMode
    /// The terminal description in use (may be a `-direct` variant of `TERM`).
    let terminalName: String
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private let colours: CursesColours
    private var previous: CellGrid?
    private var isOpen = true

    /// Opens the screen: locale, terminal description (a direct-colour variant when direct
    /// colour is wanted and one exists), colours, raw keys, mouse, short ESC delay.
    init(_ setup: ScreenSetup) throws(TerminalError) {
        Self.useUTF8Locale()
        let term = setup.term
        guard !term.isEmpty, let requested = Self.probe(term, output: setup.output) else {
            throw .unknownTerminal(term: term)
        }
        var chosen = term
        if ColourModeChoice.wantsDirect(setup.preference, colorterm: setup.colorterm, capabilities: requested),
           !requested.isDirect {
            for candidate in ColourModeChoice.directCandidates(for: term) {
                if let capabilities = Self.probe(candidate, output: setup.output), capabilities.isDirect {
                    chosen = candidate
                    break
                }
            }
        }
        guard let screen = newterm(chosen, setup.output, setup.input) else { throw .unknownTerminal(term: chosen) }
        set_term(screen)
        guard let window = palette_stdscr() else {
            endwin()
            delscreen(screen)
            throw .setupFailed(step: "newterm")
        }
        guard has_colors() else {
            endwin()
            delscreen(screen)
            throw .noColours(term: term)
        }
        guard start_color() == OK else {
            endwin()
            delscreen(screen)
            throw .setupFailed(step: "start_color")
        }
        let capabilities = TerminalColourCapabilities(colours: Int(palette_colors()),
                                                      rgb: palette_tigetflag("RGB") > 0,
                                                      canChangeColour: can_change_color())
        self.screen = screen
        self.window = window
        self.output = setup.output
        self.terminalName = chosen
        self.colourMode = ColourModeChoice.mode(setup.preference, capabilities: capabilities)
        let pairCount = Int(palette_color_pairs())
        self.colours = CursesColours(mode: colourMode, pairCount: min(pairCount, setup.pairLimit ?? pairCount))
        raw()
        noecho()
        nonl()
        keypad(window, true)
        wtimeout(window, 0)
        set_escdelay(25)
        curs_set(0)
        mousemask(palette_mouse_mask(), nil)
        mouseinterval(0)
    }

    /// Takes the user's locale; when its character set is not UTF-8 (block glyphs would come
    /// out blank), switches the character type alone to `C.UTF-8` if the system has it.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Reads a terminal description's colour capabilities without opening it; nil if unknown.
    private static func probe(_ name: String, output: UnsafeMutablePointer<FILE>) -> TerminalColourCapabilities? {
        TerminalColourCapabilities(terminfo: name, descriptor: fileno(output))
    }

    /// Restores the terminal (cursor, modes, colours, mouse). Safe to call twice.
    func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// The terminal's current size.
    var size: GridSize {
        var rows: Int32 = 0, columns: Int32 = 0
        palette_getmaxyx(window, &rows, &columns)
        return GridSize(columns: Int(columns), rows: Int(rows))
    }

    /// Cells drawn with approximate colours in the last frame (0 unless the terminal ran out of
    /// colour pairs or slots).
    var approximatedCells: Int { colours.approximatedCells }

    /// Draws a frame: only the cells that differ from the previous frame are sent.
    func draw(_ grid: CellGrid) {
        let columns = grid.size.columns
        colours.beginFrame()
        let full = previous?.size != grid.size
        if full { werase(window) }
        var lastWritten = -2
        grid.cells.withUnsafeBufferPointer { cells in
            let old = full ? [] : previous?.cells ?? []
            old.withUnsafeBufferPointer { oldCells in
                for index in 0..<cells.count {
                    let cell = cells[index]
                    if !full && oldCells[index] == cell { continue }
                    let column = index % columns
                    if index != lastWritten + 1 || column == 0 {
                        wmove(window, Int32(index / columns), Int32(column))
                    }
                    let pair = colours.pair(foreground: cell.foreground, background: cell.background, frame: grid)
                    _ = palette_add_cell(window, wchar_t(bitPattern: cell.glyph.value), Self.attributes(cell.attributes),
                                         pair)
                    lastWritten = index
                }
            }
        }
        previous = grid
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets the screen contents so the next frame is drawn in full.
    func invalidate() { previous = nil }

    private static func attributes(_ attributes: CellAttributes) -> attr_t {
        var result = palette_a_normal()
        if attributes.contains(.bold) { result |= palette_a_bold() }
        if attributes.contains(.underline) { result |= palette_a_underline() }
        if attributes.contains(.reverse) { result |= palette_a_reverse() }
        if attributes.contains(.dim) { result |= palette_a_dim() }
        return result
    }

    /// Reads every pending key, mouse event and resize without blocking.
    func readInput() -> [InputEvent] {
        var events: [InputEvent] = []
        while true {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                let keyCode = Int32(bitPattern: code)
                if keyCode == KEY_RESIZE {
                    previous = nil
                    events.append(.resize(size))
                } else if keyCode == KEY_MOUSE {
                    if let event = readMouse() { events.append(.mouse(event)) }
                } else if let key = KeyDecoding.key(functionKey: keyCode) {
                    events.append(.key(key))
                }
            } else if let key = KeyDecoding.key(character: UInt32(code)) {
                events.append(.key(key))
            }
        }
        return events
    }

    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let button: MouseButton
        if palette_mouse_is_wheel_up(event.bstate) != 0 {
            button = .scrollUp
        } else if palette_mouse_is_wheel_down(event.bstate) != 0 {
            button = .scrollDown
        } else if palette_mouse_is_button1(event.bstate) != 0 {
            button = .left
        } else {
            return nil
        }
        return MouseEvent(column: Int(event.x), row: Int(event.y), button: button)
    }

    /// Writes bytes straight to the terminal (after curses' own output), e.g. an OSC 52
    /// sequence.
    func writeRaw(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    /// Reads back a drawn cell for tests: glyph and the colour numbers of its pair.
    func cellForTesting(column: Int, row: Int) -> (glyph: Unicode.Scalar, foreground: Int32, background: Int32)? {
        var glyph: wchar_t = 0, attributes: attr_t = 0, pair: Int32 = 0
        guard palette_read_cell(window, Int32(row), Int32(column), &glyph, &attributes, &pair) == OK else { return nil }
        var fg: Int32 = 0, bg: Int32 = 0
        guard extended_pair_content(pair, &fg, &bg) == OK,
              let scalar = Unicode.Scalar(UInt32(bitPattern: glyph)) else { return nil }
        return (scalar, fg, bg)
    }

    /// The 0-1000 components of a colour slot, for tests of redefined mode.
    func colourForTesting(_ number: Int32) -> (Int32, Int32, Int32)? {
        var r: Int32 = 0, g: Int32 = 0, b: Int32 = 0
        guard extended_color_content(number, &r, &g, &b) == OK else { return nil }
        return (r, g, b)
    }
}

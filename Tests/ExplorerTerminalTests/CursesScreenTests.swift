import ColorScience
import ExplorerCore
@testable import ExplorerTerminal
import Foundation
import Testing

/// Opens a screen on /dev/null (no TTY needed) and closes it after `body`. ncurses state is
/// global, so every test of this suite runs serially.
@MainActor
private func withScreen(term: String, colorterm: String? = nil, preference: ColourModePreference = .auto,
                        pairLimit: Int? = nil, _ body: (CursesScreen) throws -> Void) throws {
    guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
        Issue.record("cannot open /dev/null")
        return
    }
    defer {
        fclose(output)
        fclose(input)
    }
    let screen = try CursesScreen(ScreenSetup(term: term, colorterm: colorterm, preference: preference,
                                              output: output, input: input, pairLimit: pairLimit))
    defer { screen.close() }
    try body(screen)
}

/// A grid of the screen's size with a swatch row of the given colours at the top left.
private func grid(size: GridSize, colours: [RGB8], background: RGB8 = RGB8(r: 20, g: 20, b: 20)) -> CellGrid {
    var grid = CellGrid(size: size, filling: Cell(glyph: " ", foreground: RGB8(r: 200, g: 200, b: 200),
                                                  background: background))
    for (index, colour) in colours.enumerated() {
        grid[index, 0] = Cell(glyph: "█", foreground: colour, background: colour)
    }
    grid.write("#0abcde", column: 0, row: 1, style: CellStyle(foreground: RGB8(r: 0, g: 0, b: 0),
                                                               background: RGB8(r: 255, g: 255, b: 255)))
    return grid
}

private let colours = [RGB8(r: 0x26, g: 0x46, b: 0x53), RGB8(r: 0, g: 0, b: 0), RGB8(r: 0, g: 0, b: 5),
                       RGB8(r: 0xe9, g: 0xc4, b: 0x6a), RGB8(r: 255, g: 255, b: 255), RGB8(r: 0x5f, g: 0x87, b: 0xaf)]

@Suite("ncurses screen", .serialized)
@MainActor
struct CursesScreenTests {
    @Test("direct colour: every cell reads back with its exact 24-bit colours")
    func directColour() throws {
        try withScreen(term: "xterm-direct") { screen in
            #expect(screen.colourMode == .direct)
            let frame = grid(size: screen.size, colours: colours)
            screen.draw(frame)
            for (index, colour) in colours.enumerated() {
                let cell = try #require(screen.cellForTesting(column: index, row: 0))
                #expect(cell.glyph == "█")
                #expect(cell.foreground == ColourNumbers.direct(colour) && cell.background == cell.foreground)
            }
            #expect(screen.cellForTesting(column: 1, row: 0)?.background == 0x000100)
            let hex = try #require(screen.cellForTesting(column: 1, row: 1))
            #expect(hex.glyph == "0" && hex.foreground == 0x000100 && hex.background == 0xFFFFFF)
            #expect(screen.approximatedCells == 0)
        }
    }

    @Test("COLORTERM=truecolor with a 256-colour TERM switches to its direct variant")
    func colortermSwitch() throws {
        try withScreen(term: "xterm-256color", colorterm: "truecolor") { screen in
            #expect(screen.terminalName == "xterm-direct")
            #expect(screen.colourMode == .direct)
        }
        try withScreen(term: "xterm-256color", preference: .truecolor) { screen in
            #expect(screen.colourMode == .direct)
        }
    }

    @Test("256 colours with ccc: slots are redefined to the exact colours, on the 0-1000 scale")
    func redefined() throws {
        try withScreen(term: "xterm-256color") { screen in
            #expect(screen.colourMode == .redefined(colours: 256))
            screen.draw(grid(size: screen.size, colours: colours))
            for (index, colour) in colours.enumerated() {
                let cell = try #require(screen.cellForTesting(column: index, row: 0))
                #expect(cell.foreground >= 16 && cell.foreground < 256)
                let components = try #require(screen.colourForTesting(cell.background))
                #expect(components.0 == ColourNumbers.permille(colour.r))
                #expect(components.1 == ColourNumbers.permille(colour.g))
                #expect(components.2 == ColourNumbers.permille(colour.b))
            }
        }
    }

    @Test("--color 256 uses the nearest fixed colours")
    func nearest() throws {
        try withScreen(term: "xterm-256color", preference: .palette256) { screen in
            #expect(screen.colourMode == .palette256)
            screen.draw(grid(size: screen.size, colours: colours))
            for (index, colour) in colours.enumerated() {
                #expect(screen.cellForTesting(column: index, row: 0)?.background == ColourNumbers.nearest256(colour))
            }
        }
    }

    @Test("pairs are budgeted per frame: unused ones are released, none recycled under a visible cell")
    func pairBudget() throws {
        try withScreen(term: "xterm-direct", pairLimit: 12) { screen in
            // 11 usable pairs. Frame 1: 8 swatches + text + hex = 10 combinations.
            let first = (0..<8).map { RGB8(r: UInt8($0 * 30), g: 100, b: 50) }
            screen.draw(grid(size: screen.size, colours: first))
            // Frame 2: 8 other colours; stale pairs must be released to make room.
            let second = (0..<8).map { RGB8(r: 10, g: UInt8($0 * 30), b: 200) }
            screen.draw(grid(size: screen.size, colours: second))
            for (index, colour) in second.enumerated() {
                #expect(screen.cellForTesting(column: index, row: 0)?.background == ColourNumbers.direct(colour))
            }
            #expect(screen.cellForTesting(column: 40, row: 5)?.background == ColourNumbers.direct(RGB8(r: 20, g: 20, b: 20)))
            #expect(screen.approximatedCells == 0)
            // Frame 3: more combinations than pairs: the excess is approximated and counted,
            // and the cells that got pairs keep their exact colours.
            let third = (0..<14).map { RGB8(r: 250, g: UInt8($0 * 15), b: 0) }
            screen.draw(grid(size: screen.size, colours: third))
            #expect(screen.approximatedCells > 0)
            #expect(screen.cellForTesting(column: 0, row: 0)?.background == ColourNumbers.direct(third[0]))
        }
    }

    @Test("unknown and colourless terminals give typed errors")
    func errors() {
        #expect(throws: TerminalError.unknownTerminal(term: "no-such-terminal-xyz")) {
            try withScreen(term: "no-such-terminal-xyz") { _ in }
        }
        #expect(throws: TerminalError.unknownTerminal(term: "")) {
            try withScreen(term: "") { _ in }
        }
        #expect(throws: TerminalError.noColours(term: "dumb")) {
            try withScreen(term: "dumb") { _ in }
        }
    }

    @Test("a full explorer frame draws and a second frame only changes what differs")
    func explorerFrame() throws {
        try withScreen(term: "xterm-direct") { screen in
            let explorer = Explorer(environment: ExplorerEnvironment(generators: [], encoders: []),
                                    configuration: ExplorerConfiguration(size: screen.size, seed: 1,
                                                                         colourModeName: screen.colourMode.name))
            let frame = explorer.render()
            #expect(frame.size == GridSize(columns: 80, rows: 24))  // terminfo's default size off a TTY
            #expect(frame.text(ofRow: 0).contains("palette"))
            screen.draw(frame)
            let status = frame.size.rows - 1
            for column in 0..<frame.size.columns {
                let cell = try #require(screen.cellForTesting(column: column, row: status))
                #expect(cell.glyph == frame[column, status].glyph)
                #expect(cell.background == ColourNumbers.direct(frame[column, status].background))
            }
        }
    }
}

import CNcurses
import ExplorerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real ncurses screen whose output goes to /dev/null: for benchmarks and tests of the
/// drawing path (colour pairs, difference drawing) without a terminal. Only one screen may be
/// open at a time in a process.
@MainActor
public final class OffscreenTerminal {
    private let screen: CursesScreen
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>

    /// Opens a screen for terminal description `term` (e.g. `xterm-direct`) resized to `size`.
    public init(term: String, size: GridSize, colourMode: ColourModePreference = .auto) throws(TerminalError) {
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw .setupFailed(step: "open /dev/null")
        }
        do {
            screen = try CursesScreen(ScreenSetup(term: term, colorterm: nil, preference: colourMode,
                                                  output: output, input: input))
        } catch {
            fclose(output)
            fclose(input)
            throw error
        }
        self.output = output
        self.input = input
        resizeterm(Int32(size.rows), Int32(size.columns))
    }

    /// The colour mode in use.
    public var colourMode: ColourMode { screen.colourMode }

    /// The screen's size.
    public var size: GridSize { screen.size }

    /// Draws a frame (by difference with the previous one) and flushes it to /dev/null.
    public func draw(_ grid: CellGrid) { screen.draw(grid) }

    /// Closes the screen. Call once, before opening another.
    public func close() {
        screen.close()
        fclose(output)
        fclose(input)
    }
}

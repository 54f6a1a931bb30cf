import ArgumentParser
import ColorScience

/// Palettes typed on the command line as hex codes.
enum HexPalette {
    /// Parses the values of one option (e.g. `--from`) into exactly `count` colours. Each value
    /// may hold several codes separated by spaces or commas, as `y` in the explorer copies them.
    /// - Throws: `ValidationError` naming the option and the offending text.
    static func parse(_ values: [String], option: String, count: Int) throws -> [RGB8] {
        let codes = values.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) }
        var colours: [RGB8] = []
        for code in codes {
            do {
                colours.append(try RGB8(hex: String(code)))
            } catch {
                throw ValidationError("\(option): \"\(code)\" is not a hex colour (expected #rrggbb or #rgb).")
            }
        }
        guard colours.count == count else {
            throw ValidationError("\(option) needs exactly \(count) colours (got \(colours.count)).")
        }
        return colours
    }
}

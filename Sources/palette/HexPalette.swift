import ArgumentParser
import ColorScience

/// Palettes typed on the command line as hex codes.
enum HexPalette {
    /// Parses the values of one option (e.g. `--from`) into exactly `count` colours. Each value
    /// may hold several codes separated by spaces or commas, as `y` in the explorer copies them.
    /// - Throws: `ValidationError` naming the option and the offending text.
    static func parse(_ values: [String], option: String, count: Int) throws -> [RGB8] {
        try parse(values, option: option, counts: count...count)
    }

    /// Parses the values as `parse(_:option:count:)` does, accepting any number of colours in
    /// `counts`.
    /// - Throws: `ValidationError` naming the option and the offending text.
    static func parse(_ values: [String], option: String, counts: ClosedRange<Int>) throws -> [RGB8] {
        let codes = values.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) }
        var colours: [RGB8] = []
        for code in codes {
            do {
                colours.append(try RGB8(hex: String(code)))
            } catch {
                throw ValidationError("\(option): \"\(code)\" is not a hex colour (expected #rrggbb or #rgb).")
            }
        }
        guard counts.contains(colours.count) else {
            let needed = counts.count == 1 ? "exactly \(counts.lowerBound)" : "\(counts.lowerBound) to \(counts.upperBound)"
            throw ValidationError("\(option) needs \(needed) colours (got \(colours.count)).")
        }
        return colours
    }
}

/// Errors raised by ColorScience on bad input. Each case carries the offending input.
public enum ColorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a colour in `#rgb` or `#rrggbb` form (the `#` optional).
    case invalidHex(String)
    /// Two palettes that must have the same number of colours do not.
    case paletteSizeMismatch(Int, Int)
    /// A cost matrix for an assignment is not square.
    case costMatrixNotSquare(rows: Int, columns: Int)
    /// A list of weights does not have one weight per colour.
    case weightCountMismatch(colors: Int, weights: Int)

    public var description: String {
        switch self {
        case .invalidHex(let text):
            return "not a hex colour: \"\(text)\" (expected #rgb or #rrggbb)"
        case .paletteSizeMismatch(let a, let b):
            return "palettes differ in size: \(a) and \(b) colours"
        case .costMatrixNotSquare(let rows, let columns):
            return "cost matrix is not square: \(rows) rows, a row of \(columns) columns"
        case .weightCountMismatch(let colors, let weights):
            return "\(weights) weights given for \(colors) colours"
        }
    }
}

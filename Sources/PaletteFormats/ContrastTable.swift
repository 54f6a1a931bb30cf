import ColorScience

/// The WCAG 2.x contrast ratios of every pair of a palette's colours, as `palette contrast`
/// prints them.
///
/// Ratios are shown with two decimals, truncated rather than rounded, so that a shown ratio never
/// reaches a level the exact one misses (WCAG compares unrounded ratios: 4.499:1 is not 4.5:1).
public struct ContrastTable: Sendable {
    /// One unordered pair of colours.
    public struct Pair: Hashable, Sendable {
        /// Index of the first colour.
        public var first: Int
        /// Index of the second colour, greater than `first`.
        public var second: Int
        /// WCAG contrast ratio, 1...21.
        public var ratio: Double
        /// Level reached for normal text (4.5:1 AA, 7:1 AAA).
        public var normalText: ContrastLevel { .normalText(ratio) }
        /// Level reached for large text (3:1 AA, 4.5:1 AAA).
        public var largeText: ContrastLevel { .largeText(ratio) }
    }

    /// The colours, in the order given.
    public let colors: [RGB8]
    /// Every pair `first < second`, in index order.
    public let pairs: [Pair]

    /// Computes the ratios of every pair of `colors`.
    public init(colors: [RGB8]) {
        self.colors = colors
        pairs = colors.indices.flatMap { i in
            colors.indices.filter { $0 > i }.map { j in
                Pair(first: i, second: j, ratio: colors[i].contrastRatio(with: colors[j]))
            }
        }
    }

    /// Columns of a grid cell: the longest cell (`21.00 AAA`, `4.47 AA-L`) is 9, plus a space
    /// each side.
    public static let cellWidth = 11

    /// The legend printed under the text grid, one line per mark.
    public static let legend = """
        AAA  7:1 or more: normal and large text, level AAA
        AA   4.5:1 or more: normal text AA, large text AAA
        AA-L 3:1 or more: large text only, level AA
        fail under 3:1
        """

    /// A grid with one row and one column per colour; each cell holds the pair's ratio and its
    /// mark (see `legend`), followed by the legend. With a swatch style, each row starts with a
    /// swatch of its colour.
    public func text(style: TextStyle) -> String {
        func pad(_ s: String) -> String { String(repeating: " ", count: max(0, Self.cellWidth - s.count)) + s }
        // Row labels: "#rrggbb", after a two-cell swatch and a space unless plain.
        let labelWidth = style == .plain ? 7 : 10
        var lines = [String(repeating: " ", count: labelWidth) + colors.map { pad($0.hex) }.joined()]
        for (i, color) in colors.enumerated() {
            let label = style == .plain ? color.hex : TextEncoding.swatch(color, style: style, width: 2) + " " + color.hex
            lines.append(label + colors.indices.map { pad(cell(i, $0)) }.joined())
        }
        return (lines + [""] + Self.legend.split(separator: "\n").map(String.init)).map { $0 + "\n" }.joined()
    }

    /// The grid cell of row `i` and column `j`: the ratio and its mark (`4.54 AA`), or `-` on
    /// the diagonal.
    public func cell(_ i: Int, _ j: Int) -> String {
        guard i != j else { return "-" }
        let ratio = colors[i].contrastRatio(with: colors[j])
        return Self.formatted(ratio) + " " + Self.mark(ratio)
    }

    /// A JSON array with one object per pair:
    /// `{"colors": ["#rrggbb", "#rrggbb"], "ratio": 4.54, "normal": "AA", "large": "AAA"}`, levels
    /// `"AAA"`, `"AA"` or `"fail"`; `[]` for fewer than two colours.
    public func json() -> String {
        guard !pairs.isEmpty else { return "[]\n" }
        let objects = pairs.map { pair in
            let hexes = [colors[pair.first], colors[pair.second]].map { JSONEncoding.quoted($0.hex) }
            return "  {\"colors\": [\(hexes.joined(separator: ", "))], \"ratio\": \(Self.formatted(pair.ratio)), "
                + "\"normal\": \"\(pair.normalText.rawValue)\", \"large\": \"\(pair.largeText.rawValue)\"}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// The grid mark of a ratio: AAA, AA, AA-L (large text only) or fail.
    static func mark(_ ratio: Double) -> String {
        switch (ContrastLevel.normalText(ratio), ContrastLevel.largeText(ratio)) {
        case (.aaa, _): "AAA"
        case (.aa, _): "AA"
        case (.fail, .fail): "fail"
        case (.fail, _): "AA-L"
        }
    }

    /// The ratio truncated to two decimals, e.g. `4.54`, `21.00`. A tolerance of 1e-9 keeps
    /// ratios such as 21 (computed as 20.999...) whole.
    static func formatted(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100 + 1e-9).rounded(.down))
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

/// Small text formatting helpers (no Foundation in the core).
enum Format {
    /// `value` with exactly `digits` decimals, rounded half away from zero, e.g. `1.50`.
    static func fixed(_ value: Float, _ digits: Int) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (Double(value) * Double(scale)).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        let whole = magnitude / scale, fraction = magnitude % scale
        var text = "\(whole)"
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return negative && magnitude != 0 ? "-" + text : text
    }

    /// Like `fixed`, with a `+` sign for positive values.
    static func signed(_ value: Float, _ digits: Int) -> String {
        let text = fixed(value, digits)
        return text.hasPrefix("-") || text == fixed(0, digits) ? text : "+" + text
    }

    /// The last path component.
    static func fileName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? path
    }
}

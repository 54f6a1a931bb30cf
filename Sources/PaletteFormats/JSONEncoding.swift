import ColorScience

/// The `json` and `jsonl` formats, written by hand so keys keep the documented order.
enum JSONEncoding {
    /// An array with one object per record, one object per line.
    static func json(_ records: [PaletteRecord]) -> String {
        guard !records.isEmpty else { return "[]\n" }
        return "[\n" + records.map { "  " + object($0) }.joined(separator: ",\n") + "\n]\n"
    }

    /// One object per record, each on its own line.
    static func jsonLines(_ records: [PaletteRecord]) -> String {
        records.map { object($0) + "\n" }.joined()
    }

    private static func object(_ record: PaletteRecord) -> String {
        let origin: String
        switch record.origin {
        case .image(let path): origin = "\"image\": \(quoted(path))"
        case .named(let name): origin = "\"name\": \(quoted(name))"
        }
        let colors = record.colors.map { quoted($0.hex) }.joined(separator: ", ")
        return "{\(origin), \"method\": \(quoted(record.method)), \"colors\": [\(colors)]}"
    }

    /// A JSON string literal (RFC 8259): quote, backslash and control characters escaped, other
    /// characters as they are.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let digits = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

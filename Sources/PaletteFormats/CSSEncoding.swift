import ColorScience

/// The `css` format: custom properties in one `:root` rule.
enum CSSEncoding {
    static func css(_ records: [PaletteRecord], collection: Bool) -> String {
        var lines = [":root {"]
        var used: Set<String> = []
        for record in records {
            var prefix = "palette"
            if collection {
                lines.append("  /* \(commentSafe(record.label)) */")
                prefix = unique(slug(record.label), in: &used)
            }
            for (index, color) in record.colors.enumerated() {
                lines.append("  --\(prefix)-\(index + 1): \(color.hex);")
            }
        }
        lines.append("}")
        return lines.map { $0 + "\n" }.joined()
    }

    /// A property-name stem from a label: the last path component without its extension,
    /// lowercased, runs of anything but ASCII letters and digits turned into one `-`;
    /// `palette` if nothing is left.
    static func slug(_ label: String) -> String {
        var base = Substring(label.split(separator: "/", omittingEmptySubsequences: true).last ?? "")
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        var out = ""
        for scalar in base.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "palette" : out
    }

    private static func unique(_ stem: String, in used: inout Set<String>) -> String {
        var candidate = stem
        var n = 2
        while used.contains(candidate) {
            candidate = "\(stem)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    private static func commentSafe(_ text: String) -> String {
        text.replacingControlCharacters().replacing("*/", with: "* /")
    }
}

import ColorScience

/// The `gpl` format (GIMP palette, also read by Inkscape and Krita): a header, then one
/// `R G B<TAB>name` line per colour with right-aligned channels; `#` starts a comment.
enum GPLEncoding {
    static func gpl(_ records: [PaletteRecord], collection: Bool) -> String {
        let name = collection ? "Palettes" : (records.first?.label ?? "Palette")
        let columns = records.map(\.colors.count).max() ?? 0
        var lines = ["GIMP Palette", "Name: \(name.replacingControlCharacters())", "Columns: \(columns)", "#"]
        for record in records {
            if collection { lines.append("# \(record.label.replacingControlCharacters())") }
            lines += record.colors.map { "\(pad($0.r)) \(pad($0.g)) \(pad($0.b))\t\($0.hex)" }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func pad(_ value: UInt8) -> String {
        let digits = String(value)
        return String(repeating: " ", count: 3 - digits.count) + digits
    }
}

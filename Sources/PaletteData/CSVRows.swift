// Splitting CSV text into lines and cells: the small subset of RFC 4180 the palette files use.
// Pure logic, no I/O.

/// One non-blank line of a CSV file, split into cells, with its 1-based line number.
struct CSVRow: Sendable, Equatable {
    /// The 1-based line number in the file.
    var line: Int
    /// The cells, unquoted, with surrounding spaces and tabs trimmed.
    var cells: [String]
}

enum CSVRows {
    /// Splits `text` into rows. Accepts LF and CRLF line ends, a UTF-8 byte order mark at the
    /// start, and a missing or extra trailing newline; blank lines are skipped. A cell may be
    /// quoted with `"` (a doubled `""` inside stands for one quote), so it can hold commas; a
    /// quoted cell may not span lines.
    static func parse(_ text: String) -> [CSVRow] {
        var rows: [CSVRow] = []
        var lineNumber = 0
        // Split on the byte LF: as Characters, CR LF is one grapheme and would not match "\n".
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = rawLine[...]
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            var line = Substring(decoding: bytes, as: UTF8.self)
            if lineNumber == 1, line.first == "\u{FEFF}" { line.removeFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append(CSVRow(line: lineNumber, cells: cells(of: line)))
        }
        return rows
    }

    /// The cells of one line.
    static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        var wasQuoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if quoted {
                if character == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "," {
                cells.append(wasQuoted ? current : trimmed(current))
                current = ""
                wasQuoted = false
            } else if character == "\"" && trimmed(current).isEmpty {
                current = ""
                quoted = true
                wasQuoted = true
            } else {
                current.append(character)
            }
            index = line.index(after: index)
        }
        cells.append(wasQuoted ? current : trimmed(current))
        return cells
    }

    /// A cell quoted when it holds a comma, quote or line break or surrounding spaces.
    static func escaped(_ cell: String) -> String {
        let needsQuotes = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.first == " " || cell.last == " "
        guard needsQuotes else { return cell }
        var quotedCell = "\""
        for character in cell {
            if character == "\"" { quotedCell.append("\"") }
            quotedCell.append(character)
        }
        quotedCell.append("\"")
        return quotedCell
    }

    private static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let first = s.first, first == " " || first == "\t" { s.removeFirst() }
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}

import ColorScience
import ExplorerCore
import Foundation
import Testing

/// Text form of a rendered grid: the glyphs, then one symbol per cell naming its style, then the
/// legend of styles. Golden files live in `Snapshots/`; run with `RECORD_SNAPSHOTS=1` to
/// (re)record them.
func snapshotText(_ grid: CellGrid) -> String {
    var symbols: [CellStyle: Character] = [:]
    var legend: [String] = []
    var glyphLines: [String] = []
    var styleLines: [String] = []
    for row in 0..<grid.size.rows {
        var glyphs = String.UnicodeScalarView()
        var styles = ""
        for column in 0..<grid.size.columns {
            let cell = grid[column, row]
            glyphs.append(cell.glyph)
            let style = cell.style
            if symbols[style] == nil {
                let symbol = styleSymbol(symbols.count)
                symbols[style] = symbol
                legend.append("\(symbol) " + describe(style))
            }
            styles.append(symbols[style]!)
        }
        glyphLines.append("|" + String(glyphs) + "|")
        styleLines.append("|" + styles + "|")
    }
    return (["size \(grid.size)", "glyphs"] + glyphLines + ["styles"] + styleLines + ["legend"] + legend)
        .joined(separator: "\n") + "\n"
}

private func styleSymbol(_ index: Int) -> Character {
    let ranges: [ClosedRange<UInt32>] = [0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x3B1...0x3C9, 0x410...0x44F]
    var remaining = index
    for range in ranges {
        if remaining < range.count { return Character(Unicode.Scalar(range.lowerBound + UInt32(remaining))!) }
        remaining -= range.count
    }
    return Character(Unicode.Scalar(0x4E00 + UInt32(remaining))!)
}

private func describe(_ style: CellStyle) -> String {
    var text = "fg " + style.foreground.hex + " bg " + style.background.hex
    if style.attributes.contains(.bold) { text += " bold" }
    if style.attributes.contains(.reverse) { text += " reverse" }
    if style.attributes.contains(.underline) { text += " underline" }
    if style.attributes.contains(.dim) { text += " dim" }
    return text
}

/// Compares a grid with the golden file `Snapshots/<name>.txt`, recording it when
/// `RECORD_SNAPSHOTS=1` (the test then fails once, so a recording is never mistaken for a pass).
func assertSnapshot(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation,
                    filePath: String = #filePath) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = snapshotText(grid)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("Missing snapshot \(file.path); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let detail = firstDifference.map {
            "line \($0.offset + 1):\n  expected \($0.element.0)\n  actual   \($0.element.1)"
        } ?? "line counts differ (\(expectedLines.count) vs \(actualLines.count))"
        Issue.record("Snapshot \(name) differs at \(detail)", sourceLocation: sourceLocation)
    }
}

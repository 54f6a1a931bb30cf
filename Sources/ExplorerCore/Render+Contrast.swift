import ColorScience
import PaletteFormats

extension Explorer {
    /// Draws the WCAG contrast grid of the selected palette (as seen with the simulated
    /// deficiency, if any) in a box over the screen: each cell written in its row's colour on its
    /// column's colour, so that it is also a sample of the pair. Columns and lines that do not
    /// fit are left out.
    func drawContrast(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        guard let palette = selectedPalette() else { return }
        let colours = palette.colours.map { state.simulation?.simulate($0) ?? $0 }
        let table = ContrastTable(colors: colours)
        let labelWidth = 10, cellWidth = ContrastTable.cellWidth
        let legend = ContrastTable.legend.split(separator: "\n")
        let width = min(state.size.columns - 2, labelWidth + cellWidth * colours.count + 4)
        let height = min(layout.content.height, colours.count + legend.count + 4)
        let box = CellRect(column: (state.size.columns - width) / 2,
                           row: layout.content.row + (layout.content.height - height) / 2, width: width, height: height)
        let shownColumns = min(colours.count, (width - 4 - labelWidth) / cellWidth)
        let panel = CellStyle(foreground: Theme.text, background: Theme.bar)
        let faint = CellStyle(foreground: Theme.faint, background: Theme.bar)
        grid.fill(box, with: Cell(" ", panel))
        drawFrame(&grid, box, style: CellStyle(foreground: Theme.accent, background: Theme.bar))
        let title = " Contrast (WCAG)" + (state.simulation.map { " · \($0.rawValue)" } ?? "") + " "
        grid.write(title, column: box.column + 2, row: box.row,
                   style: CellStyle(foreground: Theme.accent, background: Theme.bar, attributes: .bold), limit: width - 4)
        func padded(_ text: String) -> String { String(repeating: " ", count: max(0, cellWidth - 2 - text.count)) + text }
        let left = box.column + 2, bottom = box.row + height - 1
        var row = box.row + 1
        for j in 0..<shownColumns {
            grid.write(padded(colours[j].hex), column: left + labelWidth + j * cellWidth + 1, row: row, style: panel)
        }
        for (i, colour) in colours.enumerated() {
            row += 1
            if row >= bottom { break }
            grid.fill(CellRect(column: left, row: row, width: 2, height: 1),
                      with: Cell(glyph: "█", foreground: colour, background: colour))
            grid.write(colour.hex, column: left + 3, row: row, style: panel)
            for j in 0..<shownColumns {
                let style = i == j ? faint : CellStyle(foreground: colour, background: colours[j])
                grid.write(" " + padded(table.cell(i, j)) + " ", column: left + labelWidth + j * cellWidth, row: row,
                           style: style)
            }
        }
        row += 1
        for line in legend {
            row += 1
            if row >= bottom { break }
            grid.write(line, column: left, row: row, style: faint, limit: width - 4)
        }
        let footer = " any key closes "
        grid.write(footer, column: box.column + width - footer.count - 2, row: bottom, style: faint)
    }
}

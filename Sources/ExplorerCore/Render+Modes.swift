import ColorScience

extension Explorer {
    func drawExplore(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        guard generator != nil else {
            let text = "No model is loaded: open an image with o, or see palette --help"
            grid.write(text, column: 2, row: layout.content.row + 1, style: Theme.plain)
            return
        }
        let palettes = layout.paletteGrid
        for row in 0..<palettes.rows {
            for column in 0..<palettes.columns {
                let index = row * palettes.columns + column
                guard index < state.visible.count else { continue }
                let isCentre = row == palettes.centreRow && column == palettes.centreColumn
                drawPaletteBox(&grid, palettes, column: column, row: row, index: index,
                               frame: isCentre ? Theme.accent : nil, tag: nil)
            }
        }
    }

    func drawInterpolation(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        guard let interpolation = state.interpolation else { return }
        let palettes = layout.paletteGrid
        for index in 0..<state.visible.count {
            let column = index % palettes.columns, row = index / palettes.columns
            let tag: String? = index == 0 ? "A" : (index == state.visible.count - 1 ? "B" : nil)
            drawPaletteBox(&grid, palettes, column: column, row: row, index: index,
                           frame: index == interpolation.selected ? Theme.accent : (tag != nil ? Theme.mark : nil),
                           tag: tag)
        }
    }

    private func drawPaletteBox(_ grid: inout CellGrid, _ palettes: PaletteGridLayout, column: Int, row: Int,
                                index: Int, frame: RGB8?, tag: String?) {
        let box = palettes.box(column: column, row: row)
        if let frame {
            drawFrame(&grid, box, style: CellStyle(foreground: frame, background: Theme.background))
        }
        if let tag {
            grid.write(" \(tag) ", column: box.column + 2, row: box.row,
                       style: CellStyle(foreground: frame ?? Theme.mark, background: Theme.background, attributes: .bold))
        }
        drawSwatches(&grid, state.visible.palette(index), column: box.column + 1, row: box.row + 1,
                     width: palettes.swatchWidth, height: PaletteGridLayout.swatchHeight, hexRow: 1)
    }

    func drawImageMode(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        guard let image = state.image else { return }
        let panes = layout.imagePanes
        if let thumbnail = image.thumbnail {
            let area = panes.imageArea
            let left = area.column + (area.width - thumbnail.columns) / 2
            let top = area.row + (area.height - thumbnail.rows) / 2
            for row in 0..<thumbnail.rows {
                for column in 0..<thumbnail.columns {
                    let index = row * thumbnail.columns + column
                    grid[left + column, top + row] = Cell(glyph: "▀", foreground: thumbnail.upper[index],
                                                          background: thumbnail.lower[index])
                }
            }
        }
        let list = panes.list
        if image.palettes.isEmpty {
            let text = image.pendingExtraction != nil ? "Extracting palettes…" : "No palettes"
            grid.write(text, column: list.area.column, row: list.area.row, style: Theme.plain)
            return
        }
        let first = list.firstVisible(selected: image.selected)
        for index in first..<min(image.palettes.count, first + list.visibleCount) {
            let top = list.area.row + (index - first) * ImagePanesLayout.entryHeight
            let selected = index == image.selected
            let entry = image.palettes[index]
            drawListMarker(&grid, selected: selected, column: list.area.column, row: top)
            grid.write(entry.palette.label, column: list.area.column + 2, row: top,
                       style: labelStyle(selected: selected), limit: list.area.width - 2)
            drawSwatches(&grid, entry.palette.colours.prefix(paletteColourCount), column: list.area.column + 2,
                         row: top + 1, width: panes.swatchWidth, height: 2, hexRow: 0)
        }
    }

    func drawFavourites(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        let favourites = state.favourites
        let list = layout.favouritesList
        if favourites.entries.isEmpty {
            let text: String
            if let failure = favourites.failure {
                text = "The favourites cannot be read: \(failure)"
            } else {
                text = favourites.loaded ? "No favourites yet: press s on a palette to save it" : "Reading favourites…"
            }
            grid.write(text, column: 2, row: list.area.row + 1, style: Theme.plain, limit: list.area.width - 4)
            return
        }
        let swatchWidth = PaletteGridLayout.minimumSwatchWidth + 1
        let first = list.firstVisible(selected: favourites.selected)
        for index in first..<min(favourites.entries.count, first + list.visibleCount) {
            let row = list.area.row + index - first
            let selected = index == favourites.selected
            let entry = favourites.entries[index]
            drawListMarker(&grid, selected: selected, column: 1, row: row)
            drawSwatches(&grid, entry.colours.prefix(paletteColourCount), column: 3, row: row,
                         width: swatchWidth, height: 1, hexRow: 0)
            let labelColumn = 3 + paletteColourCount * swatchWidth + 2
            grid.write(entry.label, column: labelColumn, row: row, style: labelStyle(selected: selected),
                       limit: max(0, list.area.width - labelColumn - 1))
        }
    }

    private func drawListMarker(_ grid: inout CellGrid, selected: Bool, column: Int, row: Int) {
        if selected {
            grid[column, row] = Cell(glyph: "▶", foreground: Theme.accent, background: Theme.background)
        }
    }

    private func labelStyle(selected: Bool) -> CellStyle {
        selected ? CellStyle(foreground: Theme.accent, background: Theme.background, attributes: .bold)
            : CellStyle(foreground: Theme.faint, background: Theme.background)
    }
}

import ColorScience

extension Explorer {
    /// Renders the current state into a new grid of the state's size.
    public func render() -> CellGrid {
        var grid = CellGrid(size: GridSize(columns: 0, rows: 0), filling: Theme.blank)
        render(into: &grid)
        return grid
    }

    /// Renders the current state into `grid`, resizing it to the state's size and reusing its
    /// storage. Pure: reads only the state (palettes were decoded by `handle`).
    public func render(into grid: inout CellGrid) {
        grid.reset(size: state.size, filling: Theme.blank)
        let layout = self.layout
        if layout.isTooSmall {
            drawTooSmall(&grid)
            return
        }
        drawHeader(&grid, layout)
        switch state.mode {
        case .explore: drawExplore(&grid, layout)
        case .interpolation: drawInterpolation(&grid, layout)
        case .image: drawImageMode(&grid, layout)
        case .favourites: drawFavourites(&grid, layout)
        }
        drawMessageRow(&grid, layout)
        drawStatus(&grid, layout)
        if state.showingContrast { drawContrast(&grid, layout) }
        if state.showingHelp { drawHelp(&grid, layout) }
    }

    // MARK: Chrome

    private func drawTooSmall(_ grid: inout CellGrid) {
        let lines = ["Window too small: \(state.size)", "need at least \(ScreenLayout.minimumSize)", "q quits"]
        let top = max(0, (state.size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (state.size.columns - line.count) / 2)
            grid.write(line, column: column, row: top + offset, style: Theme.plain)
        }
    }

    private func drawHeader(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        let row = layout.headerRow
        grid.fill(CellRect(column: 0, row: row, width: state.size.columns, height: 1),
                  with: Cell(" ", Theme.barStyle))
        let title: String
        switch state.mode {
        case .explore:
            let name = generator?.name ?? "no model"
            title = "Explore · latent plane of the \(name)" + (state.pendingMark != nil ? " · first end marked" : "")
        case .interpolation:
            title = "Interpolation · \(state.visible.count) palettes between the marked ends · Esc back"
        case .image:
            if let image = state.image {
                title = "Image · \(image.image.path) · \(image.image.originalWidth)x\(image.image.originalHeight) · Esc back"
            } else {
                title = "Image"
            }
        case .favourites:
            title = "Favourites · \(state.favourites.entries.count) · d deletes · Esc back"
        }
        let hint = "? help  q quit "
        let bold = CellStyle(foreground: Theme.text, background: Theme.bar, attributes: .bold)
        let written = grid.write(" palette · ", column: 0, row: row, style: bold)
        grid.write(title, column: written, row: row, style: Theme.barStyle,
                   limit: max(0, state.size.columns - written - hint.count - 1))
        grid.write(hint, column: state.size.columns - hint.count, row: row,
                   style: CellStyle(foreground: Theme.faint, background: Theme.bar))
    }

    /// The status line's fields: model, interval, point norm, noise position, colour mode, and
    /// the simulated deficiency when there is one.
    public var statusFields: [String] {
        let noise: String
        if let generator {
            noise = generator.noiseDimension > 0
                ? "noise " + Format.signed(state.plane.noisePosition * state.interval, 2) : "no noise axis"
        } else {
            noise = "no noise axis"
        }
        return [
            generator?.name ?? "no model",
            "interval " + Format.fixed(state.interval, 2),
            "|z| " + Format.fixed(state.plane.pointNorm(interval: state.interval), 2),
            noise,
            state.colourModeName,
        ] + (state.simulation.map { [$0.rawValue] } ?? [])
    }

    private func drawStatus(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        let row = layout.statusRow
        grid.fill(CellRect(column: 0, row: row, width: state.size.columns, height: 1), with: Cell(" ", Theme.barStyle))
        var column = 1
        for (index, field) in statusFields.enumerated() {
            if index > 0 {
                column += grid.write(" │ ", column: column, row: row,
                                     style: CellStyle(foreground: Theme.faint, background: Theme.bar))
            }
            let style = index == 0 ? CellStyle(foreground: Theme.accent, background: Theme.bar, attributes: .bold)
                : Theme.barStyle
            column += grid.write(field, column: column, row: row, style: style)
        }
    }

    private func drawMessageRow(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        let row = layout.messageRow
        if let prompt = state.prompt {
            drawPrompt(prompt, &grid, row: row)
        } else if let message = state.message {
            grid.write(message.text, column: 1, row: row,
                       style: CellStyle(foreground: Self.colour(of: message), background: Theme.background),
                       limit: state.size.columns - 2)
        }
    }

    private static func colour(of message: StatusMessage) -> RGB8 {
        switch message.kind {
        case .info: Theme.text
        case .success: Theme.success
        case .error: Theme.error
        }
    }

    private func drawPrompt(_ prompt: PromptState, _ grid: inout CellGrid, row: Int) {
        let label = Self.promptLabel(prompt.purpose, encoders: environment.encoders)
        let labelStyle = CellStyle(foreground: Theme.accent, background: Theme.background, attributes: .bold)
        let start = 1 + grid.write(label, column: 1, row: row, style: labelStyle, limit: state.size.columns / 2)
        let room = max(1, state.size.columns - start - 1)
        let characters = prompt.editor.characters
        // Scroll so the cursor stays visible.
        let first = max(0, prompt.editor.cursor - room + 1)
        for offset in 0..<room {
            let index = first + offset
            let isCursor = index == prompt.editor.cursor
            guard index < characters.count || isCursor else { break }
            let scalar = index < characters.count ? (characters[index].unicodeScalars.first ?? " ") : " "
            let style = CellStyle(foreground: Theme.text, background: Theme.background,
                                  attributes: isCursor ? .reverse : [])
            grid[start + offset, row] = Cell(scalar, style)
        }
        if prompt.candidates.isEmpty, let message = state.message {
            // A message about the prompt (an unknown format, a file that exists) above it.
            grid.write(message.text, column: 1, row: row - 1,
                       style: CellStyle(foreground: Self.colour(of: message), background: Theme.background),
                       limit: state.size.columns - 2)
        }
        if !prompt.candidates.isEmpty {
            let faint = CellStyle(foreground: Theme.faint, background: Theme.background)
            let text = prompt.candidates.joined(separator: "  ")
            let limit = state.size.columns - 2
            if text.count > limit {
                grid.write(text.prefix(limit - 1) + "…", column: 1, row: row - 1, style: faint)
            } else {
                grid.write(text, column: 1, row: row - 1, style: faint)
            }
        }
    }

    private func drawHelp(_ grid: inout CellGrid, _ layout: ScreenLayout) {
        let lines = KeyMap.help
        let keysWidth = (lines.map(\.keys.count).max() ?? 0) + 3
        let width = min(state.size.columns - 2, keysWidth + (lines.map(\.action.count).max() ?? 0) + 4)
        let height = min(layout.content.height, lines.count + 2)
        let box = CellRect(column: (state.size.columns - width) / 2, row: layout.content.row + (layout.content.height - height) / 2,
                           width: width, height: height)
        let panel = CellStyle(foreground: Theme.text, background: Theme.bar)
        grid.fill(box, with: Cell(" ", panel))
        drawFrame(&grid, box, style: CellStyle(foreground: Theme.accent, background: Theme.bar))
        grid.write(" Keys ", column: box.column + 2, row: box.row,
                   style: CellStyle(foreground: Theme.accent, background: Theme.bar, attributes: .bold))
        for (index, line) in lines.prefix(height - 2).enumerated() {
            let row = box.row + 1 + index
            grid.write(line.keys, column: box.column + 2, row: row,
                       style: CellStyle(foreground: Theme.accent, background: Theme.bar), limit: keysWidth)
            grid.write(line.action, column: box.column + 2 + keysWidth, row: row, style: panel,
                       limit: width - keysWidth - 3)
        }
        let footer = " any key closes "
        grid.write(footer, column: box.column + width - footer.count - 2, row: box.row + height - 1,
                   style: CellStyle(foreground: Theme.faint, background: Theme.bar))
    }

    // MARK: Building blocks

    /// Draws a single-line frame on the border of `rect`.
    func drawFrame(_ grid: inout CellGrid, _ rect: CellRect, style: CellStyle) {
        let right = rect.column + rect.width - 1, bottom = rect.row + rect.height - 1
        for column in rect.column + 1..<right {
            grid[column, rect.row] = Cell("─", style)
            grid[column, bottom] = Cell("─", style)
        }
        for row in rect.row + 1..<bottom {
            grid[rect.column, row] = Cell("│", style)
            grid[right, row] = Cell("│", style)
        }
        grid[rect.column, rect.row] = Cell("┌", style)
        grid[right, rect.row] = Cell("┐", style)
        grid[rect.column, bottom] = Cell("└", style)
        grid[right, bottom] = Cell("┘", style)
    }

    /// Draws swatches side by side from (`column`, `row`): each `width` x `height` cells of full
    /// blocks in its colour, with its hex code centred on row `hexRow` (relative) in black or
    /// white, whichever contrasts more. With a simulated deficiency, colour and code are the
    /// simulated ones.
    func drawSwatches<C: Collection<RGB8>>(_ grid: inout CellGrid, _ colours: C, column: Int, row: Int,
                                           width: Int, height: Int, hexRow: Int) {
        for (index, real) in colours.enumerated() {
            let colour = state.simulation?.simulate(real) ?? real
            let left = column + index * width
            grid.fill(CellRect(column: left, row: row, width: width, height: height),
                      with: Cell(glyph: "█", foreground: colour, background: colour))
            guard width >= 7, hexRow < height else { continue }
            let text = colour.preferredTextColor
            let g = SwatchText.hexGlyphs(colour)
            let start = left + (width - 7) / 2, y = row + hexRow
            // Cell by cell, without building a string or an array per swatch.
            func put(_ offset: Int, _ glyph: Unicode.Scalar) {
                grid[start + offset, y] = Cell(glyph: glyph, foreground: text, background: colour)
            }
            put(0, g.0); put(1, g.1); put(2, g.2); put(3, g.3); put(4, g.4); put(5, g.5); put(6, g.6)
        }
    }
}

/// Where things go on the screen for a given terminal size. Rendering and mouse hit-testing
/// use the same layout, so a click lands on what is drawn.
public struct ScreenLayout: Hashable, Sendable {
    /// The smallest size the explorer draws in; below it, it says the window is too small.
    public static let minimumSize = GridSize(columns: 60, rows: 16)

    /// The terminal size.
    public var size: GridSize

    /// Creates the layout for a size.
    public init(size: GridSize) { self.size = size }

    /// Whether the window is too small to draw in.
    public var isTooSmall: Bool {
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }

    /// The title bar.
    public var headerRow: Int { 0 }
    /// The row for messages and prompts.
    public var messageRow: Int { size.rows - 2 }
    /// The status bar.
    public var statusRow: Int { size.rows - 1 }
    /// The main area between the header and the message row.
    public var content: CellRect {
        CellRect(column: 0, row: 1, width: size.columns, height: max(0, size.rows - 3))
    }

    /// The grid of palette boxes of explore and interpolation modes.
    public var paletteGrid: PaletteGridLayout { PaletteGridLayout(area: content) }

    /// The image and palette-list panes of image mode.
    public var imagePanes: ImagePanesLayout { ImagePanesLayout(area: content) }

    /// The list of favourites: one row per entry.
    public var favouritesList: ListLayout {
        ListLayout(area: content, itemHeight: 1)
    }
}

/// A grid of palette boxes: each box is a frame one cell wide around five swatches of
/// `swatchWidth` x 3 cells, the hex code on the middle row.
public struct PaletteGridLayout: Hashable, Sendable {
    /// Narrowest swatch: the seven characters of `#rrggbb`.
    public static let minimumSwatchWidth = 7
    /// Widest swatch.
    public static let maximumSwatchWidth = 12
    /// Rows of a swatch.
    public static let swatchHeight = 3

    /// Number of box columns, >= 1.
    public let columns: Int
    /// Number of box rows, >= 1.
    public let rows: Int
    /// Width of each swatch in cells.
    public let swatchWidth: Int
    /// Left column of the first box.
    public let left: Int
    /// Top row of the first box.
    public let top: Int

    /// Box width: five swatches and the frame.
    public var boxWidth: Int { paletteColourCount * swatchWidth + 2 }
    /// Box height: the swatches and the frame.
    public var boxHeight: Int { Self.swatchHeight + 2 }
    /// Number of boxes.
    public var capacity: Int { columns * rows }
    /// The box column of the centre (the current point); left of centre when `columns` is even.
    public var centreColumn: Int { (columns - 1) / 2 }
    /// The box row of the centre.
    public var centreRow: Int { (rows - 1) / 2 }

    /// Lays out as many boxes as fit in `area`, with one column between boxes, widening the
    /// swatches to use the spare width.
    public init(area: CellRect) {
        let gap = 1
        let minimumBox = paletteColourCount * Self.minimumSwatchWidth + 2
        columns = max(1, (area.width + gap) / (minimumBox + gap))
        rows = max(1, area.height / (Self.swatchHeight + 2))
        let perBox = (area.width + gap) / columns - gap
        swatchWidth = min(Self.maximumSwatchWidth, max(Self.minimumSwatchWidth, (perBox - 2) / paletteColourCount))
        let boxWidth = paletteColourCount * swatchWidth + 2
        let usedWidth = columns * boxWidth + (columns - 1) * gap
        left = area.column + max(0, (area.width - usedWidth) / 2)
        top = area.row + max(0, (area.height - rows * (Self.swatchHeight + 2)) / 2)
    }

    /// The rectangle of the box at grid column `column`, grid row `row`.
    public func box(column: Int, row: Int) -> CellRect {
        CellRect(column: left + column * (boxWidth + 1), row: top + row * boxHeight,
                 width: boxWidth, height: boxHeight)
    }

    /// The grid cell under a screen cell, if any.
    public func hit(column: Int, row: Int) -> (column: Int, row: Int)? {
        guard column >= left, row >= top else { return nil }
        let c = (column - left) / (boxWidth + 1), r = (row - top) / boxHeight
        guard c < columns, r < rows, box(column: c, row: r).contains(column: column, row: row) else { return nil }
        return (c, r)
    }
}

/// A vertical list of equally tall items that scrolls to keep the selection visible.
public struct ListLayout: Hashable, Sendable {
    /// The list's area.
    public var area: CellRect
    /// Rows per item.
    public var itemHeight: Int

    /// Number of items that fit.
    public var visibleCount: Int { max(1, area.height / itemHeight) }

    /// Index of the first item shown when `selected` must be visible.
    public func firstVisible(selected: Int) -> Int {
        max(0, selected - visibleCount + 1)
    }

    /// The item under a screen cell, given the selection that decides the scrolling.
    public func hit(column: Int, row: Int, selected: Int, count: Int) -> Int? {
        guard area.contains(column: column, row: row) else { return nil }
        let index = firstVisible(selected: selected) + (row - area.row) / itemHeight
        return index < count ? index : nil
    }
}

/// Image mode: the image on the left, the extracted palettes listed on the right.
public struct ImagePanesLayout: Hashable, Sendable {
    /// Rows per palette entry: a label and two rows of swatches.
    public static let entryHeight = 3

    /// Where the image is drawn.
    public let imageArea: CellRect
    /// Where the palettes are listed.
    public let list: ListLayout
    /// Width of each swatch of the list.
    public let swatchWidth: Int

    /// Splits `area` between the image and the list.
    public init(area: CellRect) {
        swatchWidth = min(10, max(PaletteGridLayout.minimumSwatchWidth, (area.width / 2 - 2) / paletteColourCount))
        let listWidth = 2 + paletteColourCount * swatchWidth
        let listArea = CellRect(column: area.column + area.width - listWidth - 1, row: area.row,
                                width: listWidth, height: area.height)
        list = ListLayout(area: listArea, itemHeight: Self.entryHeight)
        imageArea = CellRect(column: area.column + 1, row: area.row,
                             width: max(0, listArea.column - area.column - 3), height: area.height)
    }
}

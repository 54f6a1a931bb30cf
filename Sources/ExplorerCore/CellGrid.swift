/// A size in terminal cells.
public struct GridSize: Hashable, Sendable, CustomStringConvertible {
    /// Number of columns, >= 0.
    public var columns: Int
    /// Number of rows, >= 0.
    public var rows: Int

    /// Creates a size; negative values are clamped to 0.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// `COLUMNSxROWS`, e.g. `80x24`.
    public var description: String { "\(columns)x\(rows)" }
}

/// A rectangle of cells: column and row of the top-left corner, width and height.
public struct CellRect: Hashable, Sendable {
    /// Left column.
    public var column: Int
    /// Top row.
    public var row: Int
    /// Width in columns.
    public var width: Int
    /// Height in rows.
    public var height: Int

    /// Creates a rectangle.
    public init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        self.width = width
        self.height = height
    }

    /// Whether the cell at (`column`, `row`) lies inside.
    public func contains(column c: Int, row r: Int) -> Bool {
        c >= column && c < column + width && r >= row && r < row + height
    }
}

/// An in-memory screen: a row-major grid of cells that the core renders into and the terminal
/// shell copies (by difference) onto the real screen.
public struct CellGrid: Equatable, Sendable {
    /// The grid's size.
    public private(set) var size: GridSize
    /// The cells, row by row; `cells[row * size.columns + column]`.
    public private(set) var cells: [Cell]

    /// Creates a grid filled with one cell.
    public init(size: GridSize, filling cell: Cell) {
        self.size = size
        self.cells = Array(repeating: cell, count: size.columns * size.rows)
    }

    /// Resizes the grid and fills it with one cell, reusing the storage when it is large enough.
    public mutating func reset(size newSize: GridSize, filling cell: Cell) {
        let count = newSize.columns * newSize.rows
        if count == cells.count {
            for index in cells.indices { cells[index] = cell }
        } else {
            cells.removeAll(keepingCapacity: true)
            cells.append(contentsOf: repeatElement(cell, count: count))
        }
        size = newSize
    }

    /// The cell at (`column`, `row`). Reading outside the grid is a programming error; writing
    /// outside the grid is ignored, so drawing code may clip freely.
    public subscript(column: Int, row: Int) -> Cell {
        get { cells[row * size.columns + column] }
        set {
            guard column >= 0, row >= 0, column < size.columns, row < size.rows else { return }
            cells[row * size.columns + column] = newValue
        }
    }

    /// Fills a rectangle (clipped to the grid) with one cell.
    public mutating func fill(_ rect: CellRect, with cell: Cell) {
        let left = max(0, rect.column), right = min(size.columns, rect.column + rect.width)
        let top = max(0, rect.row), bottom = min(size.rows, rect.row + rect.height)
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            let base = row * size.columns
            for column in left..<right { cells[base + column] = cell }
        }
    }

    /// Writes text from (`column`, `row`) rightwards, one column per Unicode scalar, stopping at
    /// `limit` columns or the grid's edge. Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, column: Int, row: Int, style: CellStyle,
                               limit: Int = .max) -> Int {
        guard row >= 0, row < size.rows else { return 0 }
        var x = column
        var written = 0
        for scalar in text.unicodeScalars {
            if written >= limit || x >= size.columns { break }
            if x >= 0 { cells[row * size.columns + x] = Cell(scalar, style) }
            x += 1
            written += 1
        }
        return written
    }

    /// The glyphs of one row as a string (for tests and debugging).
    public func text(ofRow row: Int) -> String {
        var result = String.UnicodeScalarView()
        for column in 0..<size.columns { result.append(self[column, row].glyph) }
        return String(result)
    }
}

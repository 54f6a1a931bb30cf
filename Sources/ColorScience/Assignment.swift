/// Minimum-cost one-to-one assignment (the Hungarian algorithm, in the O(n³) shortest
/// augmenting path form with row and column potentials).
public enum Assignment {
    /// Solves the square assignment problem for `cost[row][column]` (n x n, finite values).
    /// - Returns: `columns[row]`, the column given to each row, and the total cost; empty for
    ///   n = 0.
    /// - Throws: `ColorError.costMatrixNotSquare` if a row does not have n entries.
    public static func minimumCost(_ cost: [[Double]]) throws(ColorError) -> (columns: [Int], total: Double) {
        let n = cost.count
        for row in cost where row.count != n { throw .costMatrixNotSquare(rows: n, columns: row.count) }
        if n == 0 { return ([], 0) }

        // Index 0 of the 1-based arrays below is a virtual column holding the row being added.
        var rowPotential = [Double](repeating: 0, count: n + 1)
        var columnPotential = [Double](repeating: 0, count: n + 1)
        var rowOfColumn = [Int](repeating: 0, count: n + 1)  // 0 = column unassigned
        var previousColumn = [Int](repeating: 0, count: n + 1)

        for row in 1...n {
            rowOfColumn[0] = row
            var column = 0
            var slack = [Double](repeating: .infinity, count: n + 1)
            var visited = [Bool](repeating: false, count: n + 1)
            // Grow a shortest-path tree from `row` until it reaches a free column.
            repeat {
                visited[column] = true
                let activeRow = rowOfColumn[column]
                var delta = Double.infinity
                var nextColumn = 0
                for j in 1...n where !visited[j] {
                    let reduced = cost[activeRow - 1][j - 1] - rowPotential[activeRow] - columnPotential[j]
                    if reduced < slack[j] {
                        slack[j] = reduced
                        previousColumn[j] = column
                    }
                    if slack[j] < delta {
                        delta = slack[j]
                        nextColumn = j
                    }
                }
                for j in 0...n {
                    if visited[j] {
                        rowPotential[rowOfColumn[j]] += delta
                        columnPotential[j] -= delta
                    } else {
                        slack[j] -= delta
                    }
                }
                column = nextColumn
            } while rowOfColumn[column] != 0
            // Flip the assignments along the augmenting path.
            repeat {
                let previous = previousColumn[column]
                rowOfColumn[column] = rowOfColumn[previous]
                column = previous
            } while column != 0
        }

        var columns = [Int](repeating: 0, count: n)
        for j in 1...n { columns[rowOfColumn[j] - 1] = j - 1 }
        let total = columns.enumerated().reduce(0.0) { $0 + cost[$1.offset][$1.element] }
        return (columns, total)
    }
}

import ColorScience
import Foundation
import PaletteFormats
import Testing

@testable import ExplorerCore

@Suite("Colour-vision deficiency view")
struct SimulationTests {
    @Test("v cycles protanopia, deuteranopia, tritanopia and back; swatches show the simulated colours")
    func cycling() {
        var driver = Driver()
        let layout = PaletteGridLayout(area: driver.explorer.layout.content)
        let box = layout.box(column: layout.centreColumn, row: layout.centreRow)
        let real = driver.expectedCentrePalette()
        for deficiency in ColorVisionDeficiency.allCases {
            driver.press("v")
            #expect(driver.state.simulation == deficiency)
            #expect(driver.statusText().hasSuffix("│ truecolor │ \(deficiency.rawValue)"))
            let grid = driver.render()
            for (index, colour) in real.enumerated() {
                let seen = deficiency.simulate(colour)
                let left = box.column + 1 + index * layout.swatchWidth
                #expect(grid[left, box.row + 1].background == seen)
                let hex = (0..<7).map { grid[left + (layout.swatchWidth - 7) / 2 + $0, box.row + 2].glyph }
                #expect(String(String.UnicodeScalarView(hex)) == seen.hex)
            }
            // Copies keep the real colours.
            #expect(driver.explorer.selectedPalette()?.colours == real)
        }
        driver.press("v")
        #expect(driver.state.simulation == nil)
        #expect(driver.state.message == StatusMessage("Normal colour vision"))
        #expect(driver.render()[box.column + 1, box.row + 1].background == real[0])
    }

    @Test("the message warns about swatches the deficiency makes indistinguishable")
    func warning() throws {
        let palette = [try RGB8(hex: "#66a182"), RGB8(r: 0, g: 0, b: 0), try RGB8(hex: "#c28e7c"),
                       RGB8(r: 255, g: 255, b: 255)]
        let warning = Explorer.simulationMessage(.protanopia, palette: palette)
        #expect(warning == StatusMessage("Simulating protanopia: swatches 1 and 3 look alike (under 5 Lab units)", .error))
        #expect(Explorer.simulationMessage(.tritanopia, palette: palette) == StatusMessage("Simulating tritanopia (v: next)"))
        #expect(Explorer.simulationMessage(nil, palette: palette) == StatusMessage("Normal colour vision"))
    }
}

@Suite("Contrast grid")
struct ContrastGridTests {
    /// The screen row whose text contains `text`, and the text.
    private func row(containing text: String, in grid: CellGrid) -> (Int, String)? {
        for y in 0..<grid.size.rows {
            let line = String(String.UnicodeScalarView((0..<grid.size.columns).map { grid[$0, y].glyph }))
            if line.contains(text) { return (y, line) }
        }
        return nil
    }

    @Test("c shows the selected palette's ratios, each in its row's colour on its column's colour")
    func grid() throws {
        var driver = Driver()
        let palette = driver.expectedCentrePalette()
        driver.press("c")
        #expect(driver.state.showingContrast)
        assertSnapshot(driver.render(), named: "contrast-80x24")
        let grid = driver.render()
        let table = ContrastTable(colors: palette)
        let (y, line) = try #require(row(containing: "█ " + palette[0].hex, in: grid))
        let text = " " + table.cell(0, 1)
        let x = try #require(line.range(of: text)).lowerBound.utf16Offset(in: line)
        // The glyph column equals the scalar index here: the line is single-scalar cells.
        #expect(grid[x + 1, y].foreground == palette[0] && grid[x + 1, y].background == palette[1])
        let ratio = palette[0].contrastRatio(with: palette[1])
        #expect(text.hasPrefix(" " + String(format: "%.2f ", (ratio * 100).rounded(.down) / 100)), "\(text) \(ratio)")
        #expect(row(containing: "AA-L 3:1 or more", in: grid) != nil)

        // Any key closes it without acting.
        let plane = driver.state.plane
        driver.press("l")
        #expect(!driver.state.showingContrast)
        #expect(driver.state.plane == plane)
    }

    @Test("at the smallest size the grid is cut, not overflowing its box")
    func smallest() throws {
        var driver = Driver(size: GridSize(columns: 60, rows: 16))
        driver.press("c")
        let grid = driver.render()
        let (_, footer) = try #require(row(containing: "any key closes", in: grid))
        #expect(footer.hasSuffix("┘ "), "\(footer)")
        let (_, header) = try #require(row(containing: "Contrast (WCAG)", in: grid))
        #expect(header.hasPrefix(" ┌"), "\(header)")
    }

    @Test("with v, the grid measures the simulated colours")
    func simulated() throws {
        var driver = Driver()
        let seen = driver.expectedCentrePalette().map(ColorVisionDeficiency.deuteranopia.simulate)
        driver.press("vvc")
        let grid = driver.render()
        #expect(row(containing: "Contrast (WCAG) · deuteranopia", in: grid) != nil)
        let (_, header) = try #require(row(containing: seen[0].hex + "    " + seen[1].hex, in: grid))
        #expect(header.contains(seen[2].hex))
    }
}

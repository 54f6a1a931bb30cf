import ColorScience
import ExplorerCore
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

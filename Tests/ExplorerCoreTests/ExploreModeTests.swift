import ColorScience
import ExplorerCore
import Testing

@Suite("Explore mode")
struct ExploreModeTests {
    @Test("the first screen: a grid of palettes around the point, the centre framed")
    func firstScreen() {
        let driver = Driver()
        assertSnapshot(driver.render(), named: "explore-80x24")
        #expect(driver.statusText() == "VAE │ interval 1.00 │ |z| \(norm(driver)) │ no noise axis │ truecolor")
    }

    @Test("the centre palette is the model's palette at the current point, hex codes included")
    func centreIsCurrentPoint() {
        let driver = Driver()
        let grid = driver.render()
        let layout = PaletteGridLayout(area: driver.explorer.layout.content)
        let box = layout.box(column: layout.centreColumn, row: layout.centreRow)
        let expected = driver.expectedCentrePalette()
        for (index, colour) in expected.enumerated() {
            let left = box.column + 1 + index * layout.swatchWidth
            #expect(grid[left, box.row + 1].background == colour)
            let hex = (0..<7).map { grid[left + (layout.swatchWidth - 7) / 2 + $0, box.row + 2].glyph }
            #expect(String(String.UnicodeScalarView(hex)) == colour.hex)
            // Black or white text, whichever contrasts more (WCAG), on the swatch's colour.
            #expect(grid[left + (layout.swatchWidth - 7) / 2, box.row + 2].foreground == colour.preferredTextColor)
            #expect(grid[left + (layout.swatchWidth - 7) / 2, box.row + 2].background == colour)
        }
        #expect(grid[box.column, box.row].glyph == "┌")
        #expect(driver.explorer.selectedPalette()?.colours == expected)
    }

    @Test("arrows and hjkl walk the plane one grid step along its axes")
    func walking() throws {
        var driver = Driver()
        let start = driver.state.plane
        driver.press("l")
        let step = SamplingInterval.gridStep
        for i in start.origin.indices {
            #expect(abs(driver.state.plane.origin[i] - (start.origin[i] + step * start.axisU[i])) < 1e-5)
        }
        driver.press("<up><up>jh<left>")
        for i in start.origin.indices {
            let expected = start.origin[i] - step * start.axisU[i] + step * start.axisV[i]
            #expect(abs(driver.state.plane.origin[i] - expected) < 1e-5)
        }
        #expect(driver.explorer.selectedPalette()?.colours == driver.expectedCentrePalette())
        // The palette right of centre becomes the centre after one step right.
        var other = Driver()
        let layout = PaletteGridLayout(area: other.explorer.layout.content)
        let right = layout.centreRow * layout.columns + layout.centreColumn + 1
        let before = Array(other.state.visible.palette(right))
        other.press("<right>")
        #expect(other.explorer.selectedPalette()?.colours == before)
    }

    @Test("the plane's axes are orthonormal and a redraws them, keeping the point")
    func axes() {
        var driver = Driver()
        func check(_ plane: LatentPlane) {
            let dot = zip(plane.axisU, plane.axisV).reduce(Float(0)) { $0 + $1.0 * $1.1 }
            let nu = plane.axisU.reduce(Float(0)) { $0 + $1 * $1 }, nv = plane.axisV.reduce(Float(0)) { $0 + $1 * $1 }
            #expect(abs(dot) < 1e-5)
            #expect(abs(nu - 1) < 1e-5 && abs(nv - 1) < 1e-5)
        }
        check(driver.state.plane)
        let before = driver.state.plane
        driver.press("a")
        check(driver.state.plane)
        #expect(driver.state.plane.origin == before.origin)
        #expect(driver.state.plane.axisU != before.axisU)
    }

    @Test("space jumps to a new point drawn within twice the interval")
    func newPoint() {
        var driver = Driver()
        let before = driver.state.plane.origin
        driver.press("<space>")
        #expect(driver.state.plane.origin != before)
        #expect(driver.state.plane.origin.allSatisfy { abs($0) <= Float(LatentPlane.pointBound) })
    }

    @Test("- and + change the interval, the status line and the palettes")
    func interval() {
        var driver = Driver()
        let palette = driver.explorer.selectedPalette()?.colours
        driver.press("+")
        #expect(driver.state.interval == 1.25)
        #expect(driver.statusText().contains("interval 1.25"))
        #expect(driver.explorer.selectedPalette()?.colours != palette)
        #expect(driver.explorer.selectedPalette()?.colours == driver.expectedCentrePalette())
        driver.press("==")
        #expect(driver.state.interval == 2.0)
        driver.press("----------")
        #expect(driver.state.interval == 0.25)
        #expect(driver.messageText() == "The interval is already at its narrowest: 0.25")
        // The point's norm scales with the interval.
        let unitNorm = driver.state.plane.origin.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        #expect(driver.statusText().contains("|z| " + String(format2(0.25 * unitNorm))))
    }

    @Test("[ and ] walk the noise axis of the VAE-GAN; the VAE says it has none")
    func noiseAxis() {
        var driver = Driver()
        let plane = driver.state.plane
        driver.press("]")
        #expect(driver.state.plane == plane)
        #expect(driver.messageText() == "The VAE has no noise axis")
        driver.press("<tab>")
        #expect(driver.statusText().hasPrefix("VAE-GAN │"))
        #expect(driver.statusText().contains("noise 0.00"))
        let palette = driver.explorer.selectedPalette()?.colours
        driver.press("]]]")
        #expect(driver.statusText().contains("noise +0.75"))
        #expect(driver.explorer.selectedPalette()?.colours != palette)
        #expect(driver.explorer.selectedPalette()?.colours == driver.expectedCentrePalette())
        driver.press("[[[[")
        #expect(driver.statusText().contains("noise -0.25"))
        assertSnapshot(driver.render(), named: "explore-vaegan-noise")
    }

    @Test("Tab switches models and keeps the point; with one model it says so")
    func modelSwitch() {
        var driver = Driver()
        let origin = driver.state.plane.origin
        driver.press("<tab>")
        #expect(driver.state.generatorIndex == 1)
        #expect(driver.state.plane.origin == origin)
        #expect(driver.state.plane.noiseBase.count == 3)
        driver.press("<tab>")
        #expect(driver.state.generatorIndex == 0)
        var single = Driver(generators: 1)
        single.press("<tab>")
        #expect(single.messageText() == "Only one model is loaded")
    }

    @Test("every palette on screen is decoded in one batch per change, not per frame")
    func decodesOncePerChange() {
        var driver = Driver(size: GridSize(columns: 200, rows: 60))
        let layout = PaletteGridLayout(area: driver.explorer.layout.content)
        #expect(driver.vae.decodeCalls == 1)
        #expect(driver.vae.decodedPalettes == layout.capacity)
        _ = driver.render()
        _ = driver.render()
        driver.press("?")
        driver.press("x")
        #expect(driver.vae.decodeCalls == 1)
        driver.press("l")
        #expect(driver.vae.decodeCalls == 2)
        #expect(layout.columns == 5 && layout.rows == 11)
    }

    @Test("the same seed and keys give the same state")
    func deterministic() {
        var a = Driver(seed: 7), b = Driver(seed: 7), c = Driver(seed: 8)
        for script in ["a<space>ll+<tab>]]", "<space>"] {
            a.press(script)
            b.press(script)
            c.press(script)
        }
        #expect(a.state == b.state)
        #expect(a.state.plane != c.state.plane)
    }

    @Test("clicking a palette moves the point there; the wheel walks up and down")
    func mouse() {
        var driver = Driver()
        let layout = PaletteGridLayout(area: driver.explorer.layout.content)
        let target = layout.box(column: layout.centreColumn + 1, row: layout.centreRow + 1)
        let index = (layout.centreRow + 1) * layout.columns + layout.centreColumn + 1
        let clicked = Array(driver.state.visible.palette(index))
        driver.send(.mouse(MouseEvent(column: target.column + 3, row: target.row + 2, button: .left)))
        #expect(driver.explorer.selectedPalette()?.colours == clicked)
        let plane = driver.state.plane
        driver.send(.mouse(MouseEvent(column: 0, row: 5, button: .scrollUp)))
        var expected = plane
        expected.walk(a: 0, b: 1, step: SamplingInterval.gridStep)
        #expect(driver.state.plane == expected)
    }

    @Test("a resize re-lays out the grid; a too small window says so")
    func resize() {
        var driver = Driver()
        driver.send(.resize(GridSize(columns: 120, rows: 40)))
        #expect(driver.state.visible.count == PaletteGridLayout(area: driver.explorer.layout.content).capacity)
        #expect(driver.state.visible.count == 3 * 7)
        driver.send(.resize(GridSize(columns: 40, rows: 10)))
        assertSnapshot(driver.render(), named: "too-small")
        driver.press("l")
        #expect(driver.effects.contains(.quit) == false)
        driver.press("q")
        #expect(driver.effects.last == .quit)
    }

    @Test("the help overlay lists the keys and any key closes it")
    func help() {
        var driver = Driver()
        driver.press("?")
        assertSnapshot(driver.render(), named: "help-80x24")
        let plane = driver.state.plane
        driver.press("l")
        #expect(!driver.state.showingHelp)
        #expect(driver.state.plane == plane)
    }

    private func norm(_ driver: Driver) -> String {
        format2(driver.state.plane.pointNorm(interval: driver.state.interval))
    }
}

/// Two-decimal formatting done independently of the core's formatter.
func format2(_ value: Float) -> String {
    let hundredths = Int((Double(value) * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
}

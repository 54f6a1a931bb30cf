import ColorScience
import ExplorerCore
import Testing

@Suite("Interpolation")
struct InterpolationTests {
    @Test("i marks one end, i again shows the palettes from it to the second end")
    func marksAndShows() {
        var driver = Driver()
        let first = driver.expectedCentrePalette()
        driver.press("i")
        #expect(driver.state.pendingMark != nil)
        #expect(driver.messageText().hasPrefix("Marked the first end"))
        driver.press("lllkk")
        let second = driver.expectedCentrePalette()
        driver.press("i")
        #expect(driver.state.mode == .interpolation)
        let count = driver.state.visible.count
        #expect(count == 8)  // 2 x 4 boxes fit at 80x24
        #expect(Array(driver.state.visible.palette(0)) == first)
        #expect(Array(driver.state.visible.palette(count - 1)) == second)
        // The middle steps lie on the segment between the two ends.
        let a = driver.state.interpolation!.from.latent, b = driver.state.interpolation!.to.latent
        let t: Float = 2.0 / Float(count - 1)
        let z = zip(a, b).map { (1 - t) * $0 + t * $1 }
        #expect(Array(driver.state.visible.palette(2)) == FakeGenerator.palette(z: z, noise: []))
        assertSnapshot(driver.render(), named: "interpolation-80x24")
    }

    @Test("n, p and arrows select steps; y copies the selected step; Esc returns to the plane")
    func selection() {
        var driver = Driver()
        driver.press("illi")
        driver.press("nn")
        #expect(driver.state.interpolation?.selected == 2)
        driver.press("p<down>")
        #expect(driver.state.interpolation?.selected == 3)
        let copied = driver.press("y")
        #expect(copied == [.copy(SwatchText.hexList(Array(driver.state.visible.palette(3))))])
        driver.press("<esc>")
        #expect(driver.state.mode == .explore)
        #expect(driver.state.interpolation == nil)
    }

    @Test("Esc clears a pending mark")
    func clearMark() {
        var driver = Driver()
        driver.press("i<esc>")
        #expect(driver.state.pendingMark == nil)
        #expect(driver.messageText() == "Interpolation mark cleared")
    }
}

import ColorScience
import ExplorerCore
import Testing

@Suite("Copying and exporting")
struct ClipboardExportTests {
    @Test("y copies the hex codes space-separated; the status line confirms exactly that text")
    func copyPalette() {
        var driver = Driver()
        let palette = driver.expectedCentrePalette()
        let text = palette.map(\.hex).joined(separator: " ")
        #expect(driver.press("y") == [.copy(text)])
        driver.send(.copied(text: text, channels: ["OSC 52", "xclip"]))
        #expect(driver.messageText() == "Copied \(text) (OSC 52, xclip)")
        driver.send(.copyFailed(text: text, reason: "no terminal"))
        #expect(driver.messageText() == "Could not copy \(text): no terminal")
    }

    @Test("1 to 5 copy one swatch")
    func copySwatch() {
        var driver = Driver()
        let palette = driver.expectedCentrePalette()
        for index in 0..<5 {
            #expect(driver.press("\(index + 1)") == [.copy(palette[index].hex)])
        }
    }

    @Test("e asks for a file; its extension picks the format and the file is written")
    func exportByExtension() {
        var driver = Driver()
        let selected = driver.explorer.selectedPalette()!
        driver.press("e")
        #expect(driver.messageText() == "Export to file (.hex .json .gpl .css):")
        let effects = driver.press("out/sunset.gpl<enter>")
        let contents = fakeEncoders[2].encode(selected.colours, selected.label)
        #expect(effects == [.writeFile(path: "out/sunset.gpl", contents: contents)])
        driver.send(.fileWritten(path: "out/sunset.gpl"))
        #expect(driver.messageText() == "Exported to out/sunset.gpl")
        driver.send(.fileWriteFailed(path: "out/sunset.gpl", reason: "permission denied"))
        #expect(driver.messageText() == "Export to out/sunset.gpl failed: permission denied")
        #expect(driver.state.mode == .explore)
    }

    @Test("without a known extension, e asks for the format and adds it to a bare name")
    func exportAskingFormat() {
        var driver = Driver()
        let selected = driver.explorer.selectedPalette()!
        #expect(driver.press("esunset<enter>").isEmpty)
        #expect(driver.messageText() == "Format for sunset (hex, json, gpl, css):")
        #expect(driver.press("toml<enter>").isEmpty)
        #expect(driver.messageText() == "Format for sunset (hex, json, gpl, css):")
        // The reason for asking again is shown above the prompt.
        let screen = driver.screenText()
        #expect(screen[screen.count - 3].contains("Unknown format toml"), "\(screen.suffix(3))")
        let effects = driver.press("CSS<enter>")
        #expect(effects == [.writeFile(path: "sunset.css", contents: fakeEncoders[3].encode(selected.colours, selected.label))])
        // An unknown extension is kept as typed.
        let kept = driver.press("ea.txt<enter>json<enter>")
        #expect(kept == [.writeFile(path: "a.txt", contents: fakeEncoders[1].encode(selected.colours, selected.label))])
    }

    @Test("an existing file is replaced only after y; any other key keeps it")
    func exportAsksBeforeReplacing() {
        var driver = Driver()
        let selected = driver.explorer.selectedPalette()!
        let contents = fakeEncoders[0].encode(selected.colours, selected.label)
        #expect(driver.press("eold.hex<enter>") == [.writeFile(path: "old.hex", contents: contents)])
        driver.send(.fileExists(path: "old.hex", contents: contents))
        #expect(driver.messageText() == "Replace old.hex? (y/n)")
        let screen = driver.screenText()
        #expect(screen[screen.count - 3].contains("old.hex already exists"))
        #expect(driver.press("n").isEmpty)
        #expect(driver.messageText() == "Not exported; old.hex is unchanged")
        #expect(driver.state.prompt == nil)
        driver.press("eold.hex<enter>")
        driver.send(.fileExists(path: "old.hex", contents: contents))
        #expect(driver.press("y") == [.writeFile(path: "old.hex", contents: contents, replacing: true)])
        driver.send(.fileWritten(path: "old.hex"))
        #expect(driver.messageText() == "Exported to old.hex")
    }

    @Test("Esc cancels a prompt without effects")
    func cancel() {
        var driver = Driver()
        #expect(driver.press("eabc<esc>").isEmpty)
        #expect(driver.state.prompt == nil)
        // Keys work normally again.
        #expect(driver.press("y").count == 1)
    }
}

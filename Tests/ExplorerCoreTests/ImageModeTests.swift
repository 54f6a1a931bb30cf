import ColorScience
import ExplorerCore
import Testing

/// A 6x4 test image: the top half red, the bottom half blue, one transparent pixel.
private func testImage(path: String = "photos/beach.png") -> LoadedImage {
    var pixels: [UInt8] = []
    for y in 0..<4 {
        for x in 0..<6 {
            if x == 5 && y == 3 { pixels += [0, 0, 0, 0]; continue }
            pixels += y < 2 ? [220, 40, 30, 255] : [20, 60, 200, 255]
        }
    }
    return LoadedImage(path: path, originalWidth: 600, originalHeight: 400,
                       image: RGBAImage(width: 6, height: 4, pixels: pixels)!)
}

private func palette(_ label: String, _ base: UInt8, variant: Bool = false) -> ExtractedPalette {
    ExtractedPalette(palette: NamedPalette(label: label, colours: (0..<5).map {
        RGB8(r: base &+ UInt8($0 * 40), g: 255 &- base, b: UInt8($0 * 50))
    }), isVariant: variant)
}

private let extracted = [
    palette("VAE", 10), palette("VAE-GAN draw 1", 30, variant: true), palette("VAE-GAN draw 2", 50, variant: true),
    palette("k-means", 70), palette("MMCQ", 90),
]

@Suite("Image mode")
struct ImageModeTests {
    /// Opens the test image through the prompt, with Tab completion on the way.
    private func openedDriver() -> Driver {
        var driver = Driver()
        #expect(driver.press("o") .isEmpty)
        #expect(driver.messageText() == "Open image:")
        let listing = driver.press("pho<tab>")
        guard case .listDirectory(let listID, let directory)? = listing.first else {
            Issue.record("Tab did not list a directory: \(listing)")
            return driver
        }
        #expect(directory == "")
        driver.send(.directoryListed(requestID: listID, [
            DirectoryEntry(name: "photos", isDirectory: true), DirectoryEntry(name: "notes.txt", isDirectory: false),
        ]))
        #expect(driver.state.prompt?.editor.text == "photos/")
        let second = driver.press("b<tab>")
        guard case .listDirectory(let id2, let directory2)? = second.first else {
            Issue.record("no listing")
            return driver
        }
        #expect(directory2 == "photos/")
        driver.send(.directoryListed(requestID: id2, [
            DirectoryEntry(name: "beach.png", isDirectory: false), DirectoryEntry(name: "bay.jpg", isDirectory: false),
        ]))
        #expect(driver.state.prompt?.candidates == ["bay.jpg", "beach.png"])
        #expect(driver.messageText() == "Open image: photos/b")
        let open = driver.press("each.png<enter>")
        guard case .loadImage(let loadID, let path)? = open.first else {
            Issue.record("Enter did not load: \(open)")
            return driver
        }
        #expect(path == "photos/beach.png")
        let extract = driver.send(.imageLoaded(requestID: loadID, testImage()))
        guard case .extractPalettes(let extractID, let image, _, false)? = extract.first else {
            Issue.record("no extraction: \(extract)")
            return driver
        }
        #expect(image == testImage())
        #expect(driver.state.mode == .image)
        driver.send(.palettesExtracted(requestID: extractID, extracted))
        return driver
    }

    @Test("o opens an image with Tab completion; it is drawn in half blocks beside labelled palettes")
    func open() {
        let driver = openedDriver()
        #expect(driver.state.image?.palettes == extracted)
        let grid = driver.render()
        assertSnapshot(grid, named: "image-80x24")
        // Half blocks: upper pixels red, lower pixels blue, transparency blended onto the background.
        let area = driver.explorer.layout.imagePanes.imageArea
        let thumbnail = driver.state.image!.thumbnail!
        let left = area.column + (area.width - thumbnail.columns) / 2
        let top = area.row + (area.height - thumbnail.rows) / 2
        #expect(grid[left, top].glyph == "▀")
        #expect(grid[left, top].foreground == RGB8(r: 220, g: 40, b: 30))
        #expect(grid[left, top + thumbnail.rows - 1].background == RGB8(r: 20, g: 60, b: 200))
        #expect(grid[left + thumbnail.columns - 1, top + thumbnail.rows - 1].background == Theme.background)
    }

    @Test("n, p and arrows cycle the selection; y copies it; s saves it with its source")
    func cycle() {
        var driver = openedDriver()
        driver.press("nn")
        #expect(driver.state.image?.selected == 2)
        driver.press("<left><right><right><right><right>")
        #expect(driver.state.image?.selected == 0)  // wrapped around
        driver.press("p")
        #expect(driver.state.image?.selected == 4)
        #expect(driver.press("y") == [.copy(SwatchText.hexList(extracted[4].palette.colours))])
        #expect(driver.press("s") == [.updateFavourites(.add(NamedPalette(label: "MMCQ of beach.png",
                                                                          colours: extracted[4].palette.colours)))])
    }

    @Test("r replaces only the VAE-GAN draws")
    func freshVariants() {
        var driver = openedDriver()
        driver.press("n")
        let effects = driver.press("r")
        guard case .extractPalettes(let id, _, _, true)? = effects.first else {
            Issue.record("r did not ask for variants: \(effects)")
            return
        }
        let fresh = [palette("VAE-GAN draw 1", 130, variant: true), palette("VAE-GAN draw 2", 150, variant: true),
                     palette("VAE-GAN draw 3", 170, variant: true)]
        driver.send(.palettesExtracted(requestID: id, fresh))
        #expect(driver.state.image?.palettes == [extracted[0]] + fresh + [extracted[3], extracted[4]])
        #expect(driver.messageText() == "Drew 3 fresh VAE-GAN palettes")
        // A stale answer to an older request is ignored.
        driver.send(.palettesExtracted(requestID: id, extracted))
        #expect(driver.state.image?.palettes.count == 6)
    }

    @Test("an unreadable image is a message and the explorer keeps running in its mode")
    func failure() {
        var driver = Driver()
        let effects = driver.press("onope.jpg<enter>")
        guard case .loadImage(let id, _)? = effects.first else {
            Issue.record("no load")
            return
        }
        driver.send(.imageFailed(requestID: id, ImageServiceError(path: "nope.jpg", reason: "no such file")))
        #expect(driver.state.mode == .explore)
        #expect(driver.messageText() == "Cannot open nope.jpg: no such file")
        #expect(driver.press("l").isEmpty)
    }

    @Test("palette IMAGE starts by loading it; Esc goes back to explore mode")
    func initialImage() {
        var driver = Driver(initialImagePath: "~/a.png")
        guard case .loadImage(let id, "~/a.png")? = driver.effects.last else {
            Issue.record("start did not load the image: \(driver.effects)")
            return
        }
        #expect(driver.effects.first == .updateFavourites(.load))
        driver.send(.imageLoaded(requestID: id, testImage(path: "~/a.png")))
        #expect(driver.state.mode == .image)
        let grid = driver.render()
        #expect(grid.text(ofRow: 1).contains("Extracting palettes…"))
        driver.press("<esc>")
        #expect(driver.state.mode == .explore)
        #expect(driver.state.image == nil)
    }

    @Test("clicking a listed palette selects it")
    func click() {
        var driver = openedDriver()
        let list = driver.explorer.layout.imagePanes.list
        driver.send(.mouse(MouseEvent(column: list.area.column + 4, row: list.area.row + 3 * 3 + 1, button: .left)))
        #expect(driver.state.image?.selected == 3)
    }
}

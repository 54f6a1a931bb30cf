import ColorScience
import ExplorerCore
import Testing

@Suite("Favourites")
struct FavouritesTests {
    private let saved = [
        NamedPalette(label: "VAE |z| 1.00", colours: [RGB8(r: 38, g: 70, b: 83), RGB8(r: 42, g: 157, b: 143),
                                                      RGB8(r: 233, g: 196, b: 106), RGB8(r: 244, g: 162, b: 97),
                                                      RGB8(r: 231, g: 111, b: 81)]),
        NamedPalette(label: "k-means of x.jpg", colours: Array(repeating: RGB8(r: 255, g: 255, b: 255), count: 5)),
    ]

    @Test("s asks the shell to add the selected palette; the answer is confirmed")
    func save() {
        var driver = Driver()
        let selected = driver.explorer.selectedPalette()!
        #expect(selected.label.hasPrefix("VAE |z| "))
        #expect(driver.press("s") == [.updateFavourites(.add(selected))])
        driver.send(.favouritesUpdated(.add(selected), saved + [selected]))
        #expect(driver.messageText() == "Saved to favourites (3 in all)")
        driver.send(.favouritesFailed(.add(selected), reason: "disk full"))
        #expect(driver.messageText() == "Could not save to favourites: disk full")
    }

    @Test("f lists them; y copies, e exports and d deletes the selected one; Esc returns")
    func list() {
        var driver = Driver()
        #expect(driver.press("f") == [.updateFavourites(.load)])
        #expect(driver.state.mode == .favourites)
        driver.send(.favouritesUpdated(.load, saved))
        assertSnapshot(driver.render(), named: "favourites-80x24")
        driver.press("j")
        #expect(driver.press("y") == [.copy(SwatchText.hexList(saved[1].colours))])
        #expect(driver.press("efav.hex<enter>") == [.writeFile(path: "fav.hex",
                                                                contents: fakeEncoders[0].encode(saved[1].colours, saved[1].label))])
        #expect(driver.press("d") == [.updateFavourites(.remove(saved[1]))])
        driver.send(.favouritesUpdated(.remove(saved[1]), [saved[0]]))
        #expect(driver.state.favourites.selected == 0)
        #expect(driver.messageText() == "Deleted from favourites (1 left)")
        driver.press("<esc>")
        #expect(driver.state.mode == .explore)
    }

    @Test("an unreadable file is reported, not shown as an empty list")
    func unreadable() {
        var driver = Driver()
        driver.press("f")
        driver.send(.favouritesFailed(.load, reason: "not UTF-8 text"))
        #expect(driver.screenText()[2].contains("The favourites cannot be read: not UTF-8 text"))
    }
}

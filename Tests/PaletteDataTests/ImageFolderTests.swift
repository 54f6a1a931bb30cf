import Testing
@testable import PaletteData

@Suite struct ImageFolderTests {
    @Test func listsImagesSortedWithOrWithoutSubfolders() throws {
        let folder = try ScratchFolder()
        for name in ["b.JPG", "a.png", "notes.txt", ".hidden.jpg", "c.webp", "sub/d.gif", "sub/deeper/e.bmp",
                     ".git/f.jpg", "Z.jpeg"] {
            try folder.write(name, "x")
        }
        let flat = try ImageFolder.list(folder.path)
        #expect(flat == ["Z.jpeg", "a.png", "b.JPG", "c.webp"].map { folder.path + "/" + $0 })
        let deep = try ImageFolder.list(folder.path, recursive: true)
        #expect(deep == ["Z.jpeg", "a.png", "b.JPG", "c.webp", "sub/d.gif", "sub/deeper/e.bmp"].map { folder.path + "/" + $0 })
    }

    @Test func refusesMissingFoldersAndFiles() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("a.jpg", "x")
        #expect { try ImageFolder.list(folder.path + "/nope") } throws: { ($0 as? PaletteDataError)?.kind == .missing }
        #expect { try ImageFolder.list(file) } throws: { ($0 as? PaletteDataError)?.kind == .notAFolder }
    }

    @Test func recognisesExtensionsInAnyCase() {
        #expect(ImageFolder.isImageName("x.WebP"))
        #expect(!ImageFolder.isImageName("jpg"))
        #expect(!ImageFolder.isImageName(".jpg"))
        #expect(!ImageFolder.isImageName("x.tiff"))
    }
}

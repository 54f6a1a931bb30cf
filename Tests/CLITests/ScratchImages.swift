import Foundation
import ImageIO

/// A temporary directory with images the tests write themselves.
struct ScratchImages {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("palette-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Horizontal bands of flat colours, `rows` rows each, 24 pixels wide.
    static func bands(_ colors: [(UInt8, UInt8, UInt8)], rows: Int = 8) -> RGBAImage? {
        var pixels: [UInt8] = []
        for color in colors {
            for _ in 0..<(rows * 24) { pixels += [color.0, color.1, color.2, 255] }
        }
        return RGBAImage(width: 24, height: rows * colors.count, pixels: pixels)
    }

    /// Writes `image` as PNG under `name` and returns the path.
    @discardableResult
    func png(_ name: String, _ image: RGBAImage) throws -> String {
        try write(name, ImageWriter.png(image))
    }

    /// Writes `image` as a progressive JPEG under `name` and returns the path.
    @discardableResult
    func jpeg(_ name: String, _ image: RGBAImage) throws -> String {
        try write(name, ImageWriter.jpeg(image, options: .init(quality: 95, progressive: true, subsampling: .none)))
    }

    /// Writes raw bytes under `name` and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

/// The container formats the loader recognises from their first bytes.
public enum ImageFormat: String, Sendable, Equatable, CaseIterable {
    /// JPEG/JFIF/Exif (baseline or progressive), decoded by libjpeg-turbo.
    case jpeg
    /// PNG, decoded by stb_image.
    case png
    /// GIF (first frame), decoded by stb_image.
    case gif
    /// Windows BMP, decoded by stb_image.
    case bmp
    /// WebP (still, lossy or lossless), decoded by libwebp.
    case webp

    /// Identifies the format from magic bytes, or nil when none matches.
    public static func sniff<C: Collection>(_ bytes: C) -> ImageFormat? where C.Element == UInt8 {
        let head = Array(bytes.prefix(12))
        func starts(_ magic: [UInt8]) -> Bool { head.starts(with: magic) }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("BM".utf8)) && head.count >= 6 { return .bmp }
        if head.count >= 12 && starts(Array("RIFF".utf8)) && Array(head[8..<12]) == Array("WEBP".utf8) {
            return .webp
        }
        return nil
    }

    /// A name for a few formats that are recognised but not decoded (for error messages).
    static func unsupportedName<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8 {
        let head = Array(bytes.prefix(12))
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            return "TIFF"
        }
        if head.count >= 12 && Array(head[4..<8]) == Array("ftyp".utf8) { return "HEIF/AVIF" }
        if head.starts(with: [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50]) { return "JPEG 2000" }
        if head.starts(with: Array("8BPS".utf8)) { return "Photoshop" }
        if head.starts(with: [0xFF, 0x0A]) { return "JPEG XL" }
        return nil
    }
}

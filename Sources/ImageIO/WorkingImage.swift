/// An image decoded at a working size (see `WorkingSize`), with the size of the image it was
/// made from, read from the file's header.
public struct WorkingImage: Sendable, Equatable {
    /// The decoded pixels, at most the working size.
    public var image: RGBAImage
    /// Width of the image in the file, in pixels, as displayed (after the EXIF orientation
    /// when the loader applies it).
    public var originalWidth: Int
    /// Height of the image in the file, in pixels, as displayed.
    public var originalHeight: Int

    /// Wraps a working-size image and the original size (each side at least 1 in practice).
    public init(image: RGBAImage, originalWidth: Int, originalHeight: Int) {
        self.image = image
        self.originalWidth = originalWidth
        self.originalHeight = originalHeight
    }
}

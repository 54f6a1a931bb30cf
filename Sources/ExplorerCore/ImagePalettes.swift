import ColorScience

/// An image decoded to 8-bit RGBA (sRGB, straight alpha), row by row, for drawing and extraction.
public struct RGBAImage: Equatable, Sendable {
    /// Width in pixels, >= 0.
    public var width: Int
    /// Height in pixels, >= 0.
    public var height: Int
    /// `width * height * 4` bytes: R, G, B, A per pixel, rows top to bottom.
    public var pixels: [UInt8]

    /// Creates an image; nil unless `pixels.count` is `width * height * 4`.
    public init?(width: Int, height: Int, pixels: [UInt8]) {
        guard width >= 0, height >= 0, pixels.count == width * height * 4 else { return nil }
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}

/// An image opened by the image service: where it came from and a copy small enough to keep in
/// memory (the service decides the size; a long side of a few hundred pixels is plenty).
public struct LoadedImage: Equatable, Sendable {
    /// The path as the user typed it.
    public var path: String
    /// Size of the original image in pixels (for the status of image mode).
    public var originalWidth: Int
    /// Height of the original image in pixels.
    public var originalHeight: Int
    /// The downsampled pixels used for drawing and handed back for extraction.
    public var image: RGBAImage

    /// Creates a loaded image.
    public init(path: String, originalWidth: Int, originalHeight: Int, image: RGBAImage) {
        self.path = path
        self.originalWidth = originalWidth
        self.originalHeight = originalHeight
        self.image = image
    }
}

/// A palette with a label, e.g. one extracted from an image or a saved favourite.
public struct NamedPalette: Hashable, Sendable {
    /// Where the palette came from, e.g. `k-means` or `VAE-GAN draw 2`. One line, no tabs.
    public var label: String
    /// The colours, normally `paletteColourCount` of them.
    public var colours: [RGB8]

    /// Creates a named palette.
    public init(label: String, colours: [RGB8]) {
        self.label = label
        self.colours = colours
    }
}

/// A palette extracted from an image, with whether it is a random VAE-GAN draw (which `r`
/// replaces with fresh draws).
public struct ExtractedPalette: Hashable, Sendable {
    /// The palette and its label (VAE, VAE-GAN draw n, k-means, MMCQ...).
    public var palette: NamedPalette
    /// True for the VAE-GAN noise draws.
    public var isVariant: Bool

    /// Creates an extracted palette.
    public init(palette: NamedPalette, isVariant: Bool) {
        self.palette = palette
        self.isVariant = isVariant
    }
}

/// Why an image service failed; the message is shown in the app.
public struct ImageServiceError: Error, Hashable, Sendable {
    /// The path involved.
    public var path: String
    /// A short human-readable reason, e.g. `not a JPEG, PNG, WebP, GIF or BMP file`.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Loads images and extracts palettes from them. The terminal shell calls it off the main
/// actor when the core asks for it (`Effect.loadImage`, `Effect.extractPalettes`) and feeds the
/// results back as actions.
public protocol ImagePaletteSource: Sendable {
    /// Decodes the image at `path` (with `~` already expanded by the caller).
    func load(path: String) throws(ImageServiceError) -> LoadedImage

    /// Extracts labelled palettes from an image loaded by `load`: the VAE's, several VAE-GAN
    /// noise draws seeded by `seed`, k-means and MMCQ, in that order. With `variantsOnly`, only
    /// the VAE-GAN draws.
    func palettes(for image: LoadedImage, seed: UInt64, variantsOnly: Bool) throws(ImageServiceError)
        -> [ExtractedPalette]
}

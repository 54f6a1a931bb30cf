import ColorScience

/// A deterministic split into training and validation data: an item goes to validation when the
/// stable hash (`StableHash.unit`) of its key falls below `fraction`. The assignment of an item
/// never depends on the other items, the order, the machine or the run, so adding data never
/// moves an existing item between the sides.
///
/// - Palettes are keyed by their colours as lower-case hex in their own order, joined by commas
///   (`#69d2e7,#a7dbd8,#e0e4cc,#f38630,#fa6900`), after exact duplicates are removed, so a
///   palette that occurs twice cannot sit on both sides.
/// - Images are keyed by their file name (the last path component), so moving the image folder
///   does not change the split.
public struct ValidationSplit: Sendable, Equatable {
    /// The share of items sent to validation, 0...1 (default 0.1).
    public var fraction: Double

    /// A split sending about `fraction` (clamped to 0...1) of the items to validation.
    public init(fraction: Double = 0.1) {
        self.fraction = min(max(fraction, 0), 1)
    }

    /// True when the item with this key belongs to validation.
    public func isValidation(key: String) -> Bool {
        StableHash.unit(key) < fraction
    }

    /// The key of a palette: its colours as lower-case hex, in order, joined by commas.
    public static func key(of palette: [RGB8]) -> String {
        palette.map(\.hex).joined(separator: ",")
    }

    /// The key of an image: the last component of its path.
    public static func key(ofImagePath path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    /// The palettes with exact duplicates removed (first occurrence kept, order preserved),
    /// split into training and validation.
    public func split(palettes: [[RGB8]]) -> (training: [[RGB8]], validation: [[RGB8]]) {
        var seen = Set<String>()
        var training: [[RGB8]] = [], validation: [[RGB8]] = []
        for palette in palettes {
            let key = Self.key(of: palette)
            guard seen.insert(key).inserted else { continue }
            if isValidation(key: key) { validation.append(palette) } else { training.append(palette) }
        }
        return (training, validation)
    }

    /// The image paths split into training and validation by file name, order preserved.
    public func split(imagePaths: [String]) -> (training: [String], validation: [String]) {
        var training: [String] = [], validation: [String] = []
        for path in imagePaths {
            if isValidation(key: Self.key(ofImagePath: path)) { validation.append(path) } else { training.append(path) }
        }
        return (training, validation)
    }

    /// Up to `count` of `palettes`, chosen by a stable hash of each (a deterministic random
    /// subset, independent of the order of the files), for measures that use a fixed number of
    /// reference palettes.
    public static func subset(_ palettes: [[RGB8]], count: Int) -> [[RGB8]] {
        let keyed = palettes.map { (StableHash.mix(StableHash.fnv1a64("subset:" + key(of: $0))), $0) }
        return Array(keyed.sorted { $0.0 < $1.0 }.prefix(max(count, 0)).map(\.1))
    }

    /// Up to `count` of `paths`, chosen by a stable hash of each file name.
    public static func subset(imagePaths paths: [String], count: Int) -> [String] {
        let keyed = paths.map { (StableHash.mix(StableHash.fnv1a64("subset:" + key(ofImagePath: $0))), $0) }
        return Array(keyed.sorted { $0.0 < $1.0 }.prefix(max(count, 0)).map(\.1))
    }
}

import ColorScience
import ImageIO
import PaletteData

/// Real (image, palette) pairs, as the paper trained on: each pair's whole image becomes a
/// model input (`ModelInput.encode`: portrait, 64 x 40, white background) with its palette.
public enum PairedDataset {
    /// Loads the images of `pairs` on `threads` threads (at a reduced size, `maxSide` on the
    /// longer side, before the final resize) and encodes them with their palettes, in pair
    /// order. Pairs whose image fails to load are left out and reported in `failures`, as are
    /// (with kind `.corrupt`) pairs whose palette does not have five colours.
    public static func load(_ pairs: [PalettePair], maxSide: Int = ImageCorpus.defaultMaxSide, threads: Int = 2,
                            progress: (@Sendable (Int) -> Void)? = nil) -> (pairs: PairSet, failures: [ImageError]) {
        let loader = ImageLoader()
        let bound = WorkingSize(maxSide: maxSide, maxPixels: maxSide * maxSide)
        let results = ParallelMap.map(count: pairs.count, threads: threads, progress: progress) { i in
            Result { () throws(ImageError) -> [Float] in
                let pair = pairs[i]
                guard pair.palette.count == PaletteCSV.colorCount else {
                    throw ImageError(.corrupt, path: pair.imagePath,
                                     reason: "line \(pair.line): the palette has \(pair.palette.count) colours, expected 5")
                }
                return ModelInput.encode(try loader.loadWorking(path: pair.imagePath, fitting: bound))
            }
        }
        var set = PairSet(height: ModelInput.height, width: ModelInput.width, colors: PaletteCSV.colorCount)
        var failures: [ImageError] = []
        for (pair, result) in zip(pairs, results) {
            switch result {
            case .success(let input):
                set.append(image: input, palette: LabScaling.scaled(pair.palette))
            case .failure(let error):
                failures.append(error)
            }
        }
        return (set, failures)
    }
}

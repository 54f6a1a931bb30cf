import Foundation
import ImageIO

/// The training images, decoded once and kept small: each is loaded at a reduced size (the
/// longer side at most `maxSide`, area filter) and turned into portrait shape, since crops
/// are taken in the model's 64 x 40 portrait aspect (a landscape crop, rotated, is a portrait
/// crop of the rotated image).
public struct ImageCorpus: Sendable {
    /// Default longer side of the cached images: 160 px, so the smallest crop (half the image)
    /// still has at least 64 px on its longer side to shrink from.
    public static let defaultMaxSide = 160

    /// The images, portrait (height >= width), in the order of `paths`.
    public let images: [RGBAImage]
    /// The file each image came from.
    public let paths: [String]

    /// A corpus of images already in memory (turned into portrait here); `paths` names them.
    public init(images: [RGBAImage], paths: [String]) {
        self.images = images.map { $0.portrait() }
        self.paths = paths
    }

    /// Number of images.
    public var count: Int { images.count }

    /// Loads the images at `paths` in parallel on `threads` threads. Images that fail to load
    /// are left out and reported in `failures` (in path order); the others keep their order.
    /// `progress`, if given, receives the number of files processed so far (from any thread).
    public static func load(paths: [String], maxSide: Int = defaultMaxSide, threads: Int = 2,
                            progress: (@Sendable (Int) -> Void)? = nil) -> (corpus: ImageCorpus, failures: [ImageError]) {
        let loader = ImageLoader()
        let bound = WorkingSize(maxSide: maxSide, maxPixels: maxSide * maxSide)
        let results = ParallelMap.map(count: paths.count, threads: threads, progress: progress) { i in
            Result { () throws(ImageError) in try loader.loadWorking(path: paths[i], fitting: bound) }
        }
        var images: [RGBAImage] = [], kept: [String] = [], failures: [ImageError] = []
        for (path, result) in zip(paths, results) {
            switch result {
            case .success(let image): images.append(image); kept.append(path)
            case .failure(let error): failures.append(error)
            }
        }
        return (ImageCorpus(images: images, paths: kept), failures)
    }
}

/// Runs work items on several threads with `DispatchQueue.concurrentPerform`, in chunks, and
/// collects the results in index order, so the outcome never depends on the thread count.
enum ParallelMap {
    /// `body(i)` for i in 0..<count, on up to `threads` threads; `progress` receives the number
    /// of items done after each chunk.
    static func map<T: Sendable>(count: Int, threads: Int, chunk: Int = 16, progress: (@Sendable (Int) -> Void)?,
                                 _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = SlotBuffer<T>(count: count)
        let counter = ProgressCounter(report: progress)
        let chunks = (count + chunk - 1) / chunk
        let workers = max(1, min(threads, chunks))
        // Each worker takes chunks w, w + workers, ...; results land in their own slots.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var c = worker
            while c < chunks {
                let range = (c * chunk)..<min(count, (c + 1) * chunk)
                for i in range { slots.set(i, body(i)) }
                counter.add(range.count)
                c += workers
            }
        }
        return slots.values()
    }
}

/// Fixed slots written once each from several threads (distinct indices, so no two threads
/// touch the same slot) and read after all writers are done. Raw memory, so that concurrent
/// writes to different slots involve no shared Swift access.
final class SlotBuffer<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ i: Int, _ value: T) { storage[i] = value }

    /// The values in slot order; slots never set are left out.
    func values() -> [T] { (0..<count).compactMap { storage[$0] } }
}

/// A running total reported to a callback under a lock.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let report: (@Sendable (Int) -> Void)?
    init(report: (@Sendable (Int) -> Void)?) { self.report = report }
    func add(_ n: Int) {
        guard let report else { return }
        lock.lock()
        done += n
        let total = done
        report(total)
        lock.unlock()
    }
}

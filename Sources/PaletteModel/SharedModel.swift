import Foundation

/// One `PaletteModel` used from several threads: every use holds a lock, so uses run one at a
/// time and the model's reused buffers are never touched concurrently. Lets the explorer's
/// generators (main actor) and its image extraction (another thread) share one set of weights.
public final class SharedModel: @unchecked Sendable {
    /// The model's sizes (immutable, readable without the lock).
    public let config: ModelConfig
    private let model: PaletteModel
    private let lock = NSLock()

    /// Wraps `model`, which must not then be used other than through `withModel`.
    public init(_ model: PaletteModel) {
        self.model = model
        config = model.config
    }

    /// Runs `body` with the model, holding the lock; returns what it returns.
    public func withModel<T, E: Error>(_ body: (PaletteModel) throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(model)
    }
}

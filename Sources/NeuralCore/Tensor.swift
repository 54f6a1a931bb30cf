/// A dense, row-major buffer of `Float` values with a shape.
///
/// Tensors are reference types so that layers can own their output and gradient buffers and
/// reuse them from one call to the next without copying (the llm.c way). Conventions used
/// throughout NeuralCore:
/// - images are NHWC: `[batch, height, width, channels]`;
/// - sequences are batch-first: `[batch, time, features]`;
/// - dense inputs are `[..., features]` (every leading axis is treated as batch).
///
/// A layer's output tensor is overwritten by that layer's next forward pass; copy it
/// (`Tensor(copying:)`) if it must outlive that.
public final class Tensor {
    /// The extent of each axis, outermost first.
    public private(set) var shape: [Int]
    /// The number of elements (product of `shape`).
    public private(set) var count: Int
    /// The storage: `count` initialised values (capacity may be larger).
    public private(set) var pointer: UnsafeMutablePointer<Float>
    private var capacity: Int

    /// A tensor of the given shape filled with `value`.
    public init(shape: [Int], repeating value: Float = 0) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative extent in shape \(shape)")
        let n = shape.reduce(1, *)
        self.shape = shape
        self.count = n
        self.capacity = max(n, 1)
        self.pointer = .allocate(capacity: capacity)
        pointer.initialize(repeating: value, count: capacity)
    }

    /// A tensor with the given shape and values (`values.count` must equal the shape's product).
    public convenience init(shape: [Int], values: [Float]) {
        self.init(shape: shape)
        precondition(values.count == count, "\(values.count) values for shape \(shape)")
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { pointer.update(from: base, count: count) }
        }
    }

    /// A deep copy of `other`.
    public convenience init(copying other: Tensor) {
        self.init(shape: other.shape)
        pointer.update(from: other.pointer, count: count)
    }

    deinit { pointer.deallocate() }

    /// The values as an array (a copy).
    public var values: [Float] { Array(UnsafeBufferPointer(start: pointer, count: count)) }

    /// The flat index of the first NaN or infinity, or nil when every value is finite.
    public var firstNonFiniteIndex: Int? {
        UnsafeBufferPointer(start: pointer, count: count).firstIndex { !$0.isFinite }
    }

    /// Element access by flat (row-major) index.
    @inlinable public subscript(index: Int) -> Float {
        get { pointer[index] }
        set { pointer[index] = newValue }
    }

    /// Changes the shape, keeping the storage when it is large enough (contents are then
    /// unspecified unless the element count is unchanged). Cheap when the shape is unchanged.
    public func resize(_ newShape: [Int]) {
        if newShape == shape { return }
        precondition(newShape.allSatisfy { $0 >= 0 }, "negative extent in shape \(newShape)")
        let n = newShape.reduce(1, *)
        if n > capacity {
            pointer.deallocate()
            capacity = n
            pointer = .allocate(capacity: n)
            pointer.initialize(repeating: 0, count: n)
        }
        shape = newShape
        count = n
    }

    /// `resize([d0, d1])` without building an array when the shape is unchanged.
    public func resize(_ d0: Int, _ d1: Int) {
        if shape.count == 2 && shape[0] == d0 && shape[1] == d1 { return }
        resize([d0, d1])
    }

    /// `resize([d0, d1, d2])` without building an array when the shape is unchanged.
    public func resize(_ d0: Int, _ d1: Int, _ d2: Int) {
        if shape.count == 3 && shape[0] == d0 && shape[1] == d1 && shape[2] == d2 { return }
        resize([d0, d1, d2])
    }

    /// `resize([d0, d1, d2, d3])` without building an array when the shape is unchanged.
    public func resize(_ d0: Int, _ d1: Int, _ d2: Int, _ d3: Int) {
        if shape.count == 4 && shape[0] == d0 && shape[1] == d1 && shape[2] == d2 && shape[3] == d3 { return }
        resize([d0, d1, d2, d3])
    }

    /// Resizes to the shape of `other`.
    public func resize(like other: Tensor) { resize(other.shape) }

    /// Resizes to the shape of `other` with the last axis replaced by `last`.
    public func resize(like other: Tensor, lastAxis last: Int) {
        let r = other.shape.count
        if shape.count == r && shape.last == last && (0..<max(r - 1, 0)).allSatisfy({ shape[$0] == other.shape[$0] }) { return }
        var s = other.shape
        if r > 0 { s[r - 1] = last }
        resize(s)
    }

    /// Reinterprets the same values under another shape with the same element count.
    public func reshape(_ newShape: [Int]) {
        precondition(newShape.reduce(1, *) == count, "cannot reshape \(shape) to \(newShape)")
        shape = newShape
    }

    /// Sets every element to `value`.
    public func fill(_ value: Float) { pointer.update(repeating: value, count: count) }

    /// Copies the values of `other` (resizing to its shape).
    public func copy(from other: Tensor) {
        resize(other.shape)
        pointer.update(from: other.pointer, count: count)
    }

    /// Sum of squares of all elements, accumulated in Double.
    public func squaredNorm() -> Double {
        var s = 0.0
        for i in 0..<count { let v = Double(pointer[i]); s += v * v }
        return s
    }
}

/// A fixed set of numbered slots (colour pairs, or redefinable colours) assigned to keys, with
/// explicit eviction: a slot is only reused after `evict(keeping:)` released it, so nothing on
/// screen is ever recoloured behind the explorer's back.
struct SlotTable<Key: Hashable> {
    private var slotOf: [Key: Int32] = [:]
    private var keyOf: [Int32: Key] = [:]
    private var free: [Int32]

    /// Creates a table of the slots in `range`.
    init(range: ClosedRange<Int32>) {
        free = range.reversed()
    }

    /// Number of keys holding a slot.
    var count: Int { slotOf.count }

    /// The slot of a key, if it has one.
    func slot(of key: Key) -> Int32? { slotOf[key] }

    /// Gives a key a free slot; nil when every slot is taken.
    mutating func insert(_ key: Key) -> Int32? {
        if let existing = slotOf[key] { return existing }
        guard let slot = free.popLast() else { return nil }
        slotOf[key] = slot
        keyOf[slot] = key
        return slot
    }

    /// Frees the slots of every key not in `used`; returns the freed slots.
    @discardableResult
    mutating func evict(keeping used: Set<Key>) -> [Int32] {
        let stale = slotOf.keys.filter { !used.contains($0) }
        var freed: [Int32] = []
        for key in stale {
            if let slot = slotOf.removeValue(forKey: key) {
                keyOf[slot] = nil
                free.append(slot)
                freed.append(slot)
            }
        }
        return freed
    }

    /// Every key and its slot.
    var entries: [(key: Key, slot: Int32)] { slotOf.map { ($0.key, $0.value) } }
}

/// A fixed set of numbered slots (colour pairs, or redefinable colours) assigned to keys, with
/// explicit eviction: a slot is only reused after `evict(keeping:)` released it, so nothing on
/// screen is ever recoloured behind the explorer's back.
///
/// Released slots are reused before fresh ones, which are handed out lowest first; only the
/// slots in use are stored, so a terminal with 65536 pairs costs nothing until they are used.
struct SlotTable<Key: Hashable> {
    private var slotOf: [Key: Int32] = [:]
    private var released: [Int32] = []
    private var nextFresh: Int32
    private let range: ClosedRange<Int32>

    /// Creates a table of the slots in `range`.
    init(range: ClosedRange<Int32>) {
        self.range = range
        nextFresh = range.lowerBound
    }

    /// Number of keys holding a slot.
    var count: Int { slotOf.count }

    /// The slot of a key, if it has one.
    func slot(of key: Key) -> Int32? { slotOf[key] }

    /// Gives a key a free slot; nil when every slot is taken.
    mutating func insert(_ key: Key) -> Int32? {
        if let existing = slotOf[key] { return existing }
        let slot: Int32
        if let reused = released.popLast() {
            slot = reused
        } else if nextFresh <= range.upperBound {
            slot = nextFresh
            nextFresh += 1
        } else {
            return nil
        }
        slotOf[key] = slot
        return slot
    }

    /// Frees the slots of every key not in `used`; returns the freed slots.
    @discardableResult
    mutating func evict(keeping used: Set<Key>) -> [Int32] {
        let stale = slotOf.keys.filter { !used.contains($0) }
        var freed: [Int32] = []
        for key in stale {
            if let slot = slotOf.removeValue(forKey: key) { freed.append(slot) }
        }
        released += freed
        return freed
    }

    /// Every key and its slot.
    var entries: [(key: Key, slot: Int32)] { slotOf.map { ($0.key, $0.value) } }
}

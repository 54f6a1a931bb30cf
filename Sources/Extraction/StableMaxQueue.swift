/// The priority queue of colorthief 0.2.1, reproduced so ties resolve identically: pushing
/// appends; popping first sorts the contents by key, ascending and stable (as Python's
/// `list.sort`), when anything was pushed since the last sort, then takes the last element.
struct StableMaxQueue<Element> {
    private var contents: [Element] = []
    private var isSorted = true
    private let key: (Element) -> Int

    init(key: @escaping (Element) -> Int) {
        self.key = key
    }

    /// Number of elements held.
    var count: Int { contents.count }

    mutating func push(_ element: Element) {
        contents.append(element)
        isSorted = false
    }

    /// Removes and returns an element with the largest key (the latest-placed among equals), or
    /// nil when empty.
    mutating func pop() -> Element? {
        if !isSorted {
            // Sorting (key, original position) pairs is a stable sort by key.
            let keyed = contents.enumerated().map { (key: key($0.element), position: $0.offset) }
            let order = keyed.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
            contents = order.map { contents[$0.position] }
            isSorted = true
        }
        return contents.popLast()
    }
}

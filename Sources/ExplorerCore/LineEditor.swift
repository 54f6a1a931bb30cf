/// A one-line text field with a cursor, edited with the usual readline keys.
public struct LineEditor: Hashable, Sendable {
    /// The text, one element per character.
    public private(set) var characters: [Character]
    /// Cursor position, 0 ... `characters.count`.
    public private(set) var cursor: Int

    /// Creates an editor holding `text`, with the cursor at its end.
    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .backspace, .control("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            deleteWordBackward()
        default:
            return false
        }
        return true
    }

    /// Deletes back to the previous `/` or space (shell-style word rubout for paths).
    private mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1] == " " || characters[start - 1] == "/" { start -= 1 }
        while start > 0, characters[start - 1] != " " && characters[start - 1] != "/" { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }
}

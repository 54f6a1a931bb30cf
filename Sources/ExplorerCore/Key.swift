/// A key press, decoded by the terminal shell.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// Control plus a letter, given in lower case (Ctrl-C is `.control("c")`).
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Return or Enter.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Escape.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
}

/// A mouse button or wheel movement.
public enum MouseButton: Hashable, Sendable {
    /// The primary button.
    case left
    /// The wheel turned up.
    case scrollUp
    /// The wheel turned down.
    case scrollDown
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// Column, 0 at the left.
    public var column: Int
    /// Row, 0 at the top.
    public var row: Int
    /// What happened.
    public var button: MouseButton

    /// Creates a mouse event.
    public init(column: Int, row: Int, button: MouseButton) {
        self.column = column
        self.row = row
        self.button = button
    }
}

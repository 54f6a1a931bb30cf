import CNcurses
import ExplorerCore

/// Turns what `wget_wch` returns into explorer keys (pure; the screen does the reading).
enum KeyDecoding {
    /// A character read with `OK`: control codes become keys, the rest characters.
    static func key(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return Unicode.Scalar(code + 96).map { .control(Character($0)) }
        case 0..<32: return nil
        default:
            return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A function key read with `KEY_CODE_YES` (resize and mouse are handled by the caller).
    static func key(functionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }
}

/// A key press, as the reducer sees it, whatever terminal it came from.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case control(Character)
    case enter, escape, backspace, tab, backTab
    case up, down, left, right, pageUp, pageDown, home, end

    /// The key in the notation the keymap, the help screen and tests use: `j`, `<Enter>`, `<C-o>`.
    public var description: String {
        switch self {
        case .character(" "): "<Space>"
        case .character("<"): "<lt>"
        case .character(let character): String(character)
        case .control(let character): "<C-\(character)>"
        case .enter: "<Enter>"
        case .escape: "<Esc>"
        case .backspace: "<BS>"
        case .tab: "<Tab>"
        case .backTab: "<S-Tab>"
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .pageUp: "<PgUp>"
        case .pageDown: "<PgDn>"
        case .home: "<Home>"
        case .end: "<End>"
        }
    }

    /// Parses a key string such as `"]]<Enter><C-o>"` into keys; unknown `<names>` are typed as is.
    public static func sequence(_ notation: String) -> [Key] {
        var keys: [Key] = []
        var index = notation.startIndex
        while index < notation.endIndex {
            if notation[index] == "<", let close = notation[index...].firstIndex(of: ">"), close > notation.index(after: index),
               let key = named(String(notation[notation.index(after: index)..<close])) {
                keys.append(key)
                index = notation.index(after: close)
            } else {
                keys.append(.character(notation[index]))
                index = notation.index(after: index)
            }
        }
        return keys
    }

    static func named(_ name: String) -> Key? {
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let character = lower.last { return .control(character) }
        switch lower {
        case "enter", "cr", "return": return .enter
        case "esc", "escape": return .escape
        case "bs", "backspace": return .backspace
        case "tab": return .tab
        case "s-tab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pgup", "pageup": return .pageUp
        case "pgdn", "pagedown": return .pageDown
        case "home": return .home
        case "end": return .end
        case "space": return .character(" ")
        case "lt": return .character("<")
        default: return nil
        }
    }
}

/// Something that happens to the explorer: a key, a mouse action, a new terminal size, or work
/// done in the background (the search index built).
public enum ExplorerEvent: Hashable, Sendable {
    case key(Key)
    case click(x: Int, y: Int)
    case scroll(x: Int, y: Int, lines: Int)
    case resize(width: Int, height: Int)
    /// Background work finished: what waited for it (a search typed before the index was ready) runs now.
    case workFinished
}

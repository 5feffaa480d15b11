import LowLevel

/// Notes written as AsciiDoc's footnote macro, read as pandoc's inline notes.
///
/// `footnote:[text]` sets its note where it stands; `footnote:id[text]` names it, and a later
/// `footnote:id[]` marks the same note again. A note becomes `^[text]`; the macro's name and id
/// are no text. A note marked again keeps its first mark only (inline notes cannot be marked
/// twice): the later macro goes.
enum AsciiDocNotes {
    /// Whether the `[` at `index` closes a footnote macro's head: `footnote:` then perhaps an id,
    /// not glued to a word before it.
    static func opens(_ bytes: [UInt8], bracketAt index: Int) -> Bool {
        head(bytes, bracketAt: index) != nil
    }

    /// Where the macro whose `[` is at `index` starts (its `f`), or nil when none ends there.
    private static func head(_ bytes: [UInt8], bracketAt index: Int) -> Int? {
        var colon = index - 1
        while colon >= 0, colon > index - 60, isIDByte(bytes[colon]) { colon -= 1 }
        guard colon >= 8, bytes[colon] == UInt8(ascii: ":"),
              NoteSyntaxRewrite.holds(bytes, "footnote", at: colon - 8) else { return nil }
        let start = colon - 8
        guard start == 0 || !Bytes.isLetter(bytes[start - 1]) else { return nil }
        return start
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || Bytes.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The edits that make the file's footnote macros inline notes, or nil when it has none.
    static func edits(_ bytes: [UInt8]) -> [NoteSyntaxRewrite.Edit]? {
        var edits: [NoteSyntaxRewrite.Edit] = []
        var index = 0
        while let bracket = bytes[index...].firstIndex(of: UInt8(ascii: "[")) {
            index = bracket + 1
            guard let start = head(bytes, bracketAt: bracket), let close = closing(bytes, after: bracket) else { continue }
            if close == bracket + 1 {
                // A mark of a named note again: `footnote:id[]`.
                guard bracket > start + 9 else { continue }
                edits.append(.init(start..<(close + 1)))
            } else {
                edits.append(.init(start..<(bracket + 1), "^["))
            }
            index = close + 1
        }
        return edits.contains(where: { !$0.text.isEmpty }) ? edits : nil
    }

    /// The `]` closing the macro's text that opens at `open`: brackets nest, `\]` is text, and a
    /// blank line ends the search.
    private static func closing(_ bytes: [UInt8], after open: Int) -> Int? {
        BalancedBracket.closing(bytes, after: open, opener: UInt8(ascii: "["), closer: UInt8(ascii: "]"), blankLineEnds: true)
    }
}

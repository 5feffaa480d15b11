import LowLevel

/// Notes left as LaTeX's `\footnote{text}` in a Markdown or text file, read as pandoc's inline notes.
///
/// `\footnote{text}` (or `\footnote[3]{text}`) sets its note where it stands: it becomes `^[text]`.
/// In the note's text the commands a note's citations wear are no text: `\emph{X}` and `\textit{X}`
/// read as emphasis, `\textbf{X}` and `\textsc{X}` as `X`; `\S` is `§`, `~` a space, and `\&`,
/// `\%`, `\$`, `\#`, `\_` their characters.
enum LaTeXNotes {
    /// The edits that make the file's `\footnote{...}` inline notes, or nil when it has none.
    static func edits(_ bytes: [UInt8]) -> [NoteSyntaxRewrite.Edit]? {
        var edits: [NoteSyntaxRewrite.Edit] = []
        var index = 0
        while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "\\")) {
            index = slash + 1
            guard NoteSyntaxRewrite.holds(bytes, "\\footnote", at: slash) else { continue }
            var open = slash + 9
            if open < bytes.count, bytes[open] == UInt8(ascii: "[") {
                guard let close = bytes[open..<min(bytes.count, open + 8)].firstIndex(of: UInt8(ascii: "]")) else { continue }
                open = close + 1
            }
            guard open < bytes.count, bytes[open] == UInt8(ascii: "{"), let close = closing(bytes, after: open) else { continue }
            var note: [NoteSyntaxRewrite.Edit] = [.init(slash..<(open + 1), "^[")]
            guard inner(bytes, (open + 1)..<close, into: &note) else { continue }
            note.append(.init(close..<(close + 1), "]"))
            edits.append(contentsOf: note)
            index = close + 1
        }
        return edits.isEmpty ? nil : edits
    }

    /// The `}` matching the `{` at `open`: braces nest and `\}` is text.
    static func closing(_ bytes: [UInt8], after open: Int) -> Int? {
        BalancedBracket.closing(bytes, after: open, opener: UInt8(ascii: "{"), closer: UInt8(ascii: "}"), blankLineEnds: false)
    }

    /// The edits of the commands inside a note's text; false when one spans lines in a way the
    /// edits cannot follow.
    private static func inner(_ bytes: [UInt8], _ text: Range<Int>, into edits: inout [NoteSyntaxRewrite.Edit]) -> Bool {
        var index = text.lowerBound
        while index < text.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "~") {
                edits.append(.init(index..<(index + 1), " "))
            } else if byte == UInt8(ascii: "\\"), index + 1 < text.upperBound {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "S"), index + 2 >= text.upperBound || !Bytes.isLetter(bytes[index + 2]) {
                    edits.append(.init(index..<(index + 2), "§"))
                    index += 2
                    continue
                }
                if "&%$#_{}".utf8.contains(next) {
                    edits.append(.init(index..<(index + 1)))
                    index += 2
                    continue
                }
                for (command, mark) in [("\\emph{", "*"), ("\\textit{", "*"), ("\\textbf{", ""), ("\\textsc{", ""), ("\\textup{", "")] {
                    let name = Array(command.utf8)
                    guard bytes[index..<min(text.upperBound, index + name.count)].elementsEqual(name),
                          let close = closing(bytes, after: index + name.count - 1), close < text.upperBound else { continue }
                    edits.append(.init(index..<(index + name.count), mark))
                    guard inner(bytes, (index + name.count)..<close, into: &edits) else { return false }
                    edits.append(.init(close..<(close + 1), mark))
                    index = close
                    break
                }
            }
            index += 1
        }
        return true
    }
}

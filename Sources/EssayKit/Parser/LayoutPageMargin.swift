import LowLevel

/// Pages `pdftotext -layout` printed set in by a wide margin as a whole: a repository's copy
/// (bepress Digital Commons) places each journal page, body, notes and running head, on a larger
/// sheet, so every line of the page opens after twenty spaces or more
/// (`                         more notable was ...`, `                               1. 143 S. Ct. 37.`),
/// the repository's footer alone at the edge (`Published by ... Repository, 2025      1`).
///
/// The readers take a note's number after a few spaces only, so no note of such a file is read.
/// Each such page is moved back to the edge: its margin, the least indent all but a few of its
/// lines with text share, comes off every line set in that far, and the lines set in less (the
/// repository's footer) stay as they are. A page's margin counts when it is ten spaces or more
/// over at least eight lines with text; a file is rewritten only when three pages or more, and
/// at least half its pages of text, have one (a centred title page or a set-in table alone is
/// left as printed). Each line keeps its length (`NoteSyntaxRewrite.apply`); only a file with
/// form feeds is read.
enum LayoutPageMargin {
    /// The file with its set-in pages moved to the edge, or nil when it is not set in so.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        var edits: [NoteSyntaxRewrite.Edit] = []
        var pagesOfText = 0
        var setIn = 0
        var pageStart = 0
        while pageStart < bytes.count {
            let pageEnd = ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: pageStart + 1) ?? bytes.count
            let lines = textLines(bytes, from: pageStart, to: pageEnd)
            pageStart = pageEnd
            guard lines.count >= leastLines else { continue }
            pagesOfText += 1
            guard let margin = margin(of: lines) else { continue }
            setIn += 1
            for line in lines where line.indent >= margin {
                edits.append(NoteSyntaxRewrite.Edit(line.indentStart..<line.indentStart + margin, ""))
            }
        }
        guard setIn >= 3, setIn * 2 >= pagesOfText else { return nil }
        return NoteSyntaxRewrite.apply(edits, to: bytes)
    }

    /// A line with text: where its indent starts (after any form feed) and how many spaces it is.
    struct Line {
        var indentStart: Int
        var indent: Int
    }

    /// The fewest lines with text a page needs for its margin to count.
    private static let leastLines = 8
    /// The narrowest margin read: deeper than any paragraph's or note's indent.
    private static let narrowestMargin = 10
    /// How many of a page's lines may be set in less than its margin (a repository's footer, a
    /// running head at the edge).
    private static let linesOutside = 3

    /// The page's margin: the least indent all its lines with text but the few shallowest share,
    /// when it is wide enough to be a margin.
    static func margin(of lines: [Line]) -> Int? {
        let indents = lines.map(\.indent).sorted()
        let margin = indents[min(linesOutside, indents.count / 10)]
        return margin >= narrowestMargin ? margin : nil
    }

    /// The lines with text of the page from `start` to `end`.
    private static func textLines(_ bytes: [UInt8], from start: Int, to end: Int) -> [Line] {
        var lines: [Line] = []
        LayoutPageIndent.eachLine(bytes, from: start, to: end) { indentStart, textStart, lineEnd in
            if textStart < lineEnd, bytes[textStart] != 0x0D { lines.append(Line(indentStart: indentStart, indent: textStart - indentStart)) }
        }
        return lines
    }
}

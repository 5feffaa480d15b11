import LowLevel

/// The note numbers an OCR'd scan misread at a page's foot, rewritten as the digits they stand
/// for before the scan, so the page-foot readers read them as they read printed numbers.
///
/// A scan's text layer (a database's PDF of an old journal, by pdftotext) prints each note at its
/// page's foot as `12 Id. at 5.` or `12Id. at 5.`, but its OCR reads a digit as a letter (`I`, `l`
/// or `|` for 1, `O` for 0, `S` for 5) or sets a stray mark before it (`'15 Birch`). The form is
/// never enough: a line opening `I Argue` or `S Harbor` is as likely the body's. A misread line is
/// the note numbered next only on the page's evidence: the page's text marks that note glued
/// (`market.12`) before the line, no later line of the page opens with the number as printed, the
/// note after it opens a later line of the page or a line of the next (printed or misread), and no
/// line between marks that next note (notes mark none). A line is rewritten in place, the digits
/// replacing the letters and a stray mark dropped, its length kept (`NoteSyntaxRewrite.apply`).
/// Only files with form feeds are looked at (one byte search).
enum ScannedNoteNumbers {
    /// The file with its misread note numbers rewritten, or nil when it has none.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        let pages = self.pages(bytes)
        var edits: [NoteSyntaxRewrite.Edit] = []
        var expected = 1
        for (pageIndex, page) in pages.enumerated() {
            let lines = page.lines
            for (index, line) in lines.enumerated() {
                let start = indentEnd(bytes, line)
                guard start < line.upperBound else { continue }
                let lead = bytes[start]
                if Bytes.isDigit(lead) {
                    // A number as printed: the note numbered next (or one or two on, where one was lost).
                    for number in expected...(expected + 2) where opensPrinted(bytes, start..<line.upperBound, number)
                        && isMarked(number, in: bytes, page.range.lowerBound..<line.lowerBound) {
                        expected = number + 1
                        break
                    }
                    continue
                }
                guard mayOpenMisread(lead), let token = misreadStart(bytes, start..<line.upperBound, expected),
                      isMarked(expected, in: bytes, page.range.lowerBound..<line.lowerBound),
                      !lines[(index + 1)...].contains(where: { opensPrinted(bytes, indentEnd(bytes, $0)..<$0.upperBound, expected) }),
                      nextNoteFollows(expected, after: index, in: pages, page: pageIndex, bytes: bytes) else { continue }
                edits.append(.init(start..<token, Array(String(expected).utf8)))
                expected += 1
            }
        }
        return edits.isEmpty ? nil : NoteSyntaxRewrite.apply(edits, to: bytes)
    }

    /// One page: its range (from after a form feed to the next) and its lines.
    struct Page {
        var range: Range<Int>
        var lines: [Range<Int>]
    }

    private static func pages(_ bytes: [UInt8]) -> [Page] {
        var pages: [Page] = []
        var lines: [Range<Int>] = []
        var pageStart = 0
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0x0A
            if byte == 0x0A || byte == 0x0C {
                var end = index
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart { lines.append(lineStart..<end) }
                lineStart = index + 1
                if byte == 0x0C || index == bytes.count {
                    pages.append(Page(range: pageStart..<index, lines: lines))
                    lines = []
                    pageStart = index + 1
                }
            }
            index += 1
        }
        return pages
    }

    /// Where a line's text starts after an indent of up to three spaces.
    private static func indentEnd(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
        var start = line.lowerBound
        while start < line.upperBound, start - line.lowerBound < 3, bytes[start] == 0x20 { start += 1 }
        return start
    }

    /// Whether `text` opens with `number` as printed and a note's text after it: a space and a
    /// capital or an opening quotation mark, or glued to a capital (`12Id.`).
    private static func opensPrinted(_ bytes: [UInt8], _ text: Range<Int>, _ number: Int) -> Bool {
        var index = text.lowerBound
        var value = 0
        while index < text.upperBound, Bytes.isDigit(bytes[index]), index - text.lowerBound < 4 {
            value = value * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        guard index > text.lowerBound, bytes[text.lowerBound] != UInt8(ascii: "0"), value == number else { return false }
        return opensText(bytes, at: index, end: text.upperBound)
    }

    /// Whether a note's text opens at `index` after its number: a space and a capital, a digit or
    /// an opening quotation mark, or a capital glued to the number.
    private static func opensText(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        guard index < end else { return false }
        var at = index
        if bytes[at] == 0x20 {
            at += 1
            guard at < end else { return false }
            let lead = bytes[at]
            return Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "(")
                || (lead == 0xE2 && at + 2 < end && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0x9C || bytes[at + 2] == 0x98))
        }
        return Bytes.isUpper(bytes[at])
    }

    /// Whether a line may open with a misread number: a letter OCR takes for a digit or a stray mark.
    private static func mayOpenMisread(_ byte: UInt8) -> Bool {
        digit(misread: byte) != nil || isStrayMark(byte) || byte == 0xE2 || byte == 0xC2
    }

    /// The digit a letter OCR misreads stands for: `I`, `l`, `|`, `!` for 1; `O`, `o` for 0; `S` for 5.
    private static func digit(misread byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "|"), UInt8(ascii: "!"): return UInt8(ascii: "1")
        case UInt8(ascii: "O"), UInt8(ascii: "o"): return UInt8(ascii: "0")
        case UInt8(ascii: "S"): return UInt8(ascii: "5")
        default: return nil
        }
    }

    private static func isStrayMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "~")
            || byte == UInt8(ascii: "^") || byte == UInt8(ascii: "_")
    }

    /// The length in bytes of a stray mark at `index`: an ASCII mark, or a curly quotation mark,
    /// a bullet or a middle dot (three and two bytes); 0 when there is none.
    private static func strayMark(_ bytes: [UInt8], at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if isStrayMark(byte) { return 1 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, [0x98, 0x99, 0x9C, 0x9D, 0xA2].contains(bytes[index + 2]) { return 3 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xB7 || bytes[index + 1] == 0xB0 { return 2 }
        return 0
    }

    /// Where the text after `number` starts when `text` opens with it misread (a stray mark before
    /// it, a letter for a digit) and a note's text after it; nil when it opens otherwise or as printed.
    private static func misreadStart(_ bytes: [UInt8], _ text: Range<Int>, _ number: Int) -> Int? {
        var index = text.lowerBound
        var changed = false
        let stray = strayMark(bytes, at: index, end: text.upperBound)
        if stray > 0, index + stray < text.upperBound {
            index += stray
            changed = true
            if bytes[index] == 0x20 { index += 1 }
        }
        for digit in String(number).utf8 {
            guard index < text.upperBound else { return nil }
            let byte = bytes[index]
            if byte != digit {
                guard self.digit(misread: byte) == digit else { return nil }
                changed = true
            }
            index += 1
        }
        guard changed, index < text.upperBound, !Bytes.isDigit(bytes[index]), opensText(bytes, at: index, end: text.upperBound) else { return nil }
        // A capital glued to a misread letter opens a word in mixed case (`lOId.`, `SSee`); in
        // capitals (`SEE`, `IT`) the letters are the word's own.
        if bytes[index] != 0x20, let last = bytes[text.lowerBound..<index].last, !Bytes.isDigit(last),
           !(index + 1 < text.upperBound && (Bytes.isLower(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: ".")) ) { return nil }
        return bytes[index] == 0x20 ? index + 1 : index
    }

    /// Whether `range` holds `number` glued as a note's mark (`market.12 The`).
    private static func isMarked(_ number: Int, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        EssayBuilder.firstGluedMark(number, in: bytes, from: range.lowerBound + 2, upTo: range.upperBound) != nil
    }

    /// Whether note `number + 1` opens a line after line `index` of this page (no line between
    /// marking it) or a line of the next page, printed or misread; or the file marks no such note.
    private static func nextNoteFollows(_ number: Int, after index: Int, in pages: [Page], page: Int, bytes: [UInt8]) -> Bool {
        let next = number + 1
        func opens(_ line: Range<Int>) -> Bool {
            let text = indentEnd(bytes, line)..<line.upperBound
            return opensPrinted(bytes, text, next) || misreadStart(bytes, text, next) != nil
        }
        let lines = pages[page].lines
        for line in lines[(index + 1)...] where opens(line) {
            return !isMarked(next, in: bytes, lines[index].upperBound..<line.lowerBound)
        }
        if page + 1 < pages.count, pages[page + 1].lines.contains(where: opens) { return true }
        let rest = (lines.last?.upperBound ?? pages[page].range.upperBound)..<bytes.count
        return !isMarked(next, in: bytes, rest)
    }
}

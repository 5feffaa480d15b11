import LowLevel

/// Page-foot notes that `pdftotext -layout` printed set in by the page's margin (`    1 Text`,
/// an indent of four to sixteen spaces), with a wide gap of ordinary spaces after the number
/// (`1        Text`), or with the number glued to its text (`   57Id. at 971.`), rewritten before
/// the scan as a note's opening line (`1 Text`).
///
/// The readers take a note's number after at most three spaces and before at most three, so
/// neither is read, nor any later note of the file. Notes the readers do take as printed (set in
/// by one to three spaces) count in the numbering and are left as they are: a journal sets its
/// numbers right-aligned (`    9 Text` over `   10 Text`), or one page's notes deeper than the rest. A wide space (EN SPACE) after the number is
/// a wide gap: a file mixing both (`1 Text`, `2⟨EN⟩Text`) is numbered in one run, where
/// `LayoutNoteOpeners`, run after this, missed a plain note before the first wide one. The
/// numbering is the evidence: a line is taken when its number follows the last one taken, or opens a run of three
/// in a row, and a file needs three. The text after the number must not open in lower case and
/// must hold one column (no gutter of six spaces or more: two-column pages are `LayoutColumns`'s).
/// Each line keeps its length (`NoteSyntaxRewrite.apply`); only a file with form feeds is read.
enum LayoutSetInNoteOpeners {
    /// The file with its set-in notes' openers rewritten, or nil when it has fewer than three.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        let found = candidates(bytes)
        let accepted = NoteNumbering.runningOn(found.map(\.number)).map { found[$0] }
        guard accepted.count >= 3 else { return nil }
        let edits = accepted.filter(\.isRewritten).map { NoteSyntaxRewrite.Edit($0.numberStart..<$0.textStart, String($0.number) + " ") }
        return edits.isEmpty ? nil : NoteSyntaxRewrite.apply(edits, to: bytes)
    }

    /// A line opening with a note's number set in or followed by a wide gap: where the indent
    /// starts (after any form feed), the number, and where its text starts.
    struct Opener {
        var numberStart: Int
        var number: Int
        var textStart: Int
        /// False for a note the readers take as printed (set in by one to three spaces, an
        /// ordinary space after its number), which counts in the numbering only.
        var isRewritten = true
    }

    /// The shallowest indent read without a wide gap after the number, and the deepest read at all.
    private static let marginIndent = 4
    private static let deepestIndent = 16
    /// The narrowest gap read after a number at the margin, and the widest read at all.
    private static let wideGap = 4
    private static let widestGap = 12

    /// Every line opening with one to three digits (not opening with 0) after an indent of five
    /// spaces or more, or before a gap of four spaces or more, then text not in lower case.
    static func candidates(_ bytes: [UInt8]) -> [Opener] {
        var found: [Opener] = []
        var lineStart = 0
        let count = bytes.count
        // Under a rule of dashes the readers take a note set in by four themselves.
        var ruled = false
        while lineStart < count {
            let lineEnd = ByteScan.firstIndex(of: 0x0A, in: bytes.span, from: lineStart) ?? count
            defer { lineStart = lineEnd + 1 }
            var start = lineStart
            if start < lineEnd, bytes[start] == 0x0C { start += 1 }
            var cursor = start
            while cursor < lineEnd, bytes[cursor] == 0x20, cursor - start <= deepestIndent { cursor += 1 }
            if !ruled, cursor < lineEnd, bytes[cursor] == 0xE2, LineRules.isPageBreak(bytes[cursor..<lineEnd]) { ruled = true }
            // Cheapest test first: a digit after the indent.
            guard cursor < lineEnd, Bytes.isDigit(bytes[cursor]), bytes[cursor] != UInt8(ascii: "0"), cursor - start <= deepestIndent else { continue }
            let indent = cursor - start
            let digitsStart = cursor
            while cursor < lineEnd, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
            guard cursor - digitsStart <= 3, cursor < lineEnd else { continue }
            let numberEnd = cursor
            var gap: Int
            if let width = wideSpace(bytes, at: cursor, before: lineEnd) {
                // A wide space is a wide gap, as `LayoutNoteOpeners` reads it; read here too so
                // that a file's notes with and without it are numbered in one run.
                cursor += width
                gap = wideGap
            } else if indent > 0, gluedText(bytes, at: cursor, before: lineEnd) {
                gap = wideGap
            } else {
                guard bytes[cursor] == 0x20 else { continue }
                while cursor < lineEnd, bytes[cursor] == 0x20 { cursor += 1 }
                gap = cursor - numberEnd
            }
            // The readers' own shape (`   12 Text`) counts in the numbering, so that a page's
            // note set in further than the rest (a number of fewer digits, right-aligned) follows
            // the note before it; a margin's is left out: a note's wrapped line may open with a
            // number (`5 U.S.C. § 553`).
            let readAsPrinted = indent > 0 && (indent < marginIndent || indent == marginIndent && ruled) && gap < wideGap
            guard indent >= marginIndent || gap >= wideGap || readAsPrinted, gap <= widestGap, cursor < lineEnd,
                  !Bytes.isLower(bytes[cursor]), bytes[cursor] != 0x0D, !holdsGutter(bytes, cursor..<lineEnd) else { continue }
            let number = bytes[digitsStart..<numberEnd].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            found.append(Opener(numberStart: start, number: number, textStart: cursor, isRewritten: !readAsPrinted))
        }
        return found
    }

    /// Whether a capital glued to the number at `index` opens a word (`57Id.`, `2Some`): a scan's
    /// text layer often drops the space after a raised number.
    private static func gluedText(_ bytes: [UInt8], at index: Int, before end: Int) -> Bool {
        guard index + 1 < end, Bytes.isUpper(bytes[index]) else { return false }
        let next = bytes[index + 1]
        return Bytes.isLower(next) || next == UInt8(ascii: ".")
    }

    /// The length of the wide space at `index` (U+2002, U+2009: three bytes; U+00A0: two), if one is there.
    private static func wideSpace(_ bytes: [UInt8], at index: Int, before end: Int) -> Int? {
        if bytes[index] == 0xC2 { return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : nil }
        guard bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 || bytes[index + 2] == 0x89 else { return nil }
        return 3
    }

    /// Whether `range` holds six spaces or more between two words: a second column after a gutter.
    private static func holdsGutter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var spaces = 0
        for index in range {
            if bytes[index] == 0x20 {
                spaces += 1
            } else {
                if spaces >= 6, bytes[index] != 0x0D { return true }
                spaces = 0
            }
        }
        return false
    }
}

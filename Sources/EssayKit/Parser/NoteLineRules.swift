import LowLevel

/// The line rules for notes in their every form, and for the furniture printed around them.
extension LineRules {
    /// The longest Markdown note label read, in bytes: CommonMark's limit for a link label
    /// (generated labels such as a case's whole name run past a hundred).
    static let longestNoteLabel = 999

    /// Where a note starts on a line, and how it is written.
    struct NoteStart: Equatable {
        var label: String
        /// Where the note's text starts.
        var textStart: Int
        /// The label's number when the rule read it on the way (nil: `EssayBuilder.number(ofLabel:)`).
        var number: Int? = nil
    }

    /// Whether a line's text is a note's reference to the work before (`Id.`, `Id. at 5.`,
    /// `Ibid., para. 3.`): a note's own words, which no heading or page furniture reads as, so a
    /// short line of them may be a note's whole text.
    static func isBackReference(_ text: ArraySlice<UInt8>) -> Bool {
        for word in ["Id.", "Ibid"] where text.starts(with: word.utf8) {
            let after = text.dropFirst(word.utf8.count).first
            return after == nil || after == 0x20 || after == UInt8(ascii: ",") || after == UInt8(ascii: ".")
        }
        return false
    }

    /// A Markdown note definition, `[^label]: text` (up to three spaces in, a label of up to 999
    /// bytes as for a reference): its label and where its text starts.
    static func definitionStart(_ bytes: ArraySlice<UInt8>) -> NoteStart? {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 0x20, index - bytes.startIndex < 3 { index += 1 }
        guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") else { return nil }
        let labelStart = index + 2
        var cursor = labelStart
        while cursor < bytes.endIndex, cursor - labelStart <= LineRules.longestNoteLabel {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "]") { break }
            if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "^") || byte < 0x20 { return nil }
            cursor += 1
        }
        guard cursor > labelStart, cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "]"),
              cursor + 1 < bytes.endIndex, bytes[cursor + 1] == UInt8(ascii: ":") else { return nil }
        var textStart = cursor + 2
        while textStart < bytes.endIndex, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
        return NoteStart(label: String(decoding: bytes[labelStart..<cursor], as: UTF8.self), textStart: textStart)
    }

    /// Whether a line is indented as a Markdown note's continuation: a tab, or two spaces or more.
    static func isIndented(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == 0x09 { return true }
        return bytes.count >= 2 && first == 0x20 && bytes[bytes.startIndex + 1] == 0x20
    }

    /// Which forms of a note's start a place in the essay admits, beyond the plain ones (`12. text`,
    /// `<sup>12</sup> text`, a link or anchor to the note's reference, `> 12 text`).
    struct NoteStartForms {
        /// The number the next note has: a bare `13 text` or a quoted `> 13 text` must be it (the
        /// quoted one may skip a few notes the conversion lost).
        var expected: Int
        /// A bare number and a space (`13 text`), as a conversion leaves a note it did not quote.
        var bareNumbers = false
        /// A list of notes' own forms: `^13^ text`, `13) text`.
        var listForms = false
        /// Only the quoted forms (`> 13 text`, `> * text`): a note's start in the middle of body text.
        var quotedOnly = false
    }

    /// A note starting on a line of a footnote block or a list of notes, in one of the `forms`:
    /// `12. text` and the other forms of `footnoteStart`, a superscript `<sup>12</sup> text`, a link
    /// or HTML anchor to the note's reference (`[12](#fnref12) text`, `[\[12\]](#_ftnref12) text`,
    /// `<a href="#_ftnref12" id="_ftn12">[12]</a> text`, `^[12](#ref12)^ text`), a note a conversion
    /// quoted (`> 12 text`, `> * text`), and as `forms` allow, `12 text`, `^12^ text`, `12) text`.
    static func noteStart(_ bytes: ArraySlice<UInt8>, _ forms: NoteStartForms) -> NoteStart? {
        var line = bytes
        while line.first == 0x20, line.count > bytes.count - 3 { line = line.dropFirst() }
        guard let lead = line.first else { return nil }
        if lead == UInt8(ascii: ">") {
            line = line.dropFirst()
            while line.first == 0x20 { line = line.dropFirst() }
            if let start = footnoteStart(line) { return NoteStart(label: start.label, textStart: start.textStart) }
            let digits = line.prefix(while: Bytes.isDigit)
            // The next label glued to its text, as in plain text (`> 15See CRS In Focus`).
            if let glued = gluedNoteStart(line, digits: digits, expected: forms.expected) { return glued }
            guard !digits.isEmpty, digits.count <= 5, digits.first != UInt8(ascii: "0"), digits.endIndex < line.endIndex,
                  line[digits.endIndex] == 0x20, let number = Int(String(decoding: digits, as: UTF8.self)),
                  number >= forms.expected, number < forms.expected + 6 else { return nil }
            return NoteStart(label: String(number), textStart: digits.endIndex + 1)
        }
        if forms.quotedOnly {
            // Where notes are quoted, one the conversion left bare (`140 text`) is the next note too.
            guard forms.bareNumbers else { return nil }
            let digits = line.prefix(while: Bytes.isDigit)
            guard !digits.isEmpty, digits.count <= 5, digits.endIndex + 1 < line.endIndex, line[digits.endIndex] == 0x20,
                  line[digits.endIndex + 1] != 0x20, Int(String(decoding: digits, as: UTF8.self)) == forms.expected else { return nil }
            return NoteStart(label: String(forms.expected), textStart: digits.endIndex + 1)
        }
        if let start = footnoteStart(line) { return NoteStart(label: start.label, textStart: start.textStart) }
        if lead == UInt8(ascii: "<"), line.starts(with: "<sup>".utf8),
           let close = firstRange(of: "</sup>", in: line), close.lowerBound - line.startIndex <= 24,
           let label = listedLabel(line[(line.startIndex + 5)..<close.lowerBound]) {
            return NoteStart(label: label, textStart: close.upperBound)
        }
        if lead == UInt8(ascii: "<"), let anchor = anchor(at: line), anchor.target.contains(UInt8(ascii: "#")),
           let label = listedLabel(anchor.text) {
            return NoteStart(label: label, textStart: anchor.end)
        }
        var start = line.startIndex
        let caret = lead == UInt8(ascii: "^")
        if caret { start += 1 }
        if start < line.endIndex, line[start] == UInt8(ascii: "[") {
            // A link whose text is the note's number, to the note's reference.
            guard let textEnd = firstRange(of: "](", in: line[start...]), textEnd.lowerBound - start <= 24,
                  let label = listedLabel(line[(start + 1)..<textEnd.lowerBound]),
                  let close = line[textEnd.upperBound...].firstIndex(of: UInt8(ascii: ")")),
                  line[textEnd.upperBound..<close].contains(UInt8(ascii: "#")) else { return nil }
            var textStart = close + 1
            if caret, textStart < line.endIndex, line[textStart] == UInt8(ascii: "^") { textStart += 1 }
            if textStart < line.endIndex, line[textStart] == UInt8(ascii: ".") { textStart += 1 }
            return NoteStart(label: label, textStart: textStart)
        }
        let digits = line.prefix(while: Bytes.isDigit)
        // A bare number before a word in lower case is a line of text that opens with a number
        // (`5 and 40 percent of ...`), not a note's start.
        if forms.bareNumbers, !digits.isEmpty, digits.count <= 5, digits.endIndex + 1 < line.endIndex, line[digits.endIndex] == 0x20,
           line[digits.endIndex + 1] != 0x20, !Bytes.isLower(line[digits.endIndex + 1]), let number = Int(String(decoding: digits, as: UTF8.self)),
           number >= forms.expected, number <= forms.expected + 1 {
            return NoteStart(label: String(number), textStart: digits.endIndex + 1)
        }
        // A justified line keeps a wider gap after the number (`57  2003  Treaty ...`): the gap is
        // the note's when a citation's number follows it (a title, a volume, a year).
        if forms.bareNumbers, !digits.isEmpty, digits.count <= 5, digits.endIndex + 1 < line.endIndex, line[digits.endIndex] == 0x20,
           case let gap = line[digits.endIndex...].prefix(while: { $0 == 0x20 }), gap.count <= 4, opensWithACitationNumber(line[gap.endIndex...]),
           let number = Int(String(decoding: digits, as: UTF8.self)), number >= forms.expected, number <= forms.expected + 1 {
            return NoteStart(label: String(number), textStart: gap.endIndex)
        }
        if forms.bareNumbers, let glued = gluedNoteStart(line, digits: digits, expected: forms.expected) { return glued }
        guard forms.listForms else { return nil }
        if caret, let close = line[start...].firstIndex(of: UInt8(ascii: "^")), close - start <= 8,
           let label = noteLabel(line[start..<close]) {
            return NoteStart(label: label, textStart: close + 1)
        }
        // `| 12. | text`: a web edition's notes as rows of a table, number and text in cells.
        if lead == UInt8(ascii: "|") {
            var index = line.startIndex + 1
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
            let number = line[index...].prefix(while: Bytes.isDigit)
            guard !number.isEmpty, number.count <= 5 else { return nil }
            index = number.endIndex
            if index < line.endIndex, line[index] == UInt8(ascii: ".") { index += 1 }
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
            guard index < line.endIndex, line[index] == UInt8(ascii: "|") else { return nil }
            index += 1
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
            guard index < line.endIndex else { return nil }
            return NoteStart(label: String(decoding: number, as: UTF8.self), textStart: index)
        }
        // `12) text`: a list of notes numbered with parentheses.
        if !digits.isEmpty, digits.count <= 5, digits.endIndex + 1 < line.endIndex, line[digits.endIndex] == UInt8(ascii: ")"),
           line[digits.endIndex + 1] == 0x20 {
            return NoteStart(label: String(decoding: digits, as: UTF8.self), textStart: digits.endIndex + 2)
        }
        return nil
    }

    /// The next note's number glued to its text, as a converter that reads the superscript label
    /// as plain text leaves it (`13Miss. Code Ann.`, `4See R. Ginsburg`, `2“The`, `11505 U. S.`):
    /// only the number expected, before a capital or an opening quote, or before a volume.
    static func gluedNoteStart(_ line: ArraySlice<UInt8>, digits: ArraySlice<UInt8>, expected: Int) -> NoteStart? {
        guard !digits.isEmpty, digits.count <= 8, digits.first != UInt8(ascii: "0"), digits.endIndex + 1 < line.endIndex else { return nil }
        let next = line[digits.endIndex]
        let label = Array(String(expected).utf8)
        if digits.count == label.count + 4, digits.starts(with: label), opensWithAYear(line[(digits.startIndex + label.count)...]) {
            return NoteStart(label: String(expected), textStart: digits.startIndex + label.count)
        }
        if next == UInt8(ascii: "["), digits.elementsEqual(label), opensWithAYear(line[(digits.endIndex + 1)...]),
           digits.endIndex + 5 < line.endIndex, line[digits.endIndex + 5] == UInt8(ascii: "]") {
            // `78[2011] 2 SCR 640`: a neutral citation's or a reporter's bracketed year.
            return NoteStart(label: String(expected), textStart: digits.endIndex)
        }
        if digits.count > label.count, digits.starts(with: label), digits[digits.startIndex + label.count] != UInt8(ascii: "0"),
           digits.count - label.count <= 4,
           next == 0x20 ? digits.endIndex + 1 < line.endIndex && Bytes.isUpper(line[digits.endIndex + 1]) && abbreviates(line[(digits.endIndex + 1)...])
               : Bytes.isUpper(next) && abbreviates(line[digits.endIndex...]) {
            // The label glued to a volume that opens the note (`11505 U. S., at 874.`): a run of
            // digits too long for the next note, that starts with its number, before a reporter
            // or code, whose first word is abbreviated (`U.S.C.`, `F.3d`, `Stat.`). Before a name
            // (`71 Clark, ...`) the digits are a later note's number. A converter that lost the
            // spaces glues the reporter too (`57412U.S.77(2013).`: note 57, `412 U.S. 77`).
            return NoteStart(label: String(expected), textStart: digits.startIndex + label.count)
        }
        if let volume = gluedVolumeNoteStart(line, digits: digits, label: label, expected: expected) { return volume }
        let opensQuote = next == UInt8(ascii: "\"") || (next == 0xE2 && digits.endIndex + 2 < line.endIndex
            && line[digits.endIndex + 1] == 0x80 && (line[digits.endIndex + 2] == 0x9C || line[digits.endIndex + 2] == 0x98))
        // A capital beyond ASCII (`À`–`Þ`, not `×`) opens a name as an ASCII one does (`7Émile`).
        let opensLatinCapital = next == 0xC3 && digits.endIndex + 1 < line.endIndex
            && (0x80...0x9E).contains(line[digits.endIndex + 1]) && line[digits.endIndex + 1] != 0x97
        if let section = gluedSectionNoteStart(line, digits: digits, label: label) { return section }
        guard digits.elementsEqual(label), Bytes.isUpper(next) || opensLatinCapital || opensQuote else { return nil }
        // A code with no lower-case letter and a hyphen or a bracket (`2XRS-A4ZG]`) is the rest
        // of an address cut at the line's end (`[https://perma.cc/` / `2XRS-A4ZG]`), not a note.
        // An address's code is ASCII: a letter beyond it (`É`, `ö`, a lead byte from `C3` on, but
        // not `E2`'s punctuation) is a name's (`7ÉMILE-LÉON`).
        if Bytes.isUpper(next) || opensLatinCapital {
            let word = line[digits.endIndex...].prefix { $0 != 0x20 }
            if !word.contains(where: { Bytes.isLower($0) || ($0 >= 0xC3 && $0 != 0xE2) }),
               word.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "]") }) { return nil }
        }
        return NoteStart(label: String(expected), textStart: digits.endIndex)
    }

    /// Whether `text` opens with a year that a note may open with after its number glued to it
    /// (`511998 c. 4, s 7`, `232004 SCC 17`, `78[2011] 2 SCR 640`): four digits from 1600 to
    /// 2099, then a comma, a chapter (` c.`, ` ch.`), or a word with two capitals or more (a
    /// reporter or a court, ` SCC`, ` ONCA`, ` CanLII`), or the bracket closing it. A year before a word in lower case
    /// (`2019 data show`) is a line of text.
    static func opensWithAYear(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 5 else { return false }
        let year = text.prefix(4)
        guard year.allSatisfy(Bytes.isDigit), let value = Int(String(decoding: year, as: UTF8.self)), (1600...2099).contains(value) else { return false }
        let after = text.dropFirst(4)
        guard let first = after.first else { return false }
        if first == UInt8(ascii: ",") || first == UInt8(ascii: "]") { return true }
        guard first == 0x20, after.count >= 3 else { return false }
        let word = after.dropFirst().prefix { $0 != 0x20 }
        if word.elementsEqual("c.".utf8) || word.elementsEqual("ch.".utf8) || word.elementsEqual("c".utf8) { return true }
        return word.count >= 2 && Bytes.isUpper(word[word.startIndex]) && word.count(where: Bytes.isUpper) >= 2
    }

    /// Whether `text` opens with a number a note's citation may open with after its label and a
    /// space: a code's title, a reporter's volume or a session's year (`17 U.S.C. § 412`, `612 U.S.
    /// 77`, `2010 Wis. Sess. Laws 88`, `2003  Treaty on ...`): one to four digits, not led by a
    /// zero, then spaces and a word that does not open in lower case. A number before a word in
    /// lower case (`2019 data show`, `40 percent`) is a line of text.
    static func opensWithACitationNumber(_ text: ArraySlice<UInt8>) -> Bool {
        let digits = text.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 4, digits.first != UInt8(ascii: "0") else { return false }
        let rest = text[digits.endIndex...].drop { $0 == 0x20 }
        guard rest.startIndex > digits.endIndex, rest.startIndex - digits.endIndex <= 4, let lead = rest.first else { return false }
        return !Bytes.isLower(lead) && !Bytes.isDigit(lead)
    }

    /// Whether the first word of `text` is abbreviated, as a reporter's or code's is (`U.`,
    /// `U.S.C.`, `F.3d`, `Stat.`): it holds a full stop before its end or the next space. A
    /// reference back or a signal (`Ibid.`, `Id.`, `Cf.`) follows no volume: the digits before it
    /// are a note's number (`84 Ibid., at p. 83.` is note 84, not note 8 citing volume 4).
    private static func abbreviates(_ text: ArraySlice<UInt8>) -> Bool {
        for (offset, byte) in text.prefix(12).enumerated() {
            if byte == UInt8(ascii: ".") {
                let word = text.prefix(offset).map { Bytes.isUpper($0) ? $0 | 0x20 : $0 }
                return !["ibid", "id", "cf", "supra", "infra", "op"].contains { word.elementsEqual($0.utf8) }
            }
            if byte == 0x20 || byte == UInt8(ascii: ",") { return false }
        }
        return false
    }

    /// An HTML anchor opening at the start of `line`, `<a href="TARGET" ...>TEXT</a>`: its target,
    /// its text and where it ends. Anchors are short, so they are looked for only so far.
    static func anchor(at line: ArraySlice<UInt8>) -> (target: ArraySlice<UInt8>, text: ArraySlice<UInt8>, end: Int)? {
        guard line.count >= 7, line[line.startIndex] == UInt8(ascii: "<"), line[line.startIndex + 1] | 0x20 == UInt8(ascii: "a"),
              Bytes.isSpace(line[line.startIndex + 2]) else { return nil }
        let head = line.prefix(400)
        // A `>` opening a line is a block quote's prefix where the tag was wrapped over quoted lines.
        var found = head.firstIndex(of: UInt8(ascii: ">"))
        while let at = found, HTMLTag.startsQuotedLine(head, at: at, from: line.startIndex) {
            found = head[(at + 1)...].firstIndex(of: UInt8(ascii: ">"))
        }
        guard let tagEnd = found,
              let close = firstFoldedRange(of: "</a>", in: head[(tagEnd + 1)...]) else { return nil }
        let tag = head[line.startIndex..<tagEnd]
        guard let href = firstFoldedRange(of: "href=", in: tag), href.upperBound < tag.endIndex else { return nil }
        let quote = tag[href.upperBound]
        var targetStart = href.upperBound
        var targetEnd: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            targetStart += 1
            guard let end = tag[targetStart...].firstIndex(of: quote) else { return nil }
            targetEnd = end
        } else {
            targetEnd = tag[targetStart...].firstIndex(where: { $0 == 0x20 }) ?? tag.endIndex
        }
        return (tag[targetStart..<targetEnd], head[(tagEnd + 1)..<close.lowerBound], close.upperBound)
    }

    /// A line without the `>` that quotes it (and the space after), as a conversion quotes a note.
    static func unquoted(_ line: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == 0x20, start - line.lowerBound < 3 { start += 1 }
        guard start < line.upperBound, bytes[start] == UInt8(ascii: ">") else { return line }
        start += 1
        if start < line.upperBound, bytes[start] == 0x20 { start += 1 }
        return start..<line.upperBound
    }

    /// The label of a note's start in a list of notes: `noteLabel`, or a superscript's or link's
    /// text with its tags and the full stop after its number (`<sup>12.</sup>`,
    /// `InlineParser.listedNoteLabel`).
    private static func listedLabel(_ text: ArraySlice<UInt8>) -> String? {
        noteLabel(text) ?? InlineParser.listedNoteLabel(text)
    }

    /// The note label a short text spells once brackets, escapes and carets go: `12`, `12a`, `*`, `†`.
    static func noteLabel(_ text: ArraySlice<UInt8>) -> String? {
        let kept = text.filter { byte in
            byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "[") && byte != UInt8(ascii: "]") && byte != UInt8(ascii: "^") && byte != 0x20
        }
        guard !kept.isEmpty, kept.count <= 6 else { return nil }
        if kept == [UInt8(ascii: "*")] || kept == [0xE2, 0x80, 0xA0] { return String(decoding: kept, as: UTF8.self) }
        let digits = kept.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.first != UInt8(ascii: "0"),
              kept.count == digits.count || (kept.count == digits.count + 1 && Bytes.isLower(kept[kept.count - 1])) else { return nil }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Whether a heading's title names the essay's notes: `Notes`, `Endnotes`, `Footnotes`.
    static func isNotesTitle(_ title: ArraySlice<UInt8>) -> Bool {
        var text = trim(title)
        while let last = text.last, last == UInt8(ascii: ":") || last == UInt8(ascii: "*") || last == UInt8(ascii: "_") { text = text.dropLast() }
        while let first = text.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") { text = text.dropFirst() }
        guard text.count <= 10 else { return false }
        let folded = String(decoding: text.map(Bytes.lowercased), as: UTF8.self)
        return ["notes", "endnotes", "footnotes", "end notes", "note"].contains(folded)
    }

    /// Whether a heading's title names a table of contents: `Table of Contents`, `Contents`.
    static func isContentsTitle(_ title: ArraySlice<UInt8>) -> Bool {
        var text = trim(title)
        if let strong = strongContent(text) { text = strong }
        guard text.count <= 17 else { return false }
        let folded = String(decoding: text.map(Bytes.lowercased), as: UTF8.self)
        return folded == "table of contents" || folded == "contents"
    }

    /// A line of a table of contents: a table's row (`|...|`), or an entry ending in a page number
    /// after a leader of dots (`I. Background ........ 7`).
    /// The leader may run into the number (`Introduction ........3`), as a PDF's text layer
    /// often prints it.
    static func isContentsLine(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = trim(bytes)
        if text.first == UInt8(ascii: "|") { return true }
        if let digits = pageNumberAtAnEnd(text), digits.count > 4, digits.suffix(4).allSatisfy({ $0 == UInt8(ascii: ".") || $0 == 0x20 }) {
            return true
        }
        let number = text.reversed().prefix(while: Bytes.isDigit).count
        guard (1...4).contains(number), text.count > number + 4 else { return false }
        return text[..<(text.endIndex - number)].suffix(4).allSatisfy { $0 == UInt8(ascii: ".") }
    }

    /// A heading's title without what Markdown writes after it: Pandoc attributes (`{#intro}`,
    /// `{.unnumbered}`, `{-}`) and closing `#` marks.
    static func withoutAttributes(_ title: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var text = trim(title)
        if text.last == UInt8(ascii: "}"), let open = text.lastIndex(of: UInt8(ascii: "{")), open > text.startIndex,
           text[open - 1] == 0x20, open + 1 < text.endIndex,
           [UInt8(ascii: "#"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(text[open + 1]) || text[open..<text.endIndex].contains(UInt8(ascii: "=")) {
            text = trim(text[text.startIndex..<open])
        }
        if text.last == UInt8(ascii: "#") {
            let marks = text.reversed().prefix { $0 == UInt8(ascii: "#") }.count
            let before = text.endIndex - marks
            if before > text.startIndex, text[before - 1] == 0x20 { text = trim(text[text.startIndex..<before]) }
        }
        return text
    }

    /// A line a PDF prints on its pages that is no part of the essay: a repository's footer
    /// (`Electronic copy available at: <https://ssrn.com/...>`, `Downloaded from ...`) or a
    /// printer's galley slug (`KAYE_FINAL (DO NOT DELETE) 4/20/2019 10:21 AM`, `\\jciprod01\productn\...`).
    static func isPrintedFurniture(_ bytes: ArraySlice<UInt8>) -> Bool {
        var text = trim(bytes)
        if isWordFileName(text) { return true }
        guard text.count >= 12, text.count <= 240 else { return false }
        while let first = text.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") { text = text.dropFirst() }
        guard let first = text.first else { return false }
        switch Bytes.lowercased(first) {
        case UInt8(ascii: "e"), UInt8(ascii: "d"):
            if isRepositoryFooter(text) { return true }
        case UInt8(ascii: "h"):
            if isDatabaseStamp(text) { return true }
        case UInt8(ascii: "t"):
            if startsFolded(text, "this preprint research paper has not been peer reviewed") { return true }
        case UInt8(ascii: "p"):
            if startsFolded(text, "preprint not peer reviewed") { return true }
        case UInt8(ascii: "\\"):
            let path = text.prefix(48).filter { $0 != UInt8(ascii: "\\") }
            if startsFolded(path[...], "jciprod") || firstRange(of: "productn", in: path[...]) != nil { return true }
        default:
            break
        }
        return isGalleySlug(text)
    }

    /// A database's stamp on every page of a scanned article it serves (`HeinOnline -- 12 J.L. &
    /// Pol. 345 2015`): the database's name, a dash, the citation of the page and the year it was
    /// served. A sentence naming the database (`HeinOnline holds ...`) has no dash after the name.
    static func isDatabaseStamp(_ text: ArraySlice<UInt8>) -> Bool {
        guard startsFolded(text, "heinonline"), text.count <= 120 else { return false }
        let rest = trim(text.dropFirst(10))
        guard let first = rest.first, first == UInt8(ascii: "-") || first == 0xE2 else { return false }
        let year = rest.suffix(4)
        return year.count == 4 && year.allSatisfy(Bytes.isDigit) && rest.count > 8 && rest.dropLast(4).last == 0x20
    }

    /// A repository's footer, printed at every page's edge: `Electronic copy available at: <https://ssrn.com/...>`,
    /// `Downloaded from ...`.
    static func isRepositoryFooter(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = trim(bytes)
        guard text.count >= 12, text.count <= 240, let first = text.first else { return false }
        switch Bytes.lowercased(first) {
        case UInt8(ascii: "e"):
            return startsFolded(text, "electronic copy available at") || startsFolded(text, "electronic copy of this paper is available")
        case UInt8(ascii: "d"):
            return startsFolded(text, "downloaded from ")
        default:
            return false
        }
    }

    /// A line of markup a reader never sees: an HTML comment (`<!--lint disable-->`), a kramdown
    /// attribute list (`{: .lead}`, `{:toc}`), or a list item that only asks for a table of
    /// contents (`- Table of Contents {:toc}`).
    static func isMarkupOnly(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = trim(bytes)
        guard let first = text.first, let last = text.last else { return false }
        if first == UInt8(ascii: "<"), last == UInt8(ascii: ">"), text.starts(with: "<!--".utf8), text.count >= 7 {
            return text.suffix(3).elementsEqual("-->".utf8)
        }
        guard last == UInt8(ascii: "}") else { return false }
        if first == UInt8(ascii: "{"), text.count >= 3, text[text.startIndex + 1] == UInt8(ascii: ":") { return true }
        return text.count >= 6 && text.suffix(6).elementsEqual("{:toc}".utf8)
    }

    /// A word processor's file name in capitals alone on a line (`SMITH ARTICLE.DOC`,
    /// `ROE_FINAL.DOCX`), as a journal's galleys print it over every page: up to 80 bytes ending
    /// `.DOC` or `.DOCX`, with no lower-case letter, `/` or `:` (an address in a note is none).
    static func isWordFileName(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 5, text.count <= 80, let last = text.last, last == UInt8(ascii: "C") || last == UInt8(ascii: "X") else { return false }
        let name = last == UInt8(ascii: "X") ? text.dropLast() : text
        guard name.count >= 5, name.suffix(4).elementsEqual(".DOC".utf8) else { return false }
        var letters = 0
        for byte in name.dropLast(4) {
            if Bytes.isLower(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") { return false }
            if Bytes.isUpper(byte) { letters += 1 }
        }
        return letters >= 2
    }

    /// A galley slug: `(DO NOT DELETE)`, or a date and a clock time on a short line
    /// (`Kaye_Final 4/20/2019 10:21 AM`, `MARCH 3, 2009 10:15 AM`). One pass: only `/`, `:`, `,`
    /// and `d` are looked at twice.
    private static func isGalleySlug(_ text: ArraySlice<UInt8>) -> Bool {
        // A slug ends with its time (`10:21`, `AM`) or the `(DO NOT DELETE)`; a sentence never does.
        guard text.count <= 160, let last = text.last,
              Bytes.isDigit(last) || last | 0x20 == UInt8(ascii: "m") || last == UInt8(ascii: ")") else { return false }
        var hasDate = false
        var hasTime = false
        for index in text.indices {
            let byte = text[index]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") {
                // Digits on both sides: `4/20/2019`, `10:21`.
                let before = text[text.startIndex..<index].reversed().prefix(while: Bytes.isDigit).count
                let after = text[(index + 1)...].prefix(while: Bytes.isDigit)
                guard (1...2).contains(before) else { continue }
                if byte == UInt8(ascii: ":") {
                    if after.count == 2, index - before == text.startIndex || !Bytes.isDigit(text[index - before - 1]) { hasTime = true }
                } else if (1...2).contains(after.count), after.endIndex < text.endIndex, text[after.endIndex] == UInt8(ascii: "/") {
                    let year = text[(after.endIndex + 1)...].prefix(while: Bytes.isDigit)
                    if year.count == 2 || year.count == 4 { hasDate = true }
                }
            } else if byte | 0x20 == UInt8(ascii: "d"), startsFolded(text[index...], "do not delete") {
                return true
            } else if byte == UInt8(ascii: ","), !hasDate, text.count <= 32, isMonthDayYear(text, comma: index) {
                hasDate = true
            }
        }
        return hasDate && hasTime
    }

    /// Whether `text` is a date stamp opening with its month's name (`March 3, 2009 10:15 AM`) and
    /// the comma at `comma` parts the day from the year: the month's name (in any case, or cut
    /// short with a full stop, `Sept.`) at the line's start, a day of one or two digits, the comma,
    /// four digits, and the line ending `AM` or `PM`. A note's date and time (`(Feb. 2, 2023, 9:53`
    /// / `PM), https://...`) is never one line alone so.
    private static func isMonthDayYear(_ text: ArraySlice<UInt8>, comma: Int) -> Bool {
        guard text.count >= 4, text[text.endIndex - 1] | 0x20 == UInt8(ascii: "m"),
              text[text.endIndex - 2] | 0x20 == UInt8(ascii: "a") || text[text.endIndex - 2] | 0x20 == UInt8(ascii: "p") else { return false }
        let year = text[(comma + 1)...].dropFirst().prefix(while: Bytes.isDigit)
        guard comma + 1 < text.endIndex, text[comma + 1] == 0x20, year.count == 4 else { return false }
        let day = text[..<comma].reversed().prefix(while: Bytes.isDigit).count
        let dayStart = comma - day
        guard (1...2).contains(day), dayStart - 1 > text.startIndex, text[dayStart - 1] == 0x20 else { return false }
        let before = text[..<(dayStart - 1)]
        guard before.allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: ".") }) else { return false }
        var word = before.map(Bytes.lowercased)
        if word.last == UInt8(ascii: ".") { word.removeLast() }
        guard word.count >= 3, word.count <= 9 else { return false }
        return monthNames.contains { name in name.utf8.starts(with: word) || (word.count == 4 && name.utf8.starts(with: word.prefix(3))) }
    }

    /// The months' names, lower-case.
    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// Whether `text` starts with `prefix` (lower-case ASCII), ASCII letters compared in either case.
    static func startsFolded(_ text: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.utf8CodeUnitCount <= text.count && Bytes.withBytes(of: prefix) { wanted in
            var index = text.startIndex
            for offset in wanted.indices {
                guard Bytes.lowercased(text[index]) == wanted[offset] else { return false }
                index += 1
            }
            return true
        }
    }

    /// The first place `needle` (lower-case ASCII) occurs in `text`, letters in either case.
    static func firstFoldedRange(of needle: StaticString, in text: ArraySlice<UInt8>) -> Range<Int>? {
        let count = needle.utf8CodeUnitCount
        guard count > 0, count <= text.count else { return nil }
        var index = text.startIndex
        while index + count <= text.endIndex {
            if startsFolded(text[index...], needle) { return index..<(index + count) }
            index += 1
        }
        return nil
    }

    /// The first place `needle` occurs in `text`, byte for byte.
    static func firstRange(of needle: StaticString, in text: ArraySlice<UInt8>) -> Range<Int>? {
        let count = needle.utf8CodeUnitCount
        guard count > 0, count <= text.count else { return nil }
        return Bytes.withBytes(of: needle) { wanted -> Range<Int>? in
            var index = text.startIndex
            search: while index + count <= text.endIndex {
                defer { index += 1 }
                for offset in wanted.indices where text[index + offset] != wanted[offset] { continue search }
                return index..<(index + count)
            }
            return nil
        }
    }

    /// A running head in any case: a short line with a page number at one end and a journal's or
    /// essay's name, such as `2019] Legitimacy and Internet Governance 137` or `138 Berkeley
    /// Journal of International Law [Vol. 37:289`, marked by a `YEAR]` opening or a `[Vol. N:N`.
    /// Without those marks a line is a running head only when the essay prints it more than once
    /// (`RunningHeadCounts`).
    static func isMarkedRunningHead(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = trim(bytes)
        // A page number at one end first: most lines have none, and need no search.
        guard text.count >= 6, text.count <= 160, pageNumberAtAnEnd(text) != nil else { return false }
        let opensWithYear = text.prefix(4).allSatisfy(Bytes.isDigit) && text[text.startIndex + 4] == UInt8(ascii: "]")
        let hasVolume = firstRange(of: "Vol. ", in: text).map { range in
            let digits = text[range.upperBound...].prefix(while: Bytes.isDigit)
            return !digits.isEmpty && digits.endIndex < text.endIndex && text[digits.endIndex] == UInt8(ascii: ":")
        } ?? false
        return (opensWithYear || hasVolume) && !text.contains(UInt8(ascii: "<"))
    }

    /// The text of a short line without the page number at its start or end, when it has one:
    /// `138 Berkeley Journal` → `Berkeley Journal`, `Short Title 12/51` → `Short Title` (a page of
    /// so many, as a working paper numbers them). Nil when no end is a number of 1–4 digits.
    static func pageNumberAtAnEnd(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let text = trim(bytes)
        let leading = text.prefix(while: Bytes.isDigit)
        if (1...4).contains(leading.count), leading.endIndex < text.endIndex, text[leading.endIndex] == 0x20 {
            return trim(text[leading.endIndex...])
        }
        var trailing = text.reversed().prefix(while: Bytes.isDigit).count
        guard (1...4).contains(trailing) else { return nil }
        if trailing + 1 < text.count, text[text.endIndex - trailing - 1] == UInt8(ascii: "/") {
            // `12/51`: the page's number, a slash, the count of pages.
            let page = text[..<(text.endIndex - trailing - 1)].reversed().prefix(while: Bytes.isDigit).count
            if (1...4).contains(page) { trailing += page + 1 }
        }
        if trailing < text.count, text[text.endIndex - trailing - 1] == 0x20 {
            return trim(text[text.startIndex..<(text.endIndex - trailing)])
        }
        return nil
    }
}

import LowLevel

/// An exhibit of the record cited by its label, as opinions and briefs reproduced in casebooks
/// cite them: `Ex. D-7C at 1`, `Pl.'s Ex. 12, at 3`, `Def. Ex. 4 ¶ 2`, `Exhibit 7`, `PX 14 at 2`.
///
/// The exhibit is a document of the record, one work a label (the party's words before it are
/// part of its name: `Pl.'s Ex. 12` and `Def.'s Ex. 12` are two exhibits); the place in it is the
/// pinpoint, and an *Id.* after it means it (`RecordTitleForm`'s filings are found by the same key).
enum ExhibitForm: CitationForm {
    /// The first test of `read`: a capital (`Ex.`, a party's abbreviation, `PX`).
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The label holds a digit, or the place in the exhibit does.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit]) }

    /// The words marking an exhibit, each followed by a space.
    private static let marks: [StaticString] = ["Ex. ", "Exh. ", "Exhibit ", "PX ", "DX ", "JX "]
    /// The party's words a label may follow (`Pl.'s Ex. 12`): at most this many.
    private static let longestParty = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, Bytes.isUpper(text.bytes[first]) else { return nil }
        let end = citation.upperBound
        // The party's words, then the mark.
        var markAt = first
        var partyWords = 0
        while markAt < end, !marks.contains(where: { text.has($0, at: markAt, end: end) }) {
            guard partyWords < longestParty, isPartyWord(text, at: markAt, end: end) else { return nil }
            while markAt < end, text.bytes[markAt] != UInt8(ascii: " ") { markAt += 1 }
            markAt = text.skipSpaces(from: markAt, end: end)
            partyWords += 1
        }
        guard let mark = marks.first(where: { text.has($0, at: markAt, end: end) }) else { return nil }
        let labelStart = markAt + mark.utf8CodeUnitCount
        guard let labelEnd = label(text, at: labelStart, end: end) else { return nil }
        let name = first..<labelEnd
        let tail = ClauseEnds.shortFormTail(text, from: labelEnd, end: end)
        var pinpoint = tail.pinpoint
        var citationEnd = max(labelEnd, tail.citationEnd)
        var trailing = tail.trailing
        if let found = pinpoint, let lines = RecordDocumentForm.linesEnd(text, at: tail.citationEnd, end: end) {
            // `Ex. 4 at 12:3–9`: a deposition exhibit's page and lines.
            let start = tail.citationEnd - found.text.utf8.count
            pinpoint = Pinpoint(kind: found.kind, text: text.string(start..<lines))
            let rest = ClauseEnds.shortFormTail(text, from: lines, end: end)
            citationEnd = rest.citationEnd
            trailing = rest.trailing
        }
        // Words after the label other than the place are a title or another case: not an exhibit cited alone.
        if let rest = trailing, pinpoint == nil || text.contains(" v. ", in: rest) { return nil }
        // A label with no digit is a letter of the alphabet: only with a place in it is it an exhibit.
        if pinpoint == nil, !text.bytes[labelStart..<labelEnd].contains(where: Bytes.isDigit) { return nil }
        var work = WorkDraft(kind: .document, title: text.string(name))
        work.documentNumber = RecordTitle.titleNumber(text.string(name))
        return ClauseReading(form: .recordTitle(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: first..<citationEnd,
                             trailing: trailing)
    }

    /// Whether a party's abbreviated word opens at `offset`: a capital, and a period or apostrophe
    /// in the word (`Pl.'s`, `Def.`, `Defs.'`, `Gov't`, `Resp’ts’`), or `Joint`, `Trial`.
    private static func isPartyWord(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset < end, Bytes.isUpper(text.bytes[offset]) else { return false }
        var index = offset
        var marked = false
        while index < end, text.bytes[index] != UInt8(ascii: " ") {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == 0xE2 { marked = true }
            if Bytes.isDigit(byte) || byte == UInt8(ascii: ",") { return false }
            index += 1
        }
        return marked || text.equals(offset..<index, "Joint") || text.equals(offset..<index, "Trial")
    }

    /// Just past an exhibit's label at `offset`: up to three capitals, digits, a hyphen between
    /// them and a letter after (`D-7C`, `12`, `12A`, `C`, `JX-4`), ending a word; nil otherwise.
    private static func label(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        let bytes = text.bytes
        var index = offset
        while index < end, index - offset < 3, Bytes.isUpper(bytes[index]) { index += 1 }
        if index > offset, index + 1 < end, bytes[index] == UInt8(ascii: "-"), Bytes.isDigit(bytes[index + 1]) { index += 1 }
        let digits = index
        while index < end, index - digits < 5, Bytes.isDigit(bytes[index]) { index += 1 }
        if index > digits, index < end, Bytes.isUpper(bytes[index]) { index += 1 }
        guard index > offset, index == end || !Bytes.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: ",") else { return nil }
        // `Ex. The`: a capitalised word is no label.
        guard index - offset <= 3 || bytes[offset..<index].contains(where: Bytes.isDigit) else { return nil }
        return index
    }
}

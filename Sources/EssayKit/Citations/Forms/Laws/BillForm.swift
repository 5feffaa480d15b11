import LowLevel

/// A bill of Congress cited by its number: `H.R. 3633`, `S. 3755`, with its Congress (`H.R. 148
/// (119th)`, `H.R. 3633, 119th Cong.`) and a section (`§ 302(b)`, `, §109`, `, Section 207`) as
/// its pinpoint, or a marked page (`H.R. 5304, p. 3`). Policy writing cites bills so, alone (`See S. 3755.`) or in its own sentences
/// (`See for example H.R. 148 and S. 2284, companion bills ...`), where `mentions` finds them.
///
/// The work is a document identified by its number, so every mention of the number is one bill.
enum BillForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "H") || byte == UInt8(ascii: "S")
    }

    /// A clause that opens with a bill's number and holds nothing else but its Congress, section,
    /// parentheticals and, after a comma, the author's words or an address.
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, text.bytes[first] == UInt8(ascii: "H") || text.bytes[first] == UInt8(ascii: "S"),
              let bill = bill(text, at: first, end: citation.upperBound) else { return nil }
        var end = bill.end
        var pinpoint = bill.pinpoint
        // `H.R. 5304, p. 3`: a page of the printed bill, marked (the gate: a `p` after the comma).
        if pinpoint == nil, text.has(", p", at: end, end: citation.upperBound),
           let page = PinpointParser.parse(text, at: end + 2, end: citation.upperBound, allowRoman: false), page.pinpoint.isMarked,
           page.pinpoint.kind == .page || page.pinpoint.kind == .pages {
            pinpoint = page.pinpoint
            end = page.end
        }
        // Parentheticals after it (`(2026) (amendment in the nature of a substitute ...)`) are its own.
        while true {
            let next = text.skipSpaces(from: end, end: citation.upperBound)
            guard next < citation.upperBound, text.bytes[next] == UInt8(ascii: "("),
                  let close = text.closingBracket(after: next, end: citation.upperBound) else { break }
            end = close
        }
        let rest = text.skipSpaces(from: end, end: citation.upperBound)
        guard rest == citation.upperBound || text.bytes[rest] == UInt8(ascii: ",") else { return nil }
        // `Müller, Grundrechte, 2018, S. 2`, `Ebd., S. 4`: after a comma, an `S.` with no Congress
        // and no section is a German page (`Seite`), never a Senate bill.
        if pinpoint == nil, isGermanPage(text, bill.work, bill.pinpoint, at: first) { return nil }
        let trailing = rest < citation.upperBound ? text.trimmed(rest + 1..<citation.upperBound) : nil
        return ClauseReading(form: .full(ClauseReading.SharedWork(bill.work)), pinpoint: pinpoint,
                             citation: first..<end, trailing: trailing.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Whether the bill read at `start` is a German page (`Seite`): `S.` after a comma, with no
    /// Congress and no section.
    private static func isGermanPage(_ text: CitationText, _ work: WorkDraft, _ pinpoint: Pinpoint?, at start: Int) -> Bool {
        guard text.bytes[start] == UInt8(ascii: "S"), pinpoint == nil, work.title == work.documentNumber else { return false }
        var index = start
        while index > 0, Bytes.isSpace(text.bytes[index - 1]) { index -= 1 }
        return index > 0 && text.bytes[index - 1] == UInt8(ascii: ",")
    }

    /// Every bill the author's words in `range` name, in order, each a citation.
    static func mentions(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        ChamberNumberMentions.find(text, in: range) { start in
            guard let found = bill(text, at: start, end: range.upperBound) else { return nil }
            return isGermanPage(text, found.work, found.pinpoint, at: start) ? nil : found
        }
    }

    /// The bill whose number starts at `start` (`H.R. 3633`, `S. 2669 (118th)`, `H.R. 3633, 119th
    /// Cong. § 302(b)`), its section and where it ends.
    private static func bill(_ text: CitationText, at start: Int, end: Int) -> (work: WorkDraft, pinpoint: Pinpoint?, end: Int)? {
        guard start == 0 || !Bytes.isWordByte(text.bytes[start - 1]) && text.bytes[start - 1] != UInt8(ascii: ".") else { return nil }
        let chamber: String
        var index: Int
        if text.has("H.R. ", at: start, end: end) {
            chamber = "H.R."
            index = start + 5
        } else if text.has("S. ", at: start, end: end) {
            chamber = "S."
            index = start + 3
        } else {
            return nil
        }
        let numberStart = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard (1...5).contains(index - numberStart), text.bytes[numberStart] != UInt8(ascii: "0"),
              index == end || !Bytes.isWordByte(text.bytes[index]) && text.bytes[index] != UInt8(ascii: "-") else { return nil }
        let number = "\(chamber) \(text.string(numberStart..<index))"
        var work = WorkDraft(kind: .document, title: number)
        work.documentNumber = number
        var billEnd = index
        // The Congress: `(118th)`, `(119th Cong.)` or `, 119th Cong.`.
        if let congress = congress(text, after: billEnd, end: end) {
            work.title = "\(number), \(congress.name) Cong."
            billEnd = congress.end
        }
        // The section: ` § 302(b)`, `, §109`, `, Section 207`.
        var pinpoint: Pinpoint?
        var at = billEnd
        if text.has(",", at: at, end: end) { at += 1 }
        at = text.skipSpaces(from: at, end: end)
        if text.has("Section ", at: at, end: end) || text.has("section ", at: at, end: end),
           let section = PinpointParser.bareSection(text, at: at + 8, end: end) {
            pinpoint = section.pinpoint
            billEnd = section.end
        } else if at < end, text.bytes[at] == 0xC2, let section = PinpointParser.parse(text, at: at, end: end, allowRoman: false),
                  section.pinpoint.kind == .section {
            pinpoint = section.pinpoint
            billEnd = section.end
        }
        return (work, pinpoint, billEnd)
    }

    /// `(118th)`, `(119th Cong.)`, `, 119th Cong.` right after a bill's number: the Congress's
    /// ordinal and where the mention of it ends.
    private static func congress(_ text: CitationText, after offset: Int, end: Int) -> (name: String, end: Int)? {
        let bytes = text.bytes
        var index = offset
        let parenthesized: Bool
        if text.has(" (", at: index, end: end) {
            parenthesized = true
            index += 2
        } else if text.has(", ", at: index, end: end) {
            parenthesized = false
            index += 2
        } else {
            return nil
        }
        let ordinalStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > ordinalStart, index + 2 <= end,
              ["st", "nd", "rd", "th", "d"].contains(where: { text.string(index..<min(end, index + $0.utf8.count)) == $0 }) else { return nil }
        while index < end, Bytes.isLower(bytes[index]) { index += 1 }
        let name = text.string(ordinalStart..<index)
        if text.has(" Cong.", at: index, end: end) {
            index += 6
        } else if !parenthesized {
            return nil
        }
        if parenthesized {
            guard index < end, bytes[index] == UInt8(ascii: ")") else { return nil }
            index += 1
        }
        return (name, index)
    }
}

import LowLevel

/// A Restatement of the law, with or without its year: `Restatement (Second) of Torts § 402A (Am. L.
/// Inst. 1965)`, `Restatement (Third) of Trusts § 5.01`, and as court opinions abbreviate it,
/// `Restat 2d of Torts, § 402`, `Restat. (Second) Torts § 388(c)`, `Rest.2d Torts § 90 cmt. b`.
///
/// One work for each Restatement's series and subject, titled `Restatement (Second) of Torts`
/// however it is printed (the printed spelling kept as a short name); the section, with any comment
/// or illustration, is the pinpoint. The year, when given, is the work's.
enum RestatementForm: CitationForm {
    /// The first test of `read`: `Restatement`, `Restat` and `Rest.` open with `R`.
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "R") }

    /// The series, as printed in words or as an ordinal, each with the word of the title.
    private static let seriesWords: [(printed: StaticString, word: String)] = [
        ("(First)", "First"), ("(Second)", "Second"), ("(Third)", "Third"), ("(Fourth)", "Fourth"),
        ("(FIRST)", "First"), ("(SECOND)", "Second"), ("(THIRD)", "Third"), ("(FOURTH)", "Fourth"),
        ("1st", "First"), ("2d", "Second"), ("2nd", "Second"), ("3d", "Third"), ("3rd", "Third"), ("4th", "Fourth"),
    ]

    /// The most words of a subject (`Torts: Liability for Physical and Emotional Harm`).
    private static let longestSubject = 10

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        let end = citation.upperBound
        guard let leadEnd = lead(text, at: start, end: end) else { return nil }
        var index = text.skipSpaces(from: leadEnd, end: end)
        var series: String?
        for (printed, word) in seriesWords where text.has(printed, at: index, end: end) && text.isWordEnd(index + printed.utf8CodeUnitCount, end: end)
            || (printed.utf8CodeUnitCount > 3 && text.has(printed, at: index, end: end)) {
            series = word
            index = text.skipSpaces(from: index + printed.utf8CodeUnitCount, end: end)
            break
        }
        if text.has("of ", at: index, end: end) || text.has("OF ", at: index, end: end) { index = text.skipSpaces(from: index + 3, end: end) }
        // The subject: capitalised words up to the section, a comma, a parenthesis or the end.
        let subjectStart = index
        var subjectEnd = index
        var words = 0
        while index < end {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == 0xC2 || Bytes.isDigit(byte) { break }
            if byte == UInt8(ascii: " ") {
                index += 1
                continue
            }
            guard Bytes.isUpper(byte) || (words > 0 && Bytes.isLetter(byte)) || byte == UInt8(ascii: "&") else { return nil }
            words += 1
            guard words <= longestSubject else { return nil }
            while index < end, !Bytes.isSpace(text.bytes[index]), text.bytes[index] != UInt8(ascii: ","), text.bytes[index] != 0xC2 { index += 1 }
            subjectEnd = index
        }
        guard words > 0 else { return nil }
        let subject = text.string(subjectStart..<subjectEnd)
        // The section (`§ 402A`, `, § 388(c)`, `§5.01 cmt. b`).
        var pinpoint: Pinpoint?
        var citationEnd = subjectEnd
        var place = text.skipSpaces(from: subjectEnd, end: end)
        if place < end, text.bytes[place] == UInt8(ascii: ",") { place = text.skipSpaces(from: place + 1, end: end) }
        if place < end, text.bytes[place] == 0xC2, let parsed = PinpointParser.parse(text, at: place, end: end, allowRoman: false), parsed.pinpoint.kind == .section {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        }
        // The year, alone or after the Institute or a draft: `(1965)`, `(Am. L. Inst. 1965)`, `(3rd 2006)`.
        var year: Int?
        let open = text.skipSpaces(from: citationEnd, end: end)
        if open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end), let found = closingYear(text, open + 1..<close - 1) {
            year = found
            citationEnd = close
        }
        // Nothing but remarks after: a sentence of the author's holds more than a title and section.
        var rest = text.trimmed(citationEnd..<end)
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        // A section or a year: `Restatement (Third) of Torts: Prods` alone is a piece of a title a
        // period parted, which the clause splitter must not take for a citation.
        guard pinpoint != nil || year != nil,
              rest.isEmpty || text.bytes[rest.lowerBound] == UInt8(ascii: "(") || pinpoint != nil else { return nil }
        let title = "Restatement" + (series.map { " (\($0))" } ?? "") + " of " + subject
        var work = WorkDraft(kind: .book, title: title)
        work.year = year
        let printed = text.string(start..<subjectEnd)
        if printed != title { work.shortNames = [printed] }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<citationEnd,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// The offset past the word that opens a Restatement (`Restatement`, `RESTATEMENT`, `Restat.`,
    /// `Restat`, `Rest.`), or nil.
    private static func lead(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard text.has("Rest", at: offset, end: end) || text.has("REST", at: offset, end: end) else { return nil }
        for word in ["Restatement", "RESTATEMENT", "Restat.", "Restat", "Rest."] as [StaticString] where text.has(word, at: offset, end: end) {
            let after = offset + word.utf8CodeUnitCount
            // `Rest.2d`: the series glued to the abbreviation.
            if word.utf8CodeUnitCount < 11, after < end, Bytes.isDigit(text.bytes[after]) { return after }
            guard after < end, text.bytes[after] == UInt8(ascii: " ") else { continue }
            return after
        }
        return nil
    }

    /// The year that ends `range` (`Am. L. Inst. 1965`, `1965`), when it is one and the range is short.
    private static func closingYear(_ text: CitationText, _ range: Range<Int>) -> Int? {
        guard range.count >= 4, range.count <= 80 else { return nil }
        let digits = range.upperBound - 4..<range.upperBound
        guard text.bytes[digits].allSatisfy(Bytes.isDigit), digits.lowerBound == range.lowerBound || !Bytes.isWordByte(text.bytes[digits.lowerBound - 1]),
              let year = Int(text.string(digits)), (1900...2100).contains(year) else { return nil }
        return year
    }
}

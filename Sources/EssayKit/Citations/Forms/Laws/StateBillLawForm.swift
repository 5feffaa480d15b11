import LowLevel

/// A state's session law cited by the bill it enacted or by its chapter, with the year's volume of
/// session laws: `2002 Neb. Laws, L.B. 1, Third Spec. Sess.`, `2011 Cal. Stat. ch. 15`, and the bill
/// alone after it (`L.B. 1, § 11 (presently codified at § 29-2520(2))`), as state opinions cite them.
///
/// The work is the law, identified by its bill (`L.B. 1`) or its volume and chapter (`2011 Cal. Stat.
/// ch. 15`), so the bill named again is the same law; a section after it is the pinpoint, and where
/// it is codified is no second work (`LawTail`). The series must be one the laws table lists as
/// session laws (`Neb. Laws`, `Cal. Stat.`), and a bill's mark one of a state legislature's
/// (`L.B.`, `H.B.`, `S.B.`, `A.B.`, `H.F.`, `S.F.`, `L.D.`).
enum StateBillLawForm: CitationForm {
    /// The first test of `read`: a year's digit or a bill's mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isDigit(byte) || billInitials.contains(byte)
    }

    /// The first letters of the bills' marks.
    private static let billInitials: [UInt8] = [UInt8(ascii: "L"), UInt8(ascii: "H"), UInt8(ascii: "S"), UInt8(ascii: "A")]
    /// The marks of state legislatures' bills, as opinions print them.
    private static let billMarks: [StaticString] = ["L.B. ", "H.B. ", "S.B. ", "A.B. ", "H.F. ", "S.F. ", "L.D. "]
    /// The most words a session-law series takes (`Tex. Gen. Laws`).
    private static let longestSeries = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first else { return nil }
        if Bytes.isDigit(text.bytes[first]) { return volume(text, citation) }
        guard let bill = bill(text, at: first, end: citation.upperBound) else { return nil }
        var work = WorkDraft(kind: .statute, title: bill.number)
        work.documentNumber = bill.number
        return finish(text, citation, work: work, after: bill.end)
    }

    /// `2002 Neb. Laws, L.B. 1`, `2011 Cal. Stat. ch. 15`: the year, the series, then a bill or a chapter.
    private static func volume(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        var index = citation.lowerBound
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - citation.lowerBound == 4, let year = Int(text.string(citation.lowerBound..<index)),
              text.has(" ", at: index, end: end) else { return nil }
        // The series: up to four words, to a comma or to `ch.`.
        let seriesStart = index + 1
        var seriesEnd = seriesStart
        var words = 0
        var scan = seriesStart
        while scan < end, words < longestSeries {
            var wordEnd = scan
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]), bytes[wordEnd] != UInt8(ascii: ",") { wordEnd += 1 }
            guard wordEnd > scan, !text.has("ch.", at: scan, end: wordEnd) else { break }
            seriesEnd = wordEnd
            words += 1
            guard wordEnd < end, bytes[wordEnd] == UInt8(ascii: " ") else { break }
            scan = wordEnd + 1
        }
        guard seriesEnd > seriesStart else { return nil }
        var key: [UInt8] = []
        LegalTable.fold(bytes[seriesStart..<seriesEnd], into: &key)
        let table = LegalTables.laws
        guard let line = table.lines(forKey: key).first, table.field(2, ofLine: line) == "session" else { return nil }
        let series = table.field(1, ofLine: line)
        var at = seriesEnd
        if text.has(",", at: at, end: end) { at += 1 }
        at = text.skipSpaces(from: at, end: end)
        var work: WorkDraft
        var after: Int
        if let bill = bill(text, at: at, end: end) {
            work = WorkDraft(kind: .statute, title: "\(year) \(series), \(bill.number)")
            work.documentNumber = bill.number
            after = bill.end
        } else if text.has("ch. ", at: at, end: end) {
            var numberEnd = at + 4
            while numberEnd < end, Bytes.isDigit(bytes[numberEnd]) { numberEnd += 1 }
            guard numberEnd > at + 4, numberEnd == end || !Bytes.isWordByte(bytes[numberEnd]) else { return nil }
            let cite = "\(year) \(series) ch. \(text.string((at + 4)..<numberEnd))"
            work = WorkDraft(kind: .statute, title: cite)
            work.documentNumber = cite
            after = numberEnd
        } else {
            return nil
        }
        work.year = year
        // `, Third Spec. Sess.`, `, 1st Sess.`: the session the volume prints it in.
        if let session = session(text, after: after, end: end) { after = session }
        return finish(text, citation, work: work, after: after)
    }

    /// A bill's mark and number at `start` (`L.B. 1`), and where the number ends.
    private static func bill(_ text: CitationText, at start: Int, end: Int) -> (number: String, end: Int)? {
        guard start < end, start == 0 || !Bytes.isWordByte(text.bytes[start - 1]),
              let mark = billMarks.first(where: { text.has($0, at: start, end: end) }) else { return nil }
        let numberStart = start + mark.utf8CodeUnitCount
        var index = numberStart
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard (1...5).contains(index - numberStart), index == end || !Bytes.isWordByte(text.bytes[index]) else { return nil }
        return (text.string(start..<index), index)
    }

    /// The end of `, Third Spec. Sess.` or `, 2d Sess.` right after `offset`; nil when none is there.
    private static func session(_ text: CitationText, after offset: Int, end: Int) -> Int? {
        guard text.has(", ", at: offset, end: end) else { return nil }
        let words = text.words(in: (offset + 2)..<end, limit: 4)
        for (count, word) in words.enumerated() where text.has("Sess.", at: word.lowerBound, end: word.upperBound) {
            return count < 4 ? word.upperBound : nil
        }
        return nil
    }

    /// The citation from `work` on: a section after a comma is the pinpoint; parentheticals and
    /// where the law is codified are its own.
    private static func finish(_ text: CitationText, _ citation: Range<Int>, work: WorkDraft, after offset: Int) -> ClauseReading? {
        var end = offset
        var pinpoint: Pinpoint?
        var at = end
        if text.has(",", at: at, end: citation.upperBound) { at += 1 }
        at = text.skipSpaces(from: at, end: citation.upperBound)
        if at + 1 < citation.upperBound, text.bytes[at] == 0xC2, text.bytes[at + 1] == 0xA7,
           let section = PinpointParser.parse(text, at: at, end: citation.upperBound, allowRoman: false), section.pinpoint.kind == .section {
            pinpoint = section.pinpoint
            end = section.end
        }
        let tail = LawTail.read(text, after: end, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }
}

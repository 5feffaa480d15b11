import LowLevel

/// A report of a committee of the United Kingdom Parliament cited by its paper numbers, as UK
/// writing cites it: `Select Committee on Harbours, Pilotage (HL Paper 415; HC 902), para 12`,
/// `Joint Committee on Harbours, Pilotage Reform, 3 May 2013, HL Paper 100 of session 2013–14, p 7`,
/// `Second Report (HL 126-HC 1012)`, `HL Paper 126 HC 1012`, or its address and numbers (`see
/// http://.../415.pdf (HL Paper 415; HC 902), para 12`).
///
/// The House of Lords paper's number (else the Commons') is the report's document number, so every
/// note citing that paper cites one report; the words before it are the title (the number itself when
/// none), an address there the report's address, and a paragraph or page after it the pinpoint.
enum ParliamentaryPaperForm: CitationForm {
    /// The paper's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit]) }

    /// A title longer than this is the author's sentence.
    private static let longestTitleWords = 40

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let found = firstPaper(text, citation) else { return nil }
        var work = WorkDraft(kind: .report, title: found.number)
        work.documentNumber = found.number
        var lead = text.trimmingTrailing(citation.lowerBound..<found.start, [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ";")])
        if let address = lead.isEmpty ? nil : text.lastWord(in: lead), text.has("http", at: address.lowerBound, end: address.upperBound) {
            work.url = text.string(address)
            lead = text.trimmingTrailing(lead.lowerBound..<address.lowerBound, [UInt8(ascii: ","), UInt8(ascii: ":")])
            for word in ["see", "See", "at"] as [StaticString] where lead.count == word.utf8CodeUnitCount && text.has(word, at: lead.lowerBound, end: lead.upperBound) {
                lead = lead.lowerBound..<lead.lowerBound
            }
        }
        if !lead.isEmpty {
            guard text.wordCount(in: lead, limit: longestTitleWords + 1) <= longestTitleWords else { return nil }
            work.title = text.string(lead)
        }
        // The year is the title's or the session's (`of session 2013–14`), never a paper's number (`HC 1012`).
        work.year = [DateWords.year(in: text.bytes[citation.lowerBound..<found.start]), found.session].compactMap { $0 }.first { $0 >= 1800 }
        let pinpoint = trailingPinpoint(text, after: found.end, end: citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// A paper's numbers read in a clause: where they start and end, and the number that names the paper.
    struct Paper: Equatable {
        var start: Int
        var end: Int
        var number: String
        /// The first year of the session named after the numbers.
        var session: Int?
    }

    /// The first `HL Paper N`, `HL N-HC N` or `HC N` in `range`, with the Commons' number and
    /// session after it (`HL Paper 415; HC 902`, `HL Paper 98 of session 2012–13`), or nil.
    static func firstPaper(_ text: CitationText, _ range: Range<Int>) -> Paper? {
        var index = range.lowerBound
        while index + 4 < range.upperBound {
            index = text.firstOffset(of: UInt8(ascii: "H"), from: index, end: range.upperBound - 4)
            guard index < range.upperBound - 4 else { return nil }
            if text.isWordStart(index), !isLawReportSeries(text, at: index, from: range.lowerBound), let house = house(text, at: index, end: range.upperBound) {
                var end = house.end
                if house.lords {
                    // `; HC 902`, ` HC 1012`, `-HC 848`, `, HC 902`
                    var next = end
                    while next < range.upperBound, [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: " ")].contains(text.bytes[next]) { next += 1 }
                    if let other = Self.house(text, at: next, end: range.upperBound), !other.lords { end = other.end }
                }
                var sessionYear: Int?
                if text.has(" of session ", at: end, end: range.upperBound) {
                    var session = end + 12
                    if session + 4 <= range.upperBound { sessionYear = DateWords.year(in: text.bytes[session..<(session + 4)]) }
                    while session < range.upperBound, Bytes.isDigit(text.bytes[session]) || text.bytes[session] == UInt8(ascii: "-") || text.has("–", at: session, end: range.upperBound) {
                        session += text.bytes[session] == 0xE2 ? 3 : 1
                    }
                    end = session
                }
                if end < range.upperBound, text.bytes[end] == UInt8(ascii: ")") { end += 1 }
                return Paper(start: index, end: end, number: (house.lords ? "HL Paper " : "HC ") + house.number, session: sessionYear)
            }
            index += 1
        }
        return nil
    }

    /// Whether the `HL` at `offset` is the House of Lords' series of the Law Reports (`LR 3 HL 330`),
    /// a case's report (`YearSeriesCaseForm`), not a paper.
    private static func isLawReportSeries(_ text: CitationText, at offset: Int, from lower: Int) -> Bool {
        var index = offset - 1
        guard index > lower, text.bytes[index] == UInt8(ascii: " ") else { return false }
        while index > lower, Bytes.isDigit(text.bytes[index - 1]) { index -= 1 }
        return index < offset - 1 && index - 3 >= lower && text.has("LR ", at: index - 3, end: offset)
    }

    /// `HL Paper 415`, `HL 126`, `HL98`, `HC 902`, `HC Paper 902` at `offset`: which House, its number and where it ends.
    private static func house(_ text: CitationText, at offset: Int, end: Int) -> (lords: Bool, number: String, end: Int)? {
        guard offset + 3 < end, text.bytes[offset] == UInt8(ascii: "H"),
              text.bytes[offset + 1] == UInt8(ascii: "L") || text.bytes[offset + 1] == UInt8(ascii: "C") else { return nil }
        let lords = text.bytes[offset + 1] == UInt8(ascii: "L")
        var index = offset + 2
        if text.has(" Paper ", at: index, end: end) { index += 7 } else if text.bytes[index] == UInt8(ascii: " ") { index += 1 }
        let start = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > start, index - start <= 4, index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        // `HL 27-1`: a paper printed in volumes keeps its volume.
        if index + 1 < end, text.bytes[index] == UInt8(ascii: "-"), Bytes.isDigit(text.bytes[index + 1]), index + 2 == end || !Bytes.isDigit(text.bytes[index + 2]) {
            index += 2
        }
        return (lords, text.string(start..<index), index)
    }

    /// `, para 12`, `, paras 63–78`, `, p 7`, `, pp 3-4`: the place cited in the report.
    private static func trailingPinpoint(_ text: CitationText, after offset: Int, end: Int) -> Pinpoint? {
        var index = offset
        guard index < end, text.bytes[index] == UInt8(ascii: ",") else { return nil }
        index = text.skipSpaces(from: index + 1, end: end)
        for (mark, kind) in [("paras ", Pinpoint.Kind.paragraph), ("para ", .paragraph), ("pp ", .pages), ("p ", .page)] as [(StaticString, Pinpoint.Kind)]
        where text.has(mark, at: index, end: end) {
            var last = index + mark.utf8CodeUnitCount
            let digits = last
            while last < end, Bytes.isDigit(text.bytes[last]) || text.bytes[last] == UInt8(ascii: "-") || text.bytes[last] == UInt8(ascii: ".") { last += 1 }
            if text.has("–", at: last, end: end) {
                last += 3
                while last < end, Bytes.isDigit(text.bytes[last]) { last += 1 }
            }
            guard last > digits else { return nil }
            return Pinpoint(kind: kind, text: text.string(index..<text.trimmingTrailing(index..<last, [UInt8(ascii: "."), UInt8(ascii: "-")]).upperBound))
        }
        return nil
    }
}

import LowLevel

/// A state's session law written in words, as policy writing cites it: by its year and chapter
/// (`NY Laws of 2022, Chapter 628`, `New York Laws of 2022, ch. 628`), or by the legislature, its
/// session and chapter, with the bill it was (`Texas 88th Leg., R.S., Ch. 465 (S.B. 2627), §2`).
/// The state is read from the generated states table, by name or by its abbreviation without
/// periods (`NY` for `N.Y.`); the work is the chapter (`2022 N.Y. Laws ch. 628`), or the bill when
/// one is named, and the section printed after it is the pinpoint.
enum StateSessionLawForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The most words a state's name takes (`New York`, `District of Columbia`).
    private static let longestState = 3
    /// The most bytes before `Laws of` or `Leg.` ends: a state's name and a legislature's ordinal.
    private static let longestOpening = 40

    /// `Laws of ` or `Leg.`, the gate of `read`.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .sessionLaws) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The cheap test: every such citation says `Laws of` or `Leg.` right after the state's name.
        guard citation.count > 12, Bytes.isUpper(text.bytes[citation.lowerBound]) else { return nil }
        let opening = citation.lowerBound..<min(citation.upperBound, citation.lowerBound + longestOpening)
        // Both start with `L`, which few openings hold: looked for a machine word at a time.
        let firstL = text.firstOffset(of: UInt8(ascii: "L"), from: opening.lowerBound + 2, end: opening.upperBound)
        guard firstL < opening.upperBound,
              text.contains("Laws of ", in: firstL..<opening.upperBound) || text.contains("Leg.", in: firstL..<opening.upperBound) else { return nil }
        let words = text.words(in: citation)
        guard let (state, next) = state(text, words) else { return nil }
        return lawsOf(text, citation, state: state, at: words[next].lowerBound)
            ?? legislature(text, citation, state: state, at: words[next].lowerBound)
    }

    /// `Laws of 2022, Chapter 628` after the state.
    private static func lawsOf(_ text: CitationText, _ citation: Range<Int>, state: String, at start: Int) -> ClauseReading? {
        let end = citation.upperBound
        guard text.has("Laws of ", at: start, end: end), let (year, afterYear) = number(text, at: start + 8, end: end), year.count == 4,
              text.has(", ", at: afterYear, end: end), let (chapter, afterChapter) = chapter(text, at: afterYear + 2, end: end) else { return nil }
        let cite = "\(year) \(state) Laws ch. \(chapter)"
        var work = WorkDraft(kind: .statute, title: cite)
        work.documentNumber = cite
        work.year = Int(year)
        return finish(text, citation, work: work, after: afterChapter)
    }

    /// `88th Leg., R.S., Ch. 465 (S.B. 2627), §2` after the state.
    private static func legislature(_ text: CitationText, _ citation: Range<Int>, state: String, at start: Int) -> ClauseReading? {
        let end = citation.upperBound
        guard let (_, afterOrdinal) = number(text, at: start, end: end) else { return nil }
        var index = afterOrdinal
        while index < end, Bytes.isLower(text.bytes[index]) { index += 1 }
        guard index > afterOrdinal, text.has(" Leg.", at: index, end: end) else { return nil }
        let legislature = "\(text.string(start..<index)) Leg."
        index += 5
        // The session (`R.S.`, `1st C.S.`), then the chapter.
        var session: String?
        var chapterFound: (number: String, end: Int)?
        var fields = 0
        while chapterFound == nil, fields < 3, text.has(", ", at: index, end: end) {
            let fieldStart = index + 2
            if let found = chapter(text, at: fieldStart, end: end) {
                chapterFound = found
            } else {
                var fieldEnd = fieldStart
                while fieldEnd < end, text.bytes[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
                guard fieldEnd - fieldStart <= 12 else { return nil }
                session = session ?? text.string(fieldStart..<fieldEnd)
                index = fieldEnd
            }
            fields += 1
        }
        guard let chapterFound else { return nil }
        var after = chapterFound.end
        var title = "\(state) \(legislature), \(session.map { "\($0), " } ?? "")ch. \(chapterFound.number)"
        var number = title
        // The bill it was: ` (S.B. 2627)`, ` (H.B. 12)`.
        if text.has(" (", at: after, end: end), let close = text.closingBracket(after: after + 1, end: end) {
            let inner = text.trimmed(after + 2..<close - 1)
            let bill = text.string(inner)
            if ["S.B. ", "H.B. ", "S.F. ", "H.F. ", "A.B. ", "S. ", "H. "].contains(where: { bill.hasPrefix($0) }),
               bill.last.map({ $0.isNumber }) == true {
                title += " (\(bill))"
                number = "\(state) \(legislature) \(bill)"
                after = close
            }
        }
        var work = WorkDraft(kind: .statute, title: title)
        work.documentNumber = number
        return finish(text, citation, work: work, after: after)
    }

    /// The section after the chapter or bill (`, §2`, `, Sec. 2`) as the pinpoint, and the rest.
    private static func finish(_ text: CitationText, _ citation: Range<Int>, work: WorkDraft, after: Int) -> ClauseReading? {
        let end = citation.upperBound
        var last = after
        var pinpoint: Pinpoint?
        if text.has(", ", at: last, end: end) {
            let at = last + 2
            if text.has("Sec. ", at: at, end: end) || text.has("sec. ", at: at, end: end),
               let section = PinpointParser.bareSection(text, at: at + 5, end: end) {
                pinpoint = section.pinpoint
                last = section.end
            } else if at < end, text.bytes[at] == 0xC2, let section = PinpointParser.parse(text, at: at, end: end, allowRoman: false),
                      section.pinpoint.kind == .section {
                pinpoint = section.pinpoint
                last = section.end
            }
        }
        let tail = LawTail.read(text, after: last, end: end)
        var work = work
        work.year = work.year ?? tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }

    /// The state named by the first words, as its abbreviation (`N.Y.`), and the index of the word after it.
    private static func state(_ text: CitationText, _ words: [Range<Int>]) -> (String, Int)? {
        var key: [UInt8] = []
        for length in 1...longestState where length < words.count {
            key.removeAll(keepingCapacity: true)
            LegalTable.fold(text.bytes[words[0].lowerBound..<words[length - 1].upperBound], into: &key)
            if let line = LegalTables.states.lines(forKey: key).first {
                return (LegalTables.states.field(1, ofLine: line), length)
            }
        }
        // `NY`, `TX`: the abbreviation written without its periods.
        let first = text.bytes[words[0]]
        guard (2...4).contains(first.count), first.allSatisfy(Bytes.isUpper) else { return nil }
        let written = String(decoding: first, as: UTF8.self)
        for line in 0..<LegalTables.states.count {
            let abbreviation = LegalTables.states.field(1, ofLine: line)
            if abbreviation.filter({ $0 != "." && $0 != " " }).uppercased() == written { return (abbreviation, 1) }
        }
        return nil
    }

    /// `Chapter 628`, `Ch. 465`, `ch. 465`: the chapter's number and where it ends.
    private static func chapter(_ text: CitationText, at offset: Int, end: Int) -> (String, Int)? {
        for lead in ["Chapter ", "Ch. ", "ch. "] as [StaticString] where text.has(lead, at: offset, end: end) {
            return number(text, at: offset + lead.utf8CodeUnitCount, end: end)
        }
        return nil
    }

    /// The digits at `offset` and where they end.
    private static func number(_ text: CitationText, at offset: Int, end: Int) -> (String, Int)? {
        var index = offset
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset, index - offset <= 5 else { return nil }
        return (text.string(offset..<index), index)
    }
}

import LowLevel

/// A German or European court decision as continental footnotes cite it: the court, then the year,
/// journal and first page where the decision is printed, a pinpoint and the decision's name
/// (`BGH, 2005 GRUR 860, 861 — Fash 2000`, `LG München I, 2004 MMR 693, 694`), or the court, the
/// kind of decision, its date and docket number (`BGH, judgment of 17 July 2013, ref. I ZR 129/08`).
///
/// The court is a German court's abbreviation (a closed list, as the court system is) and its seat
/// (`LG Frankfurt`, `OLG München`, `LG München I`); a decision printed in a journal is keyed like a
/// case in a reporter, the year standing for the volume.
enum CourtDecisionForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The abbreviations of German and European courts.
    static let courts: Set<String> = [
        "BGH", "BVerfG", "BVerwG", "BFH", "BAG", "BSG", "BPatG", "RG", "OLG", "LG", "AG", "KG", "OVG", "VG", "VGH", "LAG",
        "ArbG", "FG", "LSG", "SG", "EuGH", "EuG", "EGMR", "BayObLG",
    ]
    /// The longest abbreviation in `courts`.
    private static let longestCourt = courts.map(\.utf8.count).max() ?? 0
    /// Per byte, whether an abbreviation in `courts` ends with it (`G`, `H`, `R`): the gate
    /// before a string is made of the clause's first word.
    private static let courtEnds: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for court in courts { if let last = court.utf8.last { table[Int(last)] = true } }
        return table
    }()
    /// Words that open a decision cited by date and docket number, in lower case (`Order of ...` as `order of ...`).
    private static let decisionWords: Set<String> = ["judgment", "order", "decision", "ruling", "urteil", "beschluss", "beschl.", "urt."]
    /// Words that introduce a docket number.
    private static let docketWords: Set<String> = ["ref.", "Az.", "docket", "case", "file"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // A court's abbreviation opens with a capital and is short: most clauses fail here,
        // before their words are listed.
        guard let lead = citation.first, Bytes.isUpper(text.bytes[lead]) else { return nil }
        var leadEnd = lead
        while leadEnd < citation.upperBound, !Bytes.isSpace(text.bytes[leadEnd]) { leadEnd += 1 }
        let abbreviation = text.trimmingTrailing(lead..<leadEnd, [UInt8(ascii: ","), UInt8(ascii: ";")])
        guard let last = abbreviation.last, abbreviation.count <= longestCourt, courtEnds[Int(text.bytes[last])],
              courts.contains(text.string(abbreviation)) else { return nil }
        let words = text.words(in: citation)
        guard let first = words.first else { return nil }
        // The court's seat: capitalised words and a chamber's numeral, to a comma, a year or a parenthesis.
        var index = 1
        var courtEnd = text.trimmingTrailing(first, [UInt8(ascii: ",")]).upperBound
        if !endsWithComma(text, first) {
            while index < words.count, index <= 3 {
                let word = words[index]
                let lead = text.bytes[word.lowerBound]
                guard Bytes.isUpper(lead) || lead >= 0xC0, !text.bytes[word].contains(where: Bytes.isDigit) else { break }
                courtEnd = text.trimmingTrailing(word, [UInt8(ascii: ",")]).upperBound
                index += 1
                if endsWithComma(text, word) { break }
            }
        }
        let court = text.string(first.lowerBound..<courtEnd)
        var offset = text.skipSpaces(from: courtEnd, end: citation.upperBound)
        // An explanation of the court's name: `BGH (Bundesgerichtshof, ...)`.
        if offset < citation.upperBound, text.bytes[offset] == UInt8(ascii: "("), let close = text.closingBracket(after: offset, end: citation.upperBound) {
            offset = text.skipSpaces(from: close, end: citation.upperBound)
        }
        if offset < citation.upperBound, text.bytes[offset] == UInt8(ascii: ",") { offset = text.skipSpaces(from: offset + 1, end: citation.upperBound) }
        if let printed = YearJournalCite.read(text, at: offset, end: citation.upperBound) {
            var work = WorkDraft(kind: .case, title: printed.name.map { "\(court) — \($0)" } ?? court)
            work.volume = printed.year
            work.container = printed.journal
            work.firstPage = printed.page
            work.year = Int(printed.year)
            work.courtName = court
            return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: printed.pinpoint,
                                 citation: citation.lowerBound..<printed.end, trailing: trailing(text, printed.end, citation.upperBound))
        }
        return docketed(text, court: court, from: offset, citation: citation)
    }

    /// `judgment of 17 July 2013, ref. I ZR 129/08`: the docket number after its word, to a comma.
    private static func docketed(_ text: CitationText, court: String, from offset: Int, citation: Range<Int>) -> ClauseReading? {
        let words = text.words(in: offset..<citation.upperBound)
        guard let first = words.first, decisionWords.contains(bare(text, first).lowercased()),
              let mark = words.prefix(8).firstIndex(where: { docketWords.contains(text.string($0)) }), mark + 1 < words.count else { return nil }
        var end = words[mark + 1].lowerBound
        for word in words[(mark + 1)...] {
            end = text.trimmingTrailing(word, [UInt8(ascii: ",")]).upperBound
            if endsWithComma(text, word) { break }
        }
        let docket = text.string(words[mark + 1].lowerBound..<end)
        guard docket.contains(where: \.isNumber) else { return nil }
        var work = WorkDraft(kind: .case, title: "\(court), \(docket)")
        work.documentNumber = docket
        work.courtName = court
        work.year = LawTail.lastYear(text, offset..<words[mark].lowerBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation.lowerBound..<end,
                             trailing: trailing(text, end, citation.upperBound))
    }

    private static func trailing(_ text: CitationText, _ end: Int, _ upper: Int) -> Range<Int>? {
        var rest = text.trimmed(end..<upper)
        while let first = rest.first, text.bytes[first] == UInt8(ascii: ",") || text.bytes[first] == UInt8(ascii: ";") {
            rest = text.trimmed(first + 1..<rest.upperBound)
        }
        return rest.isEmpty ? nil : rest
    }

    private static func bare(_ text: CitationText, _ word: Range<Int>) -> String {
        text.string(text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ";")]))
    }

    private static func endsWithComma(_ text: CitationText, _ word: Range<Int>) -> Bool {
        word.last.map { text.bytes[$0] == UInt8(ascii: ",") } ?? false
    }
}

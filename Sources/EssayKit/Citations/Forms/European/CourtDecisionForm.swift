import LowLevel

/// A German or European court decision as continental footnotes cite it: the court, then the year,
/// journal and first page where the decision is printed, a pinpoint and the decision's name
/// (`BGH, 2005 GRUR 860, 861 — Fash 2000`, `LG München I, 2004 MMR 693, 694`), or the court, the
/// kind of decision, its date and docket number (`BGH, judgment of 17 July 2013, ref. I ZR 129/08`,
/// `Federal Constitutional Court, 5 May 1987, 1 BvF 2/85 (Broadcasting Case)`).
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

    /// German courts by their English or German names, as notes in English name them.
    private static let courtNames: [StaticString] = [
        "German Federal Constitutional Court", "Federal Constitutional Court", "German Federal Court of Justice", "Federal Court of Justice",
        "Federal Administrative Court", "Federal Labour Court", "Federal Social Court", "Federal Fiscal Court", "Federal Finance Court",
        "Federal Patent Court", "Bundesverfassungsgericht", "Bundesgerichtshof", "Bundesverwaltungsgericht",
    ]
    /// The words that open the decision's date: `judgment of 25 March 2015`, `Urteil vom 5.11.1987`.
    private static let dateLeads: [StaticString] = [
        "judgment of ", "Judgment of ", "order of ", "Order of ", "decision of ", "Decision of ", "ruling of ", "Ruling of ",
        "Urteil vom ", "Beschluss vom ", "Urt. v. ", "Beschl. v. ", "of ", "vom ", "v. ",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // A court's abbreviation opens with a capital and is short: most clauses fail here,
        // before their words are listed.
        guard let lead = citation.first, Bytes.isUpper(text.bytes[lead]) else { return nil }
        if text.bytes[lead] == UInt8(ascii: "F") || text.bytes[lead] == UInt8(ascii: "G") || text.bytes[lead] == UInt8(ascii: "B"),
           let name = courtNames.first(where: { text.has($0, at: lead, end: citation.upperBound) }) {
            let court = lead..<lead + name.utf8CodeUnitCount
            var offset = text.skipSpaces(from: court.upperBound, end: citation.upperBound)
            if offset < citation.upperBound, text.bytes[offset] == UInt8(ascii: ",") { offset = text.skipSpaces(from: offset + 1, end: citation.upperBound) }
            return datedDocket(text, court: text.string(court), from: offset, citation: citation)
        }
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
        return docketed(text, court: court, from: offset, citation: citation) ?? datedDocket(text, court: court, from: offset, citation: citation)
    }

    /// `5 November 1987, 1 BvF 2/85 (5. Rundfunkentscheidung), https://...`, `judgment of 29 July 2021,
    /// III ZR 179/20, para. 12`: the decision's date, then its docket number by its shape
    /// (`GermanDocket`), the name it is known by in brackets, a paragraph and its address.
    private static func datedDocket(_ text: CitationText, court: String, from offset: Int, citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        var index = offset
        if let lead = dateLeads.first(where: { text.has($0, at: index, end: end) }) { index += lead.utf8CodeUnitCount }
        // The date, to its comma: a year and a month's name, or a date with periods.
        let dateEnd = text.firstOffset(of: UInt8(ascii: ","), from: index, end: end)
        guard dateEnd < end, dateEnd - index <= 24, let year = DateWords.year(in: bytes[index..<dateEnd]),
              DottedDate.read(text, at: index, end: dateEnd) != nil || text.words(in: index..<dateEnd).contains(where: { DateWords.isMonth(bytes[$0]) })
        else { return nil }
        let docketStart = text.skipSpaces(from: dateEnd + 1, end: end)
        guard let docketEnd = GermanDocket.end(text, at: docketStart, end: end) else { return nil }
        let docket = text.string(docketStart..<docketEnd)
        var work = WorkDraft(kind: .case, title: "\(court), \(docket)")
        work.documentNumber = docket
        work.courtName = court
        work.year = year
        var last = docketEnd
        index = text.skipSpaces(from: docketEnd, end: end)
        // `(5. Rundfunkentscheidung)`: the name the decision is known by, which its later notes cite it by.
        if index < end, bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end) {
            let inner = text.trimmed(index + 1..<close - 1)
            if let first = inner.first, Bytes.isUpper(bytes[first]) || Bytes.isDigit(bytes[first]) || bytes[first] >= 0xC0 {
                // `5. Rundfunkentscheidung`: the name with its ordinal, and without it as a note's
                // sentence-splitting may leave it; two decisions sharing the bare name leave it unresolved.
                work.shortNames = [text.string(inner)]
                if let ordinal = text.words(in: inner, limit: 2).first, inner.upperBound > ordinal.upperBound,
                   bytes[ordinal.upperBound - 1] == UInt8(ascii: "."), bytes[ordinal.lowerBound..<ordinal.upperBound - 1].allSatisfy(Bytes.isDigit) {
                    work.shortNames.append(text.string(text.trimmed(ordinal.upperBound..<inner.upperBound)))
                }
                last = close
                index = text.skipSpaces(from: close, end: end)
            }
        }
        var pinpoint: Pinpoint?
        if index < end, bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        if let place = ContinentalPlace.parse(text, at: index, end: end) ?? InternationalPlace.parse(text, at: index, end: end).flatMap({ $0.pinpoint.isMarked ? $0 : nil }) {
            pinpoint = place.pinpoint
            last = place.end
            index = text.skipSpaces(from: place.end, end: end)
            if index < end, bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        }
        // `available at https://...`: the decision's address, no second work.
        var address = index
        if let lead = (["available at: ", "available at ", "abrufbar unter "] as [StaticString]).first(where: { text.has($0, at: index, end: end, ignoringFirstLetterCase: true) }) {
            address += lead.utf8CodeUnitCount
        }
        if text.has("http", at: address, end: end) || text.has("www.", at: address, end: end) {
            var addressEnd = address
            while addressEnd < end, !Bytes.isSpace(bytes[addressEnd]) { addressEnd += 1 }
            work.url = text.string(text.trimmingTrailing(address..<addressEnd, [UInt8(ascii: ","), UInt8(ascii: ";")]))
            last = addressEnd
        }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: last)
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

import LowLevel

/// A French court decision as French footnotes cite it: the court and its chamber, the date, then the
/// parties (`X c/ Y`) and where it is printed or filed, in either order (`Cass. Civ. 1ère, 27 May 1986,
/// Bull. Civ. 1986, I, n° 142`, `TGI Paris, 28 March 2007, Educaffix c/ CNRS, Gaz. Pal., ...`,
/// `CA Paris, 16 September 2009, RG n° 01/24298, SA EDU 4 c/ Association AFPA`); or the court and date
/// alone with `op. cit.`, which repeats the decision of that court cited in that month.
///
/// A decision is known by its court and date, as French lawyers name it; the reporter is kept as the
/// decision's number and never read as a pinpoint (its `p.` or `n°` is the decision's first page or
/// number). Only a court's abbreviation (a closed list, as the court system is) followed within a few
/// words by a date opens the form.
enum FrenchDecisionForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "C") || byte == UInt8(ascii: "T")
    }

    /// The abbreviations that open the name of a French court.
    static let courts: Set<String> = ["Cass.", "CA", "TGI", "TJ", "TI", "TA", "CAA", "CE", "Trib.", "Cons."]
    /// The longest abbreviation in `courts`.
    private static let longestCourt = courts.map(\.utf8.count).max() ?? 0
    /// The months, in English and in French, lower-cased.
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The court's abbreviation opens with a capital and is short: most clauses fail here.
        guard let lead = citation.first, text.bytes[lead] == UInt8(ascii: "C") || text.bytes[lead] == UInt8(ascii: "T") else { return nil }
        var leadEnd = lead
        while leadEnd < citation.upperBound, !Bytes.isSpace(text.bytes[leadEnd]), text.bytes[leadEnd] != UInt8(ascii: ",") { leadEnd += 1 }
        guard leadEnd - lead <= longestCourt, courts.contains(text.string(lead..<leadEnd)) else { return nil }
        let words = text.words(in: citation)
        // The date: `[day] Month year`, within the court's first few words.
        guard let (dateStart, monthIndex, yearIndex) = date(text, words) else { return nil }
        let court = text.trimmingTrailing(text.trimmed(citation.lowerBound..<words[dateStart].lowerBound), [UInt8(ascii: ","), UInt8(ascii: ":")])
        guard !court.isEmpty else { return nil }
        let year = text.trimmingTrailing(words[yearIndex], [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";")])
        let dateText = text.string(words[dateStart].lowerBound..<year.upperBound)
        let courtName = text.string(court)
        // Known by court, month and year: how `op. cit.` names it, and a date printed without its day.
        let shortName = "\(courtName) \(text.string(text.trimmingTrailing(words[monthIndex], [UInt8(ascii: ",")]))) \(text.string(year))"
        var offset = year.upperBound
        while offset < citation.upperBound, [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: " ")].contains(text.bytes[offset]) { offset += 1 }
        let rest = offset..<citation.upperBound
        if text.has("op. cit", at: offset, end: citation.upperBound) || text.has("op.cit", at: offset, end: citation.upperBound) {
            return ClauseReading(form: .short(name: shortName), pinpoint: nil, citation: citation, trailing: nil)
        }
        // The parties are the field holding `c/` or `v.`; the other fields say where it is printed or filed.
        var parties: String?
        var printed: [String] = []
        var start = rest.lowerBound
        for end in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: rest) {
            let field = text.trimmed(start..<end)
            start = end + 1
            guard !field.isEmpty else { continue }
            let fieldText = text.string(field)
            if parties == nil, fieldText.contains(" c/ ") || fieldText.contains(" v. ") || fieldText.contains(" c. ") {
                parties = fieldText
            } else {
                printed.append(fieldText)
            }
        }
        var work = WorkDraft(kind: .case, title: [courtName, dateText, parties].compactMap { $0 }.joined(separator: ", "))
        work.courtName = courtName
        work.year = Int(text.string(year))
        if !printed.isEmpty { work.documentNumber = printed.joined(separator: ", ") }
        work.shortNames = [shortName]
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
    }

    /// The date among the first words after the court: the index of its first word (the day, or the
    /// month when no day is given), of its month and of its year.
    private static func date(_ text: CitationText, _ words: [Range<Int>]) -> (start: Int, month: Int, year: Int)? {
        var index = 1
        while index + 1 < words.count, index <= 5 {
            let word = text.trimmingTrailing(words[index], [UInt8(ascii: ",")])
            if months.contains(text.string(word).lowercased()) {
                let year = text.trimmingTrailing(words[index + 1], [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";")])
                guard year.count == 4, text.bytes[year].allSatisfy(Bytes.isDigit) else { return nil }
                let day = words[index - 1]
                let hasDay = index >= 2 && (1...2).contains(day.count) && text.bytes[day].allSatisfy(Bytes.isDigit)
                return (hasDay ? index - 1 : index, index, index + 1)
            }
            index += 1
        }
        return nil
    }
}

import LowLevel

/// A brief in the case, or in another, named by its party: `Brief for Respondents 27`,
/// `Brief for American Historical Association et al. as Amici Curiae 27, and n. 14`,
/// `Brief for 547 Deans et al. as Amici Curiae 6–7`, `Reply Brief for Petitioner 5`,
/// `Brief for X as Amicus Curiae in Y v. Z, O. T. 1964, No. 496, p. 27`; later `Brief for 547
/// Deans 9–10`, the same brief.
///
/// The work is the brief (kind `brief`), one per party (and case, when another case's): its
/// identity is the party's name without `et al.`, so a short form naming the party is the
/// brief cited before. The page is the pinpoint.
enum BriefForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "B") || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "S")
    }

    /// The most words a party's name takes.
    private static let longestParty = 14
    /// Lower-case words a party's name may hold.
    private static let connectors: Set<String> = ["of", "the", "and", "&", "for", "et", "al.", "al", "in", "on", "de", "to"]
    /// A party's role, which a state court's opinion writes in lower case (`Brief for appellant at
    /// 53`, `Reply brief for appellees at 7`): the brief is the same one however its role is cased.
    private static let roles: Set<String> = [
        "appellant", "appellants", "appellee", "appellees", "petitioner", "petitioners", "respondent", "respondents",
        "plaintiff", "plaintiffs", "defendant", "defendants", "relator", "relators", "intervenor", "intervenors",
        "movant", "movants", "cross-appellant", "cross-appellants", "cross-appellee", "cross-appellees", "state",
    ]

    /// `name` with each role word capitalised (`appellant` → `Appellant`), the key a brief is one work by.
    private static func withRolesCapitalised(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            roles.contains(String(word)) ? word.prefix(1).uppercased() + word.dropFirst() : String(word)
        }.joined(separator: " ")
    }

    /// The words after `as Amicus Curiae` naming the side it supports (`Supporting Respondents`,
    /// `in Support of Petitioner`) up to the page's `at`: the index just past them, or nil.
    private static func supportedSide(_ text: CitationText, _ words: [Range<Int>], from start: Int) -> Int? {
        guard start < words.count, text.equals(words[start], "Supporting") || text.equals(words[start], "in") else { return nil }
        var index = start + 1
        while index < words.count, index - start <= 8, !text.equals(words[index], "at") { index += 1 }
        guard index < words.count, index - start <= 8, text.equals(words[index], "at") else { return nil }
        return index
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        var offset = citation.lowerBound
        // A cheap gate: the clause opens with `Brief` or `Reply Brief` (or `Supplemental Brief`).
        guard offset < citation.upperBound, text.bytes[offset] == UInt8(ascii: "B") || text.bytes[offset] == UInt8(ascii: "R")
                || text.bytes[offset] == UInt8(ascii: "S") else { return nil }
        var lead = false
        for word in ["Reply ", "Supplemental "] as [StaticString] where text.has(word, at: offset, end: citation.upperBound) {
            offset += word.utf8CodeUnitCount
            lead = true
        }
        // After a lead word the brief may be in lower case (`Reply brief for appellant at 7`).
        guard offset < citation.upperBound else { return nil }
        let lowerBrief = lead && text.bytes[offset] == UInt8(ascii: "b")
        guard lowerBrief || text.bytes[offset] == UInt8(ascii: "B"),
              text.has("rief for ", at: offset + 1, end: citation.upperBound) || text.has("rief of ", at: offset + 1, end: citation.upperBound)
        else { return nil }
        let partyStart = text.skipSpaces(from: offset + (text.has("rief for ", at: offset + 1, end: citation.upperBound) ? 10 : 9),
                                         end: citation.upperBound)
        let words = text.words(in: partyStart..<citation.upperBound)
        guard !words.isEmpty else { return nil }
        // The party runs to `as Amici Curiae` (or `as Amicus Curiae`), or to the page.
        var partyEnd = words.count
        var amicusEnd: Int?
        var pinpointWord: Int?
        for index in words.indices {
            if index + 2 < words.count, text.equals(words[index], "as"),
               text.has("Amic", at: words[index + 1].lowerBound, end: words[index + 1].upperBound),
               text.has("Curiae", at: words[index + 2].lowerBound, end: words[index + 2].upperBound) {
                partyEnd = index
                amicusEnd = index + 3
                break
            }
            // `Brief for Appellant at 16-22`: the Bluebook's page after `at`.
            if index > 0, index + 1 < words.count, text.equals(words[index], "at"), Bytes.isDigit(text.bytes[words[index + 1].lowerBound]) {
                partyEnd = index
                pinpointWord = index
                break
            }
            // A page after the party's first word: `Brief for 547 Deans 9–10`.
            if index > 0, Bytes.isDigit(text.bytes[words[index].lowerBound]),
               PinpointParser.parse(text, at: words[index].lowerBound, end: citation.upperBound, allowRoman: false) != nil {
                partyEnd = index
                pinpointWord = index
                break
            }
        }
        guard partyEnd > 0, partyEnd <= longestParty else { return nil }
        let partyWords = words[..<partyEnd]
        guard partyWords.allSatisfy({ word in
            let lead = text.bytes[word.lowerBound]
            let bare = text.string(text.trimmingTrailing(word, [UInt8(ascii: ",")]))
            return Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead >= 0xC0 || connectors.contains(bare) || roles.contains(bare)
        }) else { return nil }
        // A party in lower-case words alone names a role (`for appellant`), not the author's words (`for the most part`).
        guard partyWords.contains(where: { word in
            let lead = text.bytes[word.lowerBound]
            return Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead >= 0xC0 || roles.contains(text.string(text.trimmingTrailing(word, [UInt8(ascii: ",")])))
        }) else { return nil }
        let party = text.trimmingTrailing(partyWords[partyWords.startIndex].lowerBound..<partyWords[partyEnd - 1].upperBound, [UInt8(ascii: ",")])
        var titleEnd = party.upperBound
        var tailStart = party.upperBound
        var inCase: String?
        if let amicusEnd {
            titleEnd = text.trimmingTrailing(words[amicusEnd - 1], [UInt8(ascii: ","), UInt8(ascii: ".")]).upperBound
            tailStart = titleEnd
            // A brief in another case: `in Griswold v. Connecticut, O. T. 1964, No. 496, p. 27`.
            if amicusEnd < words.count, text.equals(words[amicusEnd], "in"),
               !(amicusEnd + 1 < words.count && text.equals(words[amicusEnd + 1], "Support")) {
                let caseStart = words[amicusEnd].upperBound
                var caseEnd = citation.upperBound
                for joint in [", p. ", ", at "] as [StaticString] {
                    if let found = (caseStart..<citation.upperBound).first(where: { text.has(joint, at: $0, end: citation.upperBound) }) {
                        caseEnd = min(caseEnd, found)
                    }
                }
                inCase = text.string(text.trimmed(caseStart..<caseEnd))
                tailStart = caseEnd
            } else if let sideEnd = supportedSide(text, words, from: amicusEnd) {
                // `as Amicus Curiae Supporting Respondents at 10`: the side is the title's.
                titleEnd = words[sideEnd - 1].upperBound
                tailStart = titleEnd
            }
        } else if let pinpointWord {
            tailStart = words[pinpointWord].lowerBound
        }
        // The page: `27`, `6–7`, `, p. 27`, `, at 5`.
        var pinpoint: Pinpoint?
        var citationEnd = tailStart
        var pageAt = text.skipSpaces(from: tailStart, end: citation.upperBound)
        if pageAt < citation.upperBound, text.bytes[pageAt] == UInt8(ascii: ",") { pageAt = text.skipSpaces(from: pageAt + 1, end: citation.upperBound) }
        for mark in ["p. ", "pp. ", "at "] as [StaticString] where text.has(mark, at: pageAt, end: citation.upperBound) {
            pageAt = text.skipSpaces(from: pageAt + mark.utf8CodeUnitCount, end: citation.upperBound)
            break
        }
        if let page = PinpointParser.parse(text, at: pageAt, end: citation.upperBound, allowRoman: false) {
            pinpoint = page.pinpoint
            citationEnd = page.end
        }
        var tail = ClauseEnds.shortFormTail(text, from: citationEnd, end: citation.upperBound)
        // `Brief for Appellant at 16-22, Roe v. State, 287 A.3d 301 (Md. 2022) (No. 739)`: the case
        // it was filed in names the brief, and is no work of its own.
        var filedCase: WorkDraft?
        if inCase == nil, pinpoint != nil, let filed = FiledCase.read(text, after: citationEnd, end: citation.upperBound) {
            inCase = filed.name
            filedCase = filed.work
            tail = (nil, filed.end, filed.trailing)
        }
        var partyName = withRolesCapitalised(text.string(party))
        partyName = FullWorkForm.withoutEtAl(partyName)
        if partyName.hasSuffix(",") { partyName.removeLast() }
        var opening = text.string(citation.lowerBound..<partyStart)
        if lowerBrief, let brief = opening.range(of: " brief ") { opening.replaceSubrange(brief, with: " Brief ") }
        var work = WorkDraft(kind: .brief, title: opening + text.string(party.lowerBound..<titleEnd))
        work.authors = [partyName]
        work.authorIsInstitution = true
        work.container = inCase
        work.documentNumber = opening + partyName + (inCase.map { " in " + $0 } ?? "")
        work.documentPrefix = nil
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                             citation: citation.lowerBound..<max(citationEnd, tail.citationEnd), trailing: tail.trailing)
        reading.historyCases = filedCase.map { [$0] } ?? []
        return reading
    }
}

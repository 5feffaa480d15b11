import LowLevel

/// The author's sentence that sends the reader to pages by their addresses alone:
/// `See the statement of the institute that is available at <http://...>`, `Translation available
/// at <http://...>`, `More on the facts can be found at <http://a> and <http://b>`. Each address is
/// a page cited, as `See <http://...>` cites it; the words before are commentary.
///
/// Only a clause no other form reads comes here, and only when the words before the addresses
/// hold no number and no comma: a citation legit cannot read (`Smith, Title, 12 J. 5 (2000), available at ...`)
/// must not pass for a page of its own.
enum ProseAddressForm: CitationForm {
    /// The words that say where a page is, before `at`.
    private static let pointers: [StaticString] = ["available", "found", "accessible", "online", "obtainable", "published"]
    /// The most words between the pointer and `at` (`available in English at`).
    private static let wordsBeforeAt = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let clause = ClauseEnds.withoutClosingPeriod(text, body)
        guard let last = clause.last else { return nil }
        // `The decision can be found at https://...`: one address written out, no link made of it.
        if !text.isLinked(last), let reading = bareAddress(text, clause) { return reading }
        guard text.hasLinks else { return nil }
        // The clause ends in an address (or its closing angle bracket).
        let lastLinked = text.bytes[last] == UInt8(ascii: ">") && last > clause.lowerBound ? last - 1 : last
        guard text.isLinked(lastLinked) else { return nil }
        // The addresses, last first, joined by `and` or commas.
        var links: [(range: Range<Int>, url: String)] = []
        var cursor = lastLinked
        while let link = text.link(covering: cursor), link.range.lowerBound > clause.lowerBound {
            links.insert(link, at: 0)
            var before = link.range.lowerBound
            if before > clause.lowerBound, text.bytes[before - 1] == UInt8(ascii: "<") { before -= 1 }
            var joint = text.trimmed(clause.lowerBound..<before)
            guard let jointEnd = joint.last else { return nil }
            var next = jointEnd
            if text.bytes[next] == UInt8(ascii: ",") {
                next -= 1
            } else if next >= 3, text.has(" and", at: next - 3, end: next + 1) {
                next -= 4
            } else {
                break
            }
            joint = text.trimmed(clause.lowerBound..<next + 1)
            guard let end = joint.last else { return nil }
            cursor = text.bytes[end] == UInt8(ascii: ">") && end > joint.lowerBound ? end - 1 : end
            guard text.isLinked(cursor) else { return nil }
        }
        guard let first = links.first else { return nil }
        var start = first.range.lowerBound
        if start > clause.lowerBound, text.bytes[start - 1] == UInt8(ascii: "<") { start -= 1 }
        let lead = text.trimmed(clause.lowerBound..<start)
        // A comma before the pointer sets off a citation's fields (`HÖPPNER, Title, available at`), no sentence.
        guard leadPoints(text, lead) else { return nil }
        var readings: [ClauseReading.Sibling] = []
        for link in links {
            guard let page = FullWorkForm.parse(text, link.range) else { return nil }
            readings.append(ClauseReading.Sibling(work: ClauseReading.SharedWork(page.work), pinpoint: nil))
        }
        var reading = ClauseReading(form: .full(readings[0].work), pinpoint: nil, citation: start..<clause.upperBound, trailing: nil)
        reading.siblings = Array(readings.dropFirst())
        return reading
    }

    /// The longest address written out that is looked for, in bytes.
    private static let longestAddress = 400

    /// The clause's last word as a page cited, when it is an address (`https://...`) written out and
    /// the words before it point at it.
    private static func bareAddress(_ text: CitationText, _ clause: Range<Int>) -> ClauseReading? {
        var start = clause.upperBound
        let floor = max(clause.lowerBound, clause.upperBound - longestAddress)
        while start > floor, !Bytes.isSpace(text.bytes[start - 1]) { start -= 1 }
        guard start > clause.lowerBound, text.has("http://", at: start, end: clause.upperBound) || text.has("https://", at: start, end: clause.upperBound)
        else { return nil }
        let lead = text.trimmed(clause.lowerBound..<start)
        // `A redline version is available at ...`, `An English translation ...`: another copy of a
        // work the note cites, not a work of its own.
        let indefinite = text.has("A ", at: lead.lowerBound, end: lead.upperBound, ignoringFirstLetterCase: true)
            || text.has("An ", at: lead.lowerBound, end: lead.upperBound, ignoringFirstLetterCase: true)
        guard !indefinite, leadPoints(text, lead),
              let page = FullWorkForm.parse(text, start..<clause.upperBound), page.work.url != nil else { return nil }
        return ClauseReading(form: .full(ClauseReading.SharedWork(page.work)), pinpoint: nil, citation: start..<clause.upperBound, trailing: nil)
    }

    /// Words that name a page the address is of: `the SBA webpage for the 7(a) Program at https://...`.
    private static let pageNouns: [StaticString] = ["webpage", "webpages", "website", "websites", "homepage"]
    /// The most words between a page's noun and `at` (`webpage for the 7(a) Loan Program`).
    private static let wordsAfterPageNoun = 8

    /// Whether the words before the addresses point at them with no comma: `available at` and the
    /// like with no number, or a page's noun (`the website at`, `the SBA webpage for the 7(a)
    /// Program at`), whose name may hold one.
    private static func leadPoints(_ text: CitationText, _ lead: Range<Int>) -> Bool {
        guard !text.bytes[lead].contains(UInt8(ascii: ",")) else { return false }
        switch pointer(text, lead) {
        case .none: return false
        case .pageNoun: return true
        case .word: return !text.bytes[lead].contains(where: Bytes.isDigit)
        }
    }

    private enum Pointer { case none, word, pageNoun }

    /// What in `lead` points at the address after it: a word such as `available` or `found`
    /// before `at` (`available at`, `can be found at`, `available in English at`), or a page's noun.
    private static func pointer(_ text: CitationText, _ lead: Range<Int>) -> Pointer {
        let words = text.words(in: lead)
        guard let atWord = words.last, text.equals(atWord, "at") else { return .none }
        for word in words.dropLast().suffix(wordsBeforeAt + 1) where pointers.contains(where: { text.equals(word, $0) }) {
            return .word
        }
        // `web page`, `web site`: a noun of two words, the second looked for after `web`.
        for word in words.dropLast().suffix(wordsAfterPageNoun + 1) {
            if pageNouns.contains(where: { text.equals(word, $0) }) { return .pageNoun }
            if text.equals(word, "web"), word.upperBound + 5 <= lead.upperBound,
               text.has(" page", at: word.upperBound, end: lead.upperBound) || text.has(" site", at: word.upperBound, end: lead.upperBound) {
                return .pageNoun
            }
        }
        return .none
    }
}

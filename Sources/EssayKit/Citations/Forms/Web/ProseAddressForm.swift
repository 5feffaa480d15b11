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

    /// The addresses (`https://...`) written out in the clause, each a page cited, when the words
    /// before the first point at it (`available at`, `can be found at`, `Part 1 is at`, `see this
    /// piece:`), those between two join them (`and part 2 at`), and nothing but a `(last visited
    /// ...)` remark follows the last.
    private static func bareAddress(_ text: CitationText, _ clause: Range<Int>) -> ClauseReading? {
        // The gate: `://` in the clause, as most clauses have none.
        guard clause.count > 10, text.contains("://", in: clause) else { return nil }
        var addresses: [Range<Int>] = []
        var cursor = clause.lowerBound
        while cursor < clause.upperBound, addresses.count <= mostAddresses {
            guard let found = nextAddress(text, from: cursor, end: clause.upperBound) else { break }
            addresses.append(found)
            cursor = found.upperBound
        }
        guard let first = addresses.first, let last = addresses.last, addresses.count <= mostAddresses else { return nil }
        let lead = text.trimmed(clause.lowerBound..<first.lowerBound)
        // `A redline version is available at ...`, `An English translation ...`: another copy of a
        // work the note cites, not a work of its own.
        let indefinite = text.has("A ", at: lead.lowerBound, end: lead.upperBound, ignoringFirstLetterCase: true)
            || text.has("An ", at: lead.lowerBound, end: lead.upperBound, ignoringFirstLetterCase: true)
        guard !indefinite, leadPoints(text, lead) || leadEndsPointing(text, lead, first: true) else { return nil }
        for (earlier, later) in zip(addresses, addresses.dropFirst()) {
            let joint = text.trimmed(earlier.upperBound..<later.lowerBound)
            guard text.has("and ", at: joint.lowerBound, end: joint.upperBound) || text.bytes[joint].first == UInt8(ascii: ","),
                  leadEndsPointing(text, joint, first: false) else { return nil }
        }
        // After the last address, only a remark in parentheses (`(last visited May 2, 2010)`), read with it.
        let tail = text.trimmingTrailing(text.trimmed(last.upperBound..<clause.upperBound), [UInt8(ascii: ".")])
        guard tail.isEmpty || (text.bytes[tail.lowerBound] == UInt8(ascii: "(") && text.bytes[tail.upperBound - 1] == UInt8(ascii: ")")
                               && text.firstOffset(of: UInt8(ascii: "("), from: tail.lowerBound + 1, end: tail.upperBound) == tail.upperBound)
        else { return nil }
        var works: [WorkDraft] = []
        for address in addresses {
            let range = address == last && !tail.isEmpty ? address.lowerBound..<tail.upperBound : address
            guard let page = FullWorkForm.parse(text, range), page.work.url != nil else { return nil }
            works.append(page.work)
        }
        // `the Report of the Committee on Harbour Fees chaired by Lord Amble: https://...`: the words
        // naming the report are its title.
        if addresses.count == 1, let title = reportTitle(text, lead) { works[0].title = title }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(works[0])), pinpoint: nil,
                                    citation: first.lowerBound..<(tail.isEmpty ? last.upperBound : tail.upperBound), trailing: nil)
        reading.siblings = works.dropFirst().map { ClauseReading.Sibling(work: ClauseReading.SharedWork($0), pinpoint: nil) }
        return reading
    }

    /// The most addresses one sentence of the author's cites so.
    private static let mostAddresses = 4

    /// The next address written out from `offset`: `http://` or `https://` at a word's start, to the
    /// next space, without the punctuation that closes a sentence after it.
    private static func nextAddress(_ text: CitationText, from offset: Int, end: Int) -> Range<Int>? {
        var index = offset
        while index < end {
            index = text.firstOffset(of: UInt8(ascii: "h"), from: index, end: end)
            guard index < end else { return nil }
            if (index == offset || Bytes.isSpace(text.bytes[index - 1]) || text.bytes[index - 1] == UInt8(ascii: "(")) && !text.isLinked(index),
               text.has("http://", at: index, end: end) || text.has("https://", at: index, end: end) {
                var stop = index
                while stop < end, !Bytes.isSpace(text.bytes[stop]) { stop += 1 }
                while stop > index, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(text.bytes[stop - 1]) { stop -= 1 }
                return index..<stop
            }
            index += 1
        }
        return nil
    }

    /// The most words before an address that point at it with `at` or a colon (`The present roster
    /// can be found at`, `the Report of the Committee on Harbour Fees chaired by Lord Amble:`).
    private static let longestPointingLead = 14

    /// Whether `lead` (the words before an address, or between two) ends pointing at it: in `at`
    /// (`Part 1 is at`, `and part 2 at`) or, before the first address, in a colon (`see this
    /// piece:`), with no comma and few words; before the first, with no digit save in `Part 1`
    /// and the like.
    private static func leadEndsPointing(_ text: CitationText, _ lead: Range<Int>, first: Bool) -> Bool {
        guard let end = lead.last, !text.bytes[first ? lead : lead.dropFirst()].contains(UInt8(ascii: ",")) else { return false }
        let words = text.words(in: lead)
        guard !words.isEmpty, words.count <= longestPointingLead, let lastWord = words.last else { return false }
        // A colon ends the author's sentence (`see this piece:`, `chaired by Lord Amble:`), which has
        // a lower-case word of four letters or more, as a page's title before its address seldom does.
        let colon = first && text.bytes[end] == UInt8(ascii: ":")
            && words.contains { $0.count >= 4 && Bytes.isLower(text.bytes[$0.lowerBound]) && text.bytes[$0].allSatisfy { Bytes.isLetter($0) || $0 == UInt8(ascii: ":") } }
        guard colon || text.equals(lastWord, "at") else { return false }
        guard first else { return true }
        // A number in the words is a part's (`Part 1 is at`), never a volume's or a year's.
        let digits = words.filter { text.bytes[$0].contains(where: Bytes.isDigit) }
        return digits.allSatisfy { word in
            word.count <= 2 && words.firstIndex(of: word).map { $0 > 0 && (text.equals(words[$0 - 1], "Part") || text.equals(words[$0 - 1], "part")) } == true
        }
    }

    /// The lower-case words a report's name holds between its capitalised ones.
    private static let titleJoints: [StaticString] = ["of", "on", "the", "and", "for", "into"]

    /// `the Report of the Committee on Harbour Fees chaired by Lord Amble`: the report's name in
    /// the words before a colon, from `Report` to the first lower-case word after it, when
    /// `Report of` opens it.
    private static func reportTitle(_ text: CitationText, _ lead: Range<Int>) -> String? {
        let words = text.words(in: text.trimmingTrailing(lead, [UInt8(ascii: ":")]))
        guard let start = words.firstIndex(where: { text.equals($0, "Report") }), start + 2 < words.count,
              text.equals(words[start + 1], "of") else { return nil }
        var stop = start + 2
        while stop < words.count, Bytes.isUpper(text.bytes[words[stop].lowerBound]) || titleJoints.contains(where: { text.equals(words[stop], $0) }) {
            stop += 1
        }
        while stop > start + 2, !Bytes.isUpper(text.bytes[words[stop - 1].lowerBound]) { stop -= 1 }
        guard stop > start + 2 else { return nil }
        return text.string(words[start].lowerBound..<words[stop - 1].upperBound)
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

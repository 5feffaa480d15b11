import LowLevel

/// Finds the name of a case written just before its reporter: `Marbury v. Madison`, `In re Foo`,
/// `Wal-Mart Stores, Inc. v. Dukes`, or a short form's name (`Wal-Mart`), in a citation or at
/// the end of the author's prose (`... as the Court held in Foo v. Bar 1 U.S. 1`).
enum CaseName {
    /// Lower-case words a case name may hold between capitalised ones, besides the particles of
    /// `SurnameParticle` (`Roe v. van Dam`), and South Africa's `obo` (on behalf of: `XY obo AB v
    /// Minister`), which joins the party who sues to the one they sue for.
    private static let connectors: [StaticString] = [
        "v.", "v", "vs.", "ex", "rel.", "re", "parte", "of", "the", "and", "&", "for", "on", "to", "by", "a", "an", "et", "al.",
        "d/b/a", "f/k/a", "n/k/a", "ex.", "y", "e", "obo", "o.b.o.",
    ]
    /// A name runs to at most this many words: more is prose.
    private static let longestName = 20

    /// The name ending at `end` (commas and spaces before it dropped), reading back no further
    /// than `lower`: a name in emphasis whole, or else the longest run of name words before
    /// `end`, not starting with a connector. Nil when the word before `end` is no name's.
    /// The words that lead the name in (`disapproved on other grounds,`, `Also,`) are no part of it
    /// (`CaseNameLead`).
    static func range(endingAt end: Int, from lower: Int, in text: CitationText) -> Range<Int>? {
        guard let found = writtenRange(endingAt: end, from: lower, in: text) else { return nil }
        return CaseNameLead.start(text, found)..<found.upperBound
    }

    /// The name ending at `end` as `range` finds it, with any words leading it in.
    private static func writtenRange(endingAt end: Int, from lower: Int, in text: CitationText) -> Range<Int>? {
        let end = text.trimmingTrailing(lower..<end, [UInt8(ascii: ",")]).upperBound
        guard end > lower else { return nil }
        if text.isEmphasized(end - 1) {
            var start = emphasisStart(end - 1, from: lower, in: text)
            // `_Roe Lamp Makers_, _Inc._`: a company's suffix in emphasis of its own is the end of
            // the name in the emphasis before it, never a name alone.
            if isCorporateSuffix(text, start..<end), let prior = emphasisBeforeComma(start, from: lower, in: text) {
                start = prior
            }
            // `_Mills_ v. _Commonwealth_`: parties in emphasis each, joined by a `v.` in roman type.
            while true {
                let before = text.trimmed(lower..<start)
                var wordStart = before.upperBound
                while wordStart > lower, !Bytes.isSpace(text.bytes[wordStart - 1]) { wordStart -= 1 }
                let word = wordStart..<before.upperBound
                guard !word.isEmpty, text.equals(word, "v.") || text.equals(word, "v") || text.equals(word, "vs.") else { break }
                let prior = text.trimmed(lower..<wordStart)
                guard !prior.isEmpty else { break }
                if text.isEmphasized(prior.upperBound - 1) {
                    start = emphasisStart(prior.upperBound - 1, from: lower, in: text)
                } else {
                    if let plain = writtenRange(endingAt: prior.upperBound, from: lower, in: text) { start = plain.lowerBound }
                    break
                }
            }
            return text.trimmed(start..<end)
        }
        let words = text.words(in: lower..<end)
        // A clause that opens with the case's name is that name whole, whatever case its words
        // are in (`United States v. Univis lens`).
        if words.count <= longestName, let versus = words.firstIndex(where: { text.equals($0, "v.") }), versus > 0,
           words[..<versus].allSatisfy({ isNameWord(text, $0) }), let opening = words.first,
           Bytes.isUpper(text.bytes[opening.lowerBound]) || text.isEmphasized(opening.lowerBound) {
            return lower..<end
        }
        var first = words.count
        for index in words.indices.reversed() {
            guard words.count - index <= longestName, isNameWord(text, words[index]) else { break }
            first = index
        }
        // The name starts at a capitalised word, never a connector; a leading `In` is the author's
        // preposition unless `re` follows.
        while first < words.count {
            let word = words[first]
            let lead = text.bytes[word.lowerBound]
            let isIn = text.equals(word, "In") && !(first + 1 < words.count && text.equals(words[first + 1], "re"))
            guard Bytes.isLower(lead) || lead == UInt8(ascii: "&") || isIn || text.equals(word, "See") || isSentenceLead(text, word) else { break }
            first += 1
        }
        guard first < words.count else { return nil }
        return words[first].lowerBound..<end
    }

    /// Capitalised words that open the author's sentence and never a party's name: `Both 60 Comp.
    /// Gen. 700 and ...`, `By 5 U.S.C. § 2 ...`.
    private static let sentenceLeads: [StaticString] = ["Both", "Each", "Either", "Neither", "By", "Under", "Also", "Thus", "Compare"]

    /// Whether `word` is one of `sentenceLeads`.
    private static func isSentenceLead(_ text: CitationText, _ word: Range<Int>) -> Bool {
        sentenceLeads.contains { text.equals(word, $0) }
    }

    /// Company suffixes written after a comma (`Inc.`, `Co.`, `Ltd.`, `LLC`).
    private static let corporateSuffixes: [StaticString] = ["Inc.", "Inc", "Co.", "Corp.", "Ltd.", "Ltd", "LLC", "L.L.C.", "LLP", "L.P.", "Cos.", "N.A.", "S.A."]

    private static func isCorporateSuffix(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let word = text.trimmed(range)
        return word.count <= 6 && corporateSuffixes.contains { text.equals(word, $0) }
    }

    /// Where the emphasis run ending just before `, ` at `offset` starts, if one does.
    private static func emphasisBeforeComma(_ offset: Int, from lower: Int, in text: CitationText) -> Int? {
        let before = text.trimmed(lower..<offset)
        guard before.count > 1, text.bytes[before.upperBound - 1] == UInt8(ascii: ","), text.isEmphasized(before.upperBound - 2) else { return nil }
        return emphasisStart(before.upperBound - 2, from: lower, in: text)
    }

    /// Where the run of emphasis that holds `offset` starts.
    private static func emphasisStart(_ offset: Int, from lower: Int, in text: CitationText) -> Int {
        var start = offset
        while start > lower, text.isEmphasized(start - 1) { start -= 1 }
        return start
    }

    /// Whether a word may be part of a case name: capitalised, a number, or a connector.
    private static func isNameWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        var core = word
        // Brackets and a trailing comma are no part of the word: `(Brown`, `I),`, `Stores,`.
        while !core.isEmpty, [UInt8(ascii: "("), UInt8(ascii: "[")].contains(text.bytes[core.lowerBound]) {
            core = core.lowerBound + 1..<core.upperBound
        }
        while !core.isEmpty, [UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ",")].contains(text.bytes[core.upperBound - 1]) {
            core = core.lowerBound..<core.upperBound - 1
        }
        guard let first = core.first else { return false }
        let lead = text.bytes[first]
        if Bytes.isUpper(lead) || Bytes.isDigit(lead) { return !endsClause(text, core) }
        if lead >= 0xC0, !isQuotationMark(text, at: first) { return !endsClause(text, core) }
        return connectors.contains { text.equals(core, $0) } || SurnameParticle.isParticle(text, core)
    }

    /// A word ending in a colon, semicolon, question or exclamation mark closes the words before.
    private static func endsClause(_ text: CitationText, _ word: Range<Int>) -> Bool {
        guard let last = word.last else { return true }
        switch text.bytes[last] {
        case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\""): return true
        default: return isQuotationMark(text, at: max(word.lowerBound, last - 2))
        }
    }

    /// Whether a curly quotation mark (U+201C, U+201D) starts at `offset`.
    private static func isQuotationMark(_ text: CitationText, at offset: Int) -> Bool {
        offset + 2 < text.count && text.bytes[offset] == 0xE2 && text.bytes[offset + 1] == 0x80
            && (text.bytes[offset + 2] == 0x9C || text.bytes[offset + 2] == 0x9D)
    }
}

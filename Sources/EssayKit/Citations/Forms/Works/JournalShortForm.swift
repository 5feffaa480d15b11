import LowLevel

/// An article's short form by volume and journal: `Silvers, 81 N.Y.U. L. Rev. at 1850`,
/// `81 N.Y.U. L. Rev. at 1850`, `Silvers, 81 N.Y.U. L. Rev. 1844 at 1868` (first page, then the
/// pinpoint), or at the end of the author's prose.
///
/// It names the volume of a journal an article cited before is in; `ResolutionRun` finds the
/// article among those cited in that volume (the name, when given, only confirms it, as a name
/// may be misspelt). A reporter's volume is a case's, read by `CaseShortForm` before this.
enum JournalShortForm: CitationForm {
    /// A journal's name runs to at most this many words.
    private static let longestJournal = 8
    /// A short form's name runs to at most this many words: more is a title or prose.
    private static let longestName = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: the word `at` before the pinpoint, as few full citations hold.
        guard text.contains("at", in: citation) else { return nil }
        let base = text.baseLevel(of: citation)
        for start in text.volumeStarts where start >= citation.lowerBound {
            guard start < citation.upperBound else { break }
            guard text.isTopLevel(start, base: base) else { continue }
            return read(text, citation, volumeAt: start)
        }
        return nil
    }

    private static func read(_ text: CitationText, _ citation: Range<Int>, volumeAt start: Int) -> ClauseReading? {
        var volumeEnd = start
        while volumeEnd < citation.upperBound, Bytes.isDigit(text.bytes[volumeEnd]) { volumeEnd += 1 }
        // Only the first words are looked at: no list of the rest of the clause.
        let words = text.words(in: volumeEnd..<citation.upperBound, limit: longestJournal + 2)
        // The journal: capitalised words (or `&`, `of`, `on`), one abbreviated at least, up to a
        // first page or `at`.
        var journalWords = 0
        var abbreviated = false
        var firstPage: Range<Int>?
        var atWord: Int?
        for (index, word) in words.prefix(longestJournal + 2).enumerated() {
            let core = text.trimmingTrailing(word, [UInt8(ascii: ",")])
            if text.equals(core, "at") {
                atWord = index
                break
            }
            let lead = text.bytes[word.lowerBound]
            if Bytes.isDigit(lead) {
                // The first page, right before `at`.
                guard firstPage == nil, journalWords > 0, text.bytes[core].allSatisfy(Bytes.isDigit), core == word else { return nil }
                firstPage = core
                continue
            }
            guard firstPage == nil, Bytes.isUpper(lead) || text.equals(word, "&") || text.equals(word, "of") || text.equals(word, "on")
            else { return nil }
            if text.bytes[word].contains(UInt8(ascii: ".")) || text.bytes[word].contains(UInt8(ascii: "'")) { abbreviated = true }
            journalWords += 1
        }
        guard let atWord, journalWords > 0, journalWords <= longestJournal, abbreviated else { return nil }
        let journal = text.trimmingTrailing(words[0].lowerBound..<words[journalWords - 1].upperBound, [UInt8(ascii: ",")])
        let tail = ClauseEnds.shortFormTail(text, from: words[atWord].lowerBound, end: citation.upperBound)
        guard let pinpoint = tail.pinpoint,
              let volumeKey = AuthorityCatalog.journalVolumeKey(volume: text.string(start..<volumeEnd), journal: text.string(journal))
        else { return nil }
        // The name before the volume, if any: a few words, the first capitalised.
        let before = text.trimmingTrailing(text.trimmed(citation.lowerBound..<start), [UInt8(ascii: ",")])
        var name: String?
        if !before.isEmpty {
            let nameWords = text.words(in: before)
            guard nameWords.count <= longestName, Bytes.isUpper(text.bytes[before.lowerBound]) || text.isEmphasized(before.lowerBound)
            else { return nil }
            name = text.string(before)
        }
        return ClauseReading(form: .journalShort(name: name, volumeKey: volumeKey, firstPage: firstPage.map { text.string($0) }),
                             pinpoint: pinpoint, citation: citation.lowerBound..<tail.citationEnd, trailing: tail.trailing)
    }
}

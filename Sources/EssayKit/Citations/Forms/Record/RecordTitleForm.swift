import LowLevel

/// A filing of the record named by its title alone, with the place in it: `Appellant’s Br. at 5`,
/// `Resp’ts’ Mem. Obj. at 13`, `Compl. ¶ 9`, `Hr’g Tr. 87:19 – 87:22`, `Pl.'s Opp'n at 4 n.2`.
///
/// The title names the filing the notes cited before under it, with its docket entry or without
/// (`RecordDocumentForm`); when none was, the title is the filing, a work of its own; when several
/// were (`Decl. of Roe` at two entries), it names none of them (`ResolutionRun`). Only the
/// abbreviations a filing's title is written with (`Br.`, `Mem.`, `Decl.`, `Tr.`) make one, and a
/// place in it must follow: `Brief` or `Order` alone are the author's words.
enum RecordTitleForm: CitationForm {
    /// The first test of `read`: a title's capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// One of `titleWords`, and the place in the filing: a digit or `¶`.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .filingWord, any: [.digit, .sectionOrParagraph]) }

    /// The words one of which a filing's title cited alone holds.
    private static let titleWords: [StaticString] = [
        "Compl.", "Complaint", "Br.", "Mot.", "Mem.", "Opp'n", "Opp’n", "Reply", "Decl.", "Aff.", "Tr.", "Dep.", "Resp.", "Obj.",
        "Stmt.", "SAC", "FAC", "TAC", "SUMF",
    ]
    /// The most bytes before the place in a filing that the gate looks at.
    private static let longestGate = 120
    /// Lower-case words a title may hold between its capitals.
    private static let connectors: Set<String> = ["of", "in", "to", "for", "and", "&", "re", "on", "the", "at"]
    /// The most words a title cited alone takes.
    private static let longestTitle = 10

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard !citation.isEmpty, Bytes.isUpper(text.bytes[citation.lowerBound]), hasTitleBeforePlace(text, citation) else { return nil }
        let words = text.words(in: citation, limit: longestTitle + 2)
        // The title runs to the place in it: `at` and a number or `¶`, a `¶`, or a number (`Tr. 87:19`).
        var end = 0
        var hasTitleWord = false
        while end < words.count, end <= longestTitle {
            let word = words[end]
            let lead = text.bytes[word.lowerBound]
            if end > 0, text.equals(word, "at"), end + 1 < words.count, opensPlace(text, words[end + 1]) { break }
            if end > 0, lead == 0xC2 || Bytes.isDigit(lead) { break }
            guard mayStandInTitle(text, word, first: end == 0) else { return nil }
            if isTitleWord(text, word) { hasTitleWord = true }
            end += 1
        }
        guard hasTitleWord, end > 0, end < words.count, end <= longestTitle else { return nil }
        let name = words[0].lowerBound..<words[end - 1].upperBound
        var tail = ClauseEnds.shortFormTail(text, from: name.upperBound, end: citation.upperBound)
        guard var pinpoint = tail.pinpoint else { return nil }
        if let lines = RecordDocumentForm.linesEnd(text, at: tail.citationEnd, end: citation.upperBound) {
            // `Tr. 87:19 – 87:22`: a transcript's page and lines.
            let start = tail.citationEnd - pinpoint.text.utf8.count
            pinpoint = Pinpoint(kind: pinpoint.kind, text: text.string(start..<lines))
            let rest = ClauseEnds.shortFormTail(text, from: lines, end: citation.upperBound)
            tail = (pinpoint, rest.citationEnd, rest.trailing)
        }
        // `Pl.'s Br. at 5, Roe v. Doe, No. 12`: another case's filing is another form's.
        if let rest = tail.trailing, text.contains(" v. ", in: rest) { return nil }
        var work = WorkDraft(kind: .document, title: text.string(name))
        work.documentNumber = RecordTitle.titleNumber(text.string(name))
        return ClauseReading(form: .recordTitle(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                             citation: name.lowerBound..<max(name.upperBound, tail.citationEnd), trailing: tail.trailing)
    }

    /// The gate, with no string or list made: a digit or `¶` within the first bytes, and one of
    /// `titleWords` before it.
    private static func hasTitleBeforePlace(_ text: CitationText, _ citation: Range<Int>) -> Bool {
        let bytes = text.bytes
        let limit = min(citation.upperBound, citation.lowerBound + longestGate)
        var place = citation.lowerBound
        while place < limit, !Bytes.isDigit(bytes[place]), bytes[place] != 0xC2 { place += 1 }
        guard place < limit else { return false }
        var start = citation.lowerBound
        while start < place {
            var end = start
            while end < place, bytes[end] != UInt8(ascii: " ") { end += 1 }
            if isTitleWord(text, start..<end) { return true }
            start = end + 1
        }
        return false
    }

    /// Whether `word` is one of `titleWords`.
    private static func isTitleWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        // Every title word is 3 to 9 bytes and opens with a capital: most words are ruled out here.
        guard (3...9).contains(word.count), Bytes.isUpper(text.bytes[word.lowerBound]) else { return false }
        return titleWords.contains { text.equals(word, $0) }
    }

    /// Whether `word` may open the place in a filing after `at`: a digit or `¶`.
    private static func opensPlace(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let lead = text.bytes[word.lowerBound]
        return Bytes.isDigit(lead) || lead == 0xC2
    }

    /// Whether `word` may stand in a filing's title: capitalised (a party's possessive too,
    /// `Pet’rs’`, `Defs.'`), or a connector after the first word; no case's `v.`, no digits.
    private static func mayStandInTitle(_ text: CitationText, _ word: Range<Int>, first: Bool) -> Bool {
        let bytes = text.bytes[word]
        guard !bytes.contains(where: Bytes.isDigit), !text.equals(word, "v.") else { return false }
        if let lead = bytes.first, Bytes.isUpper(lead) { return true }
        return !first && connectors.contains(text.string(word))
    }
}

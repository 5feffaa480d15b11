import LowLevel

/// A filing in a case cited in full, as articles about pending litigation cite it: the filing's
/// title, the place in it, then the case (`FiledCase`) by its docket number or its report:
/// `Complaint at ¶ 18, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022)`,
/// `Reply at 7-9, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234`, `Memorandum in Support of Motion
/// to Dismiss at 5, ...`, `Decl. of Ann Roe ¶ 4, ...`, `Order, Orr v. Quillsoft, No. 1:21-cv-5555
/// (D. Or. June 2, 2022)`.
///
/// The work is the filing (kind `document`): its title in that case, known by the case's docket
/// number (or, reported, its name), whatever court and date a citation prints; the place is the
/// pinpoint and never part of its identity. The case is no second work the note cites, but a later
/// short form finds it. Later notes cite the filing by its title alone (`Complaint ¶ 30`) or with a
/// party's name (`Pell Complaint ¶ 30`): `RecordTitleForm`, `RecordTitle.keys(of:)`.
enum CaseFilingForm: CitationForm {
    /// The first test of `read`: a title's capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The case's number or reporter: a digit.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most bytes before the comma that ends the filing's title and place.
    private static let longestHead = 160
    /// The most words a filing's title takes.
    private static let longestTitle = 14
    /// Lower-case words a title may hold between its capitals.
    private static let connectors: Set<String> = ["of", "in", "to", "for", "and", "&", "re", "on", "the", "or", "a"]

    /// The words closing a company's name after a comma: a case whose name opens with one is the
    /// rest of a party's name, not a case a filing's title comes before.
    private static let companyWords: Set<String> = [
        "Inc.", "Inc", "LLC", "L.L.C.", "Corp.", "Co.", "Ltd.", "LP", "L.P.", "LLP", "L.L.P.", "N.A.", "P.C.", "PLC", "S.A.", "AG", "GmbH",
    ]
    /// The separator between a filing's title and the case in its document number.
    static let caseJoint = " in "

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard !citation.isEmpty, Bytes.isUpper(text.bytes[citation.lowerBound]) else { return nil }
        // The gate: a comma within the first bytes, and a filing's title word before it.
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: citation.lowerBound, end: min(citation.upperBound, citation.lowerBound + longestHead))
        guard comma < citation.upperBound, text.bytes[comma] == UInt8(ascii: ",") else { return nil }
        // A case's parties after the comma (`v.`, `In re`), before any word of the title is read.
        guard text.contains(" v. ", in: comma..<citation.upperBound) || text.contains("In re ", in: comma..<citation.upperBound) else { return nil }
        let head = text.trimmed(citation.lowerBound..<comma)
        guard let (name, pinpoint) = titleAndPlace(text, head),
              let filed = FiledCase.read(text, after: comma, end: citation.upperBound),
              // `Answer Financial, Inc. v. Roe`: a party's name the comma cut, no filing.
              let partyWord = filed.name.split(separator: " ").first, !companyWords.contains(String(partyWord)) else { return nil }
        let title = text.string(name)
        var work = WorkDraft(kind: .document, title: title)
        work.container = filed.name
        work.year = filed.work.year
        work.documentNumber = title + caseJoint + (filed.docket ?? filed.name)
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                                    citation: citation.lowerBound..<filed.end, trailing: filed.trailing)
        reading.historyCases = [filed.work]
        return reading
    }

    /// The filing's title and the place in it (`Complaint at ¶ 18`, `Decl. of Ann Roe ¶ 4`, `Tr. at
    /// 4:12-19`, `Order`), or nil when the words name no filing.
    private static func titleAndPlace(_ text: CitationText, _ head: Range<Int>) -> (Range<Int>, Pinpoint?)? {
        let words = text.words(in: head, limit: longestTitle + 8)
        guard !words.isEmpty, words.count <= longestTitle + 6 else { return nil }
        var end = 0
        while end < words.count, !opensPlace(text, words, end) { end += 1 }
        guard end > 0, end <= longestTitle else { return nil }
        let name = words[0].lowerBound..<words[end - 1].upperBound
        guard words[..<end].enumerated().allSatisfy({ mayStandInTitle(text, $0.element, first: $0.offset == 0) }),
              words[..<end].contains(where: { RecordDocumentForm.isTitleWord(text, $0) }) else { return nil }
        guard end < words.count else { return (name, nil) }
        var start = words[end].lowerBound
        if text.equals(words[end], "at") { start = words[end + 1].lowerBound }
        guard let parsed = PinpointParser.parse(text, at: start, end: head.upperBound, allowRoman: false) else { return nil }
        var pinpoint = parsed.pinpoint
        var placeEnd = parsed.end
        if let lines = RecordDocumentForm.linesEnd(text, at: parsed.end, end: head.upperBound) {
            // `Tr. at 4:12-19`: a transcript's page and lines.
            pinpoint = Pinpoint(kind: pinpoint.kind, text: text.string(start..<lines))
            placeEnd = lines
        }
        guard text.trimmed(placeEnd..<head.upperBound).isEmpty else { return nil }
        return (name, pinpoint)
    }

    /// Whether the place in the filing opens at word `index`: `at` and a number or `¶`, or `¶`.
    private static func opensPlace(_ text: CitationText, _ words: [Range<Int>], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let word = words[index]
        if text.equals(word, "at"), index + 1 < words.count {
            let lead = text.bytes[words[index + 1].lowerBound]
            return Bytes.isDigit(lead) || lead == 0xC2 || lead == UInt8(ascii: "*")
        }
        return text.bytes[word.lowerBound] == 0xC2
    }

    /// Whether `word` may stand in a filing's title: capitalised (a party's possessive too,
    /// `Defs.'`, `Pls.’`), or a connector after the first word; never a number or `v.`.
    private static func mayStandInTitle(_ text: CitationText, _ word: Range<Int>, first: Bool) -> Bool {
        let bytes = text.bytes[word]
        guard !text.equals(word, "v."), !text.equals(word, "vs.") else { return false }
        if let lead = bytes.first, Bytes.isUpper(lead) { return true }
        // `Ex. 3`: an exhibit's number, after its mark.
        if !first, bytes.allSatisfy(Bytes.isDigit) { return true }
        return !first && connectors.contains(text.string(word))
    }

    /// Whether the parties `name` read before a docket number hold a filing's place before their
    /// first comma (`Complaint at ¶ 18, Pell v. Gantry Labs, Inc.`): the words are a filing's title
    /// and place, no case's name.
    static func endsInPlace(_ text: CitationText, _ name: Range<Int>) -> Bool {
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: name.lowerBound, end: name.upperBound)
        guard comma < name.upperBound else { return false }
        let words = text.words(in: name.lowerBound..<comma, limit: longestTitle + 8)
        return words.indices.contains { opensPlace(text, words, $0) }
    }
}

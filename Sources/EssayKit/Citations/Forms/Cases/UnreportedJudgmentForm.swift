import LowLevel

/// An unreported judgment cited by its court, registry and file number, as New Zealand and
/// Australian notes cite one: `Re X (unreported, High Court, Wellington, CIV-2010-485-1234, 3 May
/// 2011)`, `Smith v Attorney-General (unreported, High Court, Auckland, CIV-2009-404-5678, 12 June
/// 2010) at [45]`.
///
/// The parenthesis after a case's name (`v`, `Re`) opens with `unreported`, or holds a file number
/// (digits with dashes or slashes), and ends with the date. The file number is the judgment's
/// number, the words before it its court (and registry), and a paragraph or page after the
/// parenthesis the pinpoint.
enum UnreportedJudgmentForm: CitationForm {
    /// The first test of `read`: a party's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let end = citation.upperBound
        let open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: end)
        guard open < end, open > citation.lowerBound, let close = text.closingBracket(after: open, end: end) else { return nil }
        let inner = text.trimmed(open + 1..<close - 1)
        // Cheap first: the date's year ends the bracket, which opens with `unreported` or holds a number's dash or slash.
        guard let lastByte = inner.last, Bytes.isDigit(text.bytes[lastByte]) else { return nil }
        let unreported = text.has("unreported", at: inner.lowerBound, end: inner.upperBound, ignoringFirstLetterCase: true)
        guard unreported || text.bytes[inner].contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) else { return nil }
        let items = itemRanges(text, inner)
        guard items.count >= 2, let last = items.last, let year = DateWords.year(in: text.bytes[last]) else { return nil }
        let number = items.dropLast().last { isFileNumber(text, $0) }
        guard unreported || number != nil else { return nil }
        let name = text.trimmed(citation.lowerBound..<open)
        guard !name.isEmpty, CaseName.range(endingAt: open, from: citation.lowerBound, in: text)?.lowerBound == name.lowerBound,
              NeutralCitationForm.isCaseName(text, name) else { return nil }
        var work = WorkDraft(kind: .case, title: text.string(name))
        work.year = year
        if let number { work.documentNumber = text.string(number) }
        // The court and its registry: the items between `unreported` and the number (or the date).
        let courtItems = items.dropFirst(unreported ? 1 : 0).prefix { $0 != number && $0 != last }
        if !courtItems.isEmpty { work.courtName = courtItems.map { text.string($0) }.joined(separator: ", ") }
        let tail = CommonwealthCaseTail.read(text, after: close, end: end)
        work.shortNames = tail.shortNames
        return tail.reading(of: work, from: citation.lowerBound)
    }

    /// The comma-separated items of the parenthesis, trimmed.
    private static func itemRanges(_ text: CitationText, _ inner: Range<Int>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = inner.lowerBound
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: inner) {
            items.append(text.trimmed(start..<comma))
            start = comma + 1
        }
        items.append(text.trimmed(start..<inner.upperBound))
        return items.filter { !$0.isEmpty }
    }

    /// Whether `item` is a file number: one word of capitals, digits, dashes and slashes, with
    /// digits and a dash or slash (`CIV-2010-485-1234`, `S-12/2019`).
    private static func isFileNumber(_ text: CitationText, _ item: Range<Int>) -> Bool {
        let bytes = text.bytes[item]
        return bytes.count >= 5 && bytes.allSatisfy { Bytes.isUpper($0) || Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
            && bytes.contains(where: Bytes.isDigit) && bytes.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
    }
}

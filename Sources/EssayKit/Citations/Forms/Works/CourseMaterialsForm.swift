import LowLevel

/// Continuing-legal-education course materials, cited by the course's number and the publisher's
/// name as a journal is by volume and name: `TITLE IN CAPITALS, QRT0412 ALI-CLE 77`, `Jane Roe,
/// Harbor Trusts Today, SM088 ALI-ABA 1, 14 (2007)`.
///
/// The work is the paper: its title the fields before the course number (a person's name first is
/// its author), the course number its volume, the page after the publisher its first page; a page
/// after that is the pinpoint.
enum CourseMaterialsForm: CitationForm {
    /// The publishers' names, each with the space after it.
    private static let publishers: [StaticString] = ["ALI-CLE ", "ALI-ABA ", "ALI CLE "]

    /// A publisher's `ALI` (`publishers`) and the first page.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.ali, .digit]) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The gate: `ALI` somewhere in the clause.
        guard text.contains("ALI", in: citation), let (publisher, width) = publisherName(text, citation) else { return nil }
        // The course number: letters and digits, a digit among them, after a comma.
        let codeEnd = publisher - 1
        guard codeEnd > citation.lowerBound, text.bytes[codeEnd] == UInt8(ascii: " ") else { return nil }
        var codeStart = codeEnd
        while codeStart > citation.lowerBound, Bytes.isLetter(text.bytes[codeStart - 1]) || Bytes.isDigit(text.bytes[codeStart - 1]) { codeStart -= 1 }
        let code = codeStart..<codeEnd
        guard !code.isEmpty, code.count <= 12, text.bytes[code].contains(where: Bytes.isDigit),
              codeStart >= citation.lowerBound + 2, text.has(", ", at: codeStart - 2, end: codeEnd) else { return nil }
        // The first page.
        let pageStart = publisher + width
        var pageEnd = pageStart
        while pageEnd < citation.upperBound, Bytes.isDigit(text.bytes[pageEnd]) { pageEnd += 1 }
        guard pageEnd > pageStart else { return nil }
        // The names: an author's name first, when one opens the citation, then the title.
        let names = citation.lowerBound..<(codeStart - 2)
        guard !names.isEmpty else { return nil }
        var title = names
        var authors: [String] = []
        let firstComma = text.firstOffset(of: UInt8(ascii: ","), from: names.lowerBound, end: names.upperBound)
        if firstComma < names.upperBound, WorkFields.isPersonName(text, names.lowerBound..<firstComma) {
            authors = [text.string(names.lowerBound..<firstComma)]
            title = text.skipSpaces(from: firstComma + 1, end: names.upperBound)..<names.upperBound
        }
        guard !title.isEmpty, Bytes.isUpper(text.bytes[title.lowerBound]) || text.bytes[title.lowerBound] >= 0x80 else { return nil }
        var work = WorkDraft(kind: .article, title: text.string(title))
        work.authors = authors
        work.container = text.string(publisher..<(publisher + width - 1))
        work.volume = text.string(code)
        work.firstPage = text.string(pageStart..<pageEnd)
        // `, 14` after the first page, and `(2007)`.
        var index = pageEnd
        var pinpoint: Pinpoint?
        if index + 2 < citation.upperBound, text.has(", ", at: index, end: citation.upperBound),
           let page = PinpointParser.parse(text, at: index + 2, end: citation.upperBound, allowRoman: false),
           page.pinpoint.kind == .page || page.pinpoint.kind == .pages {
            pinpoint = page.pinpoint
            index = page.end
        }
        index = text.skipSpaces(from: index, end: citation.upperBound)
        if index < citation.upperBound, text.bytes[index] == UInt8(ascii: "("),
           let past = text.closingBracket(after: index, end: citation.upperBound), past > index + 1 {
            // `closingBracket` gives the offset past the bracket.
            let inside = text.bytes[(index + 1)..<(past - 1)]
            if inside.count >= 4, let year = DateWords.year(in: inside.suffix(4)) { work.year = year }
            index = past
        }
        index = min(index, citation.upperBound)
        let rest = text.trimmed(index..<citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<index,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// Where a publisher's name starts in `range` at a word's start, and its width with the space.
    private static func publisherName(_ text: CitationText, _ range: Range<Int>) -> (Int, Int)? {
        var offset = text.firstOffset(of: UInt8(ascii: "A"), from: range.lowerBound, end: range.upperBound)
        while offset < range.upperBound {
            for name in publishers where text.has(name, at: offset, end: range.upperBound) && text.isWordStart(offset, from: range.lowerBound) {
                return (offset, name.utf8CodeUnitCount)
            }
            offset = text.firstOffset(of: UInt8(ascii: "A"), from: offset + 1, end: range.upperBound)
        }
        return nil
    }
}

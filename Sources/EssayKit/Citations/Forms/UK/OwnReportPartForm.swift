import LowLevel

/// A part of the report itself, as official reports point within themselves: `Part K, Chapter 6`,
/// `Part C, Chapter 2, para 4.1`, `Chapter 4 of this Part`, `paragraph 2.3 above`, `paras 5.1-5.4
/// below`, often a link to the part's own page. No work is cited, as with `OwnPartForm`.
enum OwnReportPartForm: CitationForm {
    /// The first test of `read`: `Part`, `Chapter` or a paragraph opens the clause.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "P") || byte == UInt8(ascii: "C") || byte == UInt8(ascii: "p")
    }

    /// The words naming a division of a report, each with its space.
    private static let divisions: [StaticString] = ["Part ", "Chapter ", "Section ", "Annex ", "Appendix ", "paragraphs ", "paragraph ", "paras ", "para "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, mayOpen(with: text.bytes[first]) else { return nil }
        let end = citation.upperBound
        var index = first
        var parts = 0
        var ownWord = false
        while index < end, parts < 4 {
            guard let division = divisions.first(where: { text.has($0, at: index, end: end) }),
                  let designation = designationEnd(text, at: index + division.utf8CodeUnitCount, end: end) else { break }
            parts += 1
            index = designation
            if text.has(", ", at: index, end: end) {
                index += 2
            } else if text.has(" of this ", at: index, end: end) || text.has(" of ", at: index, end: end) {
                ownWord = ownWord || text.has(" of this ", at: index, end: end)
                index += text.has(" of this ", at: index, end: end) ? 9 : 4
            } else {
                break
            }
        }
        guard parts > 0 else { return nil }
        let partEnd = index
        var rest = text.trimmed(partEnd..<end)
        // `above`, `below`, `of this Report`: words saying the part is the essay's own.
        for word in ["above", "below", "Report", "report"] as [StaticString] where text.has(word, at: rest.lowerBound, end: end) {
            ownWord = true
            rest = text.trimmed(rest.lowerBound + word.utf8CodeUnitCount..<end)
            break
        }
        // `of this Part`, `of this Volume`: the one word after `this`.
        if ownWord, !rest.isEmpty, text.wordCount(in: rest, limit: 2) == 1 { rest = rest.upperBound..<rest.upperBound }
        guard rest.isEmpty else { return nil }
        // `Part K, Chapter 6` names two divisions, as no work's title does; a link to the report's own
        // pages (an address with no scheme) says so too; a paragraph alone needs `above` or `below`.
        let linkedHere = text.isLinked(first) && text.link(covering: first).map { !$0.url.contains("://") } == true
        guard ownWord || linkedHere || parts >= 2 && text.bytes[first] != UInt8(ascii: "p") else { return nil }
        return ClauseReading(form: .ownPages, pinpoint: nil, citation: first..<end, trailing: nil)
    }

    /// Just past a division's designation at `offset` (`K`, `6`, `2.3`, `5.1-5.4`, `IV`), or nil.
    private static func designationEnd(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset < end, Bytes.isUpper(text.bytes[offset]) || Bytes.isDigit(text.bytes[offset]) else { return nil }
        var index = offset
        while index < end, index - offset < 12, Bytes.isUpper(text.bytes[index]) || Bytes.isDigit(text.bytes[index])
                || text.bytes[index] == UInt8(ascii: ".") || text.bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        while index > offset, text.bytes[index - 1] == UInt8(ascii: ".") { index -= 1 }
        guard index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        return index
    }
}

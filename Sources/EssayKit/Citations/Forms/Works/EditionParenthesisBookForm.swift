import LowLevel

/// A book cited by its author's surname, its title and its edition in round brackets, then the
/// page, as nineteenth-century treatises cite one another: `Austin, Jurisprudence (3d ed.), 440 et
/// seq.`, `Stephen, General View of the Criminal Law (2d ed.), 83`, `Maine, Ancient Law (10th ed.
/// 1884), ch. 5`.
///
/// The bracket (a number with its ordinal's letters, `ed.`, perhaps a year) says the work is a
/// book; the author is one to three capitalised words or initials before the first comma, the
/// title capitalised words (and small words) with no digit; after the bracket, a comma and the
/// pinpoint (`et seq.` and `ff.` are trailing words). Anything else between is no such citation.
enum EditionParenthesisBookForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// Needs the edition's number and its word.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit, .editionWord]) }

    /// The most words of an author's name and of a title.
    private static let longestAuthor = 3
    private static let longestTitle = 12

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard let comma = bytes[citation].firstIndex(of: UInt8(ascii: ",")),
              let open = bytes[comma..<end].firstIndex(of: UInt8(ascii: "(")), open > comma + 2, bytes[open - 1] == 0x20,
              let close = text.closingBracket(after: open, end: end) else { return nil }
        let author = text.trimmed(citation.lowerBound..<comma)
        let title = text.trimmed((comma + 1)..<(open - 1))
        guard isName(text, author, longest: longestAuthor), isTitle(text, title), isEdition(text, (open + 1)..<(close - 1)) else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = [text.string(author)]
        if let year = yearInEdition(text, (open + 1)..<(close - 1)) { work.year = year }
        var citationEnd = close
        var pinpoint: Pinpoint?
        if close + 1 < end, bytes[close] == UInt8(ascii: ",") {
            let start = text.skipSpaces(from: close + 1, end: end)
            if let parsed = PinpointParser.parse(text, at: start, end: end, allowRoman: false) {
                pinpoint = parsed.pinpoint
                citationEnd = parsed.end
            }
        }
        guard citationEnd == end || !Bytes.isWordByte(bytes[citationEnd]) else { return nil }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<citationEnd,
                             trailing: citationEnd < end ? citationEnd..<end : nil)
    }

    /// Whether `range` is a surname, perhaps after a first name or initials: capitalised words.
    private static func isName(_ text: CitationText, _ range: Range<Int>, longest: Int) -> Bool {
        let words = text.words(in: range, limit: longest + 1)
        return !words.isEmpty && words.count <= longest && words.allSatisfy { word in
            Bytes.isUpper(text.bytes[word.lowerBound]) && !text.bytes[word].contains(where: Bytes.isDigit)
        }
    }

    /// Whether `range` is a title: words with no digit, the first capitalised.
    private static func isTitle(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range, limit: longestTitle + 1)
        guard let first = words.first, words.count <= longestTitle, Bytes.isUpper(text.bytes[first.lowerBound]) else { return false }
        return !text.bytes[range].contains { Bytes.isDigit($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ";") }
    }

    /// Whether the bracket's text is an edition: `3d ed.`, `10th ed. 1884`, `2nd edn`.
    private static func isEdition(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let bytes = text.bytes
        var index = range.lowerBound
        while index < range.upperBound, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > range.lowerBound, index - range.lowerBound <= 2 else { return false }
        while index < range.upperBound, Bytes.isLower(bytes[index]), index - range.lowerBound <= 4 { index += 1 }
        guard index < range.upperBound, bytes[index] == 0x20, text.has("ed", at: index + 1, end: range.upperBound) else { return false }
        index += 3
        while index < range.upperBound, Bytes.isLetter(bytes[index]) || bytes[index] == UInt8(ascii: ".") { index += 1 }
        let rest = text.trimmed(index..<range.upperBound)
        return rest.isEmpty || (rest.count == 4 && bytes[rest].allSatisfy(Bytes.isDigit))
    }

    /// The year an edition's bracket ends with (`10th ed. 1884`).
    private static func yearInEdition(_ text: CitationText, _ range: Range<Int>) -> Int? {
        guard range.count > 5 else { return nil }
        return DateWords.year(in: text.bytes[(range.upperBound - 4)..<range.upperBound])
    }
}

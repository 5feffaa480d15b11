import LowLevel

/// A book a note's sentence opens on, its author named after it: `In Broadcast Nation (Chicago:
/// Lakeview Press, 1999), Ruth Dane shows how licences spread.` The words from `In` to the bracket
/// of publication facts (`ChicagoBookNoteForm.publication`) are the title, and the two or three
/// capitalised words after the bracket, before a lower-case word, are the author; the rest of the
/// sentence is the note's commentary.
enum ProseBookLeadForm: CitationForm {
    /// `In` opens the sentence.
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "I") }

    /// The year's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit]) }

    /// The most bytes of the title before the bracket.
    private static let longestTitle = 160

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: `In ` and a capital open the clause.
        guard text.has("In ", at: citation.lowerBound, end: end), citation.lowerBound + 3 < end, Bytes.isUpper(bytes[citation.lowerBound + 3]) else { return nil }
        let titleStart = citation.lowerBound + 3
        let open = text.firstOffset(of: UInt8(ascii: "("), from: titleStart, end: min(end, titleStart + longestTitle))
        guard open < end, open > titleStart + 2, bytes[open - 1] == UInt8(ascii: " "),
              let close = text.closingBracket(after: open, end: end),
              let facts = ChicagoBookNoteForm.publication(text, text.trimmed(open + 1..<close - 1)),
              text.has(", ", at: close, end: end) else { return nil }
        let title = text.trimmed(titleStart..<open)
        guard !title.isEmpty, !bytes[title].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else { return nil }
        // The author: capitalised words after the bracket, up to a lower-case word.
        let words = text.words(in: close + 2..<end, limit: 5)
        guard let verb = words.firstIndex(where: { Bytes.isLower(text.bytes[$0.lowerBound]) }), (2...3).contains(verb),
              words[..<verb].allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) && !text.bytes[$0].contains(UInt8(ascii: ",")) }) else { return nil }
        let name = words[0].lowerBound..<words[verb - 1].upperBound
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = [text.string(name)]
        work.year = facts.year
        work.container = facts.publisher
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation.lowerBound..<name.upperBound,
                             trailing: text.trimmed(name.upperBound..<end))
    }
}

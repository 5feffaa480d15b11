import LowLevel

/// A book cited as a Chicago bibliography entry (`BibliographyBookEntry`): `Roe, Ann. The Quiet
/// Harbour. Boston: River Press, 2010.` The author uninverted, the title, the publisher and the
/// year; an entry cites no page.
enum ChicagoBookEntryForm: CitationForm {
    /// The first test of `read`: the capital of a surname.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let entry = BibliographyBookEntry.read(text.bytes, from: citation.lowerBound, end: citation.upperBound),
              entry.end == citation.upperBound else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(text.trimmed(entry.title)))
        work.authors = [QuotedTitleOpening.uninverted(text, entry.name)]
        work.container = text.string(text.trimmed(entry.publisher))
        work.year = entry.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
    }
}

import LowLevel

/// A work never published, cited in Chicago notes by its authors and quoted title and a phrase
/// saying so: `Ada Moss, "Ports and the Professions," unpublished paper`, `Lena Ito, "Quays,"
/// unpublished manuscript, 2003`. The phrase stands where an article's journal would, so the work is
/// a document of those authors and that title.
enum UnpublishedWorkForm: CitationForm {
    /// The first test of `read`: a name's capital or a title's quotation mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        ChicagoArticleForm.mayOpen(with: byte)
    }

    /// Needs the quoted title's opening mark.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .openingQuote) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let end = citation.upperBound
        // The gate: the word, before the title is looked for.
        guard text.contains("npublished", in: citation), let lead = ChicagoTitleLead.read(text, citation) else { return nil }
        var phrase = text.skipSpaces(from: lead.end, end: end)
        if phrase < end, text.bytes[phrase] == UInt8(ascii: "(") { phrase += 1 }
        guard text.has("unpublished", at: phrase, end: end, ignoringFirstLetterCase: true) else { return nil }
        var work = WorkDraft(kind: .document, title: text.string(lead.title))
        work.authors = lead.authors
        work.year = DateWords.year(in: text.bytes[phrase..<end])
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
    }
}

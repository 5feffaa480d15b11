import LowLevel

/// An article cited before the instrument's name: `Article 22 of the Wanderers Convention`,
/// `Art 47 of the Charter`, `Article 6(1) TEU`, `Articles 3 and 5 ECHR`. The article is the
/// pinpoint. The Union's treaties by their short names (`TEU`, `TFEU`) are those treaties; any
/// other name must be one an earlier note declared (`ClauseReading.Form.declared`), else the clause
/// stays the author's words.
enum ArticleOfInstrumentForm: CitationForm {
    /// The first test of `read`: `Article`, `Art` open with `A`.
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "A") }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard let lead = citation.first, bytes[lead] == UInt8(ascii: "A"), let article = ArticlePinpoint.parse(text, at: lead, end: citation.upperBound) else { return nil }
        let end = citation.upperBound
        var nameStart = text.skipSpaces(from: article.end, end: end)
        guard nameStart > article.end else { return nil }
        for joiner in ["of the ", "of "] as [StaticString] where text.has(joiner, at: nameStart, end: end) {
            nameStart += joiner.utf8CodeUnitCount
            break
        }
        let name = text.trimmed(nameStart..<end)
        guard !name.isEmpty, name.count <= 80, Bytes.isUpper(bytes[name.lowerBound]) else { return nil }
        let printed = text.string(name)
        let words = printed.split(separator: " ")
        guard words.count <= 8, words.allSatisfy({ $0.utf8.first.map(Bytes.isUpper) == true || ["of", "on", "the", "and", "for"].contains($0) }) else { return nil }
        if let union = NamedInstrumentForm.unionInstruments.first(where: { $0.shortNames.contains(printed) || $0.name == printed }) {
            var work = WorkDraft(kind: .treaty, title: union.name)
            work.shortNames = union.shortNames
            return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: article.pinpoint, citation: lead..<end, trailing: nil)
        }
        // Only an instrument's name (`Wanderers Convention`) or a short name in capitals (`ECHR`), never a
        // code: `Article 1142 of the Civil Code` is the code's article.
        guard !words.contains(where: { $0.hasPrefix("Code") }),
              words.contains(where: { instrumentWords.contains(String($0)) }) || (words.count == 1 && printed.utf8.allSatisfy { Bytes.isUpper($0) || Bytes.isDigit($0) })
        else { return nil }
        return ClauseReading(form: .declared(name: printed), pinpoint: article.pinpoint, citation: lead..<end, trailing: nil)
    }

    /// The words that make a name an instrument's.
    static let instrumentWords: Set<String> = ["Treaty", "Convention", "Charter", "Covenant", "Protocol", "Agreement"]
}

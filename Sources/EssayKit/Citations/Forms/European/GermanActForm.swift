import LowLevel

/// A German Act cited by its name, as continental footnotes introduce a statute: the name, perhaps
/// its short name and acronym in parentheses, its date and where it is promulgated
/// (`Gesetz über Urheberrecht und verwandte Schutzrechte (Urheberrechtsgesetz) of 9.9.1965`,
/// `Gesetz über die Haftung für fehlerhafte Produkte (Produkthaftungsgesetz — ProdHaftG) of
/// 15.12.1989 (BGBl. I 2198)`, `Bürgerliches Gesetzbuch, hereinafter referred to as “BGB”`).
///
/// The name says it is a law: it opens with `Gesetz` or one of its first words is a compound
/// ending in `gesetz`, `gesetzbuch` or `ordnung` (`Zivilprozessordnung`). The Act is the work;
/// what follows its name (date, gazette, a short name, an address) belongs to it.
enum GermanActForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// `esetz` or `rdnung`, the gate of `read`.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .germanLawWord) }

    /// The endings of the German words for a statute or code.
    private static let lawEndings = ["gesetz", "gesetzbuch", "ordnung"]
    /// The most words an Act's name takes before its parentheses or date.
    private static let longestName = 12

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // A German law's name opens with a capital G or another capital: checked before words are listed.
        guard let lead = citation.first, Bytes.isUpper(text.bytes[lead]) || text.bytes[lead] >= 0xC0,
              text.contains("esetz", in: citation) || text.contains("rdnung", in: citation) else { return nil }
        let words = text.words(in: citation)
        guard let first = words.first else { return nil }
        // The name: capitalised words and the lower-case words between them, to a parenthesis, a comma or ` of `.
        var nameEnd = first.upperBound
        var sawLawWord = false
        for (position, word) in words.enumerated() {
            let bare = text.trimmingTrailing(word, [UInt8(ascii: ",")])
            if position > 0 {
                guard position < longestName, text.bytes[word.lowerBound] != UInt8(ascii: "("), !text.equals(word, "of") else { break }
            }
            let lower = text.string(bare).lowercased()
            if position < 3, lawEndings.contains(where: { lower.hasSuffix($0) }) { sawLawWord = true }
            // A number inside the name (`BGH, 2005 GRUR 860`) is another form's.
            if Bytes.isDigit(text.bytes[word.lowerBound]) { return nil }
            nameEnd = bare.upperBound
            if bare != word { break }
        }
        guard sawLawWord else { return nil }
        var title = text.string(first.lowerBound..<nameEnd)
        // `(Urheberrechtsgesetz)`, `(Produkthaftungsgesetz — ProdHaftG)`: the Act's short name, kept with its name.
        let after = text.skipSpaces(from: nameEnd, end: citation.upperBound)
        if after < citation.upperBound, text.bytes[after] == UInt8(ascii: "("), let close = text.closingBracket(after: after, end: citation.upperBound) {
            title += " " + text.string(after..<close)
        }
        var work = WorkDraft(kind: .statute, title: title)
        work.year = LawTail.lastYear(text, nameEnd..<citation.upperBound)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
    }
}

import LowLevel

/// A data report or survey named by its year, with no other date: `Health Res. & Servs. Admin.,
/// National Survey of Children's Health 2019`, `U.S. Census Bureau, American Community Survey 2018`.
///
/// The year is part of the title (the year the data are of), and it is all that fixes the work; a
/// field of names with a year at its end is otherwise no full citation. Only names in Title Case
/// read so, after the body that issued them: a sentence of the author's ending in a year (`The
/// program ended in 2019`) has lower-case words.
enum YearTitledWork {
    /// Lower-case words a Title Case name holds.
    private static let smallWords: [StaticString] = ["of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "&"]

    /// The year that ends the title, the last of `names`, when every field of `names` is in Title
    /// Case and there are at least two (the issuer, then the title); nil otherwise.
    static func year(_ text: CitationText, _ names: ArraySlice<CitationField>) -> Int? {
        // The gate: the last field ends in four digits.
        guard names.count >= 2, let title = names.last, title.trailingPinpoint == nil,
              title.shape == .words || title.shape == .capitals, title.core.count > 5,
              let last = text.lastWord(in: title.core), last.count == 4,
              text.bytes[last].allSatisfy(Bytes.isDigit), let year = DateWords.year(in: text.bytes[last]),
              (1800...2099).contains(year) else { return nil }
        for field in names {
            guard field.shape == .words || field.shape == .capitals, isTitleCase(text, field.core, exceptLast: field.core == title.core) else { return nil }
        }
        return year
    }

    /// Whether each word of `core` opens with a capital or is a small word (`smallWords`); the
    /// title's year (its last word) aside.
    private static func isTitleCase(_ text: CitationText, _ core: Range<Int>, exceptLast: Bool) -> Bool {
        var words = text.words(in: core)
        if exceptLast { words.removeLast() }
        guard let first = words.first, let lead = text.bytes[first].first, Bytes.isUpper(lead) else { return false }
        return words.allSatisfy { word in
            guard let byte = text.bytes[word].first else { return false }
            return Bytes.isUpper(byte) || byte >= 0xC0 || smallWords.contains(where: { text.equals(word, $0) })
        }
    }
}

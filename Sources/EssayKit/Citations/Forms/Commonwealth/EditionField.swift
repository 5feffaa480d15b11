import LowLevel

/// A field naming a book's edition, as the McGill Guide and Chicago print it after the title:
/// `2nd ed`, `4th ed.`, `3rd edn`, `rev ed`, `5th edition`.
enum EditionField {
    /// The words that close an edition's field.
    private static let editionWords: [StaticString] = ["ed", "ed.", "edn", "edn.", "edition"]

    /// Whether `field` is an edition: two or three words, the last an edition's word, the first an
    /// ordinal (`2nd`) or `rev`.
    static func isEdition(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field, limit: 4)
        guard (2...3).contains(words.count), let first = words.first, let last = words.last,
              editionWords.contains(where: { text.equals(last, $0) }) else { return false }
        return Bytes.isDigit(text.bytes[first.lowerBound]) || text.equals(first, "rev") || text.equals(first, "rev.")
    }
}

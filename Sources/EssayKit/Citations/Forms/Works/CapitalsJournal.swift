import LowLevel

/// `Methods for Testing Samples, 12 JOURNAL OF APPLIED BLOOD SCIENCE 88 (2009)`: a journal no table
/// knows, spelled out in capitals between its volume and first page, after a title in mixed case.
///
/// A plain-text edition loses small capitals, so a journal's name in whole words reads like a
/// book's title in capitals. The title before it decides: an article's title is printed in roman
/// type (mixed case there), a book's in small capitals, so a mixed-case title followed by
/// `VOLUME CAPITALS PAGE` is an article in that journal.
enum CapitalsJournal {
    /// Fewest words in such a journal's name: fewer are left to `CitationField`'s reporter shape.
    private static let fewestWords = 2

    /// Marks as a reporter each field of `fields` in that shape.
    static func mark(_ text: CitationText, _ fields: inout [CitationField]) {
        guard fields.count >= 2 else { return }
        for index in 1..<fields.count {
            // The gate: a field in capitals that opens with a digit, after a field of words.
            guard fields[index].shape == .capitals, fields[index - 1].shape == .words,
                  let first = fields[index].core.first, Bytes.isDigit(text.bytes[first]) else { continue }
            if let reporter = reporter(text, fields[index]) {
                fields[index].shape = reporter
                fields[index].trailingPinpoint = nil
            }
        }
    }

    /// The field read as volume, journal and first page, or nil.
    private static func reporter(_ text: CitationText, _ field: CitationField) -> CitationField.Shape? {
        let words = text.words(in: field.core)
        guard let volume = words.first, text.bytes[volume].allSatisfy(Bytes.isDigit) else { return nil }
        var name = words.dropFirst()
        let page: String
        if let pinpoint = field.trailingPinpoint {
            guard pinpoint.kind == .page, pinpoint.text.utf8.allSatisfy(Bytes.isDigit) else { return nil }
            page = pinpoint.text
        } else {
            guard let last = name.last, text.bytes[last].allSatisfy(Bytes.isDigit) else { return nil }
            page = text.string(last)
            name = name.dropLast()
        }
        guard name.count >= fewestWords, let lead = name.first, let tail = name.last,
              name.allSatisfy({ text.bytes[$0].allSatisfy { !Bytes.isLower($0) && !Bytes.isDigit($0) } }) else { return nil }
        return .reporter(volume: text.string(volume), journal: text.string(lead.lowerBound..<tail.upperBound), page: page)
    }
}

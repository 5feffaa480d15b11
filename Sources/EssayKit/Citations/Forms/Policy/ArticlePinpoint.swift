import LowLevel

/// An article of a treaty or charter written out after the short name an earlier note declared for
/// it: `UNCLOS, Article 136`, `UNCLOS Art. 136`, `Charter, Articles 3 and 4`. The name is the work
/// (`DeclaredNameForm`); the article is the pinpoint.
enum ArticlePinpoint {
    private static let marks: [StaticString] = [
        "Articles ", "Article ", "Arts. ", "Art. ", "Arts ", "Art ", "articles ", "article ", "arts. ", "art. ", "arts ", "art ",
    ]

    /// The article pinpoint that starts at `offset` and where it ends, or nil.
    static func parse(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard offset < end, text.bytes[offset] | 0x20 == UInt8(ascii: "a") else { return nil }
        var index: Int?
        for mark in marks where text.has(mark, at: offset, end: end) {
            index = offset + mark.utf8CodeUnitCount
            break
        }
        guard var index else { return nil }
        var last: Int?
        // An article's number, in digits or in capital Roman numerals (`art. IV(2)`).
        while index < end, Bytes.isDigit(text.bytes[index]) || isRoman(text, at: index, end: end) {
            var numberEnd = index
            while numberEnd < end, Bytes.isDigit(text.bytes[numberEnd]) || Bytes.isLetter(text.bytes[numberEnd])
                    || text.bytes[numberEnd] == UInt8(ascii: "(") || text.bytes[numberEnd] == UInt8(ascii: ")")
                    || (text.bytes[numberEnd] == UInt8(ascii: ".") && numberEnd + 1 < end && Bytes.isDigit(text.bytes[numberEnd + 1])) {
                numberEnd += 1
            }
            last = numberEnd
            index = numberEnd
            if text.has(" and ", at: index, end: end) { index += 5 } else if text.has(", ", at: index, end: end) { index += 2 }
            else if text.has("–", at: index, end: end) { index += 3 } else if text.has("-", at: index, end: end) { index += 1 } else { break }
        }
        guard let last else { return nil }
        return (Pinpoint(kind: .article, text: text.string(offset..<last)), last)
    }

    /// Whether a number in capital Roman numerals (`IV`, `XII(3)`) starts at `offset`: its letters,
    /// then no other letter.
    private static func isRoman(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        var index = offset
        while index < end, [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L")].contains(text.bytes[index]) { index += 1 }
        return index > offset && (index == end || !Bytes.isLetter(text.bytes[index]))
    }

    /// `UNCLOS Art. 136`: where the article written after a name with no comma between starts, when
    /// it runs to `citation`'s end.
    static func afterName(_ text: CitationText, _ citation: Range<Int>) -> (pinpoint: Pinpoint, nameEnd: Int)? {
        for word in text.words(in: citation).dropFirst() where text.bytes[word.lowerBound] | 0x20 == UInt8(ascii: "a") {
            guard let parsed = parse(text, at: word.lowerBound, end: citation.upperBound) else { continue }
            guard parsed.end == citation.upperBound else { return nil }
            return (parsed.pinpoint, word.lowerBound)
        }
        return nil
    }
}

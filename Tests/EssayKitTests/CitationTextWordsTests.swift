import Testing
@testable import EssayKit

@Suite("A footnote's words, listed in place")
struct CitationTextWordsTests {
    /// Invented texts with every kind of space, runs of them, and spaces at either end.
    private static let texts = [
        "Jan Doe, *A Widget Study*, 12 WIDGET L.J. 345, 350 (1999).",
        "  two  spaces\tand a tab\nand a line  ",
        "one",
        " ",
        "",
        "Ada Writer, supra note 3, at 14.",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee",
    ]

    @Test("every range and limit counts as many words as it lists, with no list made")
    func wordCountMatchesTheList() {
        for string in Self.texts {
            let text = CitationText(RichText(text: string))
            let count = string.utf8.count
            for lower in 0...count {
                for upper in lower...count {
                    #expect(text.wordCount(in: lower..<upper) == text.words(in: lower..<upper).count, "\(string) \(lower)..<\(upper)")
                    for limit in [1, 2, 3, 7] {
                        #expect(text.wordCount(in: lower..<upper, limit: limit) == text.words(in: lower..<upper, limit: limit).count,
                                "\(string) \(lower)..<\(upper) limit \(limit)")
                    }
                }
            }
        }
    }

    @Test("every range and limit lists the words a plain split of the range finds, in order, the first `limit` of them")
    func wordsMatchAPlainSplit() {
        for string in Self.texts {
            let text = CitationText(RichText(text: string))
            let count = string.utf8.count
            for lower in 0...count {
                for upper in lower...count {
                    let expected = Self.plainWords(Array(string.utf8), lower..<upper)
                    #expect(text.words(in: lower..<upper) == expected, "\(string) \(lower)..<\(upper)")
                    for limit in [1, 2, 3, 7] {
                        #expect(text.words(in: lower..<upper, limit: limit) == Array(expected.prefix(limit)),
                                "\(string) \(lower)..<\(upper) limit \(limit)")
                    }
                }
            }
        }
    }

    /// The words of `range`: the runs of bytes that are no space, tab, line feed or carriage return.
    private static func plainWords(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for offset in range {
            let isSpace = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[offset])
            if isSpace, let begun = start {
                words.append(begun..<offset)
                start = nil
            } else if !isSpace, start == nil {
                start = offset
            }
        }
        if let begun = start { words.append(begun..<range.upperBound) }
        return words
    }
}

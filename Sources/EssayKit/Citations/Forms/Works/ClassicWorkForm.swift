import LowLevel

/// A classic work cited by its author, its title and a place in the canonical division every
/// edition prints, with no edition or year: `Kant, Doctrine of Right, Ak. 6:230`, `Aquinas, Summa
/// Theologiae, I-II, q. 94, a. 3`, `Locke, Second Treatise, Book II, ss 14-15`, `Hume, Treatise,
/// III.2.1`. The work is a book by that author and title; the division is the pinpoint, not part
/// of the title.
enum ClassicWorkForm: CitationForm {
    /// The first test of `read`: the author's capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) || byte >= 0xC0 }

    /// The division's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit]) }

    /// The most words of an author's name (`Thomas Aquinas`, `John Stuart Mill`).
    private static let longestAuthor = 4
    /// The most words of a title.
    private static let longestTitle = 12

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        var commas = text.topLevelOffsets(of: UInt8(ascii: ","), in: citation).makeIterator()
        guard let first = commas.next(), let second = commas.next() else { return nil }
        let author = text.trimmed(citation.lowerBound..<first)
        let title = text.trimmed(first + 1..<second)
        // `II.5.`: a closing period the clause's end kept after a numeral's chapter.
        let place = text.trimmingTrailing(text.trimmed(second + 1..<citation.upperBound), [UInt8(ascii: ".")])
        guard !place.isEmpty, isDivision(text, place), isName(text, author, longest: longestAuthor), isName(text, title, longest: longestTitle) else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = [text.string(author)]
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: Pinpoint(kind: .other, text: text.string(place)),
                             citation: citation.lowerBound..<place.upperBound)
    }

    /// Whether `range` is a name or title: up to `longest` words, the first capitalised, none
    /// holding a digit, a colon-free run with no sentence's period inside.
    private static func isName(_ text: CitationText, _ range: Range<Int>, longest: Int) -> Bool {
        let words = text.words(in: range, limit: longest + 1)
        guard (1...longest).contains(words.count), let lead = words.first.map({ text.bytes[$0.lowerBound] }),
              Bytes.isUpper(lead) || lead >= 0xC0 || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_") else { return false }
        return !text.bytes[range].contains(where: Bytes.isDigit) && !text.bytes[range].contains(UInt8(ascii: "("))
    }

    /// Whether `range` is a canonical division, whole: `Ak. 6:230`, `II.3`, `III.2.1`, `I-II, q. 94,
    /// a. 3`, `Book II, ss 14-15`, `bk. 2, ch. 3`.
    static func isDivision(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let bytes = text.bytes
        var index = range.lowerBound
        let end = range.upperBound
        func numberRun() -> Bool {
            let start = index
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            return index > start
        }
        func roman() -> Bool {
            let start = index
            while index < end, index - start < 6, isRoman(bytes[index]) { index += 1 }
            return index > start
        }
        // `Ak. 6:230`: the Academy edition's volume and page.
        if text.has("Ak. ", at: index, end: end) {
            index += 4
            guard numberRun(), index < end, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            guard numberRun() else { return false }
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == 0xE2 {
                index += bytes[index] == UInt8(ascii: "-") ? 1 : 3
                guard numberRun() else { return false }
            }
            return index == end
        }
        // `Book II, ss 14-15`, `bk. 2, ch. 3`.
        for mark in ["Book ", "book ", "Bk. ", "bk. "] as [StaticString] where text.has(mark, at: index, end: end) {
            index += mark.utf8CodeUnitCount
            guard roman() || numberRun() else { return false }
            if index == end { return true }
            guard text.has(", ", at: index, end: end) else { return false }
            index += 2
            for part in ["ss ", "s ", "§§ ", "§ ", "ch. ", "c. ", "chap. "] as [StaticString] where text.has(part, at: index, end: end) {
                index += part.utf8CodeUnitCount
                return isNumbers(bytes, from: index, end: end)
            }
            return false
        }
        // `I-II, q. 94, a. 3`: the Summa's part, question and article.
        let start = index
        guard roman() else { return false }
        if index < end, bytes[index] == UInt8(ascii: "-") {
            index += 1
            guard roman() else { return false }
        }
        if text.has(", q. ", at: index, end: end) {
            index += 5
            guard numberRun() else { return false }
            if text.has(", a. ", at: index, end: end) {
                index += 5
                guard numberRun() else { return false }
            }
            return index == end
        }
        // `II.3`, `III.2.1`: a book's numeral and its chapters.
        guard index > start, index < end, bytes[index] == UInt8(ascii: ".") else { return false }
        while index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard numberRun() else { return false }
        }
        return index == end
    }

    /// Whether from `index` to `end` are numbers joined by dashes or commas (`14-15`, `3, 5`).
    private static func isNumbers(_ bytes: [UInt8], from start: Int, end: Int) -> Bool {
        guard start < end, Bytes.isDigit(bytes[start]) else { return false }
        return bytes[start..<end].allSatisfy { Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") || $0 == 0xE2 || $0 == 0x80 || $0 == 0x93 }
    }

    /// Whether `byte` is a capital Roman digit.
    private static func isRoman(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "L") || byte == UInt8(ascii: "C")
    }
}

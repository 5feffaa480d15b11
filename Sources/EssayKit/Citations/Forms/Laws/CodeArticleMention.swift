import LowLevel

/// Articles of a code named in words, as civil-law footnotes write them: `Article L. 131-3 of the
/// French Intellectual Property Code`, `Articles L. 132-1 and seq., and R. 132-1 and seq. of the
/// Consumer Code`, `Article R. 132-1, 6° of the Consumer Code`, `Article 1142 of the Civil Code`; and a
/// law or directive by its number (`Law n° 98-389 of 19 May 1998`, `Directive n° 85-374`).
///
/// Each article is a citation of that article (`Consumer Code art. L. 132-1`), a paragraph after it
/// (`6°`) its pinpoint; `and seq.` and `and following` keep the first article. An article is read only
/// when a code's name (capitalised words ending in `Code`, `Law`, `Act` or `Ordinance`) follows the
/// list after `of the`; a law by number only when `n°` or `No.` stands before the number.
enum CodeArticleMention {
    /// The letters French codes put before an article's number: legislative, regulatory, decree, order.
    private static let articlePrefixes: Set<String> = ["L.", "R.", "D.", "A."]
    /// Words that end a code's name.
    private static let codeWords: Set<String> = ["Code", "Law", "Act", "Ordinance"]
    /// Words naming an enactment cited by its number.
    private static let enactmentWords: Set<String> = ["Law", "Decree", "Directive", "Ordinance", "Order"]

    /// Every such mention in `range`, in order, with its reading.
    static func find(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        // Cheap byte test first: an article named in words, `seq.` after a bare number, or a `n°`.
        guard mayHold(text, range) else { return [] }
        var found: [(Range<Int>, ClauseReading)] = []
        // A list may name its code after the clause ends, where the note goes on (`Articles L. 1 and
        // seq., and R. 2 and seq. of the Consumer Code` is cut at `, and`): read a little further.
        let words = text.words(in: range.lowerBound..<min(text.bytes.count, range.upperBound + 160))
        var index = 0
        while index < words.count, words[index].lowerBound < range.upperBound {
            let word = text.string(words[index])
            if word == "Article" || word == "Articles" || word == "article" || word == "articles" {
                if let (items, next) = articles(text, words, from: index + 1) {
                    found.append(contentsOf: items)
                    index = next
                    continue
                }
            } else if articlePrefixes.contains(word), index + 1 < words.count, isArticleNumber(text, words[index + 1]),
                      let (items, next) = articles(text, words, from: index) {
                found.append(contentsOf: items)
                index = next
                continue
            } else if enactmentWords.contains(word), let mention = enactment(text, words, at: index) {
                found.append(mention)
            }
            index += 1
        }
        return found.filter { $0.0.upperBound <= range.upperBound }
    }

    /// Whether `range` may hold a mention: it has `rticle`, `seq` or a degree sign (`n°`). Jumps a machine
    /// word at a time to the next `l`, `q` or `°` (rare bytes of the three), then looks around it.
    private static func mayHold(_ text: CitationText, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            offset = ByteScan.firstIndex(in: text.bytes, from: offset, anyMatch: { word in
                ByteScan.contains(word, UInt8(ascii: "l")) || ByteScan.contains(word, UInt8(ascii: "q")) || ByteScan.contains(word, 0xB0)
            }, matches: { $0 == UInt8(ascii: "l") || $0 == UInt8(ascii: "q") || $0 == 0xB0 })
            guard offset < range.upperBound else { return false }
            switch text.bytes[offset] {
            case 0xB0: if offset > 0, text.bytes[offset - 1] == 0xC2 { return true }
            case UInt8(ascii: "q"): if offset >= 2, text.has("seq", at: offset - 2, end: range.upperBound) { return true }
            default: if offset >= 4, text.has("rticle", at: offset - 4, end: range.upperBound) { return true }
            }
            offset += 1
        }
        return false
    }

    /// The list of articles from `start` and the code named after it, or nil when no code is named.
    private static func articles(_ text: CitationText, _ words: [Range<Int>], from start: Int)
        -> (items: [(Range<Int>, ClauseReading)], next: Int)? {
        var items: [(range: Range<Int>, number: String, pinpoint: String?)] = []
        var index = start
        while index < words.count {
            let first = index
            var prefix = ""
            if articlePrefixes.contains(text.string(words[index])) {
                prefix = text.string(words[index]) + " "
                index += 1
            }
            guard index < words.count, isArticleNumber(text, words[index]) else { break }
            let number = text.trimmingTrailing(words[index], [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")])
            var pinpoint: String?
            index += 1
            // `R. 132-1, 6°`: a paragraph of the article.
            if index < words.count, text.bytes[words[index - 1].upperBound - 1] == UInt8(ascii: ","), isParagraph(text, words[index]) {
                pinpoint = text.string(text.trimmingTrailing(words[index], [UInt8(ascii: ",")]))
                index += 1
            }
            items.append((words[first].lowerBound..<number.upperBound, prefix + text.string(number), pinpoint))
            // `and seq.`, `et seq.`, `and following`: the first article stands for the run.
            if index + 1 < words.count, ["and", "et"].contains(text.string(words[index])),
               ["seq.", "seq.,", "seq", "following", "following,", "ff."].contains(text.string(words[index + 1])) {
                index += 2
            }
            // Another article after `and` or a comma.
            if index < words.count, text.string(words[index]) == "and" || text.string(words[index]) == "," { index += 1 }
        }
        guard !items.isEmpty, let (code, next) = codeName(text, words, from: index) else { return nil }
        let readings = items.map { item -> (Range<Int>, ClauseReading) in
            var work = WorkDraft(kind: .statute, title: "\(code) art. \(item.number)")
            work.container = code
            let pinpoint = item.pinpoint.map { Pinpoint(kind: .paragraph, text: $0) }
            return (item.range, ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: item.range, trailing: nil))
        }
        return (readings, next)
    }

    /// `of the French Intellectual Property Code`: the capitalised words to a code's word, and the index after.
    private static func codeName(_ text: CitationText, _ words: [Range<Int>], from index: Int) -> (String, Int)? {
        guard index + 2 < words.count, text.equals(words[index], "of"), text.equals(words[index + 1], "the") else { return nil }
        let first = index + 2
        for last in first..<min(words.count, first + 6) {
            let word = text.trimmingTrailing(words[last], [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")])
            guard let lead = word.first, Bytes.isUpper(text.bytes[lead]) else { return nil }
            if codeWords.contains(text.string(word)), last > first {
                return (text.string(words[first].lowerBound..<word.upperBound), last + 1)
            }
            if word != words[last] { return nil }
        }
        return nil
    }

    /// `Law n° 98-389`, `Law n °94-665`, `Directive No. 85/374`: the enactment and its number.
    private static func enactment(_ text: CitationText, _ words: [Range<Int>], at index: Int) -> (Range<Int>, ClauseReading)? {
        guard index + 1 < words.count else { return nil }
        let numberIndex = index + 2
        let numberStart: Int
        let mark = text.string(words[index + 1])
        if mark == "n°" || mark == "No." || mark == "no." {
            numberStart = numberIndex < words.count ? words[numberIndex].lowerBound : -1
        } else if mark == "n", index + 2 < words.count, text.has("°", at: words[index + 2].lowerBound) {
            // `n °94-665`: the sign glued to the number.
            numberStart = words[numberIndex].lowerBound + 2
        } else {
            return nil
        }
        guard numberIndex < words.count, numberStart >= 0 else { return nil }
        let number = text.trimmingTrailing(numberStart..<words[numberIndex].upperBound, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")])
        let bytes = text.bytes[number]
        guard let first = bytes.first, Bytes.isDigit(first), bytes.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }),
              bytes.allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) else { return nil }
        let numberText = text.string(number)
        var work = WorkDraft(kind: .statute, title: "\(text.string(words[index])) n° \(numberText)")
        work.documentNumber = numberText
        let range = words[index].lowerBound..<number.upperBound
        return (range, ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: range, trailing: nil))
    }

    /// `131-3`, `1386-1`, `1142`: digits, perhaps hyphenated, without the punctuation after.
    private static func isArticleNumber(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let core = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")])
        let bytes = text.bytes[core]
        guard let first = bytes.first, let last = bytes.last, Bytes.isDigit(first), Bytes.isDigit(last), bytes.count <= 10 else { return false }
        return bytes.allSatisfy { Bytes.isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// `6°`: a numbered paragraph of an article.
    private static func isParagraph(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let core = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")])
        guard core.count >= 3, Bytes.isDigit(text.bytes[core.lowerBound]) else { return false }
        return text.has("°", at: core.upperBound - 2, end: core.upperBound)
    }
}

import LowLevel

/// A rule of an administrative code, cited by `r.` and its number as the Bluebook writes state
/// regulations (`Fla. Admin. Code Ann. r. 2-18.002`, `Ga. Comp. R. & Regs. r. 391-3-1-.01`): the
/// rule is the work, named by the code as the laws table writes it when it knows the name whole,
/// else as printed; its subdivisions are the pinpoint.
///
/// The code's name is the run of capitalised words before `r.`, and its last word must end a
/// code's name (`Code`, `Ann.`, `Regs.`), so `Roe r. 5` or a sentence's `r.` names no rule.
enum CodeRule {
    /// The words a code's name ends in, before its rule.
    private static let lastWords: [StaticString] = ["Code", "CODE", "Ann.", "ANN.", "Regs.", "REGS.", "Rules", "RULES"]
    /// The most words a code's name takes.
    private static let longestName = 8

    /// `citation` read as a code's rule, or nil.
    static func read(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        // The gate: ` r. ` somewhere, found a machine word at a time, before the bytes are walked.
        guard text.contains(" r. ", in: citation), let mark = ruleMark(text, citation) else { return nil }
        let words = text.words(in: citation.lowerBound..<mark)
        guard let last = words.last, lastWords.contains(where: { text.equals(last, $0) }) else { return nil }
        var first = words.endIndex - 1
        while first > max(words.startIndex, words.endIndex - longestName) {
            let word = words[first - 1]
            guard Bytes.isUpper(text.bytes[word.lowerBound]) || text.equals(word, "&") else { break }
            first -= 1
        }
        while first < words.endIndex - 1, !Bytes.isUpper(text.bytes[words[first].lowerBound]) { first += 1 }
        guard words.endIndex - first >= 2 else { return nil }
        let numberStart = mark + 4
        guard let bare = PinpointParser.bareSection(text, at: numberStart, end: citation.upperBound) else { return nil }
        let nameRange = words[first].lowerBound..<last.upperBound
        let known = LawCode.ending(text, words[first...])
        let name = known.flatMap { $0.isWhole && $0.firstWord == first ? $0.abbreviation : nil } ?? text.string(nameRange)
        // `r. 2-18.002(3)`: the rule, then its subdivision.
        var (title, pinpoint) = StatuteForm.section(code: name, bare.pinpoint)
        title = title.replacingOccurrences(of: " § ", with: " r. ")
        var work = WorkDraft(kind: .regulation, title: title)
        work.container = name
        let tail = LawTail.read(text, after: bare.end, end: citation.upperBound)
        work.year = tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: nameRange.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }

    /// The offset of the space before the first top-level `r.` followed by a space and a digit.
    private static func ruleMark(_ text: CitationText, _ citation: Range<Int>) -> Int? {
        let bytes = text.bytes
        var index = citation.lowerBound + 1
        while index + 4 < citation.upperBound {
            if bytes[index] == UInt8(ascii: "r"), bytes[index + 1] == UInt8(ascii: "."), bytes[index - 1] == UInt8(ascii: " "),
               bytes[index + 2] == UInt8(ascii: " "), Bytes.isDigit(bytes[index + 3]) {
                return index - 1
            }
            index += 1
        }
        return nil
    }
}

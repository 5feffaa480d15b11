import LowLevel

/// A line in capitals that is a citation, not a heading: a conversion sets authors, books and
/// journals in small capitals, so a note's or a quotation's line can stand alone in capitals
/// (`RESTATEMENT (SECOND) OF TORTS § 402A`, `L. REV. 317, 317 (2000). 35`, `SMITH V. JONES`).
///
/// Told by what headings never hold: a year in brackets closing a citation (`(2000)`, `(11TH ED.
/// 2019)`); and, in a heading with no part's number, a section sign before a number or a case's
/// `V.` between names. A numbered heading may name a case or a section (`II. SMITH V. JONES`).
enum CapitalsCitationLine {
    /// Whether `title`, a line of capitals read as a heading, is a citation instead.
    static func isCitation(_ title: ArraySlice<UInt8>, numbered: Bool) -> Bool {
        var index = title.startIndex
        while index < title.endIndex {
            let byte = title[index]
            switch byte {
            case UInt8(ascii: ")"):
                // Four digits before the bracket, after a space or an opening bracket.
                if index - title.startIndex >= 5, title[(index - 4)..<index].allSatisfy(Bytes.isDigit),
                   title[index - 5] == 0x20 || title[index - 5] == UInt8(ascii: "(") {
                    return true
                }
            case 0xC2:
                // `§` (C2 A7) before a number, in an unnumbered line.
                if !numbered, index + 1 < title.endIndex, title[index + 1] == 0xA7 {
                    var next = index + 2
                    while next < title.endIndex, title[next] == 0x20 || title[next] == 0xC2 || title[next] == 0xA7 { next += 1 }
                    if next < title.endIndex, Bytes.isDigit(title[next]) { return true }
                }
            case UInt8(ascii: "V"):
                // ` V. ` between two names, in an unnumbered line.
                if !numbered, index > title.startIndex, title[index - 1] == 0x20, index + 2 < title.endIndex,
                   title[index + 1] == UInt8(ascii: "."), title[index + 2] == 0x20, !followsPartWord(title[..<(index - 1)]) {
                    return true
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    private static let partWords: [StaticString] = ["part", "chapter", "article", "title", "section", "book", "appendix", "annex",
                                                     "schedule", "volume", "phase", "stage", "tier"]

    /// Whether text ends with a word that numbers a part by a roman numeral (`PART V.`, `CHAPTER V.`).
    private static func followsPartWord(_ text: ArraySlice<UInt8>) -> Bool {
        let word = text[(text.lastIndex(of: 0x20).map { $0 + 1 } ?? text.startIndex)...]
        return partWords.contains { word.count == $0.utf8CodeUnitCount && LineRules.startsFolded(word, $0) }
    }
}

import LowLevel

/// An instrument's part cited as New Zealand and Commonwealth notes cite it once the instrument is
/// named, the name, a comma, then the part: an Act without its year (`Harbour Works Act, s 41(2)(c)`,
/// `Harbour Works Act, ss 7, 8 and 30`), an abbreviation (`HWA, s 12(b)`, `UNCLOS, art 9(2)(a)`),
/// a name with the abbreviation it declares (`Maritime Procedure Law (MPL), art 12`,
/// `Harbour Works Act 1987 (HWA), s 3`), or subordinate legislation by clause (`Harbour
/// (Prescribed Fees) Order 2011, cl 4`).
///
/// A section or clause is the work (`Harbour Works Act, s 41`, its subdivision the pinpoint), as
/// for an Act cited with its year (`ActSectionForm`); an article's work is the instrument, the
/// article the pinpoint, as a treaty is cited. A name without its year or written as an
/// abbreviation is marked (`WorkDraft.namedShort`), and the run gives the part the instrument cited
/// in full before under that name (`Harbour Works Act 1987`, or the one that declared `HWA`).
enum InstrumentPartForm: CitationForm {
    /// The first test of `read`: a capital opening the instrument's name.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The part's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The marks of a part after the comma, the longer first, each with the mark its title writes
    /// and whether the instrument, not the part, is the work.
    private static let marks: [(written: StaticString, mark: String, isArticle: Bool)] = [
        ("ss ", "s", false), ("s ", "s", false), ("cls ", "cl", false), ("cl ", "cl", false), ("regs ", "reg", false), ("reg ", "reg", false),
        ("arts ", "art", true), ("art ", "art", true),
    ]
    /// The last word of an instrument's title written out (before its year).
    private static let instrumentWords: Set<String> = ["Act", "Order", "Regulations", "Rules", "Law", "Code", "Ordinance"]
    /// Lower-case words a title may hold between its capitalised ones.
    private static let titleWords: Set<String> = ["and", "of", "the", "for", "on", "in", "to", "with", "etc"]
    /// The most words of a title (`Legal Aid, Sentencing and Punishment of Offenders Act`).
    private static let longestTitle = 14
    /// The most parts a list names.
    private static let longestList = 8

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        let end = citation.upperBound
        guard end - start >= 6 else { return nil }
        // The comma before the part: the first of the clause whose next words are a mark and a digit.
        var comma = text.firstOffset(of: UInt8(ascii: ","), from: start, end: end)
        var found: (written: StaticString, mark: String, isArticle: Bool)?
        while comma < end {
            if comma + 1 < end, text.bytes[comma + 1] == UInt8(ascii: " ") {
                found = marks.first { text.has($0.written, at: comma + 2, end: end) && comma + 2 + $0.written.utf8CodeUnitCount < end
                    && Bytes.isDigit(text.bytes[comma + 2 + $0.written.utf8CodeUnitCount]) }
                if found != nil { break }
            }
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: end)
        }
        guard let found, comma < end, let name = name(text, start..<comma) else { return nil }
        var index = comma + 2 + found.written.utf8CodeUnitCount
        guard var part = PartNumber.read(text, at: index, end: end) else { return nil }
        var parts = [part]
        // `ss 7, 8 and 30`, `arts 21, 24 and 30-32`: one work a section.
        while parts.count < longestList {
            index = part.end
            if text.has(", ", at: index, end: end) { index += 2 }
            if text.has(" and ", at: index, end: end) { index += 5 } else if text.has("and ", at: index, end: end), index > part.end { index += 4 }
            if text.has(found.written, at: index, end: end) { index += found.written.utf8CodeUnitCount }
            guard index > part.end, let following = PartNumber.read(text, at: index, end: end) else { break }
            part = following
            parts.append(part)
        }
        let rest = text.trimmed(part.end..<end)
        var trailing: Range<Int>?
        if !rest.isEmpty {
            let byte = text.bytes[rest.lowerBound]
            guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ";") || text.has(" and ", at: part.end, end: end)
            else { return nil }
            let remark = byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") ? text.trimmed(rest.lowerBound + 1..<rest.upperBound) : rest
            trailing = remark.isEmpty ? nil : remark
        }
        let title = text.string(name.title)
        var works: [(WorkDraft, Pinpoint?)] = []
        if found.isArticle {
            // The instrument is the work; the first article, as written, the pinpoint.
            var work = WorkDraft(kind: .statute, title: title)
            work.namedShort = name.isShort
            if let declared = name.declared { work.shortNames = [text.string(declared)] }
            let first = parts[0]
            works.append((work, Pinpoint(kind: .article, text: "art " + text.string(first.number.lowerBound..<first.subdivision.upperBound))))
        } else {
            var seen: [String] = []
            for each in parts {
                let number = text.string(each.number)
                let partTitle = "\(title), \(number.contains("-") && found.mark == "s" ? "ss" : found.mark) \(number)"
                guard !seen.contains(partTitle) else { continue }
                seen.append(partTitle)
                var work = WorkDraft(kind: .statute, title: partTitle)
                work.container = title
                work.namedShort = name.isShort
                if let declared = name.declared { work.shortNames = [text.string(declared)] }
                works.append((work, each.subdivision.isEmpty ? nil : Pinpoint(kind: .section, text: text.string(each.subdivision))))
            }
        }
        guard let first = works.first else { return nil }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(first.0)), pinpoint: first.1, citation: start..<part.end, trailing: trailing)
        reading.siblings = works.dropFirst().map { ClauseReading.Sibling(work: ClauseReading.SharedWork($0.0), pinpoint: $0.1) }
        return reading
    }

    /// An instrument's name before the comma: its title, the abbreviation it declares in brackets,
    /// and whether the title is short (an abbreviation, or an instrument's title without its year).
    struct Name {
        var title: Range<Int>
        var declared: Range<Int>?
        var isShort: Bool
    }

    /// `range` read as an instrument's name, or nil when it is none (prose, a case, a book).
    static func name(_ text: CitationText, _ range: Range<Int>) -> Name? {
        var title = text.trimmed(range)
        guard !title.isEmpty, Bytes.isUpper(text.bytes[title.lowerBound]) else { return nil }
        var declared: Range<Int>?
        // `(HWA)`, `[UNCLOS]`: the abbreviation the name declares.
        let last = text.bytes[title.upperBound - 1]
        if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
            let opener = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
            var open = title.upperBound - 2
            while open > title.lowerBound, text.bytes[open] != opener { open -= 1 }
            let inside = open + 1..<title.upperBound - 1
            if open > title.lowerBound, text.bytes[open - 1] == UInt8(ascii: " "), isAbbreviation(text, inside) {
                declared = inside
                title = text.trimmed(title.lowerBound..<open)
            }
        }
        if declared == nil, isAbbreviation(text, title) { return Name(title: title, declared: nil, isShort: true) }
        // Title words, the last an instrument's word, then a year and a jurisdiction (`(NZ)`) or neither.
        let words = text.words(in: title, limit: longestTitle + 3)
        guard words.count >= 2, words.count <= longestTitle + 2 else { return nil }
        var wordIndex = words.count - 1
        if text.bytes[words[wordIndex].lowerBound] == UInt8(ascii: "("), wordIndex > 0 {
            // `(NZ)`, `(UK)`, `(Cth)`: a jurisdiction after the year.
            let jurisdiction = words[wordIndex]
            guard jurisdiction.count <= 6, text.bytes[jurisdiction.upperBound - 1] == UInt8(ascii: ")") else { return nil }
            wordIndex -= 1
        }
        var dated = false
        let yearWord = words[wordIndex]
        if yearWord.count == 4, text.bytes[yearWord].allSatisfy(Bytes.isDigit), DateWords.year(in: text.bytes[yearWord]) != nil, wordIndex > 0 {
            dated = true
            wordIndex -= 1
        } else if wordIndex != words.count - 1 {
            return nil
        }
        guard instrumentWords.contains(text.string(words[wordIndex])) else { return nil }
        for word in words[..<wordIndex] {
            let first = text.bytes[word.lowerBound]
            let isName = Bytes.isUpper(first) || first == UInt8(ascii: "(") && word.count > 1 && Bytes.isUpper(text.bytes[word.lowerBound + 1])
            guard isName || titleWords.contains(text.string(word)),
                  !text.bytes[word].contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "\"") }) else { return nil }
        }
        // An undated name with a declared abbreviation is short too: the run finds its year.
        return Name(title: title, declared: declared, isShort: !dated)
    }

    /// Two to eight capitals and digits, a capital first (`HWA`, `UNCLOS`, `ICCPR`, `NZBORA`).
    static func isAbbreviation(_ text: CitationText, _ range: Range<Int>) -> Bool {
        var range = range
        // `‘HWA’`, `"HWA"`: a declared name may be quoted.
        if range.count > 2, text.bytes[range.lowerBound] == UInt8(ascii: "\"") || text.bytes[range.lowerBound] == UInt8(ascii: "'") {
            range = range.lowerBound + 1..<range.upperBound - 1
        } else if range.count > 6, text.has("\u{2018}", at: range.lowerBound, end: range.upperBound) || text.has("\u{201C}", at: range.lowerBound, end: range.upperBound) {
            range = range.lowerBound + 3..<range.upperBound - 3
        }
        guard (2...8).contains(range.count), Bytes.isUpper(text.bytes[range.lowerBound]) else { return false }
        return text.bytes[range].allSatisfy { Bytes.isUpper($0) || Bytes.isDigit($0) }
    }
}

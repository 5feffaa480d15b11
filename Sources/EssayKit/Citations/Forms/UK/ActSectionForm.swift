import LowLevel

/// A section of a United Kingdom Act cited as English writing cites it: the section first, then the
/// Act by its short title and year (`s15(2) of the County Courts Act 1984`, `s. 3 of the Human
/// Rights Act 1998`, `section 6(3)(a)-(e) of the Crime and Policing Act 2011`), or the Act first,
/// then the section (`Defamation Act 2013, s 1`, `Human Rights Act 1998 s.3(1)`).
///
/// The work is the Act's section (`County Courts Act 1984, s 15`); the pinpoint is the section
/// with what follows its number (`s 15(2)`, `s 6(3)(a)-(e)`), the place whether the section or the
/// Act is taken for the work. Only a short title ending in `Act` and a year
/// names an Act: `s 3 of the Act` names none.
enum ActSectionForm: CitationForm {
    /// The first test of `read`: `s`/`S` opening a section, or a capital opening an Act's title.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte == UInt8(ascii: "s")
    }

    /// An Act's year after its name (`actTitle`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .actYear) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard citation.count >= 12 else { return nil }
        if let section = section(text, at: citation.lowerBound, end: citation.upperBound),
           text.has(" of the ", at: section.end, end: citation.upperBound),
           let act = actTitle(text, from: section.end + 8, end: citation.upperBound) {
            return reading(text, act: act.title, section: section, citation: citation.lowerBound..<act.end, body: citation)
        }
        guard Bytes.isUpper(text.bytes[citation.lowerBound]), let act = actTitle(text, from: citation.lowerBound, end: citation.upperBound) else { return nil }
        var next = act.end
        if next < citation.upperBound, text.bytes[next] == UInt8(ascii: ",") { next += 1 }
        next = text.skipSpaces(from: next, end: citation.upperBound)
        guard next > act.end, let section = section(text, at: next, end: citation.upperBound) else { return nil }
        return reading(text, act: act.title, section: section, citation: citation.lowerBound..<section.end, body: citation)
    }

    private static func reading(_ text: CitationText, act: Range<Int>, section: Section, citation: Range<Int>, body: Range<Int>) -> ClauseReading? {
        let rest = text.trimmed(citation.upperBound..<body.upperBound)
        var work = WorkDraft(kind: .statute, title: "\(text.string(act)), \(section.mark) \(text.string(section.number))")
        work.container = text.string(act)
        // The section with its subdivision: the place in the Act whichever way a reader takes the
        // work, the section or the Act (`s 15(2)`, `ss 3-4`).
        let pinpoint = Pinpoint(kind: .section, text: "\(section.mark) \(text.string(section.number))\(text.string(section.subdivision))")
        var trailing: Range<Int>?
        if !rest.isEmpty { trailing = text.bytes[rest.lowerBound] == UInt8(ascii: ",") ? text.trimmed(rest.lowerBound + 1..<rest.upperBound) : rest }
        if trailing?.isEmpty == true { trailing = nil }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: trailing)
    }

    struct Section {
        /// `s` or `ss`, as the title writes the mark whatever the note printed (`section`, `s.`).
        var mark: String
        var number: Range<Int>
        var subdivision: Range<Int>
        var end: Int
    }

    /// The marks a section opens with, each with the space or none after it, and the mark the
    /// work's title writes for it.
    private static let marks: [(written: StaticString, mark: String)] = [
        ("sections ", "ss"), ("section ", "s"), ("Sections ", "ss"), ("Section ", "s"), ("ss. ", "ss"), ("ss ", "ss"), ("ss.", "ss"),
        ("s. ", "s"), ("s.", "s"), ("s ", "s"), ("s", "s"),
    ]

    /// `s15(2)`, `s 15(2)`, `section 6(3)(a)-(e)`, `ss 3-4` at `offset`, a word's start.
    static func section(_ text: CitationText, at offset: Int, end: Int) -> Section? {
        guard offset < end, text.bytes[offset] | 0x20 == UInt8(ascii: "s") else { return nil }
        var numberStart: Int?
        var mark = "s"
        for candidate in marks where text.has(candidate.written, at: offset, end: end) {
            let start = offset + candidate.written.utf8CodeUnitCount
            if start < end, Bytes.isDigit(text.bytes[start]) {
                numberStart = start
                mark = candidate.mark
                break
            }
        }
        guard let numberStart else { return nil }
        var index = numberStart
        while index < end, index - numberStart < 5, Bytes.isDigit(text.bytes[index]) { index += 1 }
        // `47A`, `103ZA`: capitals after the digits belong to the section's number.
        while index < end, index - numberStart < 8, Bytes.isUpper(text.bytes[index]) { index += 1 }
        var numberEnd = index
        // `3-4`: a range of sections.
        if mark == "ss", index + 1 < end, text.bytes[index] == UInt8(ascii: "-") || text.has("\u{2013}", at: index, end: end) {
            var after = index + (text.bytes[index] == UInt8(ascii: "-") ? 1 : 3)
            let digits = after
            while after < end, Bytes.isDigit(text.bytes[after]) { after += 1 }
            if after > digits {
                numberEnd = after
                index = after
            }
        }
        // `(2)(a)`, `(3)(a)-(e)`: the subdivisions.
        let subdivisionStart = index
        while index < end, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 8 {
            index = close
            if index + 1 < end, text.bytes[index] == UInt8(ascii: "-"), text.bytes[index + 1] == UInt8(ascii: "(") {
                index += 1
            } else if text.has("\u{2013}(", at: index, end: end) {
                index += 3
            }
        }
        guard index == end || !Bytes.isLetter(text.bytes[index]) && !Bytes.isDigit(text.bytes[index]) else { return nil }
        return Section(mark: mark, number: numberStart..<numberEnd, subdivision: subdivisionStart..<index, end: index)
    }

    /// Lower-case words an Act's short title may hold between its capitalised ones.
    private static let titleWords: Set<String> = ["and", "of", "the", "for", "on", "in", "to", "with", "etc"]
    /// The most words of a short title (`Legal Aid, Sentencing and Punishment of Offenders Act 2012`).
    private static let longestTitle = 14

    /// The Act's short title from `offset` (`County Courts Act 1984`), and just past its year; nil
    /// unless capitalised words end in `Act` and a year within a short title's length.
    static func actTitle(_ text: CitationText, from offset: Int, end: Int) -> (title: Range<Int>, end: Int)? {
        guard offset < end, Bytes.isUpper(text.bytes[offset]) else { return nil }
        var index = offset
        var words = 0
        while index < end, words < longestTitle {
            var wordEnd = index
            while wordEnd < end, !Bytes.isSpace(text.bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd > index else { return nil }
            if text.equals(index..<wordEnd, "Act"), wordEnd + 5 <= end, text.bytes[wordEnd] == UInt8(ascii: " "),
               text.bytes[wordEnd + 1..<wordEnd + 5].allSatisfy(Bytes.isDigit), DateWords.year(in: text.bytes[wordEnd + 1..<wordEnd + 5]) != nil,
               wordEnd + 5 == end || !Bytes.isDigit(text.bytes[wordEnd + 5]) && !Bytes.isLetter(text.bytes[wordEnd + 5]) {
                return (offset..<wordEnd + 5, wordEnd + 5)
            }
            let first = text.bytes[index]
            let isName = Bytes.isUpper(first) || first == UInt8(ascii: "(") && index + 1 < wordEnd && Bytes.isUpper(text.bytes[index + 1])
            guard isName || titleWords.contains(text.string(index..<wordEnd)),
                  !text.bytes[index..<wordEnd].contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") }) else { return nil }
            // A comma may part a title's words (`Legal Aid, Sentencing and ...`), not end it.
            words += 1
            index = text.skipSpaces(from: wordEnd, end: end)
        }
        return nil
    }
}

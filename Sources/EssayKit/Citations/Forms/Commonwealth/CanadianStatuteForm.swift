import LowLevel

/// Canadian legislation as the McGill Guide cites it: the title, a comma, the jurisdiction's volume
/// with its year and the chapter, then the pinpoint after a comma. `Ferry Licensing Act, RSNS 1989,
/// c 172, s 12(2)`, `Lumber Duties Act, SC 1985 (33-34 Eliz II), c 7`, `Widget Act, RSC 1985, c X-4`,
/// `Orchard Regulations, CRC, c 870`, `Orchard Levies Regulations, SOR/94-211`, `General, O Reg
/// 191/11, s 4`.
///
/// The work is the instrument: its title with the volume and chapter (`Ferry Licensing Act, RSNS
/// 1989, c 172`; the regnal years in brackets are left out), a regulation's series naming it a
/// regulation. The section is its pinpoint, as an *ibid* or *supra* back at it shows (`Lumber Duties
/// Act, supra note 2, s 3`). The abbreviations come from `CanadianLegislationCodes`. The author's
/// words before a colon (`the federal rule: Orchard Levies Regulations, SOR/94-211`) are no part of
/// the title; a short name in brackets after it (`[FLA]`) is declared.
enum CanadianStatuteForm: CitationForm {
    /// The first test of `read`: a title's capital, or the author's words before a colon.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte)
    }

    /// The year, chapter or number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most bytes before the jurisdiction's volume.
    private static let longestLead = 240
    /// The most words of a title.
    private static let longestTitle = 20
    /// Lower-case words a title holds between its capitalised ones.
    private static let smallWords: [StaticString] = ["of", "and", "the", "for", "on", "in", "to", "respecting", "concerning", "with", "an", "a", "de", "la", "le", "du", "des", "et", "sur"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let end = citation.upperBound
        let limit = min(end, citation.lowerBound + longestLead)
        var comma = text.firstOffset(of: UInt8(ascii: ","), from: citation.lowerBound, end: limit)
        while comma < limit {
            let codeStart = comma + 2
            if text.has(", ", at: comma, end: end), let volume = volume(text, at: codeStart, end: end) {
                return reading(text, citation, titleEnd: comma, volume: volume)
            }
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: limit)
        }
        return nil
    }

    /// What a volume's citation gives: its printed text (regnal years left out), its year, and just past it.
    private struct Volume {
        var printed: String
        var year: Int?
        var isRegulation: Bool
        var end: Int
    }

    private static func reading(_ text: CitationText, _ citation: Range<Int>, titleEnd: Int, volume: Volume) -> ClauseReading? {
        let end = citation.upperBound
        // The author's words before a colon are no part of the title.
        var titleStart = citation.lowerBound
        var index = titleStart
        while index < titleEnd {
            if text.has(": ", at: index, end: titleEnd) { titleStart = index + 2 }
            index += 1
        }
        let title = text.trimmed(titleStart..<titleEnd)
        guard let first = title.first, Bytes.isUpper(text.bytes[first]), isTitle(text, title) else { return nil }
        var work = WorkDraft(kind: volume.isRegulation ? .regulation : .statute, title: text.string(title) + ", " + volume.printed)
        work.year = volume.year
        var citationEnd = volume.end
        var pinpoint: Pinpoint?
        if text.has(", ", at: citationEnd, end: end), let place = CommonwealthTail.markedPlace(text, at: citationEnd + 2, end: end) {
            pinpoint = place.pinpoint
            citationEnd = place.end
        }
        // `[FLA]`: a short name declared after the citation.
        let open = text.skipSpaces(from: citationEnd, end: end)
        if open < end, text.bytes[open] == UInt8(ascii: "["), let close = text.closingBracket(after: open, end: end), close - open > 2, close - open < 60 {
            let name = text.trimmed(open + 1..<close - 1)
            if let initial = name.first, Bytes.isUpper(text.bytes[initial]) {
                work.shortNames = [text.string(name)]
                citationEnd = close
            }
        }
        return CommonwealthTail.reading(text, work, pinpoint, titleStart..<end, end: citationEnd)
    }

    /// Whether `range` reads as an instrument's title: capitalised words, and the small words between them.
    private static func isTitle(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range, limit: longestTitle + 1)
        guard !words.isEmpty, words.count <= longestTitle else { return false }
        // `An Act respecting ferries`: a long title, in sentence case after its opening words.
        if words.count >= 3, text.equals(words[0], "An"), text.equals(words[1], "Act") { return true }
        return words.allSatisfy { word in
            let lead = text.bytes[word.lowerBound]
            return Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "(") || smallWords.contains { text.equals(word, $0) }
        }
    }

    /// The volume's citation at `offset` (`RSNS 1989, c 172`, `SOR/94-211`, `CRC, c 870`), or nil.
    private static func volume(_ text: CitationText, at offset: Int, end: Int) -> Volume? {
        guard offset < end, Bytes.isUpper(text.bytes[offset]) else { return nil }
        for code in CanadianLegislationCodes.opening(with: text.bytes[offset]) where text.has(code.letters, at: offset, end: end) {
            let after = offset + code.letters.utf8CodeUnitCount
            switch code.shape {
            case .yearChapter:
                guard text.has(" ", at: after, end: end), let year = digits(text, at: after + 1, end: end, exactly: 4) else { continue }
                var index = year
                // `(33-34 Eliz II)`: the regnal years, left out of the work's name.
                let open = text.skipSpaces(from: index, end: end)
                if open > index, open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end),
                   close - open < 40 { index = close }
                guard let chapter = chapter(text, at: index, end: end) else { continue }
                let printed = text.string(offset..<year) + text.string(chapter.start..<chapter.end)
                return Volume(printed: printed, year: DateWords.year(in: text.bytes[after + 1..<year]), isRegulation: code.isRegulation, end: chapter.end)
            case .chapter:
                guard let chapter = chapter(text, at: after, end: end, commaOptional: true) else { continue }
                return Volume(printed: text.string(offset..<chapter.end), year: nil, isRegulation: code.isRegulation, end: chapter.end)
            case .slashNumber:
                guard text.has("/", at: after, end: end), let number = digits(text, at: after + 1, end: end, exactly: nil),
                      text.has("-", at: number, end: end), let serial = digits(text, at: number + 1, end: end, exactly: nil) else { continue }
                return Volume(printed: text.string(offset..<serial), year: nil, isRegulation: true, end: serial)
            case .numberOverYear:
                guard text.has(" ", at: after, end: end), let number = digits(text, at: after + 1, end: end, exactly: nil),
                      text.has("/", at: number, end: end), let year = digits(text, at: number + 1, end: end, exactly: nil) else { continue }
                return Volume(printed: text.string(offset..<year), year: nil, isRegulation: true, end: year)
            }
        }
        return nil
    }

    /// The chapter after a volume: `, c 172`, `, c X-4`, `, c 1 (2nd Supp)`, `, Reg 194` (a revised
    /// regulation's number), or with no comma after a consolidation's name (`CCSM c C20`); its
    /// start (the comma's) and end.
    private static func chapter(_ text: CitationText, at offset: Int, end: Int, commaOptional: Bool = false) -> (start: Int, end: Int)? {
        var index = offset
        if text.has(", ", at: index, end: end) {
            index += 2
        } else if commaOptional, text.has(" ", at: index, end: end) {
            index += 1
        } else {
            return nil
        }
        let mark = text.has("c ", at: index, end: end) ? 2 : text.has("Reg ", at: index, end: end) ? 4 : 0
        guard mark > 0 else { return nil }
        let numberStart = index + mark
        var numberEnd = numberStart
        while numberEnd < end, Bytes.isLetter(text.bytes[numberEnd]) || Bytes.isDigit(text.bytes[numberEnd])
            || (text.bytes[numberEnd] == UInt8(ascii: "-") || text.bytes[numberEnd] == UInt8(ascii: ".")) && numberEnd + 1 < end && Bytes.isWordByte(text.bytes[numberEnd + 1]) {
            numberEnd += 1
        }
        guard numberEnd > numberStart, text.bytes[numberStart..<numberEnd].contains(where: Bytes.isDigit) else { return nil }
        // `c 1 (2nd Supp)`: a supplement of the revision.
        if text.has(" (", at: numberEnd, end: end), let close = text.closingBracket(after: numberEnd + 1, end: end),
           text.bytes[numberEnd + 2..<close].contains(where: Bytes.isDigit), text.string(numberEnd + 2..<close).contains("Supp") {
            numberEnd = close
        }
        return (offset, numberEnd)
    }

    /// Just past a run of digits at `offset` (of exactly `count` digits, when given), or nil.
    private static func digits(_ text: CitationText, at offset: Int, end: Int, exactly count: Int?) -> Int? {
        var index = offset
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset, count.map({ index - offset == $0 }) ?? true else { return nil }
        return index
    }
}

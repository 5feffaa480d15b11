import LowLevel

/// Literature as Austrian and other continental notes cite it, the authors' surnames in ordinary
/// case joined by `/`: an article with its journal's volume and issue, year in brackets, first page
/// and the place after it in brackets (`Lind/Ostrava, Rivers as Rights-Holders, Journal of Water
/// Law 7:1 (2020) 44 (51 f)`), or the journal's year and first page (`Kessl, Title, JBl 2020, 44
/// (51 f)`); a newspaper's story with its date (`Kessl, Kein Recht auf Stille, Tagespost,
/// 03.02.2024`); a commentator's part of an edited commentary (`Muster in Herausgeber (ed),
/// Grundrechte² Art 8 mn 12`, the commentary the editors' work, the article and margin number the place).
///
/// A first page followed by `f` or `ff` is no place of its own; the place is the bracket after it.
enum SlashAuthorsWorkForm: CitationForm {
    /// The first test of `read`: a surname's capital, or a particle's first letter (`van Dyke`).
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0 || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "d") || byte == UInt8(ascii: "z")
            || byte == UInt8(ascii: "t") || byte == UInt8(ascii: "l")
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most fields a title takes.
    private static let titleFields = 3
    /// Lower-case words inside a surname (`van Dyke`, `de Vries`).
    private static let particles: Set<String> = ["von", "van", "de", "der", "den", "zu", "di", "da", "le", "la", "du", "del", "ten", "ter"]
    /// The remarks after a commentary's editors.
    private static let editorMarks: [StaticString] = ["(ed)", "(eds)", "(ed.)", "(eds.)", "(Hrsg)", "(Hrsg.)", "(Ed)", "(Eds)", "(Ed.)", "(Eds.)"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = citation.first, mayOpen(with: text.bytes[lead]) else { return nil }
        var fields: [Range<Int>] = []
        var start = citation.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: citation) {
            let piece = text.trimmed(start..<comma)
            start = comma + 1
            if fields.isEmpty {
                // The gate: the first field names authors (or a commentator in the editors' work).
                if let commentary = commentary(text, piece, citation: citation) { return commentary }
                guard authors(text, piece) != nil else { return nil }
            }
            if !piece.isEmpty { fields.append(piece) }
            if fields.count > titleFields + 3 { break }
        }
        guard fields.count >= 3, let authors = authors(text, fields[0]) else { return nil }
        // `Weber, ZUM 2019, 512 (517)`: German writing's article by its journal alone, no title.
        if isJournalAbbreviation(text, fields[1]),
           let printed = periodical(text, fields[1], next: fields[2], end: citation.upperBound), printed.volume != nil {
            return article(text, title: "", authors: authors, printed, citation)
        }
        for index in 2..<min(fields.count, titleFields + 2) {
            let title = text.string(fields[1].lowerBound..<fields[index - 1].upperBound)
            let field = fields[index]
            if let printed = periodical(text, field, next: index + 1 < fields.count ? fields[index + 1] : nil, end: citation.upperBound) {
                return article(text, title: title, authors: authors, printed, citation)
            }
            // `Tagespost, 03.02.2024`: a newspaper, then the story's date.
            if index + 1 < fields.count, !text.bytes[field].contains(where: Bytes.isDigit),
               let date = DottedDate.read(text, at: fields[index + 1].lowerBound, end: fields[index + 1].upperBound),
               date.end == fields[index + 1].upperBound {
                var work = WorkDraft(kind: .news, title: title)
                work.authors = authors
                work.container = text.string(field)
                work.year = date.year
                return CommonwealthTail.reading(text, work, nil, citation, end: date.end)
            }
        }
        return nil
    }

    /// The surnames of a field of authors joined by `/` (`Lind/Ostrava`, `Kessl`, `van Dyke/Roe`),
    /// or nil when the field is no such list.
    static func authors(_ text: CitationText, _ field: Range<Int>) -> [String]? {
        let bytes = text.bytes
        guard !field.isEmpty, field.count <= 80, !bytes[field].contains(where: Bytes.isDigit) else { return nil }
        var names: [String] = []
        var start = field.lowerBound
        var index = field.lowerBound
        while index <= field.upperBound {
            if index == field.upperBound || bytes[index] == UInt8(ascii: "/") {
                let name = text.trimmed(start..<index)
                let words = text.words(in: name, limit: 4)
                guard !words.isEmpty, words.count <= 3, let last = words.last, Bytes.isUpper(bytes[last.lowerBound]) || bytes[last.lowerBound] >= 0xC0
                else { return nil }
                for word in words {
                    let lead = bytes[word.lowerBound]
                    guard Bytes.isUpper(lead) || lead >= 0xC0 || particles.contains(text.string(word)),
                          bytes[word].allSatisfy({ Bytes.isLetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") })
                    else { return nil }
                }
                // Two capitalised words with no slash are a name and a title's first word as often as a name.
                guard words.count == 1 || names.count > 0 || index < field.upperBound || words.dropLast().allSatisfy({ particles.contains(text.string($0)) })
                else { return nil }
                names.append(text.string(name))
                start = index + 1
            }
            index += 1
        }
        return names.isEmpty ? nil : names
    }

    /// The article `printed` in a periodical, by `authors`, titled `title` (none when the journal alone names it).
    private static func article(_ text: CitationText, title: String, authors: [String],
                                _ printed: (journal: String, volume: String?, year: Int, page: String, pinpoint: Pinpoint?, end: Int),
                                _ citation: Range<Int>) -> ClauseReading? {
        var work = WorkDraft(kind: .article, title: title)
        work.authors = authors
        work.container = printed.journal
        work.volume = printed.volume
        work.year = printed.year
        work.firstPage = printed.page
        return CommonwealthTail.reading(text, work, printed.pinpoint, citation, end: printed.end)
    }

    /// `Journal of Water Law 7:1 (2020) 44 (51 f)`, `ZfV (2019) 12 ff`, or `JBl 2020` with the next
    /// field `44 (51 f)`: the journal, volume, year, first page and place, and where they end.
    private static func periodical(_ text: CitationText, _ field: Range<Int>, next: Range<Int>?, end: Int)
        -> (journal: String, volume: String?, year: Int, page: String, pinpoint: Pinpoint?, end: Int)? {
        let bytes = text.bytes
        guard let first = field.first, Bytes.isUpper(bytes[first]) || bytes[first] >= 0xC0 else { return nil }
        let words = text.words(in: field)
        // `(2020) 44 (51 f)`: the year in brackets, then the first page.
        if let yearIndex = words.firstIndex(where: { $0.count == 6 && bytes[$0.lowerBound] == UInt8(ascii: "(") && bytes[$0.upperBound - 1] == UInt8(ascii: ")") }),
           yearIndex >= 1, let year = DateWords.year(in: bytes[words[yearIndex].lowerBound + 1..<words[yearIndex].upperBound - 1]),
           yearIndex + 1 < words.count {
            var journalEnd = yearIndex
            var volume: String?
            // `7:1`, `7(1)`, `7`: the volume (and issue) before the year.
            let before = words[yearIndex - 1]
            if Bytes.isDigit(bytes[before.lowerBound]) {
                volume = text.string(before)
                journalEnd -= 1
            }
            guard journalEnd >= 1, words[..<journalEnd].allSatisfy({ !bytes[$0].contains(where: Bytes.isDigit) }) else { return nil }
            let journal = text.string(words[0].lowerBound..<words[journalEnd - 1].upperBound)
            guard let pages = firstPage(text, at: words[yearIndex + 1].lowerBound, end: field.upperBound) else { return nil }
            return (journal, volume, year, pages.page, pages.pinpoint, pages.end)
        }
        // `JBl 2020, 44 (51 f)`: a journal of a few words and its year, the first page the next field.
        guard let next, let last = words.last, words.count >= 2, words.count <= 4, last.count == 4 || bytes[last].contains(UInt8(ascii: "/")),
              let year = DateWords.year(in: bytes[last.lowerBound..<min(last.upperBound, last.lowerBound + 4)]),
              words.dropLast().allSatisfy({ !bytes[$0].contains(where: Bytes.isDigit) }),
              let pages = firstPage(text, at: next.lowerBound, end: next.upperBound) else { return nil }
        let journal = text.string(words[0].lowerBound..<words[words.count - 2].upperBound)
        return (journal, text.string(last), year, pages.page, pages.pinpoint, pages.end)
    }

    /// Whether `field` is a journal's abbreviation and its year (`ZUM 2019`, `GRUR Int. 2020`,
    /// `K&R 2018`): one or two words before the year, the first with two capitals at least.
    private static func isJournalAbbreviation(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field, limit: 4)
        guard (2...3).contains(words.count), let first = words.first, text.bytes[first].filter(Bytes.isUpper).count >= 2 else { return false }
        return true
    }

    /// `44`, `44 ff`, `44 (51 f)`, `44-60 (51)`: the first page, the place in brackets after it, and where they end.
    private static func firstPage(_ text: CitationText, at offset: Int, end: Int) -> (page: String, pinpoint: Pinpoint?, end: Int)? {
        let bytes = text.bytes
        var index = offset
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > offset else { return nil }
        let page = text.string(offset..<index)
        if let following = ContinentalPlace.following(text, at: index, end: end) {
            index = ContinentalPlace.pastPeriod(text, following, end: end)
        } else if index + 1 < end, bytes[index] == UInt8(ascii: "-") || text.has("–", at: index, end: end) {
            // The last page: the work's extent, no place.
            var last = index + (bytes[index] == UInt8(ascii: "-") ? 1 : 3)
            let digits = last
            while last < end, Bytes.isDigit(bytes[last]) { last += 1 }
            if last > digits { index = last }
        }
        guard index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        let open = text.skipSpaces(from: index, end: end)
        if open < end, bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end) {
            let inner = text.trimmed(open + 1..<close - 1)
            if !inner.isEmpty, ContinentalPlace.numbersEnd(text, from: inner.lowerBound, end: inner.upperBound) == inner.upperBound {
                return (page, Pinpoint(kind: .page, text: text.string(inner)), close)
            }
        }
        return (page, nil, index)
    }

    /// `Muster in Herausgeber (ed), Grundrechte² Art 8 mn 12`: the commentary (the editors' work) and
    /// the place in it, when the first field is a commentator `in` the editors.
    private static func commentary(_ text: CitationText, _ field: Range<Int>, citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        // Every editors' remark closes with `)`: a field that does not is tested against none of them.
        guard field.upperBound < citation.upperBound, let close = field.last, bytes[close] == UInt8(ascii: ")"), let mark = editorMarks.first(where: { mark in
            let width = mark.utf8CodeUnitCount
            return field.count > width && text.has(mark, at: field.upperBound - width, end: field.upperBound)
        }) else { return nil }
        let names = text.trimmed(field.lowerBound..<field.upperBound - mark.utf8CodeUnitCount)
        var inOffset = names.lowerBound
        while inOffset + 4 <= names.upperBound, !text.has(" in ", at: inOffset, end: names.upperBound) { inOffset += 1 }
        guard inOffset + 4 <= names.upperBound, authors(text, text.trimmed(names.lowerBound..<inOffset)) != nil,
              let editors = authors(text, text.trimmed(inOffset + 4..<names.upperBound)) else { return nil }
        // The title, to its edition's superscript or the place.
        let titleStart = text.skipSpaces(from: field.upperBound + 1, end: citation.upperBound)
        var index = titleStart
        var titleEnd: Int?
        var placeStart: Int?
        while index < citation.upperBound {
            // `²`, `³` (C2 B2, C2 B3), `¹` (C2 B9): the edition.
            if bytes[index] == 0xC2, index + 1 < citation.upperBound, [0xB2, 0xB3, 0xB9].contains(bytes[index + 1]) {
                titleEnd = titleEnd ?? index
                index += 2
                continue
            }
            if index > titleStart, bytes[index - 1] == UInt8(ascii: " ") || titleEnd == index,
               let place = commentaryPlace(text, at: index, end: citation.upperBound), place.end == citation.upperBound || bytes[place.end] == UInt8(ascii: " ") {
                titleEnd = titleEnd ?? index
                placeStart = index
                break
            }
            index += 1
        }
        guard let titleEnd, let placeStart else { return nil }
        let title = text.trimmingTrailing(text.trimmed(titleStart..<titleEnd), [UInt8(ascii: ",")])
        guard !title.isEmpty, let place = commentaryPlace(text, at: placeStart, end: citation.upperBound) else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = editors
        return CommonwealthTail.reading(text, work, place.pinpoint, citation, end: place.end)
    }

    /// `Art 8 mn 12`, `§ 12 Rz 4`, `mn 12`: an article or section, perhaps with a margin number, or a margin number alone.
    private static func commentaryPlace(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        let bytes = text.bytes
        var index = offset
        if text.has("Art ", at: offset, end: end) || text.has("Art. ", at: offset, end: end) || text.has("§ ", at: offset, end: end) {
            index = text.skipSpaces(from: offset + (bytes[offset] == 0xC2 ? 2 : text.has("Art.", at: offset, end: end) ? 4 : 3), end: end)
            let numberStart = index
            while index < end, Bytes.isDigit(bytes[index]) || Bytes.isLower(bytes[index]) && index > numberStart { index += 1 }
            guard index > numberStart, Bytes.isDigit(bytes[numberStart]) else { return nil }
            let after = text.skipSpaces(from: index, end: end)
            if let margin = ContinentalPlace.parse(text, at: after, end: end, sectionSign: false) {
                return (Pinpoint(kind: .other, text: text.string(offset..<margin.end)), margin.end)
            }
            return (Pinpoint(kind: bytes[offset] == 0xC2 ? .section : .article, text: text.string(offset..<index)), index)
        }
        guard let margin = ContinentalPlace.parse(text, at: offset, end: end, sectionSign: false), !text.has("para", at: offset, end: end) else { return nil }
        return margin
    }
}

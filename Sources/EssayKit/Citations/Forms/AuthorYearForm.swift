import LowLevel

/// Author-year citations in a note's text: `Smith (2010)`, `Smith and Jones (2010, 45)`,
/// `(Smith 2010a; Doe et al. 2012, p. 4)`, `Roe 2001: 12`, `Roe 1999 at 3`, `Roe 2001, 2003`.
///
/// Found by their year: a four-digit year (with a letter) after one or more capitalised names
/// joined by `and`, `&` or commas, or `et al.`. The names must be names, not the words prose puts
/// before a year (`In 2011`, `Act 2010`, `Oct. 2010`, `Cir. 2010`); which of them are works is for
/// the reference list to say (`AuthorYearCitations`).
enum AuthorYearForm {
    /// One author-year citation in a text.
    struct Match: Equatable {
        /// The names cited, one a author (`["Dari-Mattiacci", "De Geest"]`).
        var names: [String]
        /// Whether the names end with `et al.`.
        var etAl: Bool
        /// The year as printed with its letter, lower-cased: `2010a`.
        var year: String
        var pinpoint: Pinpoint?
        /// The UTF-8 range of the citation (names, year, pinpoint) in the text.
        var range: Range<Int>
        /// Whether it is written as a citation (`(Smith 2010`, `Smith (2010)`, after `;`) rather than
        /// as a name and year that prose may hold.
        var isCitationShaped: Bool
    }

    /// Words that open no name before a year, however capitalised.
    static let notNames: Set<String> = [
        "in", "on", "at", "by", "for", "from", "since", "until", "till", "before", "after", "during", "between", "through", "around",
        "about", "circa", "as", "see", "cf", "compare", "accord", "also", "but", "and", "or", "of", "the", "a", "an", "this", "that",
        "these", "those", "id", "ibid", "note", "notes", "section", "sec", "part", "chapter", "ch", "table", "figure", "fig", "appendix",
        "act", "law", "laws", "code", "rule", "rules", "article", "art", "vol", "volume", "no", "number", "year", "years", "fiscal", "fy",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "fall", "autumn",
        "winter", "term", "session", "census", "edition", "ed", "eds", "inc", "co", "corp", "ltd", "llc", "until", "to", "with",
        "were", "was", "is", "are", "its", "their", "his", "her", "our", "we", "i", "it", "there", "here", "when", "where", "while",
        "reform", "amendment", "amendments", "statute", "regulation", "directive", "convention", "treaty", "protocol", "report",
    ]

    /// The author-year citations in `text`, in order.
    static func matches(in text: String) -> [Match] {
        let bytes = Array(text.utf8)
        var found: [Match] = []
        var index = 0
        while index + 4 <= bytes.count {
            guard Bytes.isDigit(bytes[index]), index == 0 || !Bytes.isDigit(bytes[index - 1]),
                  let year = year(in: bytes, at: index) else {
                index += 1
                continue
            }
            let yearEnd = index + year.count
            var names: (list: [String], etAl: Bool, start: Int, shaped: Bool)?
            if let last = found.last, last.range.upperBound <= index, onlyJoiners(bytes[last.range.upperBound..<index]) {
                // `Roe 2001, 2003`: the names before go on.
                names = (last.names, last.etAl, index, true)
            } else {
                names = self.names(before: index, in: bytes)
            }
            guard let names, !names.list.isEmpty else {
                index = yearEnd
                continue
            }
            var end = yearEnd
            var shaped = names.shaped
            var inParentheses = false
            if end < bytes.count, bytes[end] == UInt8(ascii: ")") {
                shaped = true
            } else if names.start > 0, bytes[names.start - 1] == UInt8(ascii: "(") {
                inParentheses = true
            }
            if names.start >= 2, bytes[names.start - 2] == UInt8(ascii: ";") || bytes[names.start - 1] == UInt8(ascii: ";") { shaped = true }
            let pin = pinpoint(after: end, in: bytes)
            if let pin {
                end = pin.end
            }
            if names.shaped, end < bytes.count, bytes[end] == UInt8(ascii: ")") {
                // `Smith (2010, 45)`: the bracket opened before the year closes with the citation.
                end += 1
            }
            found.append(Match(names: names.list, etAl: names.etAl, year: String(decoding: bytes[index..<yearEnd], as: UTF8.self).lowercased(),
                               pinpoint: pin?.pinpoint, range: names.start..<end, isCitationShaped: shaped || inParentheses))
            index = max(end, yearEnd)
        }
        return found
    }

    /// The year at `index`: four digits from 1500 to 2099, with a letter after (`2010a`), not part
    /// of a longer number.
    private static func year(in bytes: [UInt8], at index: Int) -> ArraySlice<UInt8>? {
        guard index + 4 <= bytes.count, bytes[index..<index + 4].allSatisfy(Bytes.isDigit) else { return nil }
        if index + 4 < bytes.count, Bytes.isDigit(bytes[index + 4]) { return nil }
        let value = bytes[index..<index + 4].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        guard (1500...2099).contains(value) else { return nil }
        if index + 5 <= bytes.count, Bytes.isLower(bytes[index + 4]), index + 5 == bytes.count || !Bytes.isLetter(bytes[index + 5]) {
            return bytes[index..<index + 5]
        }
        if index + 4 < bytes.count, Bytes.isLetter(bytes[index + 4]), Bytes.isLower(bytes[index + 4]) { return nil }
        return bytes[index..<index + 4]
    }

    /// Whether only a comma, semicolon or spaces part two years (`2001, 2003`).
    private static func onlyJoiners(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.count <= 3 && bytes.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
            && bytes.contains(UInt8(ascii: ","))
    }

    /// The names before the year at `yearStart`: each a run of capitalised words, joined by `and`,
    /// `&` or commas, perhaps ending `et al.`; where they start; whether written `Name (2010`.
    private static func names(before yearStart: Int, in bytes: [UInt8]) -> (list: [String], etAl: Bool, start: Int, shaped: Bool)? {
        var cursor = yearStart
        var shaped = false
        func skipSpaces() { while cursor > 0, bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x0A { cursor -= 1 } }
        skipSpaces()
        if cursor > 0, bytes[cursor - 1] == UInt8(ascii: "(") {
            cursor -= 1
            shaped = true
            skipSpaces()
        } else if cursor > 0, bytes[cursor - 1] == UInt8(ascii: ",") {
            cursor -= 1
            skipSpaces()
        }
        // Words from the right: each a name, `and`, `&`, `,`, `et`, `al.`.
        var groups: [[String]] = [[]]
        var etAl = false
        var start = cursor
        var words = 0
        var previousWasAnd = false
        while cursor > 0, words < 10 {
            skipSpaces()
            guard cursor > 0 else { break }
            let last = bytes[cursor - 1]
            if last == UInt8(ascii: "&") || last == UInt8(ascii: ",") {
                // `Ash, Birch, and Cedar`: the comma before `and` joins nothing more.
                if last == UInt8(ascii: ","), groups.count > 1, groups[groups.count - 1].isEmpty, previousWasAnd {
                    cursor -= 1
                    previousWasAnd = false
                    continue
                }
                guard !groups[groups.count - 1].isEmpty else { break }
                cursor -= 1
                groups.append([])
                continue
            }
            var wordStart = cursor
            while wordStart > 0, isNameByte(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < cursor else { break }
            let word = String(decoding: bytes[wordStart..<cursor], as: UTF8.self)
            words += 1
            if word == "al." || word == "al", groups.count == 1, groups[0].isEmpty, !etAl {
                // `et al.` must follow.
                var before = wordStart
                while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
                guard before >= 2, bytes[before - 2] == UInt8(ascii: "e"), bytes[before - 1] == UInt8(ascii: "t") else { break }
                etAl = true
                cursor = before - 2
                continue
            }
            if word == "and" {
                guard !groups[groups.count - 1].isEmpty else { break }
                groups.append([])
                cursor = wordStart
                previousWasAnd = true
                continue
            }
            previousWasAnd = false
            let folded = word.lowercased().trimmingCharacters(in: ["."])
            if notNames.contains(folded) { break }
            if word.hasSuffix(".") { break }
            if let first = word.unicodeScalars.first, first.properties.isUppercase {
                groups[groups.count - 1].insert(word, at: 0)
                cursor = wordStart
                start = wordStart
                continue
            }
            if SurnameParticle.isParticle(word), !groups[groups.count - 1].isEmpty {
                groups[groups.count - 1].insert(word, at: 0)
                cursor = wordStart
                start = wordStart
                continue
            }
            break
        }
        // A joiner with no name before it is no part of the citation.
        while let last = groups.last, last.isEmpty, groups.count > 1 { groups.removeLast() }
        guard let nearest = groups.first, !nearest.isEmpty else { return nil }
        let list = groups.reversed().map { $0.joined(separator: " ") }
        // A citation's first name opens with a capital; a lone particle is no name.
        guard let opening = list.first?.unicodeScalars.first, opening.properties.isUppercase else { return nil }
        return (list, etAl, start, shaped)
    }

    /// Whether a byte may be part of a name: a letter (any non-ASCII byte), `-`, `'`, `.`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
    }

    /// A pinpoint after a year: `, 45`, `, p. 45`, `, pp. 45–47`, `: 45`, ` at 45`, `, at 45`.
    private static func pinpoint(after end: Int, in bytes: [UInt8]) -> (pinpoint: Pinpoint, end: Int)? {
        var index = end
        if index < bytes.count, bytes[index] == UInt8(ascii: ")") { index += 1 }
        guard index < bytes.count else { return nil }
        let rest = bytes[index..<min(bytes.count, index + 12)]
        var skip = 0
        var marked = false
        for lead in [", at ", ", pp. ", ", p. ", ": ", ":", " at ", ", "] where rest.starts(with: lead.utf8) {
            skip = lead.utf8.count
            marked = lead != ", "
            break
        }
        guard skip > 0 else { return nil }
        // After the bracket that closes the year, a comma may go on with the author's prose (`Smith
        // (2010), 45 cases later`): only a marked page (`, p. 12`, `, at 12`) or a number that ends
        // the citation (`Smith (2010), 45.`) is its pinpoint.
        let afterBracket = index > end && bytes[index] == UInt8(ascii: ",")
        var cursor = index + skip
        if cursor + 3 < bytes.count, bytes[cursor..<cursor + 3].elementsEqual("pp.".utf8) { cursor += 3; marked = true }
        else if cursor + 2 < bytes.count, bytes[cursor..<cursor + 2].elementsEqual("p.".utf8) { cursor += 2; marked = true }
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        let pinStart = cursor
        while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        guard cursor > pinStart else { return nil }
        // Another year (`2001, 2003`), not a page.
        if cursor - pinStart == 4, bytes[index] == UInt8(ascii: ","), cursor == index + skip + 4 {
            let value = bytes[pinStart..<cursor].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if (1800...2099).contains(value) { return nil }
        }
        var kind = Pinpoint.Kind.page
        // A range: `45-47`, `45–47`.
        var rangeEnd = cursor
        if rangeEnd < bytes.count, bytes[rangeEnd] == UInt8(ascii: "-") { rangeEnd += 1 }
        else if rangeEnd + 3 <= bytes.count, bytes[rangeEnd] == 0xE2, bytes[rangeEnd + 1] == 0x80, bytes[rangeEnd + 2] == 0x93 || bytes[rangeEnd + 2] == 0x94 { rangeEnd += 3 }
        if rangeEnd > cursor, rangeEnd < bytes.count, Bytes.isDigit(bytes[rangeEnd]) {
            while rangeEnd < bytes.count, Bytes.isDigit(bytes[rangeEnd]) { rangeEnd += 1 }
            cursor = rangeEnd
            kind = .pages
        }
        if cursor < bytes.count, Bytes.isLetter(bytes[cursor]) { return nil }
        if afterBracket, !marked, cursor < bytes.count, !endsCitation(bytes, at: cursor) { return nil }
        return (Pinpoint(kind: kind, text: String(decoding: bytes[pinStart..<cursor], as: UTF8.self)), cursor)
    }

    /// Whether the citation ends at `index`: a `.` that ends the text or a sentence, `;` or `)`.
    private static func endsCitation(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: ";"), UInt8(ascii: ")"): return true
        case UInt8(ascii: "."): return index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A
        default: return false
        }
    }
}

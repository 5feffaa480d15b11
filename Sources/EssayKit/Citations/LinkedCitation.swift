import LowLevel

/// Whether a link's text is itself a citation, as a citation linker makes it
/// (`[Roe v. Doe, 377 U.S. 58](https://...)`, `[29 U.S.C. § 158](https://...)`, `[Id. at 5](https://...)`).
///
/// Such a link is read as if it were not there: its commas part the citation's fields and its
/// address, a database's page for the case or code, is not the work's address. A link whose text
/// is a title or a name (`[The Picket Line, Revisited](https://...)`) stays one field.
enum LinkedCitation {
    /// Whether `bytes[range]`, a link's text, holds a section mark, a volume-reporter-page run
    /// (`377 U.S. 58`, `12 Yale L.J. 100`, `377 U.S. at 70`) or opens with *Id.* / *Ibid.*
    static func readsAsCitation(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.upperBound <= bytes.count else { return false }
        // A cheap first test: a citation's text holds a digit or opens with `I`/`i`.
        var hasDigit = false
        for offset in range where Bytes.isDigit(bytes[offset]) {
            hasDigit = true
            break
        }
        let first = bytes[range.lowerBound]
        if !hasDigit { return opensWithId(bytes, range) }
        if endsInNotePage(bytes, range) { return true }
        if first | 0x20 == UInt8(ascii: "i"), opensWithId(bytes, range) { return true }
        for offset in range.lowerBound..<range.upperBound - 1 where bytes[offset] == 0xC2 {
            // `§` (C2 A7) and `¶` (C2 B6).
            if bytes[offset + 1] == 0xA7 || bytes[offset + 1] == 0xB6 { return true }
        }
        return hasReporterRun(bytes, range)
    }

    /// `Ann Roe, Title (City: Press, 2001), 78`, `Survey Office, Dock Report, 24-5`: a humanities note
    /// linked whole, its fields (two commas at least) closed by a page after the last comma.
    private static func endsInNotePage(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.upperBound
        while index > range.lowerBound, Bytes.isDigit(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "-") { index -= 1 }
        guard index < range.upperBound, Bytes.isDigit(bytes[index]), index - 2 > range.lowerBound,
              bytes[index - 1] == UInt8(ascii: " "), bytes[index - 2] == UInt8(ascii: ",") else { return false }
        var commas = 0
        for offset in range.lowerBound..<index - 2 where bytes[offset] == UInt8(ascii: ",") { commas += 1 }
        return commas >= 1
    }

    private static let idWords: [[UInt8]] = [Array("Id.".utf8), Array("id.".utf8), Array("Ibid".utf8), Array("ibid".utf8)]

    private static func opensWithId(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        idWords.contains { word in
            range.count >= word.count && word.indices.allSatisfy { bytes[range.lowerBound + $0] == word[$0] }
                && (range.count == word.count || !Bytes.isLetter(bytes[range.lowerBound + word.count]))
        }
    }

    /// A run of words: a number, then one or more abbreviation words (a capital first, or a
    /// period inside: `U.S.`, `F.3d`, `Yale`, `L.J.`), then a number or `at` and a number (after a
    /// comma too: `433 F.3d, at 816`).
    static func hasReporterRun(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var words: [Range<Int>] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            while offset < range.upperBound, Bytes.isSpace(bytes[offset]) { offset += 1 }
            let start = offset
            while offset < range.upperBound, !Bytes.isSpace(bytes[offset]) { offset += 1 }
            if start < offset { words.append(start..<offset) }
        }
        func isNumber(_ word: Range<Int>) -> Bool {
            var upper = word.upperBound
            while upper > word.lowerBound, bytes[upper - 1] == UInt8(ascii: ",") || bytes[upper - 1] == UInt8(ascii: ".") { upper -= 1 }
            return upper > word.lowerBound && (word.lowerBound..<upper).allSatisfy { Bytes.isDigit(bytes[$0]) }
        }
        func isAbbreviation(_ word: Range<Int>) -> Bool {
            guard let last = word.last, bytes[last] != UInt8(ascii: ",") else { return false }
            return Bytes.isUpper(bytes[word.lowerBound]) || word.contains { bytes[$0] == UInt8(ascii: ".") }
        }
        var index = 0
        while index < words.count {
            defer { index += 1 }
            // The volume: a number not ending a clause (`2020,` is a date's year).
            guard isNumber(words[index]), let last = words[index].last, Bytes.isDigit(bytes[last]) else { continue }
            var next = index + 1
            while next < words.count, isAbbreviation(words[next]), !isNumber(words[next]) { next += 1 }
            // `433 F.3d, at 816`: the short form's comma after the reporter.
            var comma = false
            if next < words.count, next + 1 < words.count, isAbbreviation(words[next].dropLast()), !isNumber(words[next]),
               let last = words[next].last, bytes[last] == UInt8(ascii: ",") {
                next += 1
                comma = true
            }
            guard next > index + 1, next < words.count else { continue }
            if !comma, isNumber(words[next]) { return true }
            let at = words[next]
            if at.count == 2, bytes[at.lowerBound] == UInt8(ascii: "a"), bytes[at.lowerBound + 1] == UInt8(ascii: "t"),
               next + 1 < words.count, isNumber(words[next + 1]) {
                return true
            }
        }
        return false
    }
}

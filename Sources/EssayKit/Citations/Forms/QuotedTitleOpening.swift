import LowLevel

/// Where a quoted title opens in a citation that names its authors first (`Ann Roe, "Title"...`)
/// or none (`"Title"...`), and the authors before it: the search `ChicagoTitleLead` and
/// `QuotedTitleLead` share, each with its own idea of an opening mark.
enum QuotedTitleOpening {
    /// The most bytes the authors take before the title: a handful of names.
    static let longestLead = 160

    /// The offset of the opening mark: the citation's first byte, or the first one after a comma
    /// and a space in its first `longestLead` bytes; nil when neither opens a quotation
    /// (`opens`). Comma by comma, a machine word at a time: most clauses hold no `, "` near their start.
    static func find(_ text: CitationText, _ citation: Range<Int>, opens: ([UInt8], Int) -> Bool) -> Int? {
        let bytes = text.bytes
        guard !citation.isEmpty, citation.upperBound <= bytes.count else { return nil }
        if opens(bytes, citation.lowerBound) { return citation.lowerBound }
        let limit = min(citation.upperBound, citation.lowerBound + longestLead)
        var comma = citation.lowerBound
        while true {
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma, end: limit)
            guard comma + 2 < limit else { return nil }
            if bytes[comma + 1] == UInt8(ascii: " "), opens(bytes, comma + 2) { return comma + 2 }
            comma += 1
        }
    }

    /// The authors before the mark at `open` (`QuotedTitleLead.names`): none when the mark opens
    /// the citation, nil when the words before its comma are no names.
    static func authors(_ text: CitationText, _ citation: Range<Int>, open: Int) -> [String]? {
        guard open > citation.lowerBound else { return [] }
        return QuotedTitleLead.names(text, citation.lowerBound..<(open - 2))
    }

    /// The most bytes an inverted name (`Roe, Ann B.`) takes.
    private static let longestInvertedName = 60

    /// The offset of the period that ends an inverted name opening at `start` (`Roe, Ann.`,
    /// `Van Roe, Ann B.`), as a Chicago bibliography entry opens, when a space and an opening
    /// double quotation mark (`"`, `“`) follow it; nil otherwise. The surname is one or two
    /// capitalised words, the given names one to three, or initials. With `beforeQuote` false, a
    /// capital after the period will do (`Roe, Ann. The Harbour.`, a book's entry).
    static func invertedNameEnd(_ bytes: [UInt8], from start: Int, beforeQuote: Bool = true) -> Int? {
        let end = min(bytes.count, start + longestInvertedName)
        guard start < end, Bytes.isUpper(bytes[start]) else { return nil }
        var index = start
        var surnameWords = 0
        // The surname, to its comma.
        while true {
            guard index < end, Bytes.isUpper(bytes[index]) else { return nil }
            while index < end, Bytes.isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "'") { index += 1 }
            surnameWords += 1
            guard index + 2 < end, surnameWords <= 2 else { return nil }
            if bytes[index] == UInt8(ascii: ","), bytes[index + 1] == UInt8(ascii: " ") { break }
            guard bytes[index] == UInt8(ascii: " ") else { return nil }
            index += 1
        }
        index += 2
        // The given names, to the period a quotation mark follows.
        for _ in 0..<3 {
            guard index < end, Bytes.isUpper(bytes[index]) else { return nil }
            while index < end, Bytes.isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index + 1 < end else { return nil }
            if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " ") {
                if beforeQuote ? opensDoubleQuote(bytes, index + 2) : index + 2 < end && Bytes.isUpper(bytes[index + 2]) {
                    return index
                }
                index += 2
            } else if bytes[index] == UInt8(ascii: " ") {
                index += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// `"` or `“` before a non-space.
    static func opensDoubleQuote(_ bytes: [UInt8], _ offset: Int) -> Bool {
        guard offset + 1 < bytes.count else { return false }
        if bytes[offset] == UInt8(ascii: "\"") { return !Bytes.isSpace(bytes[offset + 1]) }
        return bytes[offset] == 0xE2 && offset + 3 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x9C
            && !Bytes.isSpace(bytes[offset + 3])
    }

    /// `Ann B. Roe` for the inverted name `Roe, Ann B.` of `range` (its last period excluded,
    /// which an initial last takes back).
    static func uninverted(_ text: CitationText, _ range: Range<Int>) -> String {
        let name = text.string(range)
        guard let comma = name.firstIndex(of: ",") else { return name }
        var given = String(name[name.index(after: comma)...].drop { $0 == " " })
        if let last = given.split(separator: " ").last, last.count == 1 { given += "." }
        return given + " " + String(name[..<comma])
    }
}

import LowLevel

/// The lead of a reference in APA's author-date order, as a note may print it whole: the authors
/// inverted with their initials, then the year in parentheses and a period (`Smith, J. (2019).`,
/// `Smith, J., & Poe, B. (2020a).`, `Roe, A. (in press).`, `Roe, A. (n.d.).`), with the day for
/// a dated piece (`Roe, A. (2019, March 3).`), or a body's name as its author (`Harbour Board.
/// (2016).`: capitalised words and joiners, no comma, a period closing the last word).
struct AuthorDateLead {
    /// The authors as printed, without the space before the parenthesis.
    var names: Range<Int>
    /// The year, or nil for `in press`, `forthcoming` and `n.d.`.
    var year: Int?
    /// The offset of the period after the parenthesis.
    var period: Int
    /// Whether the author is a body named whole (`Harbour Board.`), not persons inverted.
    var isBody = false

    /// The most bytes the authors take.
    private static let longestNames = 160

    /// The lead opening at `start`, or nil. The first tests are bytes: a capital, then a comma
    /// before the first `(`, which a year or its stand-in and `).` follow.
    static func read(_ bytes: [UInt8], from start: Int, end: Int) -> AuthorDateLead? {
        guard start < end, Bytes.isUpper(bytes[start]) else { return nil }
        let limit = min(end, start + longestNames)
        var open = start
        var sawComma = false
        while open < limit, bytes[open] != UInt8(ascii: "(") {
            let byte = bytes[open]
            // Names hold no digit or quotation mark.
            if Bytes.isDigit(byte) || byte == UInt8(ascii: "\"") || byte == 0xE2 && open + 1 < end && bytes[open + 1] == 0x80
                && open + 2 < end && (bytes[open + 2] == 0x9C || bytes[open + 2] == 0x9D) { return nil }
            if byte == UInt8(ascii: ",") { sawComma = true }
            open += 1
        }
        // `Smith, J. (`: an initial's period, a space, the parenthesis.
        guard open < limit, open - 2 > start, bytes[open - 1] == UInt8(ascii: " "), bytes[open - 2] == UInt8(ascii: ".") else { return nil }
        guard sawComma || isBodyName(bytes[start..<(open - 2)]) else { return nil }
        guard let close = (open + 1..<min(end, open + 32)).first(where: { bytes[$0] == UInt8(ascii: ")") }),
              close + 1 < end, bytes[close + 1] == UInt8(ascii: ".") else { return nil }
        var inside = bytes[(open + 1)..<close]
        // `2019, March 3`: the day of a dated piece after the year.
        if inside.count > 7, inside[inside.startIndex + 4] == UInt8(ascii: ","), inside[inside.startIndex + 5] == UInt8(ascii: " "),
           Bytes.isUpper(inside[inside.startIndex + 6]) {
            inside = inside.prefix(4)
        }
        var year: Int?
        if inside.count >= 4, inside.prefix(4).allSatisfy(Bytes.isDigit), inside.count == 4 || inside.count == 5 && Bytes.isLower(inside[inside.startIndex + 4]) {
            guard let found = DateWords.year(in: inside.prefix(4)) else { return nil }
            year = found
        } else {
            let words = String(decoding: inside, as: UTF8.self).lowercased()
            guard words == "in press" || words == "forthcoming" || words == "n.d." else { return nil }
        }
        return AuthorDateLead(names: start..<(open - 1), year: year, period: close + 1, isBody: !sawComma)
    }

    /// The most words a body's name takes.
    private static let longestBody = 8
    /// The words a body's name holds in lower case.
    private static let joiners: Set<String> = ["of", "for", "and", "the", "on", "in", "&"]

    /// `Rivers Heritage Society` (before its closing period): capitalised words of two letters or
    /// more and joiners, no initial, no comma.
    private static func isBodyName(_ name: ArraySlice<UInt8>) -> Bool {
        let words = name.split(separator: UInt8(ascii: " "))
        guard !words.isEmpty, words.count <= longestBody, let last = words.last, last.count >= 2,
              !(words.count == 1 && ["Id", "Ibid"].contains(String(decoding: last, as: UTF8.self))) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            if Bytes.isUpper(first) { return word.count >= 2 && word.dropFirst().allSatisfy { Bytes.isLetter($0) || $0 == UInt8(ascii: "-") || $0 >= 0x80 } }
            return joiners.contains(String(decoding: word, as: UTF8.self))
        }
    }
}

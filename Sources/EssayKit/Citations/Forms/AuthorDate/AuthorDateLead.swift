import LowLevel

/// The lead of a reference in APA's author-date order, as a note may print it whole: the authors
/// inverted with their initials, then the year in parentheses and a period (`Smith, J. (2019).`,
/// `Smith, J., & Poe, B. (2020a).`, `Roe, A. (in press).`, `Roe, A. (n.d.).`).
struct AuthorDateLead {
    /// The authors as printed, without the space before the parenthesis.
    var names: Range<Int>
    /// The year, or nil for `in press`, `forthcoming` and `n.d.`.
    var year: Int?
    /// The offset of the period after the parenthesis.
    var period: Int

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
        guard sawComma, open < limit, open - 2 > start, bytes[open - 1] == UInt8(ascii: " "), bytes[open - 2] == UInt8(ascii: ".") else { return nil }
        guard let close = (open + 1..<min(end, open + 16)).first(where: { bytes[$0] == UInt8(ascii: ")") }),
              close + 1 < end, bytes[close + 1] == UInt8(ascii: ".") else { return nil }
        let inside = bytes[(open + 1)..<close]
        var year: Int?
        if inside.count >= 4, inside.prefix(4).allSatisfy(Bytes.isDigit), inside.count == 4 || inside.count == 5 && Bytes.isLower(inside[inside.startIndex + 4]) {
            guard let found = DateWords.year(in: inside.prefix(4)) else { return nil }
            year = found
        } else {
            let words = String(decoding: inside, as: UTF8.self).lowercased()
            guard words == "in press" || words == "forthcoming" || words == "n.d." else { return nil }
        }
        return AuthorDateLead(names: start..<(open - 1), year: year, period: close + 1)
    }
}

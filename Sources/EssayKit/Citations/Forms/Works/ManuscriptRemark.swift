/// A work not yet published, which the citation fixes by a closing remark where others print a
/// volume, a date or an address: `Jane Roe, The Credibility Effect (unpublished manuscript) (on
/// file with author)`, `Jane Roe, Title (Manuscript on file with authors)`.
///
/// `FullWorkForm` asks it only of a citation with no digit and no address, so the prose it
/// turns away costs a byte test: the clause must end in a closing parenthesis.
enum ManuscriptRemark {
    /// The words that open such a remark, after its parenthesis; the first letter in either case.
    private static let openings: [StaticString] = [
        "unpublished manuscript", "manuscript on file", "manuscript", "on file with", "working paper", "forthcoming",
    ]
    /// The most remarks read back from the end.
    private static let remarks = 3

    /// Whether `range` ends in one to three parenthesised remarks, one of them a manuscript's.
    static func ends(_ text: CitationText, _ range: Range<Int>) -> Bool {
        var close = range.upperBound - 1
        for _ in 0..<remarks {
            guard close > range.lowerBound, text.bytes[close] == UInt8(ascii: ")") else { return false }
            var open = close - 1
            while open > range.lowerBound, text.bytes[open] != UInt8(ascii: "(") { open -= 1 }
            guard text.bytes[open] == UInt8(ascii: "(") else { return false }
            if isManuscript(text, open + 1..<close) { return true }
            close = open - 1
            while close > range.lowerBound, text.bytes[close] == UInt8(ascii: " ") { close -= 1 }
        }
        return false
    }

    /// Whether the remark inside its brackets, `inside`, is a manuscript's (`unpublished
    /// manuscript`, `Manuscript on file with authors`): no part of the title it follows.
    static func isManuscript(_ text: CitationText, _ inside: Range<Int>) -> Bool {
        openings.contains { text.has($0, at: inside.lowerBound, end: inside.upperBound, ignoringFirstLetterCase: true) }
    }
}

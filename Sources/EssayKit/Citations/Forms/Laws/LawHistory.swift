import LowLevel

/// A law's later history written just after its citation: `(repealed by Pub. L. No. 94-12)`,
/// `(repealed 1982)`, `, amended by Pub. L. No. 90-3, 81 Stat. 5 (1967)`, `(superseded by 46
/// U.S.C. § 8502)`, `(as amended by ...)`, `(replaced by ...)`, and where it is codified
/// (`CodifiedAt`).
///
/// Like a case's subsequent history, it is the cited law's own history, never a second work the
/// note cites: the laws it names are left uncited, as the gold's rule "parallel citations and
/// subsequent history belong to the one work" says. A law named in the author's prose after the
/// citation (`first added by P.L. 103-160`) is still cited: only these words, right after it, open history.
enum LawHistory {
    /// The words that open a law's history, the first letter in either case.
    private static let openings: [StaticString] = [
        "repealed", "amended by ", "amended in ", "as amended", "superseded by ", "replaced by ", "renumbered ",
    ]

    /// Whether a law's history opens at `offset` (`repealed by`, `as amended by`, `codified at`).
    static func opens(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset < end else { return false }
        // The gate: `r`, `a` or `s` (or `c`/`t` for a codification), in either case.
        let lead = text.bytes[offset] | 0x20
        if lead == UInt8(ascii: "c") || lead == UInt8(ascii: "t") { return CodifiedAt.opens(text, at: offset, end: end) }
        guard lead == UInt8(ascii: "r") || lead == UInt8(ascii: "a") || lead == UInt8(ascii: "s") else { return false }
        if lead == UInt8(ascii: "r"), CodifiedAt.opens(text, at: offset, end: end) { return true }
        for opening in openings where text.has(opening, at: offset, end: end, ignoringFirstLetterCase: true) {
            let after = offset + opening.utf8CodeUnitCount
            // `repealed` and `as amended` are whole words (`repealed 1982`, `repealed)`), never `repealedly`.
            return after >= end || text.bytes[after - 1] == UInt8(ascii: " ") || !Bytes.isLetter(text.bytes[after])
        }
        return false
    }

    /// Whether what follows a law's citation, `rest`, is its history alone: a comma or an opening
    /// parenthesis, then history's words (`, amended by ...`, `(repealed by ...)`).
    static func isHistory(_ text: CitationText, _ rest: Range<Int>) -> Bool {
        var start = text.skipSpaces(from: rest.lowerBound, end: rest.upperBound)
        guard start < rest.upperBound else { return false }
        let byte = text.bytes[start]
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") { start = text.skipSpaces(from: start + 1, end: rest.upperBound) }
        return opens(text, at: start, end: rest.upperBound)
    }
}

import LowLevel

/// A short name a note gives a work in capitals, in a parenthesis of its own after the full
/// citation: `American Psychiatric Assn., Diagnostic and Statistical Manual of Mental Disorders
/// (4th ed. text rev. 2000) (DSM-IV-TR)`, later cited as `DSM-IV-TR, supra note 99 at 49`.
///
/// Courts declare such names as the Bluebook's `[hereinafter X]` would; the name is one word of
/// capitals, digits and hyphens, at least three capitals, so a court's (`D. Mass.`), a year or
/// a phrase is never read as one; and only right after the dated remark (`CitationField`), so a
/// loose-leaf service's publisher (`Trade Cas. (CCH)`) stays what it was.
enum AcronymName {
    /// The letters of a roman numeral.
    private static let romanLetters: Set<UInt8> = Set("IVXLCDM".utf8)

    /// The acronym `range` (a remark's words, without its parentheses) is, or nil.
    static func read(_ text: CitationText, _ range: Range<Int>) -> String? {
        // The gate: short, opening with a capital.
        guard (3...16).contains(range.count), let first = range.first, Bytes.isUpper(text.bytes[first]) else { return nil }
        var capitals = 0
        for offset in range {
            let byte = text.bytes[offset]
            if Bytes.isUpper(byte) {
                capitals += 1
            } else if !(Bytes.isDigit(byte) || byte == UInt8(ascii: "-")) {
                return nil
            }
        }
        guard capitals >= 3, text.bytes[range.upperBound - 1] != UInt8(ascii: "-") else { return nil }
        // `(XIV)`: a roman numeral, a part's number, is no name.
        guard !text.bytes[range].allSatisfy({ romanLetters.contains($0) }) else { return nil }
        return text.string(range)
    }
}

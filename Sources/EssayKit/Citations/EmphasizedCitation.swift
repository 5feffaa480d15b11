import LowLevel

/// Whether an emphasis span's text is a whole citation rather than a name or a title
/// (`*Roe v. Doe, 377 U.S. 58, 60 (1964)*`, `*Roe, 377 U.S. at 60*`), as Markdown exported from a
/// legal database italicises every citation.
///
/// Such emphasis is read as if it were not there, as `LinkedCitation` reads a citation's link:
/// its commas and parentheses part the citation's fields. A name or a title in emphasis holds no
/// name, comma, then volume-reporter-page run, so it stays one field.
enum EmphasizedCitation {
    /// Whether `bytes[range]` holds a comma, then a volume, a reporter abbreviation (a word with a
    /// period or in capitals: `U.S.`, `F.3d`, `WL`) and a page (`Roe, 377 U.S. 58`, `Roe, 377 U.S. at 60`).
    static func readsAsCitation(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        // The gate: `, 1 U.S. 1` is ten bytes at least.
        guard range.count >= 12, range.upperBound <= bytes.count else { return false }
        var offset = range.lowerBound
        while offset + 2 < range.upperBound {
            defer { offset += 1 }
            guard bytes[offset] == UInt8(ascii: ","), bytes[offset + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[offset + 2]) else { continue }
            var wordStart = offset + 2
            while wordStart < range.upperBound, Bytes.isDigit(bytes[wordStart]) { wordStart += 1 }
            guard wordStart < range.upperBound, bytes[wordStart] == UInt8(ascii: " ") else { continue }
            wordStart += 1
            var wordEnd = wordStart
            var hasPeriod = false
            var allCapitals = true
            while wordEnd < range.upperBound, !Bytes.isSpace(bytes[wordEnd]) {
                let byte = bytes[wordEnd]
                if byte == UInt8(ascii: ".") { hasPeriod = true } else if !Bytes.isUpper(byte) { allCapitals = false }
                wordEnd += 1
            }
            guard wordEnd - wordStart >= 2, hasPeriod || allCapitals else { continue }
            if LinkedCitation.hasReporterRun(bytes, offset + 2..<range.upperBound) { return true }
        }
        return false
    }
}

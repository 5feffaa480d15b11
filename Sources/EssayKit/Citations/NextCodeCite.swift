import LowLevel

/// Where, inside a pinpoint, the next citation opens: a number after a comma followed by a code's,
/// register's or reporter's abbreviation (`§ 117(a), 31 U.S.C. § 3523(a)`, `§§ 1014(b), 1015, 2
/// U.S.C. § 685`, `§ 4, 16 C.F.R. § 2`, `§ 2, 84 Stat. 2085`, `at 118, 93 S. Ct. 705`).
///
/// Such a number is the next citation's title or volume, never the pinpoint's last item: the
/// pinpoint ends at the comma before it.
enum NextCodeCite {
    /// The comma in `range` after which a code's or reporter's cite starts, or nil; `end` bounds
    /// the words read after the number.
    static func comma(_ text: CitationText, in range: Range<Int>, end: Int) -> Int? {
        let bytes = text.bytes
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: range) {
            let number = text.skipSpaces(from: comma + 1, end: end)
            var index = number
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            // The gate: a number and a space, then a capital, as a title's or volume's number is
            // written before its code or reporter.
            guard index > number, index + 1 < end, bytes[index] == UInt8(ascii: " "), Bytes.isUpper(bytes[index + 1]) else { continue }
            let after = text.words(in: index..<min(end, index + 48), limit: 6)
            if LawCode.opening(text, after[...]) != nil { return comma }
            if ReporterCite.read(text, at: number, end: end) != nil { return comma }
        }
        return nil
    }
}

import LowLevel

/// Where a law is codified, written after it: `(codified as amended at 5 U.S.C. § 13101 et seq.)`,
/// `(to be codified at 15 U.S.C. § 45b)`,
/// `, reenacted at 5 U.S.C. §13101 et seq.`, `, codified at 42 U.S.C. § 1983`. Whether in the
/// author's parenthesis or after a comma, it is a parallel citation of the one law, never a
/// second work: the session law stays the work, as the gold's rule for session laws says.
enum CodifiedAt {
    /// The words that open a codification, in lower case.
    private static let openings: [StaticString] = ["codified ", "reenacted ", "recodified ", "classified ", "to be codified "]
    /// How far after its opening word a codification's code may start, in bytes (`as amended at `).
    private static let longestLead = 40

    /// Whether a codification opens at `offset` (`codified as amended at`, `reenacted at`).
    static func opens(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset < end else { return false }
        // The gate: `c`, `r` or `t`, in either case.
        let lead = text.bytes[offset] | 0x20
        guard lead == UInt8(ascii: "c") || lead == UInt8(ascii: "r") || lead == UInt8(ascii: "t") else { return false }
        return openings.contains { text.has($0, at: offset, end: end, ignoringFirstLetterCase: true) }
    }

    /// Just past a codification written after a law with a comma (`, reenacted at 5 U.S.C. §13101
    /// et seq.`), from `offset` (its comma or first word) to no further than `end`; nil when none
    /// opens there or no code's citation follows its lead.
    static func end(_ text: CitationText, after offset: Int, end: Int) -> Int? {
        var start = text.skipSpaces(from: offset, end: end)
        if start < end, text.bytes[start] == UInt8(ascii: ",") { start = text.skipSpaces(from: start + 1, end: end) }
        guard opens(text, at: start, end: end) else { return nil }
        // The code starts at its title's number (`at 5 U.S.C.`, `in scattered sections of 5 U.S.C.`).
        var code = start
        let limit = min(end, start + longestLead)
        while code < limit, !Bytes.isDigit(text.bytes[code]) { code += 1 }
        guard code < limit, !Bytes.isWordByte(text.bytes[code - 1]),
              let reading = StatuteForm.read(text, code..<end), case .full(let shared) = reading.form,
              shared.work.kind == .statute || shared.work.kind == .regulation, reading.citation.lowerBound == code else { return nil }
        var close = reading.citation.upperBound
        // `et seq.` and `(2018)` after the code belong to it.
        let after = text.skipSpaces(from: close, end: end)
        if text.has("et seq.", at: after, end: end) {
            close = after + 7
        } else if text.has("et seq", at: after, end: end) {
            close = after + 6
        }
        while true {
            let open = text.skipSpaces(from: close, end: end)
            guard open < end, text.bytes[open] == UInt8(ascii: "("), let shut = text.closingBracket(after: open, end: end) else { break }
            close = shut
        }
        return close
    }
}

import LowLevel

/// A constitution's article or amendment by its numeral alone, right after its name:
/// `Const. XII. § 2`, `Const. XII, § 2`. The numeral and what follows are the pinpoint
/// (`ConstitutionForm`), and the period after `Const.` ends no sentence before it
/// (`CitationSentenceSplitter`), though a capital follows it.
enum ConstitutionNumeral {
    /// Whether `word` (without its period) is `Const`/`CONST` and a numeral of parts opens at `next`.
    static func continuesName(_ bytes: [UInt8], word: ArraySlice<UInt8>, next: Int) -> Bool {
        // The gate: five letters opening with `C`.
        guard word.count == 5, word.first == UInt8(ascii: "C"),
              word.elementsEqual("Const".utf8) || word.elementsEqual("CONST".utf8) else { return false }
        return numeralEnd(bytes, at: next, end: bytes.count) != nil
    }

    /// Where a part's numeral that opens at `start` ends (past it, before its `.` or `,`): one to
    /// six Roman capitals, then a period or comma and a space, a section sign or the end; nil else.
    static func numeralEnd(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var index = start
        while index < end, index - start < 6, isRomanCapital(bytes[index]) { index += 1 }
        guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") else { return nil }
        let after = index + 1
        guard after == end || bytes[after] == UInt8(ascii: " ") else { return nil }
        var next = after
        while next < end, bytes[next] == UInt8(ascii: " ") { next += 1 }
        // `XII. § 2`, `XIV, cl. 3`, or the numeral alone at the citation's end.
        guard next >= end || bytes[next] == 0xC2 || bytes[next] == UInt8(ascii: "c") || bytes[next] == UInt8(ascii: "(") else { return nil }
        return index
    }

    private static func isRomanCapital(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "L")
    }
}

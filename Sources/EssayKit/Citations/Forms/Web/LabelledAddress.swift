import LowLevel

/// A page the author's parenthesis names by a short label and its address, in the middle of a
/// sentence: `(Central Bank Figures, http://www.example.gov/loans.htm)`. The page is cited; the
/// label is its name.
///
/// Only a label of one to five capitalised words with no digit, then a comma, then one address
/// that runs to the parenthesis's end: a citation's fields before an address (`Roe, Title, 12 J.
/// 5`) are no label, and are read by the forms.
enum LabelledAddress {
    /// The most words a label holds.
    private static let longestLabel = 5

    /// The page `inner` (a parenthesis's text without its brackets) names, when it is a label and an address.
    static func read(_ text: CitationText, _ inner: Range<Int>) -> ClauseReading? {
        // The gate: the address is the last word, opening with `h` or `w`.
        var start = inner.upperBound
        while start > inner.lowerBound, !Bytes.isSpace(text.bytes[start - 1]) { start -= 1 }
        guard start > inner.lowerBound, start < inner.upperBound,
              text.bytes[start] == UInt8(ascii: "h") || text.bytes[start] == UInt8(ascii: "w"),
              text.has("https://", at: start, end: inner.upperBound) || text.has("http://", at: start, end: inner.upperBound)
                || text.has("www.", at: start, end: inner.upperBound) else { return nil }
        let lead = text.trimmed(inner.lowerBound..<start)
        guard let comma = lead.last, text.bytes[comma] == UInt8(ascii: ","), comma > lead.lowerBound else { return nil }
        let label = lead.lowerBound..<comma
        let words = text.words(in: label)
        guard (1...longestLabel).contains(words.count),
              words.allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) && !text.bytes[$0].contains(where: { Bytes.isDigit($0) || $0 == UInt8(ascii: ",") }) }),
              let parsed = FullWorkForm.parse(text, start..<inner.upperBound), parsed.work.url != nil else { return nil }
        var work = parsed.work
        work.kind = .webpage
        work.title = text.string(label)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: inner, trailing: nil)
    }
}

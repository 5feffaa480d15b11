import LowLevel

/// A record item a government report cites by its date and kind: `4/9/17 Tweet`, `4/9/17 (3:05
/// p.m.) Tweet ("..."), `2/9/17 Facebook Advertisement ID 6012345678901`, `3/3/18 Letter, Firm
/// Counsel to Board Counsel, at 3 n.2`.
///
/// The item is a work of its own, named by its whole citation: the date and kind single it out,
/// the people or the number after them single out items of one day. A page after ` at ` is the
/// pinpoint. A clause opening with a numeric date and a capitalised word is no other form's.
enum DatedRecordForm: CitationForm {
    /// The first test of `read`: a date's digit.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isDigit(byte) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let date = numericDate(text, at: citation.lowerBound, end: citation.upperBound) else { return nil }
        var index = text.skipSpaces(from: date.end, end: citation.upperBound)
        guard index > date.end else { return nil }
        // `(3:05 p.m.)`: the hour of the item.
        if index < citation.upperBound, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: citation.upperBound),
           text.bytes[index..<close].contains(UInt8(ascii: ":")) {
            index = text.skipSpaces(from: close, end: citation.upperBound)
        }
        // The kind: a capitalised word (`Tweet`, `Letter`, `Facebook Message`).
        guard index < citation.upperBound, Bytes.isUpper(text.bytes[index]),
              let kind = text.firstWord(in: index..<citation.upperBound), kind.count >= 3,
              text.bytes[(kind.lowerBound + 1)..<text.trimmingTrailing(kind, [UInt8(ascii: ","), UInt8(ascii: ".")]).upperBound].allSatisfy(Bytes.isLower)
        else { return nil }
        var nameEnd = citation.upperBound
        var pinpoint: Pinpoint?
        if let at = atPinpoint(text, from: kind.upperBound, end: citation.upperBound) {
            pinpoint = at.pinpoint
            nameEnd = at.comma
        }
        var work = WorkDraft(kind: .document, title: text.string(text.trimmed(citation.lowerBound..<nameEnd)))
        work.year = date.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// `, at 3 n.2` running to `end`: the pinpoint and the comma before it.
    static func atPinpoint(_ text: CitationText, from lower: Int, end: Int) -> (pinpoint: Pinpoint, comma: Int)? {
        var comma = end - 1
        while comma > lower, text.bytes[comma] != UInt8(ascii: ",") { comma -= 1 }
        guard comma > lower, text.has(", at ", at: comma, end: end),
              let parsed = PinpointParser.parse(text, at: comma + 5, end: end, allowRoman: false), parsed.end == end else { return nil }
        return (parsed.pinpoint, comma)
    }

    /// `4/9/17`, `12/31/2016` at `offset`: where it ends and its year.
    static func numericDate(_ text: CitationText, at offset: Int, end: Int) -> (end: Int, year: Int)? {
        var index = offset
        var parts: [Range<Int>] = []
        while index < end, parts.count < 3 {
            let start = index
            while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
            guard index > start, index - start <= 4 else { return nil }
            parts.append(start..<index)
            guard parts.count < 3 else { break }
            guard index < end, text.bytes[index] == UInt8(ascii: "/") else { return nil }
            index += 1
        }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
              index == end || text.bytes[index] == UInt8(ascii: " ") || text.bytes[index] == UInt8(ascii: ",") else { return nil }
        var year = 0
        for offset in parts[2] { year = year * 10 + Int(text.bytes[offset] - UInt8(ascii: "0")) }
        if parts[2].count == 2 { year += year > 50 ? 1900 : 2000 }
        return (index, year)
    }
}

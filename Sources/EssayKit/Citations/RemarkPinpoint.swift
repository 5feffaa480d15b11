import LowLevel

/// The pinpoint the McGill Guide prints last inside a quoting parenthetical: `Brandt, supra note 9
/// (“the officer is a conduit” at 31)`, `Ibid (“the clerk decides” at para 9)`.
///
/// Only a parenthetical whose words before ` at ` close a quotation (`”`, `"`, `’`) gives its place:
/// a Bluebook remark ends with another work's page (`(quoting Roe, 1 U.S. at 5)`), which is no place
/// in the work cited. The place must run to the closing bracket.
enum RemarkPinpoint {
    /// The place at the end of the parenthetical that opens at `open` and closes just before
    /// `close` (the offset past its `)`), or nil when it ends otherwise.
    static func read(_ text: CitationText, open: Int, close: Int) -> Pinpoint? {
        let bytes = text.bytes
        guard open < close - 1, bytes[open] == UInt8(ascii: "("), bytes[close - 1] == UInt8(ascii: ")") else { return nil }
        let inside = open + 1..<close - 1
        // The gate: a quotation opens the remark.
        guard let first = inside.first, bytes[first] == UInt8(ascii: "\"") || text.has("“", at: first, end: inside.upperBound)
                || text.has("‘", at: first, end: inside.upperBound) || bytes[first] == UInt8(ascii: "'") else { return nil }
        // The last ` at ` of the remark, after the quotation's end.
        var index = inside.upperBound - 4
        while index > first {
            if text.has(" at ", at: index, end: inside.upperBound) { break }
            index -= 1
        }
        guard index > first, closesQuotation(text, before: index, from: first) else { return nil }
        let start = index + 4
        if let place = CommonwealthTail.markedPlace(text, at: start, end: inside.upperBound), place.end == inside.upperBound {
            return place.pinpoint
        }
        if let parsed = PinpointParser.parse(text, at: start, end: inside.upperBound, allowRoman: true), parsed.end == inside.upperBound {
            return parsed.pinpoint
        }
        return nil
    }

    /// The place of the parenthetical ending the citation `citation`, or of one opening its
    /// `trailing` words, for a reading with no pinpoint of its own.
    static func read(_ text: CitationText, citation: Range<Int>, trailing: Range<Int>?) -> Pinpoint? {
        let bytes = text.bytes
        if let last = citation.last, bytes[last] == UInt8(ascii: ")"), let open = openingBracket(text, closingAt: last, from: citation.lowerBound),
           let place = read(text, open: open, close: last + 1) {
            return place
        }
        if let trailing, let first = trailing.first, bytes[first] == UInt8(ascii: "("),
           let close = text.closingBracket(after: first, end: trailing.upperBound) {
            return read(text, open: first, close: close)
        }
        return nil
    }

    /// Whether the words before ` at ` (at `offset`) end a quotation, perhaps with a comma after it.
    private static func closesQuotation(_ text: CitationText, before offset: Int, from start: Int) -> Bool {
        var end = offset
        if end > start, text.bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        guard end > start else { return false }
        if text.bytes[end - 1] == UInt8(ascii: "\"") || text.bytes[end - 1] == UInt8(ascii: "'") { return true }
        return end - 3 > start && (text.has("”", at: end - 3, end: end) || text.has("’", at: end - 3, end: end))
    }

    /// The `(` that the `)` at `close` closes, looking back no further than `start`.
    private static func openingBracket(_ text: CitationText, closingAt close: Int, from start: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= start {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ")") {
                depth += 1
            } else if byte == UInt8(ascii: "(") {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }
}

import LowLevel

/// Where a court opinion says it read the law it cites: the record's pages after the citation,
/// `, 1 App. 18`, `, App. to Pet. for Cert. 12a`, `, id., at 22–23`, `, ibid.`. They place the
/// reading, not the work: a joint appendix is the record, no reporter, and its pages are no
/// pinpoint of the law (`Widget Compact §5.01(b), 1 App. 22` cites §5.01(b) of the compact).
enum RecordPages {
    /// The offset just past the record's pages after `offset` (a comma first), and past any
    /// parentheticals after them; nil when none follow.
    static func end(_ text: CitationText, after offset: Int, end: Int) -> Int? {
        var index = text.skipSpaces(from: offset, end: end)
        guard index < end, text.bytes[index] == UInt8(ascii: ",") else { return nil }
        index = text.skipSpaces(from: index + 1, end: end)
        var pagesEnd: Int?
        if text.has("ibid.", at: index, end: end, ignoringFirstLetterCase: true) {
            pagesEnd = index + 5
        } else if text.has("id., at ", at: index, end: end, ignoringFirstLetterCase: true) {
            pagesEnd = PinpointParser.parse(text, at: index + 8, end: end, allowRoman: false)?.end
        } else {
            // `1 App. 18`: a volume of the joint appendix first.
            var start = index
            while start < end, Bytes.isDigit(text.bytes[start]) { start += 1 }
            if start > index, start - index <= 2, start < end, text.bytes[start] == UInt8(ascii: " ") { start += 1 } else { start = index }
            if text.has("App. to Pet. for Cert. ", at: start, end: end) {
                pagesEnd = appendixPages(text, at: start + 23, end: end)
            } else if text.has("App. ", at: start, end: end) {
                pagesEnd = appendixPages(text, at: start + 5, end: end)
            }
        }
        guard var close = pagesEnd else { return nil }
        while true {
            let open = text.skipSpaces(from: close, end: end)
            guard open < end, text.bytes[open] == UInt8(ascii: "("), let after = text.closingBracket(after: open, end: end) else { break }
            close = after
        }
        return close
    }

    /// Just past the pages at `offset`: `18`, `7–51`, `72a–73a`.
    private static func appendixPages(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        var index = offset
        let digits = index
        while index < end, Bytes.isDigit(text.bytes[index]) || Bytes.isLower(text.bytes[index]) { index += 1 }
        guard index > digits, Bytes.isDigit(text.bytes[digits]) else { return nil }
        if let parsed = PinpointParser.parse(text, at: offset, end: end, allowRoman: false), parsed.end >= index { return parsed.end }
        // `72a–73a`: lettered pages, as a petition's appendix numbers them.
        if index < end, text.has("–", at: index, end: end) || text.bytes[index] == UInt8(ascii: "-") {
            var next = index + (text.bytes[index] == UInt8(ascii: "-") ? 1 : 3)
            let second = next
            while next < end, Bytes.isDigit(text.bytes[next]) || Bytes.isLower(text.bytes[next]) { next += 1 }
            if next > second { index = next }
        }
        return index
    }
}

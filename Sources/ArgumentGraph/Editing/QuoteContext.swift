/// Quotes that anchor once: the exact text, with as little of what comes before or after it as
/// makes the whole occur once in the essay, as Web Annotation's TextQuoteSelector has it.
enum QuoteContext {
    /// The quote for `span` of `unitText`, a unit of `text`; words of context are added before,
    /// then after, until the quote occurs once (or there is nothing more to add in the unit).
    static func unique(in unitText: String, span: Range<Int>, text: EssayText) -> TextQuote? {
        let bytes = Array(unitText.utf8)
        guard span.lowerBound >= 0, span.upperBound <= bytes.count, !span.isEmpty else { return nil }
        let exact = String(decoding: bytes[span], as: UTF8.self)
        var quote = TextQuote(exact: exact)
        var before = span.lowerBound
        var after = span.upperBound
        for round in 0..<12 {
            let needle = (quote.prefix ?? "") + exact + (quote.suffix ?? "")
            if text.occurrences(of: needle).count <= 1 { return quote }
            if round % 2 == 0, before > 0 {
                before = wordStart(before: before, in: bytes)
                quote.prefix = String(decoding: bytes[before..<span.lowerBound], as: UTF8.self)
            } else if after < bytes.count {
                after = wordEnd(after: after, in: bytes)
                quote.suffix = String(decoding: bytes[span.upperBound..<after], as: UTF8.self)
            } else if before > 0 {
                before = wordStart(before: before, in: bytes)
                quote.prefix = String(decoding: bytes[before..<span.lowerBound], as: UTF8.self)
            } else {
                return quote
            }
        }
        return quote
    }

    /// The start of the word before `offset`, with the space after it.
    private static func wordStart(before offset: Int, in bytes: [UInt8]) -> Int {
        var index = offset
        while index > 0, bytes[index - 1] == 0x20 { index -= 1 }
        while index > 0, bytes[index - 1] != 0x20 { index -= 1 }
        return index
    }

    /// The end of the word after `offset`, with the space before it.
    private static func wordEnd(after offset: Int, in bytes: [UInt8]) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        while index < bytes.count, bytes[index] != 0x20 { index += 1 }
        return index
    }
}

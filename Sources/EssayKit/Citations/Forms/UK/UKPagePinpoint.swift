import LowLevel

/// A page of an English law report with the letter of its place on the page, as the Law Reports
/// print them in the margin: `614E`, `207G-H`, `341F-342B`, `page 341F`. The letter, `A` to `H`,
/// is part of the pinpoint; a page without one is `PinpointParser`'s.
enum UKPagePinpoint {
    /// The pinpoint at `offset` (after `at `), or nil when no page with a margin letter opens there.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var start = offset
        // The cheap test: a digit, or `page ` / `p ` before one.
        if start < end, !Bytes.isDigit(text.bytes[start]) {
            if text.has("page ", at: start, end: end) { start += 5 } else if text.has("p ", at: start, end: end) { start += 2 } else { return nil }
        }
        guard let first = lettered(text, at: start, end: end, digitsRequired: true) else { return nil }
        var index = first
        // `207G-H`, `341F-342B`, `614E–F`: a range to another letter or another page's.
        if index + 1 < end, text.bytes[index] == UInt8(ascii: "-") {
            if let second = lettered(text, at: index + 1, end: end, digitsRequired: false) { index = second }
        } else if text.has("\u{2013}", at: index, end: end), let second = lettered(text, at: index + 3, end: end, digitsRequired: false) {
            index = second
        }
        return (Pinpoint(kind: .page, text: text.string(offset..<index)), index)
    }

    /// Just past `614E` (or `E` alone when `digitsRequired` is false) at `offset`, a word's end after it.
    private static func lettered(_ text: CitationText, at offset: Int, end: Int, digitsRequired: Bool) -> Int? {
        var index = offset
        while index < end, index - offset < 5, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard !digitsRequired || index > offset, index < end,
              (UInt8(ascii: "A")...UInt8(ascii: "H")).contains(text.bytes[index]) else { return nil }
        index += 1
        guard index == end || !Bytes.isLetter(text.bytes[index]) && !Bytes.isDigit(text.bytes[index]) else { return nil }
        return index
    }
}

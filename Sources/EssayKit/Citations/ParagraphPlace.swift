import LowLevel

/// A judgment's paragraph in brackets, as New Zealand, Australian and English courts number them
/// and cite them: `[88]`, `[4.07]`, `[9-041]`, `[61](b)`, and a range of them, `[15]–[18]`,
/// `[51]-[53]`. The place is kept as written, brackets and all.
enum ParagraphPlace {
    /// The paragraph (or range of paragraphs) written at `offset`, and just past it; nil unless a
    /// bracket with a digit after it opens there.
    static func parse(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard let first = paragraph(text, at: offset, end: end) else { return nil }
        var last = first
        // `[15]–[18]`, `[15]-[18]`, `[15]—[18]`: the last paragraph of a range.
        for dash in ["-", "–", "—"] as [StaticString] where text.has(dash, at: first, end: end) {
            if let second = paragraph(text, at: first + dash.utf8CodeUnitCount, end: end) { last = second }
            break
        }
        return (Pinpoint(kind: .paragraph, text: text.string(offset..<last)), last)
    }

    /// Just past one bracketed paragraph at `offset` with its lettered subdivisions (`[61](b)(ii)`),
    /// or nil.
    private static func paragraph(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        let bytes = text.bytes
        guard offset + 2 < end, bytes[offset] == UInt8(ascii: "["), Bytes.isDigit(bytes[offset + 1]) else { return nil }
        var index = offset + 1
        while index < end {
            let byte = bytes[index]
            if Bytes.isDigit(byte) {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"), index + 1 < end, Bytes.isDigit(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        guard index < end, bytes[index] == UInt8(ascii: "]") else { return nil }
        index += 1
        // `(b)`, `(ii)`, `(3)`: a sub-paragraph of a few letters or digits.
        while index < end, bytes[index] == UInt8(ascii: "(") {
            var close = index + 1
            while close < end, close - index <= longestSubdivision, Bytes.isLower(bytes[close]) || Bytes.isDigit(bytes[close]) { close += 1 }
            guard close > index + 1, close < end, bytes[close] == UInt8(ascii: ")") else { break }
            index = close + 1
        }
        return index
    }

    /// The most letters or digits of a sub-paragraph's label (`(viii)`).
    static let longestSubdivision = 5
}

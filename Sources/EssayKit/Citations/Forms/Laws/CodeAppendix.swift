import LowLevel

/// An appendix or subpart written after a code's part: `33 C.F.R. pt. 160, App. C`,
/// `pt. 160, App. D., Subpt. F`, `pt. 61, subpt. K`.
///
/// An appendix is a work of its own (agencies publish guidance as a part's appendix and cite it
/// alone); a subpart after the part or its appendix is the place cited in it, its pinpoint.
enum CodeAppendix {
    private static let appendixWords: [StaticString] = ["App. ", "app. ", "Appendix ", "appendix ", "Apps. "]
    private static let subpartWords: [StaticString] = ["Subpt. ", "subpt. ", "Subpart ", "subpart "]

    /// The appendix's name as the work takes it (`App. C`, nil when none), the subpart as a
    /// pinpoint, and where they end; nil when neither follows `offset`.
    static func read(_ text: CitationText, after offset: Int, end: Int) -> (appendix: String?, pinpoint: Pinpoint?, end: Int)? {
        // The cheap gate: a comma, a space and a capital or `a`/`s` after the part.
        guard offset + 2 < end, text.bytes[offset] == UInt8(ascii: ","), text.bytes[offset + 1] == UInt8(ascii: " ") else { return nil }
        let lead = text.bytes[offset + 2]
        guard lead == UInt8(ascii: "A") || lead == UInt8(ascii: "a") || lead == UInt8(ascii: "S") || lead == UInt8(ascii: "s") else { return nil }
        var index = offset + 2
        var appendix: String?
        if let word = appendixWords.first(where: { text.has($0, at: index, end: end) }), let label = label(text, at: index + word.utf8CodeUnitCount, end: end) {
            appendix = "App. " + text.string(label.start..<label.end)
            index = label.next
            guard index + 2 < end, text.bytes[index] == UInt8(ascii: ","), text.bytes[index + 1] == UInt8(ascii: " ") else {
                return (appendix, nil, label.end)
            }
            index += 2
        }
        guard let word = subpartWords.first(where: { text.has($0, at: index, end: end) }),
              let label = label(text, at: index + word.utf8CodeUnitCount, end: end) else {
            return appendix.map { ($0, nil, index - 2) }
        }
        let pinpoint = Pinpoint(kind: .other, text: text.string(index..<label.end))
        return (appendix, pinpoint, label.end)
    }

    /// A label of up to four capitals or digits (`C`, `IV`, `12`), ended by a word's end; its
    /// end, and where the text goes on past a period after it (`D.,`).
    private static func label(_ text: CitationText, at offset: Int, end: Int) -> (start: Int, end: Int, next: Int)? {
        var index = offset
        while index < end, index - offset < 4, Bytes.isUpper(text.bytes[index]) || Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset, text.isWordEnd(index, end: end) else { return nil }
        let next = index < end && text.bytes[index] == UInt8(ascii: ".") && (index + 1 == end || text.bytes[index + 1] == UInt8(ascii: ",")) ? index + 1 : index
        return (offset, index, next)
    }
}

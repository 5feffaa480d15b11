import LowLevel

/// A paragraph as continental notes point at it, with the `f` (and the next) or `ff` (and the
/// following) that belongs to it: `para 40 ff`, `Para 88 f, 94`, `paras 30-32`, `mn 12`, `Rz 7`,
/// `§ 216 f`.
enum ContinentalPlace {
    /// The marks, each with its space, in any first letter's case.
    private static let marks: [StaticString] = [
        "paragraphs ", "paragraph ", "paras. ", "para. ", "paras ", "para ", "mn. ", "mn ", "Rz. ", "Rz ", "Rn. ", "Rn ", "Rdnr. ", "Rdnr ",
        "§§ ", "§ ",
    ]

    /// Whether `byte` may open a mark.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte | 0x20 == UInt8(ascii: "p") || byte | 0x20 == UInt8(ascii: "m") || byte == UInt8(ascii: "R") || byte == 0xC2
    }

    /// The paragraph at `offset` and just past it, or nil when none is written there. `sectionSign`:
    /// whether `§` counts as a paragraph's mark (an international court's `§ 216`, not a code's section).
    static func parse(_ text: CitationText, at offset: Int, end: Int, sectionSign: Bool = true) -> (pinpoint: Pinpoint, end: Int)? {
        guard offset < end, mayOpen(with: text.bytes[offset]) else { return nil }
        guard let mark = marks.first(where: { text.has($0, at: offset, end: end, ignoringFirstLetterCase: true) }),
              sectionSign || text.bytes[offset] != 0xC2 else { return nil }
        let numbers = text.skipSpaces(from: offset + mark.utf8CodeUnitCount, end: end)
        let last = numbersEnd(text, from: numbers, end: end)
        guard last > numbers else { return nil }
        return (Pinpoint(kind: .paragraph, text: text.string(offset..<last)), pastPeriod(text, last, end: end))
    }

    /// Just past the numbers at `offset`: digits, each perhaps followed by ` f` or ` ff` (`f.`, `ff.`),
    /// joined by dashes, commas and `and`; `offset` when no digit is there.
    static func numbersEnd(_ text: CitationText, from offset: Int, end: Int) -> Int {
        let bytes = text.bytes
        var index = offset
        var last = offset
        while index < end, Bytes.isDigit(bytes[index]) {
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            last = index
            if let following = following(text, at: index, end: end) {
                index = following
                last = index
            }
            // The next number of the list or range.
            if index < end, bytes[index] == UInt8(ascii: "-") {
                index += 1
            } else if text.has("–", at: index, end: end) {
                index += 3
            } else if text.has(", ", at: index, end: end), !DateWords.opensDayAndMonth(bytes[min(end, index + 2)..<end]) {
                index += 2
            } else if index < end, bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if text.has(" and ", at: index, end: end) {
                index += 5
            } else if text.has(" – ", at: index, end: end) || text.has(" - ", at: index, end: end) {
                index += text.bytes[index + 1] == UInt8(ascii: "-") ? 3 : 5
            } else {
                break
            }
        }
        return last
    }

    /// Past the period of an `f.` or `ff.` that ends at `offset` (read with the place, but no part
    /// of its text), else `offset`.
    static func pastPeriod(_ text: CitationText, _ offset: Int, end: Int) -> Int {
        offset < end && offset > 0 && text.bytes[offset] == UInt8(ascii: ".") && text.bytes[offset - 1] == UInt8(ascii: "f")
            && (offset + 1 == end || text.bytes[offset + 1] == UInt8(ascii: " ")) ? offset + 1 : offset
    }

    /// Just past ` f` or ` ff` (or the same without the space) at `offset`, ending a word, its
    /// period left; nil when not there.
    static func following(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        var index = offset
        if index < end, text.bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end, text.bytes[index] == UInt8(ascii: "f") else { return nil }
        index += 1
        if index < end, text.bytes[index] == UInt8(ascii: "f") { index += 1 }
        guard index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        return index
    }
}

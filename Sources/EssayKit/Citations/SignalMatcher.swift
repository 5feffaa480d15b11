import LowLevel

/// An introductory signal (`See`, `See, e.g.,`, `Cf.`, `citing`) and where it is written.
struct CitationSignal: Equatable {
    var text: String
    /// The signal's bytes, without the space after it.
    var range: Range<Int>
    /// Where the cited text after it starts.
    var bodyStart: Int

    /// Whether it opens a comparison (`Compare`, `Compare, e.g.,`), whose second half follows `, with`.
    var isComparison: Bool {
        text.contains("ompare")
    }
}

/// Recognises the Bluebook's introductory signals at a point of a footnote.
///
/// A signal is `[But] base [also | generally | especially] [, e.g., | , for example, | , for instance,]`,
/// with base one of See, Cf., Accord, Contra, Compare, E.g., followed by the cited text.
enum SignalMatcher {
    private static let bases: [StaticString] = ["see", "cf.", "accord", "contra", "compare", "e.g.,", "e.g. ,"]
    private static let modifiers: [StaticString] = [" also", " generally", " especially"]
    private static let examples: [StaticString] = [", e.g.,", ", for example,", ", for instance,"]
    /// Words that attach a second authority to a clause: the signal of the clause they open.
    static let connectors: [StaticString] = [", citing ", ", quoting ", ", with "]

    /// The signal written at `offset` (capitalised or not), if one opens the text there.
    static func match(in text: CitationText, at offset: Int, end: Int) -> CitationSignal? {
        var index = offset
        if text.has("but ", at: index, end: end, ignoringFirstLetterCase: true) { index += 4 }
        var matchedBase: Int?
        for (position, base) in bases.enumerated() where text.has(base, at: index, end: end, ignoringFirstLetterCase: true) {
            let after = index + base.utf8CodeUnitCount
            let closer = text.bytes[after - 1]
            if closer == UInt8(ascii: ".") || closer == UInt8(ascii: ",") || text.isWordEnd(after, end: end) {
                matchedBase = position
                index = after
                break
            }
        }
        guard let matchedBase else { return nil }
        // `E.g.,` takes no modifier; the others may.
        if matchedBase < bases.count - 2 {
            for modifier in modifiers where text.has(modifier, at: index, end: end)
                && text.isWordEnd(index + modifier.utf8CodeUnitCount, end: end) {
                index += modifier.utf8CodeUnitCount
                break
            }
            for example in examples where text.has(example, at: index, end: end) {
                index += example.utf8CodeUnitCount
                break
            }
            // `See, e.g. ,` as a conversion spaces it.
            if text.has(", e.g. ,", at: index, end: end) { index += 8 }
        }
        // A stray comma after the signal (`See, Id. at 5`) is no part of what it introduces.
        if index + 1 < end, text.bytes[index] == UInt8(ascii: ","), Bytes.isSpace(text.bytes[index + 1]), text.bytes[index - 1] != UInt8(ascii: ",") {
            index += 1
        }
        // A signal introduces something: it must be followed by a space and more text.
        guard index < end, Bytes.isSpace(text.bytes[index]) else { return nil }
        let bodyStart = text.skipSpaces(from: index, end: end)
        guard bodyStart < end else { return nil }
        return CitationSignal(text: text.string(offset..<index), range: offset..<index, bodyStart: bodyStart)
    }
}

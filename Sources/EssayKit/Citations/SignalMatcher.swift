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
        // Byte by byte: Foundation's `contains` bridged the signal to an NSString for every
        // clause that has a signal, and a slice compared at each byte cost a thousand instructions.
        // The last six bytes read, in one integer: `ompare` is found with no slice compared.
        let ompare: UInt64 = 0x6F6D_7061_7265
        var last: UInt64 = 0
        for byte in text.utf8 {
            last = (last << 8 | UInt64(byte)) & 0xFFFF_FFFF_FFFF
            if last == ompare { return true }
        }
        return false
    }
}

/// Recognises the Bluebook's introductory signals at a point of a footnote.
///
/// A signal is `[But] base [also | generally | especially] [, e.g., | , for example, | , for instance,]`,
/// with base one of See, Cf. (or `cf` without its period, as continental notes write it), Accord,
/// Contra, Compare, E.g., followed by the cited text.
enum SignalMatcher {
    /// `cited in` opens the work a Chicago note read a quotation in (`...; cited in Roe, Docks, 47`).
    private static let bases: [StaticString] = ["see", "cf.", "cf", "accord", "contra", "compare", "cited in", "e.g.,", "e.g. ,"]
    private static let modifiers: [StaticString] = [" also", " generally", " especially", " in more detail", " in detail", " further", " in particular:", " in particular,", " in particular"]
    /// `See e.g.,` with its first comma left out, as drafts write it, is the same signal; so is
    /// `See, e.g.` with its last one left out (`See, e.g. Jane Roe, ...`).
    private static let examples: [StaticString] = [", e.g.,", " e.g.,", ", for example,", ", for instance,", ", e.g.", " e.g.",
                                                   ", for example", ", for instance"]
    /// The words that may open a signal, as `, e.g.,` follows one: `For example, see`.
    private static let leads: [StaticString] = ["for example, ", "for instance, "]
    /// Words that attach a second authority to a clause: the signal of the clause they open.
    /// The last, `, with`, counts only after *Compare*. `, as reported in` and the like (policy
    /// writing's way of naming the work a document was read in) open the work read.
    static let connectors: [StaticString] = [", citing ", ", quoting ", ", as reported in ", ", as cited in ", ", as quoted in ",
                                             ", as reprinted in ", ", with "]

    /// Per byte, whether a lead, `but` or a base may open with it (lower-cased): f, b, s, c, a, e.
    private static let openers: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "fbscae".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The words that alone, with a colon, introduce a citation as an instance of what the author said.
    private static let exampleWords: [StaticString] = ["Example", "Examples", "Illustration", "Illustrations", "Accord"]

    /// The most words of a lead that ends in a colon before citations (`Of this opinion:`).
    private static let colonLeadWords = 5

    /// `Of this opinion: OLG München, ...`, `Of the contrary view: ...`: a few words of a sentence
    /// (a capital, then lower-case words, no comma) ending in a colon before a capital, which
    /// introduce citations as a signal does. Titles are capitalised words, and are not taken.
    static func colonLead(in text: CitationText, at offset: Int, end: Int) -> CitationSignal? {
        guard offset < end, Bytes.isUpper(text.bytes[offset]) else { return nil }
        var index = offset
        var words = 1
        while index < end, index - offset < 64 {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ":") { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".") || Bytes.isDigit(byte) || text.isInsideSpan(index) { return nil }
            if byte == UInt8(ascii: " ") {
                words += 1
                guard words <= colonLeadWords, index + 1 < end, Bytes.isLower(text.bytes[index + 1]) else { return nil }
            }
            index += 1
        }
        guard index < end, text.bytes[index] == UInt8(ascii: ":") else { return nil }
        // One word is a lead only when it names what follows as an instance (`Example: 5 Lawrence,
        // First Comp. Dec. 408`): a capitalised word and a colon is as often a title's head.
        let oneWordLead = words == 1 && exampleWords.contains { text.equals(offset..<index, $0) }
        guard words >= 2 || oneWordLead else { return nil }
        let bodyStart = text.skipSpaces(from: index + 1, end: end)
        guard bodyStart > index + 1, bodyStart < end,
              Bytes.isUpper(text.bytes[bodyStart]) || text.bytes[bodyStart] >= 0xC0 || (oneWordLead && Bytes.isDigit(text.bytes[bodyStart])) else { return nil }
        return CitationSignal(text: text.string(offset..<index + 1), range: offset..<index + 1, bodyStart: bodyStart)
    }

    /// The signal written at `offset` (capitalised or not), if one opens the text there.
    static func match(in text: CitationText, at offset: Int, end: Int) -> CitationSignal? {
        // The gate: every lead, `but` and base opens with one of six letters.
        guard offset < min(end, text.bytes.count), openers[Int(Bytes.lowercased(text.bytes[offset]))] else { return nil }
        var index = offset
        // `For example, see ...`: policy writing's words for `See, e.g.,`, before a signal.
        for lead in leads where text.has(lead, at: index, end: end, ignoringFirstLetterCase: true) {
            index += lead.utf8CodeUnitCount
            break
        }
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
            if text.has(", e.g. ,", at: index, end: end) {
                // `See, e.g. ,` as a conversion spaces it.
                index += 8
            } else {
                for example in examples where text.has(example, at: index, end: end) {
                    index += example.utf8CodeUnitCount
                    break
                }
            }
        }
        // `See: Ada Roe, ...`, `See, for example: ...`, `For example, see: ...`: a colon closing the signal.
        if index + 1 < end, text.bytes[index] == UInt8(ascii: ":"), Bytes.isSpace(text.bytes[index + 1]) { index += 1 }
        // A stray comma after the signal (`See, Id. at 5`) is no part of what it introduces.
        if index + 1 < end, text.bytes[index] == UInt8(ascii: ","), Bytes.isSpace(text.bytes[index + 1]), text.bytes[index - 1] != UInt8(ascii: ",") {
            index += 1
        }
        let signalEnd = index
        // `See also* Roe, ...`: an emphasis delimiter the converter left unpaired is no text of the
        // signal or of what it introduces.
        if index + 1 < end, text.bytes[index] == UInt8(ascii: "*"), Bytes.isSpace(text.bytes[index + 1]) { index += 1 }
        // A signal introduces something: it must be followed by a space and more text.
        guard index < end, Bytes.isSpace(text.bytes[index]) else { return nil }
        let bodyStart = text.skipSpaces(from: index, end: end)
        guard bodyStart < end else { return nil }
        return CitationSignal(text: text.string(offset..<signalEnd), range: offset..<signalEnd, bodyStart: bodyStart)
    }
}

import LowLevel

/// An author's statement that bare paragraph numbers in the notes mean one work, as an essay on
/// one judgment declares in its first note: `(all paragraph numbers without further reference are
/// to this judgment)`, `All paragraph references are to the judgment unless otherwise stated`,
/// `paragraphs cited below refer to KlimaX`.
///
/// A statement holds three things near one another: a paragraph's word (`paragraph`, `para`,
/// `mn`, `marginal number`, `Rn`), a reference's word (`refer`, `are to`, `relate`, `mean`), a
/// scope (`below`, `unless otherwise`, `without further`, `in the following`, `hereafter`, or `all`
/// just before the paragraph's word) and what they are of (`this judgment`, `the decision`, or a
/// name after `refer to`).
enum DefaultWorkDeclaration {
    /// The most bytes from the paragraph's word to the scope's and the reference's either way.
    private static let reach = 120

    private static let paragraphWords: [String] = ["paragraph", "para ", "paras ", "para.", "paras.", "marginal number", " mn ", " mn.", " rn ", " rn.", " rz "]
    private static let referenceWords: [String] = ["refer", "are to ", "is to ", "relate", "mean", "designate", "indicate"]
    private static let scopeWords: [String] = [
        "below", "unless otherwise", "without further", "without other", "without any", "in the following", "hereafter",
        "hereinafter", "throughout", "subsequent", "bare ", "unqualified", "following notes", "following footnotes", "this article",
        "this essay", "this paper", "this contribution",
    ]
    /// What the paragraphs are of: a decision, or a name the note declares (`refer to KlimaX`).
    private static let targetWords: [String] = [
        "judgment", "judgement", "decision", "ruling", "opinion", "award", "case", "order", "urteil", "erkenntnis", "entscheidung", "arrêt",
    ]

    /// Where the statement in `text` starts, or nil when the note makes none.
    static func offset(in text: CitationText) -> Int? {
        let bytes = text.bytes
        // The gate: `ara` of a paragraph's word, or a marginal number's abbreviation.
        let all = 0..<bytes.count
        guard hasParagraphMark(bytes),
            text.contains("efer", in: all) || text.contains("re to ", in: all) || text.contains("s to ", in: all) || text.contains("elate", in: all)
            || text.contains("mean", in: all) || text.contains("esignate", in: all) || text.contains("ndicate", in: all) else { return nil }
        let lower = bytes.map(Bytes.lowercased)
        for word in paragraphWords {
            let needle = Array(word.utf8)
            var from = 0
            while let found = firstIndex(of: needle, in: lower, from: from) {
                from = found + 1
                let window = max(0, found - reach)..<min(lower.count, found + needle.count + reach)
                guard referenceWords.contains(where: { firstIndex(of: Array($0.utf8), in: lower, from: window.lowerBound, end: window.upperBound) != nil }),
                      scopeWords.contains(where: { firstIndex(of: Array($0.utf8), in: lower, from: window.lowerBound, end: window.upperBound) != nil })
                        || firstIndex(of: Array("all ".utf8), in: lower, from: max(0, found - 24), end: found + 1) != nil,
                      targetWords.contains(where: { firstIndex(of: Array($0.utf8), in: lower, from: window.lowerBound, end: window.upperBound) != nil })
                        || namesWork(bytes, lower, in: window)
                else { continue }
                return statementStart(lower, at: found)
            }
        }
        return nil
    }

    /// Whether `bytes` hold `ara`, `arginal`, ` mn`, ` Rn` or ` Rz`: each found where its first two
    /// bytes are, in one pass for the three pairs they open with rather than a search for each.
    private static func hasParagraphMark(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while true {
            index = ByteScan.firstIndex(ofPairs: (UInt8(ascii: "a"), UInt8(ascii: "r")), (UInt8(ascii: " "), UInt8(ascii: "m")),
                                        (UInt8(ascii: " "), UInt8(ascii: "R")), in: bytes, from: index)
            guard index + 2 < bytes.count else { return false }
            // The pair found is `ar`, ` m` or ` R`: its third byte tells the words apart.
            let third = bytes[index + 2]
            if bytes[index] == UInt8(ascii: "a") {
                if third == UInt8(ascii: "a") || third == UInt8(ascii: "g") && ByteScan.matches("arginal", in: bytes, at: index, end: bytes.count) { return true }
            } else if bytes[index + 1] == UInt8(ascii: "m") ? third == UInt8(ascii: "n") : third == UInt8(ascii: "n") || third == UInt8(ascii: "z") {
                return true
            }
            index += 1
        }
    }

    /// Whether `refer to ` or `are to ` in `window` is followed by a capital: a name the note declares.
    private static func namesWork(_ bytes: [UInt8], _ lower: [UInt8], in window: Range<Int>) -> Bool {
        for word in ["refer to ", "are to ", "refers to "] {
            let needle = Array(word.utf8)
            if let found = firstIndex(of: needle, in: lower, from: window.lowerBound, end: window.upperBound),
               found + needle.count < bytes.count, Bytes.isUpper(bytes[found + needle.count]) { return true }
        }
        return false
    }

    /// The start of the sentence or bracket holding `offset`.
    private static func statementStart(_ bytes: [UInt8], at offset: Int) -> Int {
        var index = offset
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "[") { return index }
            if byte == UInt8(ascii: "."), index < bytes.count, bytes[index] == UInt8(ascii: " ") { return index }
            index -= 1
        }
        return 0
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int, end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard let head = needle.first, end - from >= needle.count else { return nil }
        var index = from
        while index + needle.count <= end {
            if bytes[index] == head, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

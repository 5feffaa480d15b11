import LowLevel

/// A work named in words and given by its address: `The U.S. Copyright Act of 1976 found at
/// <http://...>`, `Order Re Copyrightability ... (hereinafter *Order*) found at <http://...>`,
/// `the Uniform Trade Secrets Act ... may be found at <http://...>`. Not the Bluebook's form, but
/// how many practitioners' and reports' notes cite: the name, `found at` and a link that ends the
/// clause; agencies write `available at:` so after a bare title (`Managing Shared Services (M-10-04)
/// available at: <https://...>`), whose memorandum number makes it a document of that number. The
/// name is the work's title; a `(hereinafter X)` in it is a short name. A name holding a
/// number other than a year or a memorandum's (`BGH 2005 GRUR 860, 861`, `Case C-128/11`) is a citation of a form
/// legit does not read, whose work it must not make up. (The Bluebook's `available at` follows a
/// full citation, which `FullWorkForm` reads.)
enum FoundAtForm: CitationForm {
    /// Longer names than this before `found at` read as the author's prose about the page.
    private static let longestName = 24

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let body = ClauseEnds.withoutClosingPeriod(text, body)
        guard body.count > 12, text.hasLinks, let (phrase, linkStart) = foundAt(text, body),
              let link = text.link(covering: linkStart), link.range.upperBound >= text.trimmed(body).upperBound - 1 else { return nil }
        var nameEnd = phrase
        // `... may be found at`, `... is found at`: the verb is no part of the name.
        for verb in [" may be", " can be", " is", " are"] as [StaticString] {
            let width = verb.utf8CodeUnitCount
            if nameEnd - width >= body.lowerBound, text.has(verb, at: nameEnd - width, end: nameEnd) {
                nameEnd -= width
                break
            }
        }
        var name = text.trimmingTrailing(text.trimmed(body.lowerBound..<nameEnd), [UInt8(ascii: ",")])
        guard !name.isEmpty, Bytes.isUpper(text.bytes[name.lowerBound]) || text.isEmphasized(name.lowerBound) else { return nil }
        var shortNames: [String] = []
        if let (open, shortName) = hereinafter(text, name) {
            shortNames.append(shortName)
            name = text.trimmingTrailing(text.trimmed(name.lowerBound..<open), [UInt8(ascii: ",")])
        }
        let words = text.words(in: name)
        guard !words.isEmpty, words.count <= longestName,
              words.contains(where: { Bytes.isUpper(text.bytes[$0.lowerBound]) && $0 != words.first }) || words.count <= 3 else { return nil }
        let memo = words.lazy.compactMap { memoNumber(text, $0) }.first
        guard !words.contains(where: { isNumberOtherThanYear(text, $0) && memoNumber(text, $0) == nil }) else { return nil }
        // `Title (M-10-04)`: the number in brackets after the title is no part of it.
        if memo != nil, let last = name.last, text.bytes[last] == UInt8(ascii: ")"), let lastWord = words.last,
           text.bytes[lastWord.lowerBound] == UInt8(ascii: "("), lastWord.lowerBound > name.lowerBound {
            name = text.trimmed(name.lowerBound..<lastWord.lowerBound)
        }
        let title = text.string(name)
        var work = WorkDraft(kind: memo == nil ? .webpage : .document, title: title)
        work.documentNumber = memo
        work.url = link.url
        work.shortNames = shortNames
        work.year = DateWords.year(in: title)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil,
                             citation: body.lowerBound..<link.range.upperBound, trailing: nil)
    }

    /// `M-10-04`, `(M-10-04)`: a memorandum's number as an office prints it (one to three capitals,
    /// the year's two digits and the memo's), or nil.
    private static func memoNumber(_ text: CitationText, _ word: Range<Int>) -> String? {
        var core = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":")])
        if let first = core.first, text.bytes[first] == UInt8(ascii: "(") { core = first + 1..<core.upperBound }
        guard MemorandumNumberForm.number(text, at: core.lowerBound, end: core.upperBound, anyOffice: true) == core.upperBound else { return nil }
        return text.string(core)
    }

    /// Whether `word` holds a digit and is not a year (`1976`, `1976,`).
    private static func isNumberOtherThanYear(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let bytes = text.bytes[text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")")])]
        guard bytes.contains(where: Bytes.isDigit) else { return false }
        return !(bytes.count == 4 && bytes.allSatisfy(Bytes.isDigit) && DateWords.year(in: bytes) != nil)
    }

    /// Where ` found at ` starts, at the clause's top level, and where the
    /// address after it starts.
    private static func foundAt(_ text: CitationText, _ body: Range<Int>) -> (phrase: Int, link: Int)? {
        let base = text.baseLevel(of: body)
        var offset = text.firstOffset(of: UInt8(ascii: " "), from: body.lowerBound, end: body.upperBound)
        while offset < body.upperBound {
            // One byte first: `found at` and `available at` open with `f` and `a`.
            let next = offset + 1 < body.upperBound ? text.bytes[offset + 1] : 0
            if next == UInt8(ascii: "f") || next == UInt8(ascii: "a"), text.isTopLevel(offset, base: base) {
                for phrase in [" found at ", " available at: ", " available at "] as [StaticString] where text.has(phrase, at: offset, end: body.upperBound) {
                    let start = text.skipSpaces(from: offset + phrase.utf8CodeUnitCount, end: body.upperBound)
                    // The address may stand in angle brackets the link does not cover.
                    let linkStart = start < body.upperBound && text.bytes[start] == UInt8(ascii: "<") ? start + 1 : start
                    guard linkStart < body.upperBound, text.isLinked(linkStart) else { return nil }
                    return (offset, linkStart)
                }
            }
            offset = text.firstOffset(of: UInt8(ascii: " "), from: offset + 1, end: body.upperBound)
        }
        return nil
    }

    /// `(hereinafter *Order*)` at the end of `name`: where it opens and the short name.
    private static func hereinafter(_ text: CitationText, _ name: Range<Int>) -> (Int, String)? {
        guard let last = name.last, text.bytes[last] == UInt8(ascii: ")") || text.bytes[last] == UInt8(ascii: "]") else { return nil }
        var open = last
        while open > name.lowerBound, text.bytes[open] != UInt8(ascii: "(") && text.bytes[open] != UInt8(ascii: "[") { open -= 1 }
        let inner = text.skipSpaces(from: open + 1, end: last)
        guard open > name.lowerBound, text.has("hereinafter ", at: inner, end: last) else { return nil }
        let shortName = text.string(text.trimmed((inner + 12)..<last))
        guard !shortName.isEmpty else { return nil }
        return (open, shortName)
    }
}

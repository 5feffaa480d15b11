import LowLevel

/// A code named only by an abbreviation no open table lists, as Westlaw and state practice print
/// them (`V.T.C.A., Bus. & C. § 8.204`, `K.S.A. § 50-626`, `K.S.A. 50-903`): read by its form, an
/// abbreviated name before a section, and named as printed. The section is the work, its
/// subdivisions the pinpoint, as for any code, so `Id. § 12` and a bare `§ 13` after it are
/// sections of the same code.
///
/// The form: every word of the name an abbreviation (a capital, letters and a closing period) or
/// `&`, and one of them a dotted acronym of capitals (`K.S.A.`, `V.T.C.A.`). A name in full words
/// (`Nimmer § 6.03`, `Restatement (Second) of Torts § 892A`) is no code by form.
enum AbbreviatedCode {
    /// Where the code's name starts among `words` (the words before the section), or nil when
    /// the last of them are not an abbreviated code's name.
    static func start(_ text: CitationText, _ words: ArraySlice<Range<Int>>) -> Int? {
        var first = words.endIndex
        var hasAcronym = false
        while first > words.startIndex {
            let word = text.trimmingTrailing(words[first - 1], [UInt8(ascii: ",")])
            if text.equals(word, "&") {
                first -= 1
                continue
            }
            guard isAbbreviation(text.bytes[word]) else { break }
            if isDottedAcronym(text.bytes[word]) { hasAcronym = true }
            first -= 1
        }
        // The name opens with a capital, not with `&`.
        while first < words.endIndex, text.equals(words[first], "&") { first += 1 }
        guard hasAcronym, first < words.endIndex else { return nil }
        return first
    }

    /// `K.S.A. 50-903`: a dotted acronym of three capitals or more opening `citation`, or a title's
    /// number and an acronym of four capitals or more (`22 NYCRR 208.6`), then a section written
    /// with no sign whose parts are joined by a hyphen, period or colon (no count of things is
    /// written so), read as that section of the code named by the acronym.
    static func sectionWithoutSign(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        guard citation.count >= 8 else { return nil }
        var codeStart = citation.lowerBound
        var index = citation.lowerBound
        var volume: String?
        if Bytes.isDigit(bytes[index]) {
            // `22 WXYZ 208.6`: a title's number and an acronym of four capitals or more, no periods.
            while index < citation.upperBound, Bytes.isDigit(bytes[index]) { index += 1 }
            guard index - citation.lowerBound <= 3, index + 5 < citation.upperBound, bytes[index] == UInt8(ascii: " ") else { return nil }
            volume = text.string(citation.lowerBound..<index)
            index += 1
            codeStart = index
            while index < citation.upperBound, Bytes.isUpper(bytes[index]) { index += 1 }
            guard (4...8).contains(index - codeStart) else { return nil }
        } else {
            // The gate: a capital and a period open the clause.
            guard Bytes.isUpper(bytes[index]), bytes[index + 1] == UInt8(ascii: ".") else { return nil }
            while index + 1 < citation.upperBound, Bytes.isUpper(bytes[index]), bytes[index + 1] == UInt8(ascii: ".") { index += 2 }
            guard index - citation.lowerBound >= 6 else { return nil }
        }
        guard index < citation.upperBound, bytes[index] == UInt8(ascii: " ") else { return nil }
        let sectionStart = index + 1
        guard sectionStart < citation.upperBound, Bytes.isDigit(bytes[sectionStart]),
              let bare = PinpointParser.bareSection(text, at: sectionStart, end: citation.upperBound) else { return nil }
        // The section's number before its subdivisions must join parts (`50-903`, `8.204`, `9:1131`).
        var numberEnd = sectionStart
        while numberEnd < bare.end, bytes[numberEnd] != UInt8(ascii: "(") { numberEnd += 1 }
        let joined = bytes[sectionStart..<numberEnd].dropLast().contains { [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":")].contains($0) }
        guard joined else { return nil }
        let code = text.string(codeStart..<index)
        let (title, pinpoint) = StatuteForm.section(code: [volume, code].compactMap { $0 }.joined(separator: " "), bare.pinpoint)
        // An acronym ending in `R` is a code of rules or regulations (`NYCRR`, `CFR`), as elsewhere.
        var work = WorkDraft(kind: volume != nil && code.hasSuffix("R") ? .regulation : .statute, title: title)
        work.container = code
        work.volume = volume
        let tail = LawTail.read(text, after: bare.end, end: citation.upperBound)
        work.year = tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }

    /// A capital, then letters and periods, ending in a period: `Bus.`, `C.`, `K.S.A.`.
    private static func isAbbreviation(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 2, let first = bytes.first, Bytes.isUpper(first), bytes.last == UInt8(ascii: ".") else { return false }
        return bytes.allSatisfy { Bytes.isLetter($0) || $0 == UInt8(ascii: ".") }
    }

    /// Two capitals or more, each followed by a period: `K.S.A.`, `V.T.C.A.`.
    private static func isDottedAcronym(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return false }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard Bytes.isUpper(bytes[index]), bytes[index + 1] == UInt8(ascii: ".") else { return false }
            index += 2
        }
        return true
    }
}

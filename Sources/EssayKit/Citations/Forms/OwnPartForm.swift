import LowLevel

/// A part of the essay itself after *supra*: `See supra Part II.B`, `supra Section I.A.1, I.A.3`,
/// `discussion supra Subpart III.C`, `supra Introduction`, `supra text accompanying notes 30–31`.
/// No work is cited, as with `OwnPagesForm`, and an *Id.* after it means that part.
///
/// Asked by `SupraForm` once it has found `supra` with no `note` after it: the word after is
/// what tells, so no clause is scanned twice.
enum OwnPartForm {
    /// The words naming a part of an essay, capitalised as law reviews print them, or not.
    private static let partWords: [StaticString] = [
        "Parts ", "Part ", "Subparts ", "Subpart ", "Sections ", "Section ", "sections ", "section ", "Subsections ",
        "Subsection ", "subsection ", "Chapter ", "Appendix ", "Figure ", "Figures ", "Table ", "Tables ", "fig. ", "figs. ",
        "text accompanying ",
    ]
    /// Parts named by a word alone.
    private static let wholeParts: [StaticString] = ["Introduction", "Conclusion", "Appendix"]

    /// The reading of `body` as a part of the essay named right after `word` (`supra`), or nil
    /// when no part's name follows it. The author's words before `word` are no part of it.
    static func read(_ text: CitationText, _ body: Range<Int>, after word: Range<Int>) -> ClauseReading? {
        let start = text.skipSpaces(from: word.upperBound, end: body.upperBound)
        guard start < body.upperBound, start > word.upperBound else { return nil }
        var end: Int
        if let whole = wholeParts.first(where: { text.has($0, at: start, end: body.upperBound) }),
           text.isWordEnd(start + whole.utf8CodeUnitCount, end: body.upperBound) {
            end = start + whole.utf8CodeUnitCount
        } else if let part = partWords.first(where: { text.has($0, at: start, end: body.upperBound) }) {
            var designation = start + part.utf8CodeUnitCount
            // `text accompanying notes 30–31`, `text accompanying note 4`.
            if text.has("notes ", at: designation, end: body.upperBound) { designation += 6 }
            if text.has("note ", at: designation, end: body.upperBound) { designation += 5 }
            guard let first = designationEnd(text, from: designation, end: body.upperBound) else { return nil }
            end = first
            // `Sections I.A.1, I.A.3`, `Parts II and III`: further designations of the same kind.
            while let next = nextDesignation(text, after: end, end: body.upperBound) { end = next }
        } else {
            return nil
        }
        let rest = text.trimmed(end..<body.upperBound)
        let citation = word.lowerBound..<end
        return ClauseReading(form: .ownPages, pinpoint: nil, citation: citation, trailing: rest.isEmpty ? nil : rest)
    }

    /// The end of a part's designation at `offset` (`II.B.1`, `I.E`, `3`, `A-1`, `171–77`), its
    /// closing period left out, or nil when none starts there.
    private static func designationEnd(_ text: CitationText, from offset: Int, end: Int) -> Int? {
        guard offset < end, Bytes.isUpper(text.bytes[offset]) || Bytes.isDigit(text.bytes[offset]) else { return nil }
        var index = offset
        while index < end, !Bytes.isSpace(text.bytes[index]), text.bytes[index] != UInt8(ascii: ","),
              text.bytes[index] != UInt8(ascii: ";"), text.bytes[index] != UInt8(ascii: "(") {
            index += 1
        }
        while index > offset, text.bytes[index - 1] == UInt8(ascii: ".") { index -= 1 }
        // A word, not a designation: `Part Two` is one, `Section Headings` is not.
        let token = text.bytes[offset..<index]
        let isDesignation = token.count <= 12 && (token.contains(where: Bytes.isDigit) || token.allSatisfy { !Bytes.isLower($0) })
        return isDesignation ? index : nil
    }

    /// The end of a further designation after `, ` or ` and ` / ` & ` at `offset`, or nil.
    private static func nextDesignation(_ text: CitationText, after offset: Int, end: Int) -> Int? {
        for joint in [", ", " and ", " & ", ", and "] as [StaticString] where text.has(joint, at: offset, end: end) {
            if let next = designationEnd(text, from: offset + joint.utf8CodeUnitCount, end: end) { return next }
        }
        return nil
    }
}

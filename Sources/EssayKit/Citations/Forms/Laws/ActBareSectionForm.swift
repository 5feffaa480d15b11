import LowLevel

/// An Act's section written alone, as an Australian, New Zealand or UK note does right after notes
/// citing the Act's sections (`WA s 14(2)(b)`, `Widgets Act 1990, s 3`): `s 27(1)(a)(v)`, `s 40A`,
/// `Section 17(2)(c)`.
///
/// The reading is a bare section marked as an Act's part (`ClauseReading.BareSection.ofAct`); the
/// run makes it the same Act's section (`ResolutionRun.citeActPart`) when the notes just before
/// cited one, and otherwise leaves the note as the author's words. Only the section, with at most a
/// remark after a comma or in a parenthesis, is read: `s 3 of the Act` is `ActSectionForm`'s.
enum ActBareSectionForm: CitationForm {
    /// The first test of `read`: the mark's `s`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "s") || byte == UInt8(ascii: "S")
    }

    /// The section's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // `Section 17(2)(c).`, a note of its own as New Zealand judgments write it.
        let isWord = text.has("Section ", at: citation.lowerBound, end: citation.upperBound)
        guard citation.count >= 3, text.has("s ", at: citation.lowerBound, end: citation.upperBound)
                || Bytes.isDigit(text.bytes[citation.lowerBound + 1]) || isWord,
              let section = ActSectionForm.section(text, at: citation.lowerBound, end: citation.upperBound), section.mark == "s" else { return nil }
        let rest = text.trimmed(section.end..<citation.upperBound)
        // `Section 503(a), Pub. L. No. ...`: the word leads a citation of another law; only alone is it the Act's.
        if isWord, !rest.isEmpty { return nil }
        var trailing: Range<Int>?
        if !rest.isEmpty {
            let byte = text.bytes[rest.lowerBound]
            guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") else { return nil }
            let remark = byte == UInt8(ascii: "(") ? rest : text.trimmed(rest.lowerBound + 1..<rest.upperBound)
            trailing = remark.isEmpty ? nil : remark
        }
        let written = "s \(text.string(section.number))\(text.string(section.subdivision))"
        var bare = ClauseReading.BareSection(section: Pinpoint(kind: .section, text: written), inTheAuthorsWords: false)
        bare.ofAct = true
        // Else a code's section cited before, as `SectionWordForm` reads the word.
        bare.onlyCited = isWord
        return ClauseReading(form: .bareSection(bare), pinpoint: bare.section, citation: citation.lowerBound..<section.end, trailing: trailing)
    }
}

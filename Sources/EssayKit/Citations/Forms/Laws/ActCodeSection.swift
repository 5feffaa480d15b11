import LowLevel

/// An act's section given with the code section it is classified to, as policy writing cites a
/// provision: `Section 241 of the PHS Act (42 U.S.C. §238j)`, `Section 306(f) of the Widget Act
/// (2 U.S.C. §645)`. The code section is the work (a statute work is a code section when one is
/// given), its subdivision the pinpoint; the act's section is another name for it.
enum ActCodeSection {
    /// The most words an act's name takes before the parenthesis.
    private static let nameWordLimit = 8

    /// After `Section N of ` (at `start`): the act's name, then a parenthesis holding only a titled
    /// code's section; that section's reading (its citation inside the parenthesis), and the offset
    /// just past the parenthesis. Nil when
    /// no parenthesis follows the name or it holds anything else.
    static func parallel(_ text: CitationText, from start: Int, end: Int) -> (reading: ClauseReading, end: Int)? {
        // The gate: a parenthesis within a name's reach.
        let open = text.firstOffset(of: UInt8(ascii: "("), from: start, end: min(end, start + 120))
        guard open < end, open < start + 120, let close = text.closingBracket(after: open, end: end) else { return nil }
        let name = text.trimmed(start..<open)
        let words = text.words(in: name)
        guard (1...nameWordLimit).contains(words.count), let last = words.last, Bytes.isUpper(text.bytes[last.lowerBound]),
              words.allSatisfy({ word in !text.bytes[word].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") } }) else { return nil }
        guard let reading = codeSection(text, text.trimmed(open + 1..<close - 1)), case .full(let shared) = reading.form,
              shared.work.volume != nil else { return nil }
        // The citation is the code's, inside the parenthesis: the act's words before it are the
        // author's name for the provision, and a parenthesis read again would cite it twice.
        return (reading, close)
    }

    /// An act's section followed after a comma by the code section it is classified to, as
    /// government legal writing cites a provision (`Budget and Accounting Act § 305, 31 U.S.C. §
    /// 3702(a)`): the code section's reading, its citation running from the act's name, so that the
    /// act's section is another name for it (as in `parallel`). Nil unless `reading` is an act's
    /// section with no code volume and its trailing words open with a titled code's section.
    static func following(_ text: CitationText, _ reading: ClauseReading) -> ClauseReading? {
        // The gate: the act's section has words after it, which open with a digit after a comma.
        guard let trailing = reading.trailing, let first = trailing.first, Bytes.isDigit(text.bytes[first]),
              case .full(let shared) = reading.form, shared.work.kind == .statute, shared.work.volume == nil,
              shared.work.documentNumber == nil, shared.work.title.contains(" Act"), shared.work.title.contains(" § "),
              reading.citation.upperBound <= first,
              text.bytes[reading.citation.upperBound..<first].allSatisfy({ $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }),
              text.bytes[reading.citation.upperBound..<first].contains(UInt8(ascii: ",")),
              var coded = codeSection(text, ClauseEnds.withoutClosingPeriod(text, trailing)), case .full(let code) = coded.form,
              code.work.volume != nil, coded.citation.lowerBound == first else { return nil }
        coded.citation = reading.citation.lowerBound..<coded.citation.upperBound
        return coded
    }

    /// `inner`, a parenthesis's contents, read as a code's section and nothing else: a titled code's
    /// (`42 U.S.C. §238j`, `7 U.S.C. §940c(b)(2)`, `43 U.S.C. §§1601 et seq.`) or one the tables
    /// abbreviate (`Md. Code Ann., Real Prop. § 8-208`), never a name that only calls itself a code.
    static func codeSection(_ text: CitationText, _ inner: Range<Int>) -> ClauseReading? {
        // The gate: a section sign inside.
        guard !inner.isEmpty, text.firstOffset(of: 0xA7, from: inner.lowerBound, end: inner.upperBound) < inner.upperBound,
              let reading = StatuteForm.read(text, inner), case .full(let shared) = reading.form,
              shared.work.kind == .statute || shared.work.kind == .regulation, shared.work.title.contains(" § "),
              shared.work.volume != nil || shared.work.container?.contains(".") == true,
              reading.trailing.map({ text.equals(text.trimmingTrailing($0, [UInt8(ascii: ".")]), "et seq") }) ?? true,
              reading.citation.upperBound >= inner.upperBound - 1 || reading.trailing != nil else { return nil }
        return reading
    }
}

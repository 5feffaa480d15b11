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
        let inner = text.trimmed(open + 1..<close - 1)
        guard !inner.isEmpty, let reading = StatuteForm.read(text, inner), case .full(let shared) = reading.form,
              shared.work.kind == .statute || shared.work.kind == .regulation, shared.work.volume != nil, shared.work.title.contains(" § "),
              reading.trailing == nil, reading.citation.upperBound >= inner.upperBound - 1 else { return nil }
        // The citation is the code's, inside the parenthesis: the act's words before it are the
        // author's name for the provision, and a parenthesis read again would cite it twice.
        return (reading, close)
    }
}

import LowLevel

/// A short form by name and numbered paragraphs, as Commonwealth courts and factums cite a
/// decision again: `Osoyoos, para. 46`, `Haida, paras. 32-35`, `Gauthier SCC, para 2`, a European
/// court's `Petrov v. Bulgaria, § 90`; the name
/// one the full citation defined (`[Osoyoos]`) or words of the case's name. A court document named
/// so (`Appellants' Factum, paras. 6, 30-38`) is that document, cited in full.
///
/// Only paragraphs: `Roe, p. 12` and `Roe, ¶ 4` stay with the forms that read them.
enum ParagraphShortForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// The most words of a short name.
    private static let longestName = 6
    /// The last words of a court document's name: a party's factum, the record, the reasons below.
    private static let documentWords: [StaticString] = ["Factum", "Memorandum", "Affidavit", "Record", "Transcript", "Reasons", "Submissions"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // Cheap first: a comma, then `para` or `Para`.
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: citation.lowerBound, end: citation.upperBound)
        guard comma < citation.upperBound, comma > citation.lowerBound else { return nil }
        let mark = text.skipSpaces(from: comma + 1, end: citation.upperBound)
        let name = text.trimmed(citation.lowerBound..<comma)
        // `Petrov v. Bulgaria, § 90`: a European court's paragraph after a case's name (after any other
        // name, `§` is a code's section).
        let paragraphSign = text.has("§ ", at: mark, end: citation.upperBound) && (text.contains(" v. ", in: name) || text.contains(" v ", in: name))
        guard paragraphSign || text.has("para", at: mark, end: citation.upperBound, ignoringFirstLetterCase: true),
              let pin = paragraphSign ? ContinentalPlace.parse(text, at: mark, end: citation.upperBound)
                : PinpointParser.parse(text, at: mark, end: citation.upperBound, allowRoman: false),
              pin.pinpoint.kind == .paragraph
        else { return nil }
        let words = text.words(in: name, limit: longestName + 1)
        guard let lead = name.first, Bytes.isUpper(text.bytes[lead]) || text.bytes[lead] >= 0xC0, words.count <= longestName else { return nil }
        // Nothing after the paragraphs but the author's parentheticals.
        let rest = text.trimmed(pin.end..<citation.upperBound)
        guard rest.isEmpty || text.bytes[rest.lowerBound] == UInt8(ascii: "(") else { return nil }
        let form: ClauseReading.Form
        if let last = words.last, documentWords.contains(where: { text.equals(last, $0) }) {
            form = .full(ClauseReading.SharedWork(WorkDraft(kind: .document, title: text.string(name))))
        } else {
            form = .short(name: text.string(name))
        }
        var reading = ClauseReading(form: form, pinpoint: pin.pinpoint, citation: citation.lowerBound..<pin.end, trailing: nil)
        if rest.count > 2, text.bytes[rest.upperBound - 1] == UInt8(ascii: ")") {
            reading.parentheticals = [text.string(text.trimmed(rest.lowerBound + 1..<rest.upperBound - 1))]
        }
        return reading
    }
}

import LowLevel

/// A section of a law named by the short name the text gave it, then the record's pages where the
/// law is read, as court opinions cite a compact or act reprinted in the joint appendix:
/// `Widget Compact §4.01(b), 1 App. 18`, `Compact §5.01(b), id., at 22–23 (apportioning ...)`.
///
/// The name is a short form (`ClauseReading.Form.short`), the section its pinpoint; the record's
/// pages (`RecordPages`) place the reading and are no work: `1 App. 18` is no reporter. What
/// follows them is the author's.
enum RecordedSectionForm: CitationForm {
    /// The most words a law's short name takes.
    private static let nameWordLimit = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        // The gate: a capital opens the clause and a section sign follows within the name's reach.
        guard body.count > 6, Bytes.isUpper(bytes[body.lowerBound]) else { return nil }
        let reach = min(body.upperBound, body.lowerBound + 80)
        let mark = text.firstOffset(of: 0xC2, from: body.lowerBound, end: reach)
        guard mark + 1 < reach, bytes[mark + 1] == 0xA7, mark > body.lowerBound + 1 else { return nil }
        // The section ends at the comma before the record (`§4.01(b), 1 App.` is no list of sections).
        var sectionEnd = body.upperBound
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: mark..<body.upperBound) {
            sectionEnd = comma
            break
        }
        guard let section = PinpointParser.parse(text, at: mark, end: sectionEnd, allowRoman: false), section.pinpoint.kind == .section,
              let record = RecordPages.end(text, after: section.end, end: body.upperBound) else { return nil }
        let nameRange = text.trimmed(body.lowerBound..<mark)
        let words = text.words(in: nameRange)
        guard !words.isEmpty, words.count <= nameWordLimit,
              words.allSatisfy({ Bytes.isUpper(bytes[$0.lowerBound]) && !bytes[$0].contains(UInt8(ascii: ",")) }) else { return nil }
        var trailing = text.trimmed(record..<body.upperBound)
        while let first = trailing.first, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(bytes[first]) {
            trailing = text.trimmed(first + 1..<trailing.upperBound)
        }
        return ClauseReading(form: .short(name: text.string(nameRange)), pinpoint: section.pinpoint,
                             citation: body.lowerBound..<record, trailing: trailing.isEmpty ? nil : trailing)
    }
}

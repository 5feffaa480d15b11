import LowLevel

/// A law's official comment, named by the short name the text gave the law, then the record's
/// pages where it is read, as court opinions cite the interpretive comments printed with a compact
/// in the joint appendix: `Widget Compact, Comment on Preamble, 1 App. 9`,
/// `Compact, Comment on Art. V, id., at 30`.
///
/// The name is a short form (`ClauseReading.Form.short`), the comment (`Comment on Preamble`) its
/// pinpoint; the record's pages (`RecordPages`) place the reading and are no work, so `1 App. 9`
/// is never a reporter's volume and page.
enum RecordedCommentForm: CitationForm {
    /// The most words a law's short name takes.
    private static let nameWordLimit = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        // The gate: a capital opens the clause, and `, Comment on ` follows the name's first comma.
        guard body.count > 20, Bytes.isUpper(bytes[body.lowerBound]),
              let comma = text.topLevelOffsets(of: UInt8(ascii: ","), in: body).first(where: { _ in true }),
              comma - body.lowerBound <= 80 else { return nil }
        let commentStart = text.skipSpaces(from: comma + 1, end: body.upperBound)
        guard text.has("Comment on ", at: commentStart, end: body.upperBound) else { return nil }
        var commentEnd = body.upperBound
        for next in text.topLevelOffsets(of: UInt8(ascii: ","), in: commentStart..<body.upperBound) {
            commentEnd = next
            break
        }
        guard commentEnd < body.upperBound, let record = RecordPages.end(text, after: commentEnd, end: body.upperBound) else { return nil }
        let nameRange = text.trimmed(body.lowerBound..<comma)
        let words = text.words(in: nameRange)
        guard !words.isEmpty, words.count <= nameWordLimit, words.allSatisfy({ Bytes.isUpper(bytes[$0.lowerBound]) }) else { return nil }
        var trailing = text.trimmed(record..<body.upperBound)
        while let first = trailing.first, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(bytes[first]) {
            trailing = text.trimmed(first + 1..<trailing.upperBound)
        }
        let comment = Pinpoint(kind: .other, text: text.string(text.trimmed(commentStart..<commentEnd)))
        return ClauseReading(form: .short(name: text.string(nameRange)), pinpoint: comment,
                             citation: body.lowerBound..<record, trailing: trailing.isEmpty ? nil : trailing)
    }
}

import LowLevel

/// Where a citation starts inside the author's sentence that no form reads whole, as continental
/// footnotes run them together: after a comma, a court's abbreviation (`... left the question
/// unanswered in the Programmfehlerbeseitigung decision, BGH, 2000 GRUR 866, 868`); after a comma
/// or a space, authors' surnames in capitals before a comma (`... was appealed, JAEGER, Enforcement
/// of the GNU GPL ..., 1 (2010) JIPITEC 34`, `... on standard business terms SPINDLER, in:
/// Spindler (ed.), ...`); after a colon that ends a few words (`Of this opinion: OLG München, ...`).
///
/// Only a full citation read from there counts; the words before it are commentary.
enum ProseRestart {
    /// The most places tried in one clause.
    private static let attempts = 6
    /// The most words before a colon that opens a string of citations.
    private static let colonLeadWords = 5

    /// The first place in `body` (after its start) where a full citation is read, with its reading.
    static func find(_ text: CitationText, _ body: Range<Int>) -> (start: Int, reading: ClauseReading)? {
        // Capitals are what every such start has: most prose has none after its first word.
        guard body.count > 8 else { return nil }
        var tried = 0
        var index = body.lowerBound + 1
        while index < body.upperBound, tried < attempts {
            let byte = text.bytes[index]
            guard byte == UInt8(ascii: " "), index + 1 < body.upperBound else {
                index += 1
                continue
            }
            let start = index + 1
            index += 1
            guard !text.isInsideSpan(start), text.isTopLevel(start, base: text.baseLevel(of: body)) else { continue }
            let before = index - 2 >= body.lowerBound ? text.bytes[index - 2] : 0
            let kind = startKind(text, at: start, end: body.upperBound, afterComma: before == UInt8(ascii: ","),
                                 afterColon: before == UInt8(ascii: ":") && isShortLead(text, body.lowerBound..<index - 2))
            guard kind else { continue }
            tried += 1
            guard let reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form else { continue }
            return (start, reading)
        }
        return nil
    }

    /// Whether a citation may start at `offset`: a court after a comma, capital surnames, or anything after a short lead's colon.
    private static func startKind(_ text: CitationText, at offset: Int, end: Int, afterComma: Bool, afterColon: Bool) -> Bool {
        guard Bytes.isUpper(text.bytes[offset]) || text.bytes[offset] >= 0xC0 else { return false }
        if afterColon { return true }
        var wordEnd = offset
        while wordEnd < end, !Bytes.isSpace(text.bytes[wordEnd]) { wordEnd += 1 }
        let word = text.trimmingTrailing(offset..<wordEnd, [UInt8(ascii: ",")])
        if afterComma, CourtDecisionForm.courts.contains(text.string(word)) { return true }
        // `JAEGER,`, `JAEGER/METZGER,`: surnames in capitals, then a comma.
        return word != offset..<wordEnd && TreatiseShortForm.isAuthors(text, word)
    }

    /// Whether `lead` is a few words with no comma (`Of this opinion`).
    private static func isShortLead(_ text: CitationText, _ lead: Range<Int>) -> Bool {
        !lead.isEmpty && !text.bytes[lead].contains(UInt8(ascii: ",")) && text.wordCount(in: lead) <= colonLeadWords
    }
}

/// *Id.* (or *Ibid.*): the work cited just before. `*Id.*`, `*Id.* at 555`, `*Id.* ¶ 73`,
/// `*Id.* 3–4`, `id. at 562–66, followed by ...`, `Ibid.`, and as PDF conversions space them
/// (`_Id_ ., at 853`).
enum IdForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let start = body.lowerBound
        let end = body.upperBound
        var length: Int
        if text.has("Id", at: start, end: end, ignoringFirstLetterCase: true) || text.has("ID", at: start, end: end) {
            length = 2
        } else if text.has("Ibid", at: start, end: end, ignoringFirstLetterCase: true) || text.has("IBID", at: start, end: end) {
            length = 4
        } else {
            return nil
        }
        // The period, perhaps after a space a conversion put between emphasis and it.
        let period = text.skipSpaces(from: start + length, end: end)
        guard period < end, text.bytes[period] == UInt8(ascii: "."), period - (start + length) <= 1 else { return nil }
        length = period + 1 - start
        let tail = ClauseEnds.shortFormTail(text, from: start + length, end: end)
        return ClauseReading(form: .id, pinpoint: tail.pinpoint, citation: start..<tail.citationEnd, trailing: tail.trailing)
    }
}

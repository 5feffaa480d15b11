/// *Id.* (or *Ibid.*): the work cited just before. `*Id.*`, `*Id.* at 555`, `*Id.* ¶ 73`,
/// `*Id.* 3–4`, `id. at 562–66, followed by ...`, `Ibid.`
enum IdForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let start = body.lowerBound
        let length: Int
        if text.has("Id.", at: start, end: body.upperBound, ignoringFirstLetterCase: true) || text.has("ID.", at: start, end: body.upperBound) {
            length = 3
        } else if text.has("Ibid.", at: start, end: body.upperBound, ignoringFirstLetterCase: true) || text.has("IBID.", at: start, end: body.upperBound) {
            length = 5
        } else {
            return nil
        }
        let tail = ClauseEnds.shortFormTail(text, from: start + length, end: body.upperBound)
        return ClauseReading(form: .id, pinpoint: tail.pinpoint, citation: start..<tail.citationEnd, trailing: tail.trailing)
    }
}

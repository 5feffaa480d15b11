import LowLevel

/// A clause that is only a place in a work, as reports' and opinions' notes give one for the
/// work just cited: `at 412C`, `para 12`, `paras 31-33`, `p 208`. Read as
/// an *Id.* with that pinpoint: the work the citation before it names, by the *Id.* rules (never
/// a work across a note in which no citation was read). `Chapter 4, para 1.2` stays a part of the
/// report itself (`OwnReportPartForm`).
enum PinpointOnlyForm: CitationForm {
    /// The marks that open such a clause, each with its space, and the place they give.
    private static let marks: [(word: StaticString, kind: Pinpoint.Kind)] = [
        ("at ", .page), ("paras. ", .paragraph), ("para. ", .paragraph), ("paras ", .paragraph), ("para ", .paragraph),
        ("paragraphs ", .paragraph), ("paragraph ", .paragraph), ("pp. ", .pages), ("p. ", .page), ("pp ", .pages), ("p ", .page),
        ("pages ", .pages), ("page ", .page),
        ("articles ", .article), ("article ", .article), ("arts. ", .article), ("art. ", .article), ("arts ", .article), ("art ", .article),
    ]
    /// The longest clause read so: a mark and a few numbers.
    private static let longest = 40

    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "A") || byte == UInt8(ascii: "p") || byte == UInt8(ascii: "P")
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ clause: Range<Int>) -> ClauseReading? {
        // `At 42.`: the period that closes the note is no part of the page; other marks keep the
        // clause as written (`P. 41.` and `pp. 3-4.` are the forms after this one's).
        // `art 9.`, `Art 121(3).`: a treaty's article, the work's place as a page is (after a
        // treaty's short name declared, the article of the treaty cited just before).
        let body = text.has("at ", at: clause.lowerBound, end: clause.upperBound, ignoringFirstLetterCase: true)
            || text.has("art", at: clause.lowerBound, end: clause.upperBound, ignoringFirstLetterCase: true)
            ? ClauseEnds.withoutClosingPeriod(text, clause) : clause
        guard body.count <= longest, body.count >= 4 else { return nil }
        let start = body.lowerBound
        guard let mark = marks.first(where: { text.has($0.word, at: start, end: body.upperBound, ignoringFirstLetterCase: true) }) else { return nil }
        let numberStart = start + mark.word.utf8CodeUnitCount
        guard numberStart < body.upperBound, Bytes.isDigit(text.bytes[numberStart]),
              numbers(text, from: numberStart, end: body.upperBound) == body.upperBound else { return nil }
        // `at 412C`: the page, its letter kept; the mark `at` is no part of the place.
        let placeStart = text.has("at ", at: body.lowerBound, end: body.upperBound, ignoringFirstLetterCase: true) ? numberStart : body.lowerBound
        return ClauseReading(form: .id, pinpoint: Pinpoint(kind: mark.kind, text: text.string(placeStart..<body.upperBound)),
                             citation: body, trailing: nil)
    }

    /// Just past the numbers at `offset`: digits, each perhaps with a capital letter of the page's
    /// part (`412C`) or a dotted part (`1.2`), joined by dashes, commas or `and`.
    private static func numbers(_ text: CitationText, from offset: Int, end: Int) -> Int {
        var index = offset
        var last = offset
        while index < end {
            let byte = text.bytes[index]
            if Bytes.isDigit(byte) {
                while index < end, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: ".") && index + 1 < end && Bytes.isDigit(text.bytes[index + 1]) {
                    index += 1
                }
                // One capital from A to H after the digits: the part of a law report's page.
                if index < end, (UInt8(ascii: "A")...UInt8(ascii: "H")).contains(text.bytes[index]),
                   index + 1 == end || !Bytes.isLetter(text.bytes[index + 1]) {
                    index += 1
                }
                // `121(3)(a)`: an article's subdivisions.
                while index < end, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 6,
                      text.bytes[(index + 1)..<(close - 1)].allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) }) {
                    index = close
                }
                last = index
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: " ") {
                index += 1
            } else if text.has("–", at: index, end: end) {
                index += 3
            } else if text.has("and ", at: index, end: end) {
                index += 4
            } else {
                break
            }
        }
        return last
    }
}

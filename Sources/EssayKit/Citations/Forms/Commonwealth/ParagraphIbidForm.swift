import LowLevel

/// New Zealand's and Australia's *Id.*: a note that opens with `At` and a judgment's paragraph in
/// brackets stands for the work cited just before (`At [41].`, `At [3.12].`, `At [120]–[124].`,
/// `at [43].`), perhaps followed by the author's words (`At [44], the Judge went on to say ...`).
/// A page after `At` (`At 42.`) is `PinpointOnlyForm`'s.
enum ParagraphIbidForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "A") || byte == UInt8(ascii: "a")
    }

    /// The paragraph's number is a digit.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let start = body.lowerBound
        guard text.has("at [", at: start, end: body.upperBound, ignoringFirstLetterCase: true),
              let place = ParagraphPlace.parse(text, at: start + 3, end: body.upperBound) else { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: place.end, end: body.upperBound)
        return ClauseReading(form: .id, pinpoint: place.pinpoint, citation: start..<place.end, trailing: tail.trailing)
    }
}

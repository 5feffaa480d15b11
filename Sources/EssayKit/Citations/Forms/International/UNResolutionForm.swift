import LowLevel

/// A UN resolution as OSCOLA cites it, with no periods: `UNGA Res 45/26 (10 December 1990) UN Doc
/// A/RES/45/26`, `UNGA Res 72/2, UN Doc A/RES/72/2 (3 October 2017) para 7`, `UNSC Res 1373 (28
/// September 2001)`, `HRC Res 31/7`. The organ and the number name it, as `G.A. Res. 57/238` does.
enum UNResolutionForm: CitationForm {
    /// The first test of `read`: the organ's abbreviation opens with `U`, `G`, `S` or `H`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "U") || byte == UInt8(ascii: "G") || byte == UInt8(ascii: "S") || byte == UInt8(ascii: "H")
    }

    /// An organ's `Res` (`organs`) and the resolution's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.resolution, .digit]) }

    /// The organs as printed, and the body `ResolutionForm` names for the same organ.
    private static let organs: [(mark: StaticString, body: String)] = [
        ("UNGA Res ", "G.A."), ("GA Res ", "G.A."), ("UNSC Res ", "S.C."), ("SC Res ", "S.C."),
        ("UNHRC Res ", "Human Rights Council"), ("HRC Res ", "Human Rights Council"),
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard let lead = citation.first, mayOpen(with: bytes[lead]) else { return nil }
        let end = citation.upperBound
        guard let organ = organs.first(where: { text.has($0.mark, at: lead, end: end) }) else { return nil }
        let numberStart = lead + organ.mark.utf8CodeUnitCount
        var index = numberStart
        while index < end, Bytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index > numberStart, Bytes.isDigit(bytes[index - 1]), index == end || !Bytes.isLetter(bytes[index]) else { return nil }
        var work = WorkDraft(kind: .resolution, title: text.string(lead..<index))
        work.documentNumber = text.string(numberStart..<index)
        work.resolutionBody = organ.body
        work.container = organ.body
        work.year = DateWords.year(in: bytes[index..<end])
        // The place: the first paragraph or article after the number, past the date and the symbol.
        var pinpoint: Pinpoint?
        var last = end
        var offset = index
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "p") || byte == UInt8(ascii: "a") || byte == UInt8(ascii: "A") || byte == UInt8(ascii: "P") || byte == 0xC2,
               bytes[offset - 1] == UInt8(ascii: " "), let place = InternationalPlace.parse(text, at: offset, end: end), place.pinpoint.isMarked {
                pinpoint = place.pinpoint
                last = place.end
                break
            }
            offset += 1
        }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: last)
    }
}

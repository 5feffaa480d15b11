import LowLevel

/// OSCOLA's cross-reference to the note that cites a work in full, where the Bluebook writes
/// *supra*: `Roe (n 13) 45`, `Software Rules (n 23) art 1(2)`, `*Vale* (n 31) para 50`, `Lund and
/// others (n 4) [45]`. Read as `Name, supra note 13` is, the place after the bracket its pinpoint.
enum NoteCrossReferenceForm: CitationForm {
    /// The first test of `read`: a name's capital, a quotation mark or a particle's lower case.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
    }

    /// The most bytes a name takes before its `(n N)`.
    private static let longestName = 160
    /// The most words in it.
    private static let mostWords = 16

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard !citation.isEmpty, end <= bytes.count else { return nil }
        // Bracket by bracket, a machine word at a time: most clauses hold no `(n 12)`.
        var open = citation.lowerBound
        let limit = min(end, citation.lowerBound + longestName)
        while true {
            open = text.firstOffset(of: UInt8(ascii: "("), from: open, end: limit)
            guard open + 4 < end, open < limit else { return nil }
            if bytes[open + 1] == UInt8(ascii: "n"), bytes[open + 2] == UInt8(ascii: " "), Bytes.isDigit(bytes[open + 3]) { break }
            open += 1
        }
        var close = open + 3
        while close < end, Bytes.isDigit(bytes[close]) { close += 1 }
        guard close < end, bytes[close] == UInt8(ascii: ")"), open > citation.lowerBound else { return nil }
        let note = text.string(open + 3..<close)
        let name = text.trimmed(citation.lowerBound..<open)
        guard !name.isEmpty, text.wordCount(in: name, limit: mostWords + 1) <= mostWords else { return nil }
        let first = bytes[name.lowerBound]
        guard Bytes.isUpper(first) || first >= 0xC0 || first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") || text.isEmphasized(name.lowerBound)
                || SurnameParticle.opensSurname(text, at: name.lowerBound, end: name.upperBound) else { return nil }
        // The place: `) 45`, `) 33–34`, `) para 50`, `) art 1(2)`, `) [45]`.
        let after = close + 1
        let placeStart = text.skipSpaces(from: after, end: end)
        var pinpoint: Pinpoint?
        var citationEnd = after
        if placeStart > after, let place = CommonwealthTail.markedPlace(text, at: placeStart, end: end) {
            pinpoint = place.pinpoint
            citationEnd = place.end
        } else if placeStart > after, placeStart < end, Bytes.isDigit(bytes[placeStart]),
                  let parsed = PinpointParser.parse(text, at: placeStart, end: end, allowRoman: false) {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        }
        var rest = text.trimmed(citationEnd..<end)
        while let lead = rest.first, bytes[lead] == UInt8(ascii: ",") || bytes[lead] == UInt8(ascii: ";") {
            rest = text.trimmed(lead + 1..<rest.upperBound)
        }
        return ClauseReading(form: .supra(name: text.string(name), note: note), pinpoint: pinpoint,
                             citation: citation.lowerBound..<citationEnd, trailing: rest.isEmpty ? nil : rest)
    }
}

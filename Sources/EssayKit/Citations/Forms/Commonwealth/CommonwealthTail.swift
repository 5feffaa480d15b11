import LowLevel

/// What McGill, OSCOLA and AGLC citations print after a work's first page: the pinpoint, after
/// ` at ` (`310 at 322`, `at para 12`) or a comma (`455, 461`, `112, para 4`).
enum CommonwealthTail {
    /// The pinpoint after `offset` and just past it, or nil and `offset` when none is there.
    static func pinpoint(_ text: CitationText, from offset: Int, end: Int) -> (pinpoint: Pinpoint?, end: Int) {
        let index = text.skipSpaces(from: offset, end: end)
        guard index < end else { return (nil, offset) }
        var start: Int?
        if index > offset, text.has("at ", at: index, end: end) {
            start = text.skipSpaces(from: index + 3, end: end)
        } else if text.bytes[index] == UInt8(ascii: ",") {
            let after = text.skipSpaces(from: index + 1, end: end)
            start = text.has("at ", at: after, end: end) ? text.skipSpaces(from: after + 3, end: end) : after
        }
        guard let start, start < end else { return (nil, offset) }
        // `para 12`, `paras 3-4`: the McGill Guide's paragraphs, with no period.
        if let place = markedPlace(text, at: start, end: end) { return (place.pinpoint, place.end) }
        if let parsed = PinpointParser.parse(text, at: start, end: end, allowRoman: false) {
            return (parsed.pinpoint, parsed.end)
        }
        return (nil, offset)
    }

    /// The words OSCOLA and the McGill Guide print before a place, with no period, and the kind of place each marks.
    private static let placeMarks: [(mark: StaticString, kind: Pinpoint.Kind)] = [
        ("paras ", .paragraph), ("para ", .paragraph), ("arts ", .article), ("art ", .article), ("ss ", .section), ("s ", .section),
        ("recitals ", .other), ("recital ", .other), ("regs ", .section), ("reg ", .section), ("r ", .section), ("sch ", .other),
        ("pt ", .other), ("ch ", .other), ("nn ", .note), ("n ", .note), ("fn ", .note),
    ]

    /// `para 89`, `art 26(3)`, `s 3.2.13`, `recital 69`, `[45]` at `offset`: a marked place with no
    /// period, as OSCOLA prints it after `ibid` or a short form, and just past it; nil when none is there.
    static func markedPlace(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        let bytes = text.bytes
        guard offset < end else { return nil }
        if bytes[offset] == UInt8(ascii: "["), offset + 2 < end, Bytes.isDigit(bytes[offset + 1]) {
            // `[45]`, `[45]-[47]`: a judgment's paragraphs; `[12.4]`: a book's numbered paragraphs.
            var close = offset + 1
            while close < end, Bytes.isDigit(bytes[close]) || bytes[close] == UInt8(ascii: ".") && close + 1 < end && Bytes.isDigit(bytes[close + 1]) {
                close += 1
            }
            guard close < end, bytes[close] == UInt8(ascii: "]") else { return nil }
            return (Pinpoint(kind: .paragraph, text: text.string(offset..<close + 1)), close + 1)
        }
        // `pt 2 div 1`, `sch 1 ch 5 s 80.2C`, `pt IIIA`: a chain of an Act's parts, whole.
        let chain = LegislativePinpoint.read(text, at: offset, end: end)
        guard let (mark, kind) = placeMarks.first(where: { text.has($0.mark, at: offset, end: end) }) else {
            return chain.map { (Pinpoint(kind: $0.kind, text: text.string($0.range)), $0.range.upperBound) }
        }
        let numberStart = offset + mark.utf8CodeUnitCount
        guard numberStart < end, Bytes.isDigit(bytes[numberStart]) || bytes[numberStart] == UInt8(ascii: "(") else {
            return chain.map { (Pinpoint(kind: $0.kind, text: text.string($0.range)), $0.range.upperBound) }
        }
        var numberEnd = numberStart
        while numberEnd < end {
            let byte = bytes[numberEnd]
            if Bytes.isDigit(byte) || Bytes.isLetter(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "-") {
                numberEnd += 1
            } else if byte == UInt8(ascii: "."), numberEnd + 1 < end, Bytes.isDigit(bytes[numberEnd + 1]) {
                numberEnd += 1
            } else if text.has("–", at: numberEnd, end: end) {
                numberEnd += 3
            } else if byte == UInt8(ascii: ","), numberEnd + 2 < end, bytes[numberEnd + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[numberEnd + 2]),
                      !DateWords.opensDayAndMonth(bytes[(numberEnd + 2)..<end]) {
                numberEnd += 2
            } else {
                break
            }
        }
        if let chain, chain.range.upperBound > numberEnd { return (Pinpoint(kind: chain.kind, text: text.string(chain.range)), chain.range.upperBound) }
        return (Pinpoint(kind: kind, text: text.string(offset..<numberEnd)), numberEnd)
    }

    /// The reading of a full citation of `work` that ends at `end`, the rest of the clause its trailing words.
    static func reading(_ text: CitationText, _ work: WorkDraft, _ pinpoint: Pinpoint?, _ citation: Range<Int>, end: Int) -> ClauseReading {
        var rest = text.trimmed(end..<citation.upperBound)
        while let first = rest.first, text.bytes[first] == UInt8(ascii: ",") || text.bytes[first] == UInt8(ascii: ";") {
            rest = text.trimmed(first + 1..<rest.upperBound)
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<end,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// The four-digit year that `(`/`[` at `open` holds alone, and just past its closing bracket.
    static func bracketedYear(_ text: CitationText, at open: Int, end: Int) -> (year: Int, end: Int)? {
        let bytes = text.bytes
        guard open + 5 < end, bytes[open] == UInt8(ascii: "(") || bytes[open] == UInt8(ascii: "["),
              bytes[open + 5] == (bytes[open] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")),
              bytes[open + 1..<open + 5].allSatisfy(Bytes.isDigit), let year = DateWords.year(in: bytes[open + 1..<open + 5]) else { return nil }
        return (year, open + 6)
    }
}

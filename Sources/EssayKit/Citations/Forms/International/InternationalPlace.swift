import LowLevel

/// The places international and European citations point at, in each spelling they print: an
/// article (`art 12`, `Article 3(1)`, `Art. 33`), paragraphs (`para 45`, `paras 4-9`, `paragraphs
/// 48-63`, `§ 216`, `§§ 4-5`, `[45]`) or pages (`63`, `3-6`, `28,33`, `p. 4`).
enum InternationalPlace {
    private static let paragraphMarks: [StaticString] = ["paragraphs ", "paragraph ", "Paragraphs ", "Paragraph ", "paras. ", "para. ", "Paras ", "Para ", "Para. "]

    /// A treaty's or document's reading that ends at `last`, with the place in it written after an
    /// optional comma at `index` (`, art 33`, `para 4`), as international citations close.
    static func closingReading(_ text: CitationText, _ work: WorkDraft, _ citation: Range<Int>, last: Int, index: Int) -> ClauseReading {
        let end = citation.upperBound
        var (last, index) = (last, index)
        var pinpoint: Pinpoint?
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        if index > last, let place = parse(text, at: index, end: end) {
            pinpoint = place.pinpoint
            last = place.end
        }
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: last)
    }

    /// The place that starts at `offset` and just past it, or nil.
    static func parse(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard offset < end else { return nil }
        let byte = text.bytes[offset]
        if byte | 0x20 == UInt8(ascii: "a"), let article = ArticlePinpoint.parse(text, at: offset, end: end) { return article }
        if byte | 0x20 == UInt8(ascii: "p") {
            for mark in paragraphMarks where text.has(mark, at: offset, end: end) {
                let numberStart = offset + mark.utf8CodeUnitCount
                let numberEnd = numberRunEnd(text, from: numberStart, end: end)
                guard numberEnd > numberStart else { return nil }
                return (Pinpoint(kind: .paragraph, text: text.string(offset..<numberEnd)), numberEnd)
            }
        }
        if let place = CommonwealthTail.markedPlace(text, at: offset, end: end) { return place }
        if Bytes.isDigit(byte) {
            // `28,33`: pages joined by a comma with no space, as some drafts print them.
            let numberEnd = numberRunEnd(text, from: offset, end: end)
            guard numberEnd == end || !Bytes.isLetter(text.bytes[numberEnd]) else { return nil }
            return (Pinpoint(kind: .page, text: text.string(offset..<numberEnd)), numberEnd)
        }
        return PinpointParser.parse(text, at: offset, end: end, allowRoman: false)
    }

    /// Just past the numbers at `offset`: digits joined by `-`, `–`, `,` or `, ` before a digit.
    private static func numberRunEnd(_ text: CitationText, from offset: Int, end: Int) -> Int {
        let bytes = text.bytes
        var index = offset
        var last = offset
        while index < end {
            if Bytes.isDigit(bytes[index]) {
                index += 1
                last = index
            } else if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ","), index > offset, index + 1 < end, Bytes.isDigit(bytes[index + 1]) {
                index += 1
            } else if bytes[index] == UInt8(ascii: ","), index > offset, index + 2 < end, bytes[index + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[index + 2]),
                      !DateWords.opensDayAndMonth(bytes[(index + 2)..<end]) {
                index += 2
            } else if text.has("–", at: index, end: end), index > offset, index + 3 < end, Bytes.isDigit(bytes[index + 3]) {
                index += 3
            } else {
                break
            }
        }
        return last
    }
}

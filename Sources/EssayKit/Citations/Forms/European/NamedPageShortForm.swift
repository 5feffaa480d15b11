import LowLevel

/// A decision cited again by the name it is known by and a page in brackets, as German notes
/// do: `6. Rundfunkentscheidung (p. 335)`, `Lüth (S. 207), available at https://...`. The name is
/// one a full citation declared (`BVerfG, 15 January 1958, 1 BvR 400/51 (Lüth)`); the address
/// after it is the decision's, no second work.
enum NamedPageShortForm: CitationForm {
    /// The first test of `read`: a name opens with a capital or an ordinal's digit.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) || Bytes.isDigit(byte) || byte >= 0xC0 }

    /// The most words of a decision's name.
    private static let longestName = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        guard let lead = citation.first else { return nil }
        // The bracket, close after the name: cheap first.
        let open = text.firstOffset(of: UInt8(ascii: "("), from: lead, end: min(end, lead + 80))
        guard open < end, open > lead, bytes[open - 1] == UInt8(ascii: " "), let close = text.closingBracket(after: open, end: end) else { return nil }
        let name = text.trimmed(lead..<open)
        let words = text.words(in: name, limit: longestName + 1)
        guard let first = words.first, words.count <= longestName, words.count > 1 || !Bytes.isDigit(bytes[first.lowerBound]) else { return nil }
        // `6.` alone opens an ordinal name; any other digit, comma or period makes it no name.
        for (position, word) in words.enumerated() {
            let isOrdinal = position == 0 && bytes[word.last ?? word.lowerBound] == UInt8(ascii: ".") && bytes[word.dropLast()].allSatisfy(Bytes.isDigit)
            guard isOrdinal || Bytes.isUpper(bytes[word.lowerBound]) || bytes[word.lowerBound] >= 0xC0,
                  isOrdinal || !bytes[word].contains(where: { Bytes.isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) else { return nil }
        }
        // The bracket holds a marked page and nothing else.
        guard let page = PinpointParser.parse(text, at: open + 1, end: close - 1, allowRoman: false) ?? germanPage(text, at: open + 1, end: close - 1),
              page.pinpoint.kind == .page || page.pinpoint.kind == .pages, page.pinpoint.isMarked, page.end == close - 1 else { return nil }
        // After it, nothing or the decision's address.
        var last = close
        var index = text.skipSpaces(from: close, end: end)
        if index < end, bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        if index < end {
            if text.has("available at ", at: index, end: end, ignoringFirstLetterCase: true) { index += 13 }
            guard text.has("http", at: index, end: end) || text.has("www.", at: index, end: end),
                  !bytes[index..<end].contains(where: Bytes.isSpace) else { return nil }
            last = end
        }
        return ClauseReading(form: .short(name: text.string(name)), pinpoint: page.pinpoint, citation: lead..<last, trailing: nil)
    }

    /// `S. 335`: a German page, marked `S.` (`Seite`), as a page pinpoint.
    private static func germanPage(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard text.has("S. ", at: offset, end: end) else { return nil }
        var index = offset + 3
        while index < end, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-") || text.bytes[index] == UInt8(ascii: "f") { index += 1 }
        guard index > offset + 3 else { return nil }
        return (Pinpoint(kind: .page, text: text.string(offset..<index)), index)
    }
}

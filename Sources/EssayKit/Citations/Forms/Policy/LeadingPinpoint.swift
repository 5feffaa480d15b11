import LowLevel

/// A pinpoint printed before the work it points into, as policy writing does: `Tables 5.14 and
/// 5.16 in Agency, Title, https://...`, `p. 5 of Agency, Title, 2021`, `row 940 in the tabulation
/// titled "X" of Agency, Title, 2020, https://...`.
///
/// A place word (`p.`, `pp.`, `page`, `Table`, `Figure`, `Chapter`, `row`, `column`, `Appendix` ...)
/// and its numbers, joined by `and`, commas or dashes, open the clause; a few more words may name
/// the place further; then `in` or `of` and a full citation that starts there. The place is the
/// citation's pinpoint.
enum LeadingPinpoint: CitationForm {
    /// Place words, each with the space after it; the cheap test is the first letter.
    private static let places: [(word: StaticString, kind: Pinpoint.Kind)] = [
        ("p. ", .page), ("pp. ", .pages), ("page ", .page), ("pages ", .pages), ("table ", .other), ("tables ", .other),
        ("figure ", .other), ("figures ", .other), ("fig. ", .other), ("chapter ", .other), ("chapters ", .other),
        ("row ", .other), ("rows ", .other), ("column ", .other), ("columns ", .other), ("line ", .other),
        ("lines ", .other), ("appendix ", .other), ("appendices ", .other), ("annex ", .other), ("exhibit ", .other),
    ]
    private static let openers: [UInt8] = Array("ptfcrale".utf8)

    /// The first test of `read`: a letter that opens a place word, in either case.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) && openers.contains(byte | 0x20)
    }
    /// The places by their first letter, lower-cased (`a` is 0), in the list's order: a clause is
    /// compared with the few that open as it does.
    private static let placesByLetter: [[(word: StaticString, kind: Pinpoint.Kind)]] = {
        var table = [[(word: StaticString, kind: Pinpoint.Kind)]](repeating: [], count: 26)
        for place in places {
            let letter = Bytes.withBytes(of: place.word) { $0[0] }
            table[Int(letter - UInt8(ascii: "a"))].append(place)
        }
        return table
    }()
    /// How far after the place the word joining it to the work may come, in bytes.
    private static let longestGap = 160

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard body.count > 12 else { return nil }
        let first = text.bytes[body.lowerBound]
        guard Bytes.isLetter(first), openers.contains(first | 0x20) else { return nil }
        var placeEnd: Int?
        var kind = Pinpoint.Kind.other
        for place in placesByLetter[Int((first | 0x20) - UInt8(ascii: "a"))]
        where text.has(place.word, at: body.lowerBound, end: body.upperBound, ignoringFirstLetterCase: true) {
            placeEnd = body.lowerBound + place.word.utf8CodeUnitCount
            kind = place.kind
            break
        }
        guard let placeEnd, let numbersEnd = numbers(text, placeEnd, end: body.upperBound) else { return nil }
        let pinpoint = Pinpoint(kind: kind, text: text.string(body.lowerBound..<numbersEnd))
        // `in` or `of` outside quotation marks, then the work's citation.
        var index = numbersEnd
        var quoted = false
        var tries = 0
        let limit = min(body.upperBound, numbersEnd + longestGap)
        while index < limit, tries < 3 {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: "\"") || (byte == 0xE2 && index + 2 < limit && text.bytes[index + 1] == 0x80
                                               && (text.bytes[index + 2] == 0x9C || text.bytes[index + 2] == 0x9D)) {
                quoted.toggle()
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                if !quoted { return nil }
            } else if !quoted, byte == UInt8(ascii: " "), text.has(" in ", at: index, end: limit) || text.has(" of ", at: index, end: limit) {
                let start = index + 4
                if start < body.upperBound, Bytes.isUpper(text.bytes[start]) || text.bytes[start] == UInt8(ascii: "\"") || text.bytes[start] == 0xE2 {
                    tries += 1
                    if var reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form,
                       reading.citation.lowerBound == start {
                        // The place printed first is where the work is relied on.
                        reading.pinpoint = pinpoint
                        reading.citation = body.lowerBound..<reading.citation.upperBound
                        return reading
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// Just past the numbers after a place word (`5.14 and 5.16`, `A-1`, `3–5`, `iv`), or nil.
    private static func numbers(_ text: CitationText, _ offset: Int, end: Int) -> Int? {
        var index = offset
        var last: Int?
        while index < end {
            // One number: digits, letters and the marks inside a number (`5.14`, `A-1`, `3(b)`).
            var wordEnd = index
            var digits = 0
            while wordEnd < end {
                let byte = text.bytes[wordEnd]
                if Bytes.isDigit(byte) { digits += 1 } else if !(Bytes.isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                                                                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")) { break }
                wordEnd += 1
            }
            while wordEnd > index, text.bytes[wordEnd - 1] == UInt8(ascii: ".") { wordEnd -= 1 }
            let isNumber = digits > 0 || (wordEnd - index <= 2 && wordEnd > index && Bytes.isUpper(text.bytes[index]))
            guard isNumber else { break }
            last = wordEnd
            index = wordEnd
            // A joint to a further number: ` and `, `, `, `–`, ` through `.
            if text.has(" and ", at: index, end: end) { index += 5 } else if text.has(" through ", at: index, end: end) { index += 9 }
            else if text.has("–", at: index, end: end) { index += 3 } else if text.has(", ", at: index, end: end),
                index + 2 < end, Bytes.isDigit(text.bytes[index + 2]) { index += 2 } else { break }
        }
        return last
    }
}

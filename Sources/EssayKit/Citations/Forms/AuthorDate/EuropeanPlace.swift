import LowLevel

/// The place a European note points at after a work, in the words it prints, which end the
/// citation: `p. 30`, `pp. 27-28`, `S. 30-32` (German `Seite`), `p. 336 et seq`, `S. 12 f.`,
/// `(p. 100)`, `para 59`, `paragraphs 58, 59, 63`, `margin no. 40`, `Rn. 5-8`, `Article 3
/// paragraph 1`, `§ 1 margin no. 10-12`, or a numbered section alone (`2.3.2`). The place is kept
/// as printed, its mark too.
enum EuropeanPlace {
    /// The marks, each with its space, and the kind of place each opens; the first letter in either case.
    private static let marks: [(mark: StaticString, kind: Pinpoint.Kind)] = [
        ("pp. ", .pages), ("p. ", .page), ("pp ", .pages), ("p ", .page), ("S. ", .page), ("at ", .page),
        ("paragraphs ", .paragraph), ("paragraph ", .paragraph), ("paras. ", .paragraph), ("para. ", .paragraph), ("paras ", .paragraph),
        ("para ", .paragraph), ("margin nos. ", .paragraph), ("margin no. ", .paragraph), ("marginal nos. ", .paragraph),
        ("marginal no. ", .paragraph), ("marginal number ", .paragraph), ("mn. ", .paragraph), ("mn ", .paragraph), ("Rn. ", .paragraph),
        ("Rz. ", .paragraph), ("Articles ", .article), ("Article ", .article), ("Art. ", .article), ("section ", .section),
        ("sec. ", .section), ("§§ ", .section), ("§ ", .section), ("chapter ", .other), ("ch. ", .other),
    ]
    /// What may follow a number and belong to the place: the pages after it.
    private static let followers: [StaticString] = [" et seq.", " et seq", " et sqq.", " ff.", " f.", " ff", " f", "ff.", "f.", "ff", "f"]

    /// The place that `range` holds whole (a closing period aside), or nil. With `afterComma`, the
    /// range is a field after a comma, where a bare numbered section (`2.3.2`) may stand alone.
    static func read(_ text: CitationText, _ range: Range<Int>, afterComma: Bool) -> Pinpoint? {
        let bytes = text.bytes
        var place = text.trimmingTrailing(text.trimmed(range), [UInt8(ascii: "."), UInt8(ascii: " ")])
        // `(p. 100)`: the place in brackets.
        if place.count > 2, bytes[place.lowerBound] == UInt8(ascii: "("), bytes[place.upperBound - 1] == UInt8(ascii: ")") {
            place = text.trimmed(place.lowerBound + 1..<place.upperBound - 1)
        }
        guard let lead = place.first else { return nil }
        // `et seq.` lost its period to the trim above: give it back.
        let closingPeriod = place.upperBound < range.upperBound && bytes[place.upperBound] == UInt8(ascii: ".")
        // `s. 30` is a section's mark, not German `S. 30`.
        if text.has("s. ", at: lead, end: place.upperBound) { return nil }
        var kind: Pinpoint.Kind?
        var index = lead
        for entry in marks where text.has(entry.mark, at: lead, end: place.upperBound, ignoringFirstLetterCase: true) {
            index = lead + entry.mark.utf8CodeUnitCount
            guard index < place.upperBound, Bytes.isDigit(bytes[index]) || Bytes.isUpper(bytes[index]) && entry.kind == .other else { return nil }
            kind = entry.kind
            break
        }
        if kind == nil {
            guard afterComma, Bytes.isDigit(bytes[lead]) else { return nil }
            kind = .other
        }
        guard var end = numbers(text, from: index, end: place.upperBound) else { return nil }
        // `Article 3 paragraph 1`, `§ 1 margin no. 10-12`: a finer place within the first.
        if kind == .article || kind == .section, end < place.upperBound {
            let next = text.skipSpaces(from: end, end: place.upperBound)
            for entry in marks where entry.kind == .paragraph && text.has(entry.mark, at: next, end: place.upperBound, ignoringFirstLetterCase: true) {
                if let finer = numbers(text, from: next + entry.mark.utf8CodeUnitCount, end: place.upperBound) { end = finer }
                break
            }
        }
        guard end == place.upperBound else { return nil }
        var written = text.string(place.lowerBound..<end)
        if closingPeriod, written.hasSuffix(" et seq") || written.hasSuffix(" f") || written.hasSuffix(" ff") { written += "." }
        if kind == .page, written.contains(where: { $0 == "-" || $0 == "–" || $0 == "," }) { kind = .pages }
        return Pinpoint(kind: kind ?? .other, text: written)
    }

    /// Just past the numbers at `offset`: `30`, `30-32`, `58, 59, 63`, `10 and 12`, `2.3.2`, `12 f.`,
    /// `336 et seq`, or nil when no number opens there.
    private static func numbers(_ text: CitationText, from offset: Int, end: Int) -> Int? {
        let bytes = text.bytes
        var index = offset
        func number() -> Bool {
            let start = index
            while index < end, Bytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") && index + 1 < end && Bytes.isDigit(bytes[index + 1]) && index > start {
                index += 1
            }
            // `12a`: a letter glued to the number.
            if index > start, index < end, Bytes.isLower(bytes[index]), index + 1 == end || !Bytes.isLetter(bytes[index + 1]), bytes[index] != UInt8(ascii: "f") { index += 1 }
            return index > start
        }
        guard number() else { return nil }
        while index < end {
            let before = index
            if bytes[index] == UInt8(ascii: "-") {
                index += 1
            } else if index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                index += 3
            } else if text.has(", ", at: index, end: end) {
                index += 2
            } else if text.has(" and ", at: index, end: end) {
                index += 5
            } else if text.has(" to ", at: index, end: end) {
                index += 4
            } else {
                break
            }
            if !number() {
                index = before
                break
            }
        }
        for follower in followers where text.has(follower, at: index, end: end) {
            let past = index + follower.utf8CodeUnitCount
            if past == end || !Bytes.isLetter(bytes[past]) {
                index = past
                break
            }
        }
        return index
    }
}

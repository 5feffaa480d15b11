import LowLevel

/// `Ibid` (or `Id.`) followed by the work's name, as some European drafts write a short form: `Ibid, ROE,
/// 3-6`, `Ibid, ROE, DOE, 28,33`, `Ibid., Roe v. Ruritania, paragraphs 48-63`. The name says which
/// work is meant, so the clause is read as that work's *supra* (`Roe, supra, at 3-6`), not as a bare
/// *Ibid.*, which `IdForm` keeps reading as the work just before.
enum NamedIbidForm: CitationForm {
    /// The first test of `read`: `Ibid` opens with `I` or `i`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "i")
    }

    /// The most bytes a name takes between `Ibid,` and its place.
    private static let longestName = 200

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let start = citation.lowerBound
        let end = citation.upperBound
        var index: Int
        if text.has("Ibid", at: start, end: end, ignoringFirstLetterCase: true) || text.has("IBID", at: start, end: end) {
            index = start + 4
        } else if text.has("Id.,", at: start, end: end, ignoringFirstLetterCase: true) {
            index = start + 2
        } else {
            return nil
        }
        if index < end, bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: ",") else { return nil }
        let nameStart = text.skipSpaces(from: index + 1, end: end)
        // `Ibid, Para 4`, `Ibid., Article 5`: a bare *Ibid.* with its place, `IdForm`'s to read.
        guard nameStart < end, Bytes.isUpper(bytes[nameStart]), InternationalPlace.parse(text, at: nameStart, end: end) == nil else { return nil }
        // The place after the last top-level comma, when one is there; the name is what comes before it.
        var nameEnd = end
        var pinpoint: Pinpoint?
        var placeEnd = end
        var comma = end
        for offset in text.topLevelOffsets(of: UInt8(ascii: ","), in: nameStart..<min(end, nameStart + longestName + 40)) where offset > nameStart {
            let after = text.skipSpaces(from: offset + 1, end: end)
            if after < end, let place = InternationalPlace.parse(text, at: after, end: end), text.trimmed(place.end..<end).isEmpty {
                comma = offset
                pinpoint = place.pinpoint
                placeEnd = place.end
                break
            }
        }
        if comma < end { nameEnd = comma }
        // `ROE, DOE`: the first name stands for the work, as the first author does in a supra.
        var name = text.trimmed(nameStart..<nameEnd)
        guard !name.isEmpty, name.count <= longestName else { return nil }
        if !text.contains(" v", in: name) {
            for firstComma in text.topLevelOffsets(of: UInt8(ascii: ","), in: name) {
                name = text.trimmed(name.lowerBound..<firstComma)
                break
            }
        }
        // A name is a few words, none of them a sentence's: at most eight, no digit before a ` v ` case name.
        let words = text.words(in: name, limit: 13)
        guard !words.isEmpty, words.count <= 12 else { return nil }
        let printed = text.string(name)
        // The place is what makes it this form; `Id., Internal Revenue Service, Publication 946 ...` is
        // a full citation after an *Id.*, and `Id.,` names a work only by a surname in capitals.
        guard pinpoint != nil else { return nil }
        if bytes[start + 1] == UInt8(ascii: "d") || bytes[start + 1] == UInt8(ascii: "D"),
           !text.bytes[name].allSatisfy({ Bytes.isUpper($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) { return nil }
        return ClauseReading(form: .supra(name: printed, note: nil), pinpoint: pinpoint, citation: start..<(pinpoint == nil ? name.upperBound : placeEnd),
                             trailing: nil)
    }
}

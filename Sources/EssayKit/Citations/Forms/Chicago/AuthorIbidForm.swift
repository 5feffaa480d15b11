import LowLevel

/// A surname before *Ibid.*: `Moss, Ibid., 25`, `Moss and Ito, ibid. 31`. Some Chicago notes name
/// the author whose work *Ibid.* repeats; the name is no title of a work, so the clause reads as
/// that author's work cited last with the page after it (`Moss, 25`), never as a work of its own.
enum AuthorIbidForm: CitationForm {
    /// The first test of `read`: a surname's capital or a particle's small letter.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0
    }

    /// The most bytes the names take before `, Ibid.`.
    private static let longestLead = 40

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: the first comma, early, then ` Ibid`.
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: citation.lowerBound, end: min(end, citation.lowerBound + longestLead))
        guard comma < end, comma > citation.lowerBound,
              text.has(" Ibid", at: comma + 1, end: end) || text.has(" ibid", at: comma + 1, end: end) else { return nil }
        let lead = text.trimmed(citation.lowerBound..<comma)
        guard !bytes[lead].contains(where: { Bytes.isDigit($0) || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "(") }),
              let names = QuotedTitleLead.names(text, lead), !names.isEmpty, names.count <= 3,
              names.allSatisfy({ SurnameParticle.isSurname($0) }) else { return nil }
        var index = comma + 6
        if index < end, bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index == end || bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: " ") else { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: index, end: end)
        return ClauseReading(form: .shortTitle(author: names[0], title: "", marked: false), pinpoint: tail.pinpoint,
                             citation: citation.lowerBound..<tail.citationEnd, trailing: tail.trailing)
    }
}

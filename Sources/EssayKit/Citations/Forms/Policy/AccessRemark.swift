import LowLevel

/// Policy writing's remark of when data were read, inside a work's citation: `Agency, Title; data
/// downloaded on February 19, 2025, https://...`, `Agency, Title, downloaded on July 31, 2024.`,
/// `accessed March 3, 2024`. The remark and the address after it belong to the work: it is a date
/// field of the citation, never a second work.
enum AccessRemark {
    /// The remark's words, each with the space after it; every one opens with a letter of `openers`.
    private static let openings: [StaticString] = ["data downloaded ", "downloaded ", "data accessed ", "accessed ", "last accessed ",
                                                   "data retrieved ", "retrieved ", "data extracted ", "extracted "]
    private static let openers: [UInt8] = Array("dalre".utf8)

    /// Where the date starts after the remark's words at `offset` (`February 19, 2025`), or nil
    /// when no remark opens there.
    static func dateStart(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset < end, Bytes.isLetter(text.bytes[offset]), openers.contains(text.bytes[offset] | 0x20) else { return nil }
        for opening in openings where text.has(opening, at: offset, end: end, ignoringFirstLetterCase: true) {
            var index = offset + opening.utf8CodeUnitCount
            if text.has("on ", at: index, end: end) { index += 3 }
            guard let word = text.words(in: index..<min(end, index + 12)).first,
                  DateWords.isMonth(text.bytes[word]) || text.bytes[word].allSatisfy(Bytes.isDigit) else { return nil }
            return index
        }
        return nil
    }

    /// Whether the semicolon at `offset` opens an access remark (`; data downloaded on ...`).
    static func follows(_ text: CitationText, semicolon offset: Int, end: Int) -> Bool {
        dateStart(text, at: text.skipSpaces(from: offset + 1, end: end), end: end) != nil
    }

    /// `Data available at https://...`, `Available at https://...`: a sentence after a citation that
    /// gives the cited work's address; the address, without its closing period.
    static func availableAddress(_ text: CitationText, _ body: Range<Int>) -> String? {
        guard body.count > 16, text.bytes[body.lowerBound] | 0x20 == UInt8(ascii: "d") || text.bytes[body.lowerBound] | 0x20 == UInt8(ascii: "a")
        else { return nil }
        var index = body.lowerBound
        for lead in ["data are ", "data is ", "data "] as [StaticString] where text.has(lead, at: index, end: body.upperBound, ignoringFirstLetterCase: true) {
            index += lead.utf8CodeUnitCount
            break
        }
        var found = false
        for lead in ["available at ", "available at: ", "available from "] as [StaticString] where text.has(lead, at: index, end: body.upperBound, ignoringFirstLetterCase: true) {
            index += lead.utf8CodeUnitCount
            found = true
            break
        }
        guard found else { return nil }
        let address = ClauseEnds.withoutClosingPeriod(text, text.skipSpaces(from: index, end: body.upperBound)..<body.upperBound)
        guard text.has("http://", at: address.lowerBound, end: address.upperBound) || text.has("https://", at: address.lowerBound, end: address.upperBound)
                || text.has("www.", at: address.lowerBound, end: address.upperBound),
              !text.bytes[address].contains(UInt8(ascii: " ")) else { return nil }
        return text.string(address)
    }
}

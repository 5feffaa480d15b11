import LowLevel

/// A case in the Year Books, cited by regnal year, king and folio, as nineteenth-century
/// treatises cite them: `Y.B. 6 Ed. IV. 7`, `Y. B. 21 Hen. VII. 27, pl. 5`, `Y.B. 30 & 31 Edw. I.
/// 106`, `Y.B. 12 Hen. VIII. Mich. 11, pl. 3`.
///
/// The work is the case at that folio of the year's book (`Y.B.`, volume `6 Edw. IV`, page `7`);
/// a plea's number after it (`pl. 5`) or a page after a comma is the pinpoint. The king's name is
/// read in its common abbreviations (`Ed.`, `Edw.`, `E.`, `Hen.`, `H.`, `Ric.`, `R.`) and written as
/// one, so that `6 Ed. IV.` and `6 Edw. 4` are the same book. Anything but a regnal year, a king
/// and a folio after `Y.B.` is no Year Book's cite.
enum YearBookForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "Y") }

    /// The kings' abbreviations, each with the spelling kept.
    private static let kings: [(written: StaticString, kept: String)] = [
        ("Edw.", "Edw."), ("Ed.", "Edw."), ("E.", "Edw."), ("Hen.", "Hen."), ("H.", "Hen."), ("Ric.", "Ric."), ("R.", "Ric."),
    ]
    /// The kings' numbers the Year Books run to (Edward I to Henry VIII).
    private static let reigns = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    /// The law terms a folio may be named in.
    private static let terms: [StaticString] = ["Mich.", "Hil.", "Pasch.", "Trin.", "M.", "H.", "P.", "T."]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let end = citation.upperBound
        let bytes = text.bytes
        var index = citation.lowerBound
        if text.has("Y.B. ", at: index, end: end) {
            index += 5
        } else if text.has("Y. B. ", at: index, end: end) {
            index += 6
        } else {
            return nil
        }
        // The regnal year: `6`, `30 & 31`, `21-22`.
        guard let year = number(bytes, &index, end: end) else { return nil }
        var regnalYear = year
        if text.has(" & ", at: index, end: end) || text.has(" and ", at: index, end: end) || text.has("-", at: index, end: end) {
            var next = text.skipSpaces(from: index + (bytes[index] == UInt8(ascii: "-") ? 1 : (bytes[index + 1] == UInt8(ascii: "&") ? 2 : 4)), end: end)
            if let second = number(bytes, &next, end: end) {
                regnalYear += "-" + second
                index = next
            }
        }
        guard index < end, bytes[index] == 0x20 else { return nil }
        index += 1
        guard let king = kings.first(where: { text.has($0.written, at: index, end: end) }) else { return nil }
        index += king.written.utf8CodeUnitCount
        index = text.skipSpaces(from: index, end: end)
        // The king's number, in Roman numerals (a period after them or not) or digits.
        let ordinalStart = index
        while index < end, "IVX".utf8.contains(bytes[index]) || Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > ordinalStart, index - ordinalStart <= 5 else { return nil }
        let ordinal = text.string(ordinalStart..<index)
        guard let reign = Int(ordinal) ?? reigns.firstIndex(of: ordinal).map({ $0 + 1 }), (1...reigns.count).contains(reign) else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ".") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        // A term before the folio, and `f.` or `fol.`.
        if let term = terms.first(where: { text.has($0, at: index, end: end) }), index + term.utf8CodeUnitCount < end,
           bytes[index + term.utf8CodeUnitCount] == 0x20 {
            index = text.skipSpaces(from: index + term.utf8CodeUnitCount, end: end)
        }
        for folio: StaticString in ["fol. ", "f. ", "fo. "] where text.has(folio, at: index, end: end) {
            index += folio.utf8CodeUnitCount
            break
        }
        let folioStart = index
        guard let folioNumber = number(bytes, &index, end: end) else { return nil }
        var folio = folioNumber
        if index < end, bytes[index] == UInt8(ascii: "a") || bytes[index] == UInt8(ascii: "b") {
            folio.append(Character(UnicodeScalar(bytes[index])))
            index += 1
        }
        guard text.isWordEnd(index, end: end), index > folioStart else { return nil }
        var work = WorkDraft(kind: .case, title: "")
        work.container = "Y.B."
        work.volume = "\(regnalYear) \(king.kept) \(reigns[reign - 1])"
        work.firstPage = folio
        var citationEnd = index
        var pinpoint: Pinpoint?
        // `, pl. 5`, `pl. 5`: the plea, the pinpoint.
        var after = index
        if after < end, bytes[after] == UInt8(ascii: ",") { after += 1 }
        after = text.skipSpaces(from: after, end: end)
        if text.has("pl. ", at: after, end: end) {
            var plea = after + 4
            let pleaStart = plea
            if number(bytes, &plea, end: end) != nil, text.isWordEnd(plea, end: end) {
                pinpoint = Pinpoint(kind: .paragraph, text: "pl. " + text.string(pleaStart..<plea))
                citationEnd = plea
            }
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<citationEnd,
                             trailing: citationEnd < end ? citationEnd..<end : nil)
    }

    /// The digits at `index` (up to four), which moves past them.
    private static func number(_ bytes: [UInt8], _ index: inout Int, end: Int) -> String? {
        let start = index
        while index < end, index - start < 5, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > start, index - start <= 4 else {
            index = start
            return nil
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}

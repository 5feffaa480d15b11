import LowLevel

/// One of the institutional treatises of the common law cited by its abbreviation, its volume (or
/// book) before it and its page or folio after: `3 Bl. Comm. 208`, `1 Bl. Com. 44`, `Co. Lit.
/// 126b`, `2 Co. Inst. 45`, `2 Kent, Comm. 5`, `1 Hale, P. C. 30`, `1 Hawk. P.C. 12`.
///
/// The abbreviations are the few every nineteenth-century book uses, each naming one treatise
/// (no table of reporters has them); the abbreviation is compared with its spaces, commas and a
/// possessive left out, so `Bl. Comm.`, `Bl.Comm.` and `Kent's Comm.` are read alike. The work is
/// the treatise's volume (`3` of Blackstone's *Commentaries*), the page or folio (`126b`) its
/// pinpoint. Any other abbreviation is no treatise of this form.
enum InstitutionalTreatiseForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isDigit(byte) || Bytes.isUpper(byte) }

    /// The page's or folio's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The capitals the abbreviations open with: any other is no treatise, and no key is built.
    private static let openingCapitals: [UInt8] = Array("BCKHSEI".utf8)

    /// Each treatise: its abbreviations as compared (letters and periods only), author, title.
    private static let treatises: [(keys: [String], author: String, title: String)] = [
        (["Bl.Comm.", "Bl.Com.", "Bla.Comm.", "Blackst.Comm.", "Bl.Comm", "Comm.Bl."], "Blackstone", "Commentaries on the Laws of England"),
        (["Co.Lit.", "Co.Litt.", "Co.Lit", "Co.Litt"], "Coke", "Commentary upon Littleton"),
        (["Co.Inst.", "Inst.Co."], "Coke", "Institutes of the Laws of England"),
        (["KentComm.", "KentCom.", "KentsComm.", "KentsCom."], "Kent", "Commentaries on American Law"),
        (["HaleP.C.", "HalePC", "HalesP.C.", "HaleP.C"], "Hale", "History of the Pleas of the Crown"),
        (["Hawk.P.C.", "HawkP.C.", "Hawk.PC", "HawkinsP.C."], "Hawkins", "A Treatise of the Pleas of the Crown"),
        (["Steph.Comm.", "Steph.Com."], "Stephen", "New Commentaries on the Laws of England"),
        (["EastP.C.", "EastPC"], "East", "A Treatise of the Pleas of the Crown"),
    ]

    /// The longest abbreviation as printed, spaces and commas included.
    private static let longestAbbreviation = 20

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        var index = citation.lowerBound
        // The volume, when one is given.
        var volume: Range<Int>?
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        if index > citation.lowerBound {
            guard index - citation.lowerBound <= 2, index < end, bytes[index] == 0x20 else { return nil }
            volume = citation.lowerBound..<index
            index += 1
        }
        guard index < end, openingCapitals.contains(bytes[index]) else { return nil }
        // The abbreviation runs to the space before the page's first digit; its key (letters and
        // periods) is made only once it has run there.
        let abbreviationStart = index
        while index < end, index - abbreviationStart <= longestAbbreviation {
            let byte = bytes[index]
            if byte == 0x20, index + 1 < end, Bytes.isDigit(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "*") { break }
            // A possessive's `'s` keeps its `s`; spaces and commas go.
            guard Bytes.isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == 0x20 || byte == UInt8(ascii: ",") else {
                return nil
            }
            index += 1
        }
        guard index < end, bytes[index] == 0x20 else { return nil }
        let key = bytes[abbreviationStart..<index].filter { Bytes.isLetter($0) || $0 == UInt8(ascii: ".") }
        guard let treatise = treatises.first(where: { $0.keys.contains { $0.utf8.elementsEqual(key) } }) else { return nil }
        // The page or folio: digits, perhaps starred (`*208`) or with its side (`126b`), perhaps a range.
        let pageStart = index + 1
        var pageEnd = pageStart
        if pageEnd < end, bytes[pageEnd] == UInt8(ascii: "*") { pageEnd += 1 }
        let digitsStart = pageEnd
        while pageEnd < end, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
        guard pageEnd > digitsStart, pageEnd - digitsStart <= 4 else { return nil }
        if pageEnd < end, bytes[pageEnd] == UInt8(ascii: "a") || bytes[pageEnd] == UInt8(ascii: "b") { pageEnd += 1 }
        if pageEnd + 1 < end, bytes[pageEnd] == UInt8(ascii: "-") || text.has("–", at: pageEnd, end: end) {
            var rangeEnd = pageEnd + (bytes[pageEnd] == UInt8(ascii: "-") ? 1 : 3)
            let rangeStart = rangeEnd
            while rangeEnd < end, Bytes.isDigit(bytes[rangeEnd]) { rangeEnd += 1 }
            if rangeEnd > rangeStart { pageEnd = rangeEnd }
        }
        guard text.isWordEnd(pageEnd, end: end) else { return nil }
        var work = WorkDraft(kind: .book, title: treatise.title)
        work.authors = [treatise.author]
        work.volume = volume.map { text.string($0) }
        let pinpoint = Pinpoint(kind: .page, text: text.string(pageStart..<pageEnd))
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<pageEnd,
                             trailing: pageEnd < end ? pageEnd..<end : nil)
    }
}

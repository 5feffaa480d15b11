import LowLevel

/// A work cited again by its authors and year, as author-date writing repeats it: `Meyer (2019)`,
/// `Meyer (2019), p. 30`, `Novak/Hartmann/Ruiz (2020), S. 30-32`, `Meyer (2019) (p. 100)`,
/// `Meyer et al. (2019): 30`, `Holm and Dahl (2017), paragraphs 58, 59, 63`.
///
/// The names and year are the work's (`AuthorityCatalog.works(bySurnames:year:)`): the one work
/// cited before with those authors, first in order, and that year. None or several, and the
/// citation is unresolved, never a new work named after its author.
enum AuthorDateShortForm: CitationForm {
    /// The first test of `read`: a surname's capital (or a particle's first letter).
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0 || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "d")
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: `(` and a year within the names' length.
        let open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: min(end, citation.lowerBound + AuthorDateNames.longest + 2))
        guard open + 5 < end, open > citation.lowerBound, Bytes.isDigit(bytes[open + 1]) else { return nil }
        var close = open + 5
        if close < end, Bytes.isLower(bytes[close]) { close += 1 }
        guard close < end, let year = AuthorDateNames.bracketedYear(text, closingAt: close, start: citation.lowerBound), year.open == open
        else { return nil }
        var pinpoint: Pinpoint?
        let after = close + 1
        if after < end {
            // `, p. 30`, `: 30`, ` (p. 100)`: a place, and nothing else, after the year (asked before the
            // names, as it fails sooner).
            var placeStart = after
            if bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: ":") { placeStart = after + 1 }
            guard let place = EuropeanPlace.read(text, placeStart..<body.upperBound, afterComma: true) else { return nil }
            pinpoint = place
        }
        guard let names = AuthorDateNames.read(text, citation.lowerBound..<open, surnamesOnly: true), !names.asBefore else { return nil }
        let name = AuthorDateNames.key(surnames: names.surnames, etAl: names.etAl, year: String(year.year) + year.letter)
        return ClauseReading(form: .short(name: name), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// The surnames, `et al.` and year of a name this form made (`AuthorDateNames.key`:
    /// `Novak/Hartmann/Ruiz (2020)`, `Meyer et al. (2019a)`), or nil for any other name.
    static func authorsAndYear(_ name: String) -> (surnames: [String], etAl: Bool, year: String)? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let year = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        guard (4...5).contains(year.utf8.count), year.utf8.prefix(4).allSatisfy(Bytes.isDigit) else { return nil }
        var names = String(name[..<open].dropLast())
        let etAl = names.hasSuffix(" et al.")
        if etAl { names = String(names.dropLast(7)) }
        let surnames = names.split(separator: "/").map(String.init)
        return surnames.isEmpty ? nil : (surnames, etAl, year)
    }
}

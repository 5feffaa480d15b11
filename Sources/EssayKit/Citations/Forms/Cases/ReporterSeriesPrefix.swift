import LowLevel

/// A year-first reporter's series printed before its year, as the reports of Pakistan and India
/// are cited (`State v Ormo, PLD 1961 SC 212`, `Rao v Iyer, AIR 1973 SC 1461`): the capitals
/// before the year are the reporter's series, not the end of the case's name, which ends at
/// the comma before them. A company's form (`LLC`, `PLC`) after a comma is the name's.
enum ReporterSeriesPrefix {
    /// The case's name without the series, and the series, when `name` ends `, SERIES` (a word of
    /// two to six letters, opening with a capital, two capitals or more: `PLD`, `AIR`, `SCMR`,
    /// `PCrLJ`) and the cite's volume is a year (1800–2099); nil otherwise.
    static func split(_ text: CitationText, name: Range<Int>, volume: String) -> (name: Range<Int>, series: String)? {
        guard volume.utf8.count == 4, let year = Int(volume), (1800...2099).contains(year) else { return nil }
        let bytes = text.bytes
        var start = name.upperBound
        while start > name.lowerBound, Bytes.isLetter(bytes[start - 1]) { start -= 1 }
        let word = start..<name.upperBound
        guard (2...6).contains(word.count), start - 2 > name.lowerBound, bytes[start - 1] == 0x20, bytes[start - 2] == UInt8(ascii: ","),
              Bytes.isUpper(bytes[start]), word.count(where: { Bytes.isUpper(bytes[$0]) }) >= 2 else { return nil }
        let series = text.string(word)
        // A company's form ends many a party's name (`Doe v. Acme, LLC, 2019 WL 1234`).
        guard !companyForms.contains(series.uppercased()) else { return nil }
        return (name.lowerBound..<(start - 2), series)
    }

    /// The forms of companies a party's name ends with after a comma, in capitals.
    private static let companyForms: Set<String> = [
        "LLC", "LLP", "LP", "INC", "LTD", "PLC", "CO", "CORP", "NA", "SA", "AG", "PC", "PA", "PLLC", "GMBH", "BV", "NV", "AB",
        "USA", "US", "UK", "SPA", "SRL", "SAS", "KG", "ASA", "OY", "PTY", "LLLP",
    ]
}

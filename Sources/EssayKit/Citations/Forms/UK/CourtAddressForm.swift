import LowLevel

/// A judgment of the courts of the United Kingdom cited only by its address in a court database:
/// `http://www.bailii.org/ew/cases/EWCA/Civ/2012/1039.html`,
/// `https://caselaw.nationalarchives.gov.uk/ewhc/qb/2011/3269`. The address names the court, the
/// year and the judgment's number, which is its neutral citation (`[2012] EWCA Civ 1039`, `[2011]
/// EWHC 3269 (QB)`): the case is the one that citation names elsewhere in the essay, and what
/// follows the address is read as after a neutral citation (`CommonwealthCaseTail`).
enum CourtAddressForm: CitationForm {
    /// The first test of `read`: an address opens with `h` (`http`) or `w` (`www.`), or `<` around it.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "<")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, mayOpen(with: text.bytes[first]) else { return nil }
        let start = text.bytes[first] == UInt8(ascii: "<") ? first + 1 : first
        guard let address = address(text, at: start, end: citation.upperBound), var work = caseWork(of: address.url) else { return nil }
        var end = address.end
        if end < citation.upperBound, text.bytes[end] == UInt8(ascii: ">") { end += 1 }
        let tail = CommonwealthCaseTail.read(text, after: end, end: citation.upperBound)
        guard tail.trailing == nil else { return nil }
        work.parallelCitations = tail.parallels
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: tail.pinpoint,
                                    citation: first..<max(end, tail.end), trailing: nil)
        reading.parentheticals = tail.parentheticals
        return reading
    }

    /// The case a court database's address names, by its neutral citation, or nil for any other address.
    static func caseWork(of url: String) -> WorkDraft? {
        guard let cite = neutralCitation(of: url) else { return nil }
        var work = WorkDraft(kind: .case, title: "")
        work.year = cite.year
        work.volume = String(cite.year)
        work.container = cite.court
        work.firstPage = cite.number
        work.courtName = cite.division
        work.url = url
        return work
    }

    /// The address at `offset`, a link's or printed, and just past it; nil when none opens there.
    private static func address(_ text: CitationText, at offset: Int, end: Int) -> (url: String, end: Int)? {
        if text.isLinked(offset), let link = text.link(covering: offset) {
            return (link.url, min(link.range.upperBound, end))
        }
        guard text.has("http", at: offset, end: end) || text.has("www.", at: offset, end: end) else { return nil }
        var index = offset
        while index < end, !Bytes.isSpace(text.bytes[index]), text.bytes[index] != UInt8(ascii: ">") { index += 1 }
        let url = text.trimmingTrailing(offset..<index, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")])
        return (text.string(url), url.upperBound)
    }

    /// The neutral citation a court database's address spells out, or nil for any other address.
    static func neutralCitation(of url: String) -> (year: Int, court: String, division: String?, number: String)? {
        // Bytes compared in place, not a string search: each address cited is looked at.
        let bytes = Array(url.utf8)
        func end(of marker: StaticString, from start: Int) -> Int? {
            (start..<bytes.count).first { ByteScan.matches(marker, in: bytes, at: $0, end: bytes.count) }.map { $0 + marker.utf8CodeUnitCount }
        }
        var pathStart: Int
        if let site = end(of: "bailii.org/", from: 0) {
            // `ew/cases/EWCA/Civ/2012/1039.html`, `uk/cases/UKSC/2011/12.html`.
            guard let cases = end(of: "/cases/", from: site) else { return nil }
            pathStart = cases
        } else if let site = end(of: "caselaw.nationalarchives.gov.uk/", from: 0) {
            // `ewca/civ/2012/1039`, `uksc/2011/12`, `id/ewhc/qb/2011/3269`.
            pathStart = site
            if ByteScan.matches("id/", in: bytes, at: site, end: bytes.count) { pathStart += 3 }
        } else {
            return nil
        }
        var path = url[url.utf8.index(url.startIndex, offsetBy: pathStart)...]
        if let stop = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<stop] }
        var parts = path.split(separator: "/").map(String.init)
        guard let last = parts.last else { return nil }
        if let dot = last.firstIndex(of: ".") { parts[parts.count - 1] = String(last[..<dot]) }
        guard (3...4).contains(parts.count), let number = parts.last, !number.isEmpty, number.utf8.allSatisfy(Bytes.isDigit),
              let year = Int(parts[parts.count - 2]), (1800...2100).contains(year) else { return nil }
        let court = parts[0].uppercased()
        guard courts.contains(court) else { return nil }
        let division = parts.count == 4 ? divisionName(parts[1]) : nil
        if parts.count == 4, division == nil { return nil }
        // The Court of Appeal's division is part of its citation (`EWCA Civ`); the High Court's follows
        // the number in parentheses (`EWHC 3269 (QB)`).
        if court == "EWCA", let division { return (year, "EWCA \(division)", nil, number) }
        return (year, court, division, number)
    }

    /// The courts whose judgments the databases file by neutral citation.
    private static let courts: Set<String> = ["UKSC", "UKHL", "UKPC", "EWCA", "EWHC", "UKUT", "UKFTT", "EWCOP", "EWFC", "UKEAT", "CSIH", "CSOH", "NICA"]

    /// A division as its citation prints it (`Civ`, `QB`, `Admin`), from the address's spelling.
    private static func divisionName(_ segment: String) -> String? {
        let lower = segment.lowercased()
        if let known = divisions[lower] { return known }
        return nil
    }

    private static let divisions: [String: String] = [
        "civ": "Civ", "crim": "Crim", "qb": "QB", "kb": "KB", "ch": "Ch", "admin": "Admin", "fam": "Fam", "comm": "Comm",
        "tcc": "TCC", "pat": "Pat", "ipec": "IPEC", "admlty": "Admlty", "mercantile": "Mercantile", "costs": "Costs",
        "scco": "SCCO", "iac": "IAC", "aac": "AAC", "lc": "LC", "tc": "TC",
    ]
}

import LowLevel

/// A court decision cited in full: `Name v. Name, VOL REPORTER PAGE, PIN (COURT YEAR)`, with
/// parallel citations, explanatory parentheticals and subsequent history kept apart:
/// `N.Y. Times Co. v. Sullivan, 376 U.S. 254, 279–80, 84 S. Ct. 710 (1964) (holding ...), aff'g ...`.
///
/// The reporter must be one Free Law Project's reporters-db knows (`LegalTables.reporters`), in
/// any of its spellings. The cite may stand alone (`376 U.S. 254, 277–83 (1964)`, the case named
/// in the running text) or end the author's prose (`... as in Foo v. Bar 1 U.S. 1, 77`), whose
/// words before the name are commentary.
enum CaseForm: CitationForm {
    /// The words that open a case's subsequent history.
    private static let historyWords: [StaticString] = [
        "aff'd", "aff’d", "aff'g", "aff’g", "rev'd", "rev’d", "rev'g", "rev’g", "cert.", "vacated", "overruled", "abrogated",
        "modified", "superseded", "appeal", "reh'g", "reh’g", "on remand", "remanded", "withdrawn", "dismissed", "amended",
        "petition", "enforced", "superseding", "adhered", "mandamus", "motion", "enf'd", "enf’d", "enf. denied", "enf. granted",
        "enforcing", "enf'g", "enf’g",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard var cite = text.firstReporterCite(in: citation), !cite.isShort else { return nil }
        var name = CaseName.range(endingAt: cite.start, from: citation.lowerBound, in: text)
        // `State v Ormo, PLD 1961 SC 212`: the series is the reporter's (`PLD SC`), not the name's.
        let series = name.flatMap { ReporterSeriesPrefix.split(text, name: $0, volume: cite.volume) }
        if let series { name = series.name }
        // `Compact §4.01(b), 1 App. 18`: a law's section and the record's page, no case (corpus, issue 13).
        if let name, isSectionOfLaw(text, name) { return nil }
        let start = name?.lowerBound ?? cite.start
        let reading = CaseDetails.read(text, after: cite.end, end: citation.upperBound)
        cite.settleEdition(forYear: reading.year)
        if let series { cite.edition = series.series + " " + cite.edition }
        // `*Poe*, 603 U.S. ___, ___ (2024) (slip op., at 5)`: one party's name and a blank page are
        // a short form of the case cited before in that volume, whose name the running text gave.
        if cite.isBlankPage, let name, isOneParty(text, name) {
            var clause = ClauseReading(form: .caseShort(name: text.string(name), volumeKey: cite.volumeKey),
                                       pinpoint: reading.pinpoint,
                                       citation: start..<reading.end, trailing: reading.trailing)
            clause.parentheticals = reading.parentheticals
            return clause
        }

        var work = WorkDraft(kind: .case, title: name.map { text.string($0) } ?? "")
        work.container = cite.edition
        work.volume = cite.volume
        work.firstPage = cite.page
        work.isBlankPage = cite.isBlankPage
        work.year = reading.year
        work.parallelCitations = reading.parallels
        work.shortNames = reading.shortNames
        if series == nil, !cite.printedReporter.isEmpty, !text.bytes[cite.printedReporter].elementsEqual(cite.edition.utf8) {
            work.printedReporter = text.string(cite.printedReporter)
        }
        if let court = reading.court {
            work.court = court.id.isEmpty ? nil : court.id
            work.courtName = court.name
        } else if let implied = impliedCourt(cite) {
            work.court = implied.id
            work.courtName = implied.name
        }
        var clause = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: reading.pinpoint,
                                   citation: start..<reading.end, trailing: reading.trailing)
        clause.parentheticals = reading.parentheticals
        clause.history = reading.history
        if let history = reading.historyRange { clause.historyCases = historyCases(text, history) }
        return clause
    }

    /// The case a subsequent history names after its words (`rev'd sub nom. Doe v. Roe, 565 U.S.
    /// 469 (2012)`, `cert. denied, 569 U.S. 1001 (2013)`), with those its own history names.
    private static func historyCases(_ text: CitationText, _ history: Range<Int>) -> [WorkDraft] {
        // The case opens at the first word in a capital or a digit after the history's words.
        guard let start = text.words(in: history).first(where: { word in
            let lead = text.bytes[word.lowerBound]
            return Bytes.isUpper(lead) || Bytes.isDigit(lead)
        })?.lowerBound, let reading = read(text, start..<history.upperBound), reading.citation.lowerBound == start,
              case .full(let shared) = reading.form else { return [] }
        return [shared.work] + reading.historyCases
    }

    /// Whether a case's name is one party's (`Poe`, `Loper Bright`), as a short form gives it: no
    /// `v.`, no `In re`, `Ex parte` or `United States`, at most four words.
    private static func isOneParty(_ text: CitationText, _ name: Range<Int>) -> Bool {
        let written = text.string(name)
        return !written.contains(" v. ") && !written.contains(" v ") && !written.contains(" vs. ") && !written.hasPrefix("In re")
            && !written.hasPrefix("Ex parte") && !written.hasPrefix("United States") && written.split(separator: " ").count <= 4
    }

    /// Whether a case's name is a law's section instead: it holds a section sign and no `v.`, `In re` or `Ex parte`.
    private static func isSectionOfLaw(_ text: CitationText, _ name: Range<Int>) -> Bool {
        var index = name.lowerBound
        while index + 1 < name.upperBound, !(text.bytes[index] == 0xC2 && text.bytes[index + 1] == 0xA7) { index += 1 }
        guard index + 1 < name.upperBound else { return false }
        let written = text.string(name)
        return !written.contains(" v. ") && !written.contains(" v ") && !written.hasPrefix("In re") && !written.hasPrefix("Ex parte")
    }

    /// The court a reporter reports alone, as `LegalTables.reporters` says (the U.S. Supreme Court's reports).
    static func impliedCourt(_ cite: ReporterCite) -> (id: String, name: String)? {
        let table = cite.editionTable
        for line in cite.editionLines where table.field(1, ofLine: line) == cite.edition {
            let id = table.field(4, ofLine: line)
            return id.isEmpty ? nil : (id, table.field(5, ofLine: line))
        }
        return nil
    }

    /// The words that open a history in which the same court prints its opinion again (`modified`,
    /// `amended`, `on reh'g`): a cite after them with no name of its own is the case cited, not a
    /// decision of another court (`aff'd`, `cert. denied`).
    private static let sameOpinionWords = ["modified", "amended", "as amended", "opinion amended", "opinion modified", "corrected",
                                           "reh'g", "reh’g", "on reh'g", "on reh’g", "on rehearing"]

    /// Whether `history` (a citation's subsequent history) opens with words by which the court prints
    /// the same opinion again (`modified, 123 F.3d 1479 (1996)`).
    static func printsSameOpinion(_ history: String) -> Bool {
        let lowered = history.lowercased()
        return sameOpinionWords.contains { word in
            lowered.hasPrefix(word) && lowered.dropFirst(word.count).first.map { !$0.isLetter } != false
        }
    }

    /// Whether the words at `offset` open subsequent history (`aff'd`, `cert. denied`).
    static func opensHistory(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        historyWords.contains { text.has($0, at: offset, end: end) && text.isWordEnd(offset + $0.utf8CodeUnitCount, end: end) }
    }
}

/// What follows a case's first reporter cite: pinpoint, parallel cites, the court and year, the
/// explanatory parentheticals and the subsequent history, and where the citation ends.
struct CaseDetails {
    var pinpoint: Pinpoint?
    var parallels: [String] = []
    var court: (id: String, name: String)?
    var year: Int?
    var parentheticals: [String] = []
    var history: String?
    /// Where the subsequent history is written.
    var historyRange: Range<Int>?
    var shortNames: [String] = []
    /// Just past the citation's last part.
    var end: Int
    /// The author's words after the citation, in the same clause.
    var trailing: Range<Int>?

    static func read(_ text: CitationText, after offset: Int, end: Int) -> CaseDetails {
        var details = CaseDetails(end: offset)
        var index = offset
        // `531 U.S. 341 at 347`: a pinpoint written without its comma.
        let bare = text.skipSpaces(from: offset, end: end)
        if bare > offset, text.has("at ", at: bare, end: end),
           let pin = PinpointParser.parse(text, at: text.skipSpaces(from: bare + 3, end: end), end: end, allowRoman: false) {
            details.pinpoint = pin.pinpoint
            index = pin.end
        }
        // Pinpoints and parallel cites, each after a comma.
        while true {
            let comma = text.skipSpaces(from: index, end: end)
            // `724 N.W.2d 724, at 732 272 Mich. App. 209`: a parallel cite with its comma left out.
            if comma > index, comma < end, Bytes.isDigit(text.bytes[comma]), let parallel = ReporterCite.read(text, at: comma, end: end), !parallel.isShort {
                details.parallels.append(parallel.written)
                index = parallel.end
                continue
            }
            guard comma < end, text.bytes[comma] == UInt8(ascii: ",") else { break }
            var next = text.skipSpaces(from: comma + 1, end: end)
            if text.has("at ", at: next, end: end) { next = text.skipSpaces(from: next + 3, end: end) }
            if let parallel = ReporterCite.read(text, at: next, end: end), !parallel.isShort {
                details.parallels.append(parallel.written)
                index = parallel.end
                // `2009 U.S. Dist. LEXIS 44521, 2009 WL 1234567 at *5`: a pinpoint after the parallel
                // cite with its comma left out, the first written when none came before it.
                let bareAt = text.skipSpaces(from: index, end: end)
                if bareAt > index, text.has("at ", at: bareAt, end: end),
                   let pin = PinpointParser.parse(text, at: text.skipSpaces(from: bareAt + 3, end: end), end: end, allowRoman: false) {
                    if details.pinpoint == nil { details.pinpoint = pin.pinpoint }
                    index = pin.end
                }
                continue
            }
            if var pin = PinpointParser.parse(text, at: next, end: end, allowRoman: false) {
                // A list of pages stops where a parallel cite starts: `395, 53 N. E. 2d 4`.
                if let cut = parallelStart(text, in: next..<pin.end) {
                    pin = (Pinpoint(kind: pin.pinpoint.kind, text: text.string(text.trimmingTrailing(next..<cut, [UInt8(ascii: ",")]))),
                           text.trimmingTrailing(next..<cut, [UInt8(ascii: ",")]).upperBound)
                }
                // The pinpoint into the first reporter comes first; one into a parallel report is the
                // citation's when the first has none (`251 Pa. Super. 232, 380 A.2d 463, 466–67`).
                if details.pinpoint == nil { details.pinpoint = pin.pinpoint }
                index = pin.end
                continue
            }
            // A page not yet known: `582 U. S. 47, ___ (2017)`, `597 U. S. ___, ___–___ (2022)`.
            if text.has("__", at: next, end: end), let blankEnd = ReporterCite.blankPagesEnd(text.bytes, at: next, end: end) {
                if details.parallels.isEmpty, details.pinpoint == nil {
                    details.pinpoint = Pinpoint(kind: .page, text: text.string(next..<blankEnd))
                }
                index = blankEnd
                continue
            }
            break
        }
        details.end = index
        // The court and year, then explanatory parentheticals and a short name.
        while true {
            let open = text.skipSpaces(from: index, end: end)
            guard open < end, text.bytes[open] == UInt8(ascii: "(") || text.bytes[open] == UInt8(ascii: "["),
                  let close = text.closingBracket(after: open, end: end) else { break }
            // `603 U.S. ___ (2024) (slip op., at 5)`: the slip opinion's page is the pinpoint where no
            // other is written; a blank one (`___, ___ (2024) (slip op., at 5)`) stays it.
            if let slip = SlipOpinion.parenthesized(text, at: open, end: end) {
                if details.pinpoint == nil { details.pinpoint = slip.pinpoint }
                index = slip.end
                details.end = slip.end
                continue
            }
            let inner = text.trimmed(open + 1..<close - 1)
            if text.bytes[open] == UInt8(ascii: "["), text.has("hereinafter ", at: inner.lowerBound, end: inner.upperBound) {
                details.shortNames.append(text.string(inner.lowerBound + 12..<inner.upperBound))
            } else if details.year == nil, details.parentheticals.isEmpty, let dated = courtAndYear(text, inner) {
                details.year = dated.year
                details.court = dated.court
            } else {
                details.parentheticals.append(text.string(inner))
            }
            index = close
            details.end = close
        }
        // `(4th Cir 2010) at 461`: the pinpoint NZ and Australian styles print after the court.
        if details.pinpoint == nil, details.year != nil, let pin = PinpointAfterCourt.read(text, at: index, end: end) {
            details.pinpoint = pin.pinpoint
            index = pin.end
            details.end = pin.end
        }
        // Subsequent history, to the end of the clause.
        let comma = text.skipSpaces(from: index, end: end)
        if comma < end, text.bytes[comma] == UInt8(ascii: ",") {
            let word = text.skipSpaces(from: comma + 1, end: end)
            if CaseForm.opensHistory(text, at: word, end: end) {
                details.historyRange = text.trimmed(word..<end)
                details.history = text.string(text.trimmed(word..<end))
                details.end = end
                return details
            }
        }
        var rest = text.trimmed(details.end..<end)
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        details.trailing = rest.isEmpty ? nil : rest
        return details
    }

    /// Where, inside a list of pages, a parallel cite starts (`395, 53 N. E. 2d 4`: at `53`).
    static func parallelStart(_ text: CitationText, in range: Range<Int>) -> Int? {
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: range) {
            let next = text.skipSpaces(from: comma + 1, end: range.upperBound)
            if next < range.upperBound, ReporterCite.read(text, at: next, end: text.count) != nil { return comma }
        }
        return nil
    }

    /// `2d Cir. 1995`, `S.D.N.Y. Mar. 3, 2001`, `1964`: a court (looked up in courts-db; an empty
    /// id when it is not there) and the year that ends the parenthetical.
    static func courtAndYear(_ text: CitationText, _ inner: Range<Int>) -> (court: (id: String, name: String)?, year: Int)? {
        let words = text.words(in: inner)
        guard let last = words.last, last.count == 4, text.bytes[last].allSatisfy(Bytes.isDigit),
              let year = DateWords.year(in: text.bytes[last]) else { return nil }
        // The court is what comes before the date: a month and day, if any, are no part of it.
        var courtEnd = words.count - 1
        if courtEnd >= 2, text.bytes[words[courtEnd - 1]].allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: ",") }),
           DateWords.isMonth(text.bytes[words[courtEnd - 2]]) {
            courtEnd -= 2
        } else if courtEnd >= 1, DateWords.isMonth(text.bytes[words[courtEnd - 1]]) {
            courtEnd -= 1
        }
        // `9th Cir. argued Jan. 5, 2024`: the stage the date is of is no part of the court.
        if courtEnd > 1, stageWords.contains(where: { text.equals(words[courtEnd - 1], $0) }) { courtEnd -= 1 }
        guard courtEnd > 0 else { return (nil, year) }
        return (court(text, words[0].lowerBound..<words[courtEnd - 1].upperBound), year)
    }

    /// The words naming the stage of a case a date in its parenthetical is of, before the date.
    private static let stageWords: [StaticString] = ["argued", "filed", "decided", "dismissed", "docketed"]

    /// The court `written` names: its id and name in courts-db, or an empty id and the words as
    /// written when courts-db does not know it.
    static func court(_ text: CitationText, _ written: Range<Int>) -> (id: String, name: String) {
        var key: [UInt8] = []
        LegalTable.fold(text.bytes[written], into: &key)
        let table = LegalTables.courts
        let lines = table.lines(forKey: key)
        // A court courts-db does not know keeps its name as written.
        guard let line = lines.first else { return ("", text.string(written)) }
        return (table.field(1, ofLine: line), table.field(2, ofLine: line))
    }
}

import LowLevel

/// A volume, a reporter legit's tables know, and a first page (`376 U.S. 254`, `1 F. Supp. 2d 5`,
/// `590 U.S. ___`), or, in a short form, `at` and a pinpoint instead of the page
/// (`564 U.S. at 358`, `1 U.S., at 2`).
struct ReporterCite {
    var volume: String
    /// The reporter's edition as reporters-db writes it (`U.S.`, `F. Supp. 2d`), whatever variant
    /// the text uses (`U. S.`, `F.Supp.2d`).
    var edition: String
    /// The first page; nil when it is blank (`___`, not yet paginated) or the cite is a short form.
    var page: String?
    var isBlankPage: Bool
    /// `VOL REPORTER at PIN`: a short form, with its pinpoint.
    var shortPinpoint: Pinpoint?
    /// Where the volume starts.
    var start: Int
    /// Just past the page, or past the pinpoint of a short form.
    var end: Int
    /// The edition's first and last year of publication (nil: still published).
    var firstYear: Int?
    var lastYear: Int?

    var isShort: Bool { shortPinpoint != nil }

    /// `376 U.S. 254`, the cite as reporters-db spells the reporter.
    var written: String { "\(volume) \(edition) \(page ?? "___")" }

    /// The key of a volume of a reporter, shared by every case in it.
    var volumeKey: String { "\(volume) \(edition)" }

    /// The cite at `offset`, where a volume must start, reading no further than `end`.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> ReporterCite? {
        let bytes = text.bytes
        var volumeEnd = offset
        while volumeEnd < end, Bytes.isDigit(bytes[volumeEnd]) { volumeEnd += 1 }
        guard volumeEnd > offset, volumeEnd - offset <= 4, text.isWordStart(offset),
              volumeEnd < end, bytes[volumeEnd] == UInt8(ascii: " ") else { return nil }
        // A reporter as reporters-db spells it, in its case; else, printed in another case (`F.3D`,
        // `F. SUPP. 2D`), by the table keyed in lower case, when it starts with a capital and
        // holds a period, as no word of prose in capitals does. Asked only when the reporter
        // found in its case (`F.` of `F. SUPP.`) is not followed by a page.
        var takesPeriods = false
        // One key buffer for every reading: each of its own was made and freed.
        var key: [UInt8] = []
        var found = longestReporter(text, from: volumeEnd + 1, end: end, in: LegalTables.reporters, keepingCase: true, key: &key,
                                    takesPeriods: &takesPeriods)
        var inAnyCase = false
        let pageFollows = found.map {
            $0.end + 1 < end && (Bytes.isDigit(bytes[$0.end + 1]) || bytes[$0.end + 1] == UInt8(ascii: "_")
                || $0.end + 2 < end && bytes[$0.end + 1] == UInt8(ascii: " ") && Bytes.isDigit(bytes[$0.end + 2]))
        } ?? false
        if !pageFollows, volumeEnd + 1 < end, Bytes.isUpper(bytes[volumeEnd + 1]),
           let other = longestReporter(text, from: volumeEnd + 1, end: end, in: LegalTables.reportersAnyCase, keepingCase: false, key: &key),
           other.end > found?.end ?? 0, bytes[(volumeEnd + 1)..<other.end].contains(UInt8(ascii: ".")) {
            found = other
            inAnyCase = true
        }
        // `643 So 2d 327`: a reporter printed without its periods, when none is read as printed,
        // is read again with a period after each word of two letters or more alone (`So. 2d`).
        // Only when a word the first reading looked at takes one: else the second reads the same keys.
        if found == nil, takesPeriods, volumeEnd + 1 < end, Bytes.isUpper(bytes[volumeEnd + 1]) {
            found = longestReporter(text, from: volumeEnd + 1, end: end, in: LegalTables.reporters, keepingCase: true, key: &key, addingPeriods: true)
        }
        guard let found else { return nil }
        let table = inAnyCase ? LegalTables.reportersAnyCase : LegalTables.reporters
        var cite = ReporterCite(volume: text.string(offset..<volumeEnd), edition: table.field(1, ofLine: found.lines.lowerBound),
                                page: nil, isBlankPage: false, shortPinpoint: nil, start: offset, end: found.end,
                                firstYear: Int(table.field(2, ofLine: found.lines.lowerBound)),
                                lastYear: Int(table.field(3, ofLine: found.lines.lowerBound)))
        cite.linesInAnyCaseTable = inAnyCase
        cite.printedReporter = (volumeEnd + 1)..<found.end
        cite.editionLines = found.lines
        var index = found.end + (found.comma ? 1 : 0)
        // A nominative reporter between the reporter and the page: `5 U.S. (1 Cranch) 137`.
        if !found.comma, index + 1 < end, bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: "("),
           let close = text.closingBracket(after: index + 1, end: end), close - index <= 24 {
            index = close
        }
        guard index < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        // `501 U.S.  44`: two spaces before the page, as typed text keeps them.
        let pageStart = index + 2 < end && bytes[index + 1] == UInt8(ascii: " ") && Bytes.isDigit(bytes[index + 2]) ? index + 2 : index + 1
        // A comma after the reporter before the page is a slip, not a short form: `13 Pa., 631`.
        if let pageEnd = Self.pageEnd(bytes, at: pageStart, end: end) {
            // `Web. 12 Mar. 2015.`: a day, a month and a year (an access date), not a reporter's page.
            if Self.isDate(text, day: offset..<volumeEnd, month: volumeEnd + 1..<found.end, year: pageStart..<pageEnd) { return nil }
            if bytes[pageStart] == UInt8(ascii: "_") {
                cite.isBlankPage = true
            } else {
                cite.page = text.string(pageStart..<pageEnd)
            }
            cite.end = pageEnd
            return cite
        }
        // A short form: `564 U.S. at 358`, `1 U.S., at 2`.
        guard text.has("at ", at: pageStart, end: end) else { return nil }
        let pinStart = text.skipSpaces(from: pageStart + 3, end: end)
        if let parsed = PinpointParser.parse(text, at: pinStart, end: end, allowRoman: false) {
            // `410 U. S., at 136, n. 26`: the note on the page is part of the pinpoint.
            // `at 118, 141 S.Ct. 902`: the page list stops where a parallel report starts.
            let noted = ParallelReportTail.cut(text, PinpointParser.withNote(text, parsed, start: pinStart, end: end), start: pinStart)
            cite.shortPinpoint = noted.pinpoint
            cite.end = noted.end
            return cite
        }
        // `590 U.S., at ___`, `at ___–___`: a blank pinpoint in a case not yet paginated.
        if let blankEnd = Self.blankPagesEnd(bytes, at: pinStart, end: end) {
            cite.shortPinpoint = Pinpoint(kind: .page, text: text.string(pinStart..<blankEnd))
            cite.isBlankPage = true
            cite.end = blankEnd
            return cite
        }
        return nil
    }

    /// Month abbreviations some reporters share (`Mar.`).
    private static let months: [StaticString] = ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."]

    /// Whether a volume, a reporter and a page are a day, a month and a year: `12 Mar. 2015`.
    private static func isDate(_ text: CitationText, day: Range<Int>, month: Range<Int>, year: Range<Int>) -> Bool {
        guard day.count <= 2, year.count == 4, text.bytes[month.lowerBound] != UInt8(ascii: "_"),
              months.contains(where: { text.equals(month, $0) }),
              let dayNumber = Int(text.string(day)), (1...31).contains(dayNumber),
              let yearNumber = Int(text.string(year)), (1700...2200).contains(yearNumber) else { return false }
        return true
    }

    /// The table lines of the reporter as written, which may name several editions.
    var editionLines: Range<Int> = 0..<0
    /// Where the reporter is printed (`U.S.P.Q.2d`, `F.Supp.2d`), whatever `edition` the tables spell it.
    var printedReporter: Range<Int> = 0..<0
    /// Whether `editionLines` are lines of `LegalTables.reportersAnyCase` (the reporter was
    /// printed in another letter case) rather than of `LegalTables.reporters`.
    var linesInAnyCaseTable = false

    /// The table `editionLines` are lines of.
    var editionTable: LegalTable { linesInAnyCaseTable ? LegalTables.reportersAnyCase : LegalTables.reporters }

    /// The longest reporter `table` knows written from `start` (the word after the volume): its
    /// lines, where it ends, and whether a comma follows it.
    /// With `addingPeriods`, a word of two letters or more alone is read with a period after it;
    /// `takesPeriods` is set when a word read would take one so.
    /// `key` is a buffer for the key read, emptied first.
    private static func longestReporter(_ text: CitationText, from start: Int, end: Int, in table: LegalTable, keepingCase: Bool,
                                        key: inout [UInt8], addingPeriods: Bool = false)
        -> (lines: Range<Int>, end: Int, comma: Bool)? {
        var takesPeriods = false
        return longestReporter(text, from: start, end: end, in: table, keepingCase: keepingCase, key: &key, addingPeriods: addingPeriods,
                               takesPeriods: &takesPeriods)
    }

    private static func longestReporter(_ text: CitationText, from start: Int, end: Int, in table: LegalTable, keepingCase: Bool,
                                        key: inout [UInt8], addingPeriods: Bool = false, takesPeriods: inout Bool)
        -> (lines: Range<Int>, end: Int, comma: Bool)? {
        let bytes = text.bytes
        key.removeAll(keepingCapacity: true)
        var found: (lines: Range<Int>, end: Int, comma: Bool)?
        var wordStart = start
        for _ in 0..<maximumReporterWords {
            guard wordStart < end, !Bytes.isSpace(bytes[wordStart]), bytes[wordStart] != UInt8(ascii: "_"),
                  bytes[wordStart] != UInt8(ascii: "(") else { break }
            var wordEnd = wordStart
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            // A word of digits is the page; `2d` and `4th` belong to the reporter.
            var digits = wordStart
            while digits < wordEnd, Bytes.isDigit(bytes[digits]) { digits += 1 }
            if digits > wordStart, digits == wordEnd || !Bytes.isLetter(bytes[digits]) { break }
            var keyEnd = wordEnd
            let comma = bytes[wordEnd - 1] == UInt8(ascii: ",")
            if comma { keyEnd -= 1 }
            if text.equals(wordStart..<keyEnd, "at") { break }
            let keyStart = key.count
            LegalTable.fold(bytes[wordStart..<keyEnd], keepingCase: keepingCase, appendingTo: &key)
            // A capital alone is no abbreviation to trust: `8 O 293` is a German court's file number.
            if keyEnd - wordStart >= 2, bytes[wordStart..<keyEnd].allSatisfy(Bytes.isLetter) {
                takesPeriods = true
                if addingPeriods { key.append(UInt8(ascii: ".")) }
            }
            // No key starting so, none equal to it: one search, not two, for a word no reporter opens with.
            var search = table.search(key)
            if !search.anyStartsWith, let series = strayPeriodAfterSeries(bytes, wordStart..<keyEnd) {
                // `833 N.E.2d. 936`: a period typed after the series (`2d`, `4th`) ends no reporter's name.
                key.removeSubrange(keyStart...)
                LegalTable.fold(bytes[wordStart..<series], keepingCase: keepingCase, appendingTo: &key)
                search = table.search(key)
                if !search.lines.isEmpty { found = (search.lines, keyEnd, comma) }
                break
            }
            guard search.anyStartsWith else { break }
            let lines = search.lines
            if !lines.isEmpty { found = (lines, keyEnd, comma) }
            guard !comma else { break }
            wordStart = wordEnd + 1
        }
        return found
    }

    /// Where a word ending in a series and a period (`N.E.2d.`, `F.4th.`) would end without the
    /// period: just past the series; nil for any other word.
    private static func strayPeriodAfterSeries(_ bytes: [UInt8], _ word: Range<Int>) -> Int? {
        guard word.count >= 4, bytes[word.upperBound - 1] == UInt8(ascii: ".") else { return nil }
        var index = word.upperBound - 1
        while index > word.lowerBound, Bytes.isLower(bytes[index - 1]) { index -= 1 }
        let suffix = bytes[index..<(word.upperBound - 1)]
        guard index > word.lowerBound, Bytes.isDigit(bytes[index - 1]),
              suffix.elementsEqual("d".utf8) || suffix.elementsEqual("th".utf8) else { return nil }
        return word.upperBound - 1
    }

    /// The edition a case decided in `year` is reported in, when the reporter as written names
    /// several (`Allen` is both Massachusetts' and Washington Territory's): the one published then.
    mutating func settleEdition(forYear year: Int?) {
        guard let year, editionLines.count > 1 else { return }
        let table = editionTable
        for line in editionLines {
            let first = Int(table.field(2, ofLine: line)) ?? 0
            let last = Int(table.field(3, ofLine: line)) ?? Int.max
            if (first...max(first, last)).contains(year) {
                edition = table.field(1, ofLine: line)
                firstYear = first
                lastYear = last == Int.max ? nil : last
                return
            }
        }
    }

    /// The most words a reporter's abbreviation takes (`Ohio Misc. 2d`, `F. Supp. 3d`, `L. Ed. 2d`).
    private static let maximumReporterWords = 6

    /// Just past blank pages at `offset`: `___`, or a range of them, `___–___`.
    static func blankPagesEnd(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        func underscores(from start: Int) -> Int? {
            var index = start
            while index < end, bytes[index] == UInt8(ascii: "_") { index += 1 }
            return index - start >= 2 ? index : nil
        }
        guard let first = underscores(from: offset) else { return nil }
        var dashEnd = first
        if dashEnd < end, bytes[dashEnd] == UInt8(ascii: "-") {
            dashEnd += 1
        } else if dashEnd + 2 < end, bytes[dashEnd] == 0xE2, bytes[dashEnd + 1] == 0x80, bytes[dashEnd + 2] == 0x93 || bytes[dashEnd + 2] == 0x94 {
            dashEnd += 3
        } else {
            return first
        }
        return underscores(from: dashEnd) ?? first
    }

    /// Just past a page number (digits, or two or more underscores for a blank page) at `offset`.
    private static func pageEnd(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        guard offset < end else { return nil }
        var index = offset
        if bytes[offset] == UInt8(ascii: "_") {
            while index < end, bytes[index] == UInt8(ascii: "_") { index += 1 }
            guard index - offset >= 2 else { return nil }
        } else {
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            guard index > offset, index - offset <= 7 else { return nil }
        }
        guard index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        return index
    }
}

import LowLevel

/// A session law, public law or register, cited by its number or by volume and page:
/// `Patient Protection and Affordable Care Act, Pub. L. No. 111-148, § 1501, 124 Stat. 119 (2010)`,
/// `124 Stat. 119, 242`, `75 Fed. Reg. 1234 (Jan. 1, 2010)`. The series (`Stat.`, `Fed. Reg.`,
/// state session laws) come from Free Law Project's laws table.
enum SessionLawForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let publicLaw = publicLawNumber(text, citation)
        let series = seriesCite(text, citation)
        guard publicLaw != nil || series != nil else { return nil }
        let start = min(publicLaw?.start ?? .max, series?.start ?? .max)
        // `Division A of P.L. 117-167`, `Division J of the Widget Act (P.L. 117-58)`: the act's
        // division, written before it, is the pinpoint and no part of its name.
        let leadingDivision = publicLaw.flatMap { ActDivision.before(text, $0.start, from: citation.lowerBound) }
        var name = leadingDivision == nil ? CaseName.range(endingAt: start, from: citation.lowerBound, in: text)
            .map { actName(text, $0, from: citation.lowerBound) } : nil
        // `Section 503(a), Pub. L. No. 107-347`: a section written before the law is its pinpoint,
        // no name of it.
        var leadingSection: (pinpoint: Pinpoint, start: Int)?
        if let written = name, let section = sectionName(text, written) {
            leadingSection = (section, written.lowerBound)
            name = nil
        }
        let number = publicLaw.map { "Pub. L. No. \($0.number)" } ?? series.map { "\($0.volume) \(bluebook($0.abbreviation)) \($0.page)" } ?? ""
        var work = WorkDraft(kind: series?.kind ?? .statute, title: name.map { text.string($0) } ?? number)
        work.documentNumber = number
        if let series {
            // The series as the Bluebook abbreviates it (`Fed. Reg.`, whether printed `Federal
            // Register` or `FR`), its volume and first page, which is how a reader names the cite.
            work.container = bluebook(series.abbreviation)
            work.volume = series.volume
            work.firstPage = series.page
        }
        // The pinpoint: a section after the number, or a page after the series' first page.
        var pinpoint: Pinpoint?
        var end = max(publicLaw?.end ?? 0, series?.end ?? 0)
        if let publicLaw, pinpoint == nil {
            // The act's section runs no further than the series cite after it: `§ 102, 76 Stat. 780`.
            let sectionLimit = series.map { $0.start > publicLaw.end ? $0.start : citation.upperBound } ?? citation.upperBound
            let comma = text.skipSpaces(from: publicLaw.end, end: sectionLimit)
            // `P.L. 119-27 §4(a)(5)`: the section may follow the number with no comma.
            let sectionStart = comma < sectionLimit && text.bytes[comma] == UInt8(ascii: ",") ? text.skipSpaces(from: comma + 1, end: sectionLimit)
                : comma < sectionLimit && text.bytes[comma] == 0xC2 ? comma : sectionLimit
            if sectionStart < sectionLimit, let division = ActDivision.chain(text, at: sectionStart, end: sectionLimit) {
                // `P.L. 118-42, Division C, Title III`, `P.L. 115-141, Division B, Title V, §539`.
                pinpoint = division.pinpoint
                end = max(end, division.end)
            } else if sectionStart < sectionLimit,
               let section = PinpointParser.parse(text, at: sectionStart, end: sectionLimit, allowRoman: false), section.pinpoint.kind == .section {
                pinpoint = section.pinpoint
                end = max(end, section.end)
            }
        }
        if let series {
            let comma = text.skipSpaces(from: series.end, end: citation.upperBound)
            if comma < citation.upperBound, text.bytes[comma] == UInt8(ascii: ","),
               let page = PinpointParser.parse(text, at: text.skipSpaces(from: comma + 1, end: citation.upperBound),
                                               end: citation.upperBound, allowRoman: false) {
                // A page of the act in the Statutes at Large is a closer pinpoint than its section.
                pinpoint = page.pinpoint
                end = max(end, page.end)
            }
        }
        // `Widget River Compact, Art. V(A), 71 Stat. 500`: the compact's article, printed before the
        // series, is the pinpoint, not part of its name.
        if pinpoint == nil, let name, let article = articleEnding(text, name) {
            pinpoint = Pinpoint(kind: .article, text: text.string(article.article))
            work.title = text.string(article.name)
        }
        // `Act of June 4, 1906, § 3, 34 Stat. 208`: the section printed before the series is the
        // pinpoint, not part of the act's name.
        if pinpoint == nil, let name, let section = sectionEnding(text, name) {
            pinpoint = section.pinpoint
            work.title = text.string(section.name)
        }
        if pinpoint == nil, let leadingDivision { pinpoint = leadingDivision.pinpoint }
        if pinpoint == nil, let leadingSection { pinpoint = leadingSection.pinpoint }
        let tail = LawTail.read(text, after: end, end: citation.upperBound)
        work.year = tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                             citation: (name?.lowerBound ?? leadingSection?.start ?? start)..<tail.end, trailing: tail.trailing)
    }

    /// The section a name before a public law is, when it is one whole (`Section 503(a)`, `Sec. 4`,
    /// `§ 2`), as the section's pinpoint; nil for an act's name.
    private static func sectionName(_ text: CitationText, _ name: Range<Int>) -> Pinpoint? {
        for word in ["Section ", "Sec. ", "§ ", "§"] as [StaticString] where text.has(word, at: name.lowerBound, end: name.upperBound) {
            let numberStart = name.lowerBound + word.utf8CodeUnitCount
            guard let section = PinpointParser.bareSection(text, at: numberStart, end: name.upperBound), section.end == name.upperBound else { return nil }
            return Pinpoint(kind: .section, text: text.string(name))
        }
        return nil
    }

    /// `name` widened back over `in` between capitalised words when it is an act's: `Ethics in
    /// Government Act of 1978`, `Truth in Lending Act`. A case's name holds no such `in`, so the
    /// case names' reader stops there.
    private static func actName(_ text: CitationText, _ name: Range<Int>, from lower: Int) -> Range<Int> {
        guard text.words(in: name).contains(where: { text.equals($0, "Act") || text.equals($0, "Acts") }) else { return name }
        var start = name.lowerBound
        while true {
            let before = text.words(in: lower..<start)
            guard before.count >= 2, text.equals(before[before.count - 1], "in"),
                  Bytes.isUpper(text.bytes[before[before.count - 2].lowerBound]) else { break }
            var first = before.count - 2
            while first > 0, Bytes.isUpper(text.bytes[before[first - 1].lowerBound]) { first -= 1 }
            start = before[first].lowerBound
        }
        return start..<name.upperBound
    }

    /// The name before `, § 3` at its end, and the section; nil when the name ends otherwise.
    private static func sectionEnding(_ text: CitationText, _ name: Range<Int>) -> (name: Range<Int>, pinpoint: Pinpoint)? {
        let trimmed = text.trimmingTrailing(name, [UInt8(ascii: ","), UInt8(ascii: " ")])
        // `Exec. Order No. 14,171 § 3(a), 90 Fed. Reg. 8625`: after a number the comma may be left out.
        guard let sign = StatuteForm.sectionSign(text, trimmed), sign >= trimmed.lowerBound + 3,
              text.has(", ", at: sign - 2, end: trimmed.upperBound) || (text.bytes[sign - 1] == UInt8(ascii: " ") && Bytes.isDigit(text.bytes[sign - 2])),
              let section = PinpointParser.parse(text, at: sign, end: trimmed.upperBound, allowRoman: false),
              section.pinpoint.kind == .section, section.end == trimmed.upperBound else { return nil }
        return (text.trimmed(text.trimmingTrailing(trimmed.lowerBound..<sign - 1, [UInt8(ascii: ",")])), section.pinpoint)
    }

    /// The name before `, Art. V(A)` at its end, and the article; nil when the name ends otherwise.
    private static func articleEnding(_ text: CitationText, _ name: Range<Int>) -> (name: Range<Int>, article: Range<Int>)? {
        let trimmed = text.trimmingTrailing(name, [UInt8(ascii: ","), UInt8(ascii: " ")])
        guard let last = text.lastWord(in: trimmed), last.lowerBound >= trimmed.lowerBound + 7,
              text.has(", Art. ", at: last.lowerBound - 7, end: trimmed.upperBound),
              Bytes.isUpper(text.bytes[last.lowerBound]) || Bytes.isDigit(text.bytes[last.lowerBound]) else { return nil }
        let nameEnd = last.lowerBound - 7
        guard nameEnd > trimmed.lowerBound else { return nil }
        return (trimmed.lowerBound..<nameEnd, nameEnd + 2..<last.upperBound)
    }

    /// The key a public law cited with its series (`Pub. L. No. 95-521, 92 Stat. 1824`) is also
    /// known by: the identity of its series cite read alone (`92 Stat. 1824, 1830`), so both are one
    /// work whichever comes first. Nil for a law without both.
    static func seriesAlias(_ work: WorkDraft) -> String? {
        guard work.kind == .statute, let number = work.documentNumber, number.hasPrefix("Pub. L. No. "),
              let volume = work.volume, let series = work.container, let page = work.firstPage else { return nil }
        return "doc:" + AuthorityIDMaker.slug("\(volume) \(series) \(page)")
    }

    /// The Bluebook's abbreviation of a series reporters-db abbreviates otherwise: the Federal
    /// Register is `FR` there, `Fed. Reg.` in every citation manual.
    static func bluebook(_ abbreviation: String) -> String {
        abbreviation == "FR" ? "Fed. Reg." : abbreviation
    }

    /// `Pub. L. No. 111-148` (or `Pub L.`, `P.L.`, `Public Law`): the number, where the citation
    /// of it starts and ends.
    static func publicLawNumber(_ text: CitationText, _ range: Range<Int>) -> (number: String, start: Int, end: Int)? {
        var offset = text.firstOffset(of: UInt8(ascii: "P"), from: range.lowerBound, end: range.upperBound)
        while offset < range.upperBound {
            let label = text.has("Pub. L.", at: offset, end: range.upperBound) ? 7 : text.has("Public Law", at: offset, end: range.upperBound) ? 10
                : text.has("Pub L.", at: offset, end: range.upperBound) ? 6 : text.has("P.L.", at: offset, end: range.upperBound) ? 4
                : text.has("P. L.", at: offset, end: range.upperBound) ? 5 : 0
            if label > 0, text.isWordStart(offset) {
                var index = text.skipSpaces(from: offset + label, end: range.upperBound)
                if text.has("No.", at: index, end: range.upperBound) { index = text.skipSpaces(from: index + 3, end: range.upperBound) }
                let numberStart = index
                var hasDash = false
                while index < range.upperBound {
                    if Bytes.isDigit(text.bytes[index]) {
                        index += 1
                    } else if text.bytes[index] == UInt8(ascii: "-") {
                        hasDash = true
                        index += 1
                    } else if text.has("–", at: index, end: range.upperBound) {
                        hasDash = true
                        index += 3
                    } else {
                        break
                    }
                }
                if index > numberStart, hasDash {
                    // Written with a hyphen whatever dash the essay uses: `Pub. L. No. 104-106`.
                    let number = text.string(numberStart..<index).replacingOccurrences(of: "–", with: "-")
                    return (number, offset, index)
                }
            }
            offset = text.firstOffset(of: UInt8(ascii: "P"), from: offset + 1, end: range.upperBound)
        }
        return nil
    }

    /// The session-law series (as the laws table abbreviates it) that the words in `range` name
    /// (`Stat.`), or nil when they name none or a register.
    static func sessionSeries(_ text: CitationText, _ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        var key: [UInt8] = []
        LegalTable.fold(text.bytes[range], into: &key)
        let table = LegalTables.laws
        guard let line = table.lines(forKey: key).first, table.field(2, ofLine: line) == "session" else { return nil }
        return table.field(1, ofLine: line)
    }

    /// The pairs of first two key bytes of the session laws and registers `LegalTables.laws` knows
    /// (`LegalTable.keyOpenings`).
    private static let seriesOpenings = LegalTables.laws.keyOpenings(whereField: 2, isOneOf: ["session", "register"])

    /// `124 Stat. 119`, `75 Fed. Reg. 1234`: a volume, a session-law or register series (as the
    /// table abbreviates it and as printed) and a page.
    static func seriesCite(_ text: CitationText, _ range: Range<Int>)
        -> (volume: String, abbreviation: String, printed: String, page: String, kind: Authority.Kind, start: Int, end: Int)? {
        let bytes = text.bytes
        var key: [UInt8] = []
        for offset in text.volumeStarts where offset >= range.lowerBound {
            guard offset < range.upperBound else { break }
            var volumeEnd = offset
            while volumeEnd < range.upperBound, Bytes.isDigit(bytes[volumeEnd]) { volumeEnd += 1 }
            guard volumeEnd + 1 < range.upperBound else { continue }
            // The series runs to the next word of digits, its page, at most four words on.
            var seriesEnd = volumeEnd + 1
            var pageStart: Int?
            for _ in 0..<5 {
                var wordEnd = seriesEnd
                while wordEnd < range.upperBound, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
                let next = wordEnd + 1
                guard next < range.upperBound else { break }
                if Bytes.isDigit(bytes[next]) {
                    seriesEnd = wordEnd
                    pageStart = next
                    break
                }
                seriesEnd = next
            }
            guard let pageStart else { continue }
            let pageEnd = pageEnd(bytes, from: pageStart, end: range.upperBound)
            guard pageEnd == range.upperBound || !Bytes.isWordByte(bytes[pageEnd]) else { continue }
            // A series whose first two letters open no session law's or register's key is none:
            // a journal's (`35 Yale L.J. 15`), not folded and looked for.
            if let opening = LegalTable.foldedOpening(bytes[(volumeEnd + 1)..<seriesEnd]),
               seriesOpenings[opening >> 6] & 1 << UInt64(opening & 63) == 0 { continue }
            LegalTable.fold(bytes[(volumeEnd + 1)..<seriesEnd], into: &key)
            let table = LegalTables.laws
            guard let line = table.lines(forKey: key).first else { continue }
            let kind = table.field(2, ofLine: line)
            guard kind == "session" || kind == "register" else { continue }
            return (text.string(offset..<volumeEnd), table.field(1, ofLine: line), text.string((volumeEnd + 1)..<seriesEnd),
                    text.string(pageStart..<pageEnd), kind == "register" ? .regulation : .statute, offset, pageEnd)
        }
        return nil
    }

    /// Where a page number starting at `start` ends. A register's pages run past a thousand and
    /// are printed with a separator (`86 Fed. Reg. 36,987`): a comma with three digits right after
    /// it and no space is inside the number; `1234, 567` is a page and a pinpoint.
    private static func pageEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        while index > start, index + 4 <= end, bytes[index] == UInt8(ascii: ","),
              bytes[(index + 1)..<(index + 4)].allSatisfy(Bytes.isDigit), index + 4 == end || !Bytes.isDigit(bytes[index + 4]) {
            index += 4
        }
        return index
    }
}

import LowLevel

/// *supra*: a work cited in full in an earlier note. `*Legitimacy*, *supra* note 1, at 553`,
/// `MALCOLM, supra note 40, at xxvii`, `Convention, supra note 10, art. 113`; or, with no note, a
/// case or work named once before: `Foo, supra, at 2`, or a part of the essay (`OwnPartForm`).
enum SupraForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let base = text.baseLevel(of: body)
        var supra: Int?
        // Most clauses hold no `supra`: its `p`, a rarer letter than `s`, is looked for a machine
        // word at a time.
        var probe = body.lowerBound + 2
        while probe < body.upperBound {
            probe = text.firstOffset(of: UInt8(ascii: "p"), from: probe, end: body.upperBound)
            guard probe < body.upperBound else { break }
            let offset = probe - 2
            probe += 1
            let topLevel = text.isAtLevel(offset, base: base) && !text.isLinked(offset)
            if topLevel, text.has("supra", at: offset, end: body.upperBound), text.isWordStart(offset, from: body.lowerBound),
               text.isWordEnd(offset + 5, end: body.upperBound) {
                supra = offset
                break
            }
        }
        guard let supra else { return nil }
        var index = text.skipSpaces(from: supra + 5, end: body.upperBound)
        // `Calder, supra, note 8`: a comma before the note's word, as French-Canadian notes print it.
        if text.has(", note", at: index, end: body.upperBound) { index = text.skipSpaces(from: index + 1, end: body.upperBound) }
        var plural = false
        if text.has("notes ", at: index, end: body.upperBound) {
            index += 6
            plural = true
        } else if text.has("note ", at: index, end: body.upperBound) {
            index += 5
        } else if text.has("footnote ", at: index, end: body.upperBound) {
            // `*See supra* footnote 12.`: the note's word spelled out.
            index += 9
        } else {
            return withoutNote(text, body, supra: supra)
        }
        // The name is all before `supra`, unless that is a sentence of the author's: then the run
        // of name words that ends it (`... plan to reform federal IT. Kundra, supra note 13`).
        var nameRange = text.trimmingTrailing(body.lowerBound..<supra, [UInt8(ascii: ",")])
        if supra - 6 >= body.lowerBound, text.has(", see ", at: supra - 6, end: body.upperBound) {
            // `..., see supra note 29, ...`: the author's sentence points at a note; no name.
            nameRange = supra..<supra
        } else if pointsAtWhatANoteCites(text, nameRange) {
            // `sources cited supra note 5`, `list of websites cited supra note 9`: every work the note cites.
            nameRange = supra..<supra
        } else if text.wordCount(in: nameRange, limit: longestName + 1) > longestName, let ending = CaseName.range(endingAt: supra, from: body.lowerBound, in: text) {
            nameRange = ending
        } else if holdsLowerCaseWord(text, nameRange), let ending = CaseName.range(endingAt: supra, from: body.lowerBound, in: text),
                  ending.lowerBound > nameRange.lowerBound, isProseLead(text, nameRange.lowerBound..<ending.lowerBound) {
            // `We return to this in Poe & Lee, supra note 4`: the author's words, then the name.
            nameRange = ending
        }
        // `Also, State v. Poe, supra note 11`: the opinion's lead-in is no part of the name.
        if !nameRange.isEmpty { nameRange = CaseNameLead.start(text, nameRange)..<nameRange.upperBound }
        let name = text.string(nameRange)
        let labelStart = index
        while index < body.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > labelStart else { return nil }
        while index < body.upperBound, Bytes.isLetter(text.bytes[index]) { index += 1 }
        var note = text.string(labelStart..<index)
        // `See supra notes 58-61 and accompanying text`: the essay's own text, no work.
        if nameRange.isEmpty, let end = accompanyingTextEnd(text, from: index, end: body.upperBound) {
            return ClauseReading(form: .ownPages, pinpoint: nil, citation: supra..<end, trailing: nil)
        }
        // `Moss and Vale, supra notes 11-12`: every work of the run the name names.
        if plural, let last = SupraNoteRange.last(text, from: index, end: body.upperBound) {
            let run = note + "-" + text.string(last.number)
            if SupraNoteRange.labels(run) != nil {
                note = run
                index = last.end
            }
        }
        var tail = ClauseEnds.shortFormTail(text, from: index, end: body.upperBound)
        if tail.pinpoint == nil, let report = shortReport(text, from: index, end: body.upperBound) {
            // `State v. Roe, supra note 54, 271 Neb. at 528, 713 N.W.2d at 447`: the place in the case.
            let rest = ClauseEnds.shortFormTail(text, from: report.end, end: body.upperBound)
            tail = (report.pinpoint, max(report.end, rest.citationEnd), rest.trailing)
        }
        if !plural, !nameRange.isEmpty, let chapter = ChapterInSupra.read(text, text.trimmingTrailing(body.lowerBound..<supra, [UInt8(ascii: ",")])) {
            // `“Files” in Lind et al, supra note 8, 140 at 144`: the chapter's first page, then the place.
            if chapter.byEditors, let place = ChapterInSupra.pageAfterFirst(text, from: index, end: body.upperBound) {
                let rest = ClauseEnds.shortFormTail(text, from: place.end, end: body.upperBound)
                return ClauseReading(form: .chapterSupra(chapter, note: note), pinpoint: place.pinpoint,
                                     citation: body.lowerBound..<rest.citationEnd, trailing: rest.trailing)
            }
            return ClauseReading(form: .chapterSupra(chapter, note: note), pinpoint: ChapterInSupra.pinpoint(after: tail.pinpoint),
                                 citation: body.lowerBound..<tail.citationEnd, trailing: tail.trailing)
        }
        return ClauseReading(form: .supra(name: name, note: note), pinpoint: tail.pinpoint,
                             citation: nameRange.lowerBound..<tail.citationEnd, trailing: tail.trailing)
    }

    /// Where `and accompanying text` ends after a note's number (and the last of a range of notes,
    /// `58-61`, `72 81` with its dash lost), or nil when the words after it are others.
    private static func accompanyingTextEnd(_ text: CitationText, from start: Int, end: Int) -> Int? {
        var index = start
        let width = index < end && text.bytes[index] == UInt8(ascii: "-") ? 1 : text.has("–", at: index, end: end) ? 3 : 0
        if width > 0 || (index + 1 < end && text.bytes[index] == UInt8(ascii: " ") && Bytes.isDigit(text.bytes[index + 1])) {
            index += max(width, 1)
            let digits = index
            while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
            guard index > digits else { return nil }
        }
        index = text.skipSpaces(from: index, end: end)
        for words in [StaticString("and accompanying text"), StaticString("& accompanying text")] where text.has(words, at: index, end: end) {
            return index + words.utf8CodeUnitCount
        }
        return nil
    }

    /// Whether `name` is the author's words for what a note cites (`sources cited`, `the cases
    /// cited`, `list of websites cited`): lower-case words ending in `cited`, which no author's
    /// name or short title is.
    private static func pointsAtWhatANoteCites(_ text: CitationText, _ name: Range<Int>) -> Bool {
        // The gate: the name ends in `cited` and opens with a lower-case letter.
        guard name.count > 6, text.has(" cited", at: name.upperBound - 6, end: name.upperBound),
              let first = name.first, Bytes.isLower(text.bytes[first]) else { return false }
        return text.wordCount(in: name) <= longestCitedPhrase
    }

    /// The most words of `sources cited`'s kind: `the list of websites cited`.
    private static let longestCitedPhrase = 6

    /// A name before `supra note` runs to this many words; more is the author's prose before it.
    private static let longestName = 10

    /// Lower-case words a title's short form may hold (`Doe, Seduction by Plastic`), besides the
    /// particles of `SurnameParticle`; any other lower-case word of three letters or more is prose.
    private static let titleWords: [StaticString] = [
        "and", "the", "for", "from", "with", "into", "upon", "over", "under", "about", "after", "before", "between", "among",
        "its", "their", "his", "her", "not", "but", "nor", "via", "al.", "eds.", "ed.",
    ]

    /// The cheap gate of `isProseLead`: a word of `range` opens with a lower-case letter (most
    /// names before a supra, `Caron`, `Schwartz & Scott`, have none).
    private static func holdsLowerCaseWord(_ text: CitationText, _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        if Bytes.isLower(text.bytes[first]) { return true }
        var space = text.firstOffset(of: UInt8(ascii: " "), from: first, end: range.upperBound)
        while space + 1 < range.upperBound {
            if Bytes.isLower(text.bytes[space + 1]) { return true }
            space = text.firstOffset(of: UInt8(ascii: " "), from: space + 1, end: range.upperBound)
        }
        return false
    }

    /// Whether the words before a name (`We elaborate in`, `Leading works include`) are the
    /// author's sentence: no comma among them (an author and a short title have one), more
    /// lower-case words than capitalised ones (a short title's words are capitalised: `How Smart
    /// are Smart Readers`), and a lower-case word no title holds.
    private static func isProseLead(_ text: CitationText, _ lead: Range<Int>) -> Bool {
        guard !lead.isEmpty, text.firstOffset(of: UInt8(ascii: ","), from: lead.lowerBound, end: lead.upperBound) == lead.upperBound else { return false }
        let words = text.words(in: lead)
        let lower = words.count { Bytes.isLower(text.bytes[$0.lowerBound]) }
        guard lower * 2 > words.count else { return false }
        return words.contains { word in
            word.count >= 3 && Bytes.isLower(text.bytes[word.lowerBound]) && !SurnameParticle.isParticle(text, word)
                && !titleWords.contains { text.equals(word, $0) }
        }
    }

    /// The case's report printed again after `supra`, as California's style writes a short form
    /// (`Pacific Gas & Elec. Co. v. Thomas Drayage, supra, 69 Cal. 2d 33, 36, 69 Cal. Rptr. 561`): the
    /// page after the first page is the place cited, and the parallel reports after it belong to the
    /// citation. Nil when no report with its first page follows `supra` and its comma.
    private static func repeatedReport(_ text: CitationText, from offset: Int, end: Int) -> (pinpoint: Pinpoint?, end: Int)? {
        // The gate: a comma, then a digit opening the volume.
        guard offset < end, text.bytes[offset] == UInt8(ascii: ",") else { return nil }
        let start = text.skipSpaces(from: offset + 1, end: end)
        guard start < end, Bytes.isDigit(text.bytes[start]), let cite = ReporterCite.read(text, at: start, end: end), !cite.isShort,
              cite.page != nil else { return nil }
        var pinpoint: Pinpoint?
        var citationEnd = cite.end
        if cite.end + 1 < end, text.bytes[cite.end] == UInt8(ascii: ",") {
            let pinStart = text.skipSpaces(from: cite.end + 1, end: end)
            if ReporterCite.read(text, at: pinStart, end: end) == nil,
               let parsed = PinpointParser.parse(text, at: pinStart, end: end, allowRoman: false),
               parsed.pinpoint.kind == .page || parsed.pinpoint.kind == .pages {
                let noted = ParallelReportTail.cut(text, PinpointParser.withNote(text, parsed, start: pinStart, end: end), start: pinStart)
                pinpoint = noted.pinpoint
                citationEnd = noted.end
            }
        }
        return (pinpoint, ParallelReportTail.end(text, from: citationEnd, end: end))
    }

    /// The place a case's short form gives after a *supra*'s note, as state courts write both
    /// (`supra note 54, 271 Neb. at 528, 713 N.W.2d at 447`, `supra note 27, 432 U.S. at 293`): the
    /// first report's page, and just past the parallel reports after it; nil when no short form
    /// (`VOL REPORTER at PAGE`) follows the note's comma.
    private static func shortReport(_ text: CitationText, from offset: Int, end: Int) -> (pinpoint: Pinpoint?, end: Int)? {
        // The gate: a comma, then a digit opening the volume.
        guard offset < end, text.bytes[offset] == UInt8(ascii: ",") else { return nil }
        let start = text.skipSpaces(from: offset + 1, end: end)
        guard start < end, Bytes.isDigit(text.bytes[start]), let cite = ReporterCite.read(text, at: start, end: end),
              let pinpoint = cite.shortPinpoint else { return nil }
        return (pinpoint, ParallelReportTail.end(text, from: cite.end, end: end))
    }

    /// `Foo, supra, at 2`, `Qwerty supra`: a case or work named once before, with no note to look
    /// in. The name is the run of name words before `supra`; prose before it is commentary.
    private static func withoutNote(_ text: CitationText, _ body: Range<Int>, supra: Int) -> ClauseReading? {
        // `See supra Part II.B`: a part of the essay itself, no work.
        if let part = OwnPartForm.read(text, body, after: supra..<supra + 5) { return part }
        let name = CaseName.range(endingAt: supra, from: body.lowerBound, in: text)
        if let report = repeatedReport(text, from: supra + 5, end: body.upperBound) {
            let rest = text.trimmed(report.end..<body.upperBound)
            return ClauseReading(form: .supra(name: name.map { text.string($0) } ?? "", note: nil), pinpoint: report.pinpoint,
                                 citation: (name?.lowerBound ?? supra)..<report.end, trailing: rest.isEmpty ? nil : rest)
        }
        let tail = ClauseEnds.shortFormTail(text, from: supra + 5, end: body.upperBound)
        return ClauseReading(form: .supra(name: name.map { text.string($0) } ?? "", note: nil), pinpoint: tail.pinpoint,
                             citation: (name?.lowerBound ?? supra)..<tail.citationEnd, trailing: tail.trailing)
    }
}

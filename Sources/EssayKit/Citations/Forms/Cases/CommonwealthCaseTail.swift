import LowLevel

/// What follows a Commonwealth case's first cite (`NeutralCitationForm`): parallel cites
/// (`, [2004] 3 S.C.R. 511`), a pinpoint (`, paras. 44-47`, `at para 5`, `at [45]`), the court in
/// parentheses (`(BC CA)`, `(CanLII)`), the short name the author defines (`[Osoyoos]`,
/// `("Southwind FC")`, `[hereinafter Haida]`), and explanatory parentheticals.
struct CommonwealthCaseTail {
    var pinpoint: Pinpoint?
    var parallels: [String] = []
    var court: String?
    var shortNames: [String] = []
    var parentheticals: [String] = []
    /// Just past the last part read.
    var end: Int
    var trailing: Range<Int>?

    /// Puts the tail's parts on `work` (the court where the tail names one, parallels, short names)
    /// and takes what follows the tail up to `end` as its trailing text when it left none.
    mutating func complete(_ work: inout WorkDraft, in text: CitationText, end: Int) {
        if let court { work.courtName = court }
        work.parallelCitations = parallels
        work.shortNames = shortNames
        if self.end < end, trailing == nil {
            let rest = text.trimmed(self.end..<end)
            trailing = rest.isEmpty ? nil : rest
        }
    }

    /// The reading of `work` cited from `start` to the tail's end, with `pinpoint` or else the tail's.
    func reading(of work: WorkDraft, from start: Int, pinpoint: Pinpoint? = nil) -> ClauseReading {
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint ?? self.pinpoint,
                                    citation: start..<end, trailing: trailing)
        reading.parentheticals = parentheticals
        return reading
    }

    /// The longest parenthesis read as a court (`BC CA`, `Ont CA`, `Admin`).
    private static let longestCourt = 12
    /// The most words a defined short name has.
    private static let longestShortName = 6

    static func read(_ text: CitationText, after offset: Int, end: Int) -> CommonwealthCaseTail {
        var tail = CommonwealthCaseTail(end: offset)
        var index = offset
        while true {
            let next = text.skipSpaces(from: index, end: end)
            guard next < end else { break }
            let byte = text.bytes[next]
            if byte == UInt8(ascii: "("), let close = text.closingBracket(after: next, end: end) {
                let hadCourt = tail.court != nil
                tail.readParenthesis(text, text.trimmed(next + 1..<close - 1))
                index = close
                // `[1932] AC 562 (HL) 580`: OSCOLA's page cited, after the court.
                if !hadCourt, tail.court != nil, tail.pinpoint == nil, let page = pageAfterCourt(text, at: close, end: end) {
                    tail.pinpoint = page.pinpoint
                    index = page.end
                }
            } else if byte == UInt8(ascii: "["), let close = text.closingBracket(after: next, end: end) {
                if let parallel = NeutralCitationForm.read(text, at: next, end: end) {
                    tail.parallels.append(text.string(next..<parallel.end))
                    index = parallel.end
                } else if let pin = bracketedParagraph(text, next..<close) {
                    if tail.pinpoint == nil { tail.pinpoint = pin }
                    index = close
                } else if let name = definedName(text, text.trimmed(next + 1..<close - 1)) {
                    tail.shortNames.append(name)
                    index = close
                } else if let label = LabelledShortName.bracketedLabel(text, text.trimmed(next + 1..<close - 1)) {
                    // `[first appeal]`: a label its short form names with a party (`Tane (first appeal)`).
                    tail.shortNames.append(label)
                    index = close
                } else {
                    break
                }
            } else if byte == UInt8(ascii: ";") {
                // `[2004] EWCA Civ 576; [2004] 1 WLR 3002`: English reports of one judgment, joined by
                // semicolons; anything else after one is another citation.
                let item = text.skipSpaces(from: next + 1, end: end)
                // `(1760) 2 Burr 1005; 97 ER 676`: a nominate report's reprint, by its form.
                // `[1988] 2 QB 77; see Lord Vale MR at 90-1`: a judge's place in the judgment (`JudgePlace`).
                if let judge = JudgePlace.read(text, at: item, end: end) {
                    if tail.pinpoint == nil { tail.pinpoint = judge.pinpoint }
                    index = judge.end
                    tail.end = index
                    continue
                }
                guard item < end, text.bytes[item] == UInt8(ascii: "[") || text.bytes[item] == UInt8(ascii: "(") || Bytes.isDigit(text.bytes[item]),
                      let parallel = Bytes.isDigit(text.bytes[item]) ? seriesReport(text, at: item, end: end)
                        : NeutralCitationForm.read(text, at: item, end: end)?.end ?? bracketedYearReport(text, at: item, end: end)
                else { break }
                tail.parallels.append(text.string(item..<parallel))
                index = parallel
            } else if byte == UInt8(ascii: "s") || byte == UInt8(ascii: "p") || Bytes.isUpper(byte), let judge = JudgePlace.read(text, at: next, end: end) {
                // `see per Hale J (at para. 55)`: the place of the judgment a judge's words are at.
                if tail.pinpoint == nil { tail.pinpoint = judge.pinpoint }
                index = judge.end
            } else if tail.pinpoint == nil, byte == UInt8(ascii: "p") || byte == UInt8(ascii: "P"), let place = Self.markedPlace(text, at: next, end: end) {
                // `[2021] ZASCA 17 para 9`, `(SCA) paras 14 and 15`: a marked paragraph or page needs no `at`.
                tail.pinpoint = place.pinpoint
                index = place.end
            } else if byte == UInt8(ascii: ",") || text.has("at ", at: next, end: end) {
                var item = byte == UInt8(ascii: ",") ? text.skipSpaces(from: next + 1, end: end) : next
                if text.has("at ", at: item, end: end) { item = text.skipSpaces(from: item + 3, end: end) }
                if item < end, Bytes.isDigit(text.bytes[item]) || text.bytes[item] == UInt8(ascii: "["),
                   let parallel = NeutralCitationForm.read(text, at: item, end: end)?.end ?? reporterCite(text, at: item, end: end)
                    ?? (byte == UInt8(ascii: ",") ? seriesReport(text, at: item, end: end) : nil) {
                    tail.parallels.append(text.string(item..<parallel))
                    index = parallel
                } else if item < end, text.bytes[item] == UInt8(ascii: "["), let close = text.closingBracket(after: item, end: end),
                          let pin = bracketedParagraph(text, item..<close) {
                    if tail.pinpoint == nil { tail.pinpoint = pin }
                    index = close
                } else if let pin = UKPagePinpoint.read(text, at: item, end: end) ?? PinpointParser.parse(text, at: item, end: end, allowRoman: false)
                            ?? JudgePlace.read(text, at: item, end: end) {
                    if tail.pinpoint == nil { tail.pinpoint = pin.pinpoint }
                    index = pin.end
                } else {
                    break
                }
            } else {
                break
            }
            tail.end = index
        }
        let rest = text.trimmed(tail.end..<end)
        var lead = rest
        while !lead.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(text.bytes[lead.lowerBound]) {
            lead = text.trimmed(lead.lowerBound + 1..<lead.upperBound)
        }
        tail.trailing = lead.isEmpty ? nil : lead
        return tail
    }

    /// A paragraph or page written with its mark (`para 9`, `paras 14 and 15`, `pp. 3-4`), and just past it.
    private static func markedPlace(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard let parsed = PinpointParser.parse(text, at: offset, end: end, allowRoman: false) else { return nil }
        switch parsed.pinpoint.kind {
        case .paragraph:
            // `paras 14 and 15`: the second paragraph is the place's too.
            guard text.has(" and ", at: parsed.end, end: end), parsed.end + 5 < end, Bytes.isDigit(text.bytes[parsed.end + 5]) else { return parsed }
            var last = parsed.end + 5
            while last < end, Bytes.isDigit(text.bytes[last]) { last += 1 }
            guard text.isWordEnd(last, end: end) else { return parsed }
            return (Pinpoint(kind: .paragraph, text: text.string(offset..<last)), last)
        case .page, .pages: return parsed.pinpoint.isMarked ? parsed : nil
        default: return nil
        }
    }

    /// A parenthesis after the cite: `CanLII` (the database, said again), a court (`BC CA`), a
    /// defined name in quotation marks, or an explanatory parenthetical.
    private mutating func readParenthesis(_ text: CitationText, _ inner: Range<Int>) {
        guard !inner.isEmpty else { return }
        if text.equals(inner, "CanLII") { return }
        if let quoted = Self.quoted(text, inner) {
            shortNames.append(quoted)
            return
        }
        if text.has("hereinafter ", at: inner.lowerBound, end: inner.upperBound) {
            shortNames.append(text.string(text.trimmed(inner.lowerBound + 12..<inner.upperBound)))
            return
        }
        if court == nil, parentheticals.isEmpty, inner.count <= Self.longestCourt, Bytes.isUpper(text.bytes[inner.lowerBound]),
           text.bytes[inner].allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") }) {
            court = text.string(inner)
            return
        }
        parentheticals.append(text.string(inner))
    }

    /// `"Southwind FC"`, `“Haida”`: a name in quotation marks, straight or curly, filling `inner`.
    private static func quoted(_ text: CitationText, _ inner: Range<Int>) -> String? {
        let bytes = text.bytes
        var lower = inner.lowerBound
        var upper = inner.upperBound
        if bytes[lower] == UInt8(ascii: "\""), upper - lower > 2, bytes[upper - 1] == UInt8(ascii: "\"") {
            lower += 1
            upper -= 1
        } else if text.has("\u{201C}", at: lower, end: upper), upper - lower > 6, text.has("\u{201D}", at: upper - 3, end: upper) {
            lower += 3
            upper -= 3
        } else {
            return nil
        }
        return definedName(text, text.trimmed(lower..<upper))
    }

    /// A short name the author defines: a few words, the first capitalised; `hereinafter` taken off.
    private static func definedName(_ text: CitationText, _ inner: Range<Int>) -> String? {
        var name = inner
        if text.has("hereinafter ", at: name.lowerBound, end: name.upperBound) { name = text.trimmed(name.lowerBound + 12..<name.upperBound) }
        guard let first = name.first, Bytes.isUpper(text.bytes[first]) || text.bytes[first] >= 0xC0,
              text.wordCount(in: name, limit: longestShortName + 1) <= longestShortName else { return nil }
        return text.string(name)
    }

    /// `[45]`, `[45]-[47]`: the paragraphs an English or Australian judgment numbers, in brackets.
    private static func bracketedParagraph(_ text: CitationText, _ bracket: Range<Int>) -> Pinpoint? {
        let inner = bracket.lowerBound + 1..<bracket.upperBound - 1
        guard !inner.isEmpty, text.bytes[inner].allSatisfy(Bytes.isDigit) else { return nil }
        var end = bracket.upperBound
        // `[45]-[47]`, `[45]–[47]`.
        for dash in ["-[", "\u{2013}["] as [StaticString] where text.has(dash, at: end) {
            let open = end + dash.utf8CodeUnitCount - 1
            if let close = text.closingBracket(after: open, end: text.count), text.bytes[open + 1..<close - 1].allSatisfy(Bytes.isDigit) {
                end = close
            }
            break
        }
        return Pinpoint(kind: .paragraph, text: text.string(bracket.lowerBound..<end))
    }

    /// A parallel cite as a case's identity writes it (`AuthorityCatalog`): `[2004] 1 WLR 3002` as
    /// `1 WLR 3002` and `[2004] EWCA Civ 576` as `2004 EWCA Civ 576`, as `NeutralCitationForm` reads
    /// them alone; any other cite as printed.
    static func identityCite(_ cite: String) -> String {
        let bytes = Array(cite.utf8)
        guard bytes.count > 8, bytes[0] == UInt8(ascii: "["), bytes[5] == UInt8(ascii: "]"), bytes[6] == UInt8(ascii: " "),
              bytes[1..<5].allSatisfy(Bytes.isDigit) else { return cite }
        let rest = String(decoding: bytes[7...], as: UTF8.self)
        return Bytes.isDigit(bytes[7]) ? rest : String(decoding: bytes[1..<5], as: UTF8.self) + " " + rest
    }

    /// `(2004) 29 EHRR 1`, `(1853) 8 Ex 625`: a report whose year in parentheses opens it (the
    /// bracketed ones are `NeutralCitationForm`'s); where it ends.
    private static func bracketedYearReport(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard text.bytes[offset] == UInt8(ascii: "("), offset + 7 < end, text.bytes[offset + 1..<offset + 5].allSatisfy(Bytes.isDigit),
              text.bytes[offset + 5] == UInt8(ascii: ")"), text.bytes[offset + 6] == UInt8(ascii: " ") else { return nil }
        return reporterCite(text, at: offset + 7, end: end)
    }

    /// The page (or pages) written right after a court's parenthesis at `offset`, ending the
    /// citation or followed by a comma, semicolon or bracket; nil for anything else.
    private static func pageAfterCourt(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        let start = text.skipSpaces(from: offset, end: end)
        guard start > offset, start < end, Bytes.isDigit(text.bytes[start]),
              let page = PinpointParser.parse(text, at: start, end: end, allowRoman: false),
              page.pinpoint.kind == .page || page.pinpoint.kind == .pages else { return nil }
        let after = text.skipSpaces(from: page.end, end: end)
        guard after == end || [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: "[")].contains(text.bytes[after]) else { return nil }
        return page
    }

    /// A parallel report in a series read by its form (`, 95 ER 807` after a nominate report): where it ends.
    private static func seriesReport(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        SeriesReport.read(text, at: offset, end: end, needsVolume: true)?.end
    }

    /// A parallel report of reporters-db (`[2004] 3 S.C.R. 511` aside, `231 D.L.R. (4th) 1`): where it ends.
    private static func reporterCite(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard let cite = ReporterCite.read(text, at: offset, end: end), !cite.isShort else { return nil }
        return cite.end
    }
}

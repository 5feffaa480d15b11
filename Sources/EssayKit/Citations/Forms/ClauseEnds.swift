import LowLevel

/// Where a citation inside a clause ends: the period that closes the sentence, and the pinpoint,
/// parentheticals and commentary after a short form.
enum ClauseEnds {
    /// `range` without the period that closes the sentence, keeping one that ends an abbreviation.
    static func withoutClosingPeriod(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        if let last = text.lastClauseWithoutPeriod, last.clause == range { return last.citation }
        let citation = readWithoutClosingPeriod(text, range)
        text.lastClauseWithoutPeriod = (range, citation)
        return citation
    }

    private static func readWithoutClosingPeriod(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        let trimmed = text.trimmed(range)
        guard let last = trimmed.last, text.bytes[last] == UInt8(ascii: "."), !text.isInsideSpan(last) else { return trimmed }
        let before = last - 1
        guard before >= trimmed.lowerBound else { return trimmed.lowerBound..<last }
        if text.isLinked(before) { return trimmed.lowerBound..<last }
        // `(hereinafter ... the U.S.).`: a period after a closing parenthesis ends the sentence,
        // whatever abbreviation the parenthetical ends in.
        if text.bytes[before] == UInt8(ascii: ")"), !text.isInsideSpan(before) { return trimmed.lowerBound..<last }
        var wordStart = last
        while wordStart > trimmed.lowerBound, !Bytes.isSpace(text.bytes[wordStart - 1]) { wordStart -= 1 }
        let word = text.bytes[wordStart..<last]
        let isInitial = word.count == 1 && word.first.map(Bytes.isUpper) == true
        let hasInnerPeriod = word.contains(UInt8(ascii: ".")) && word.contains(where: Bytes.isLetter)
        // `58 f.`, `21 ff.`: the page and the following one(s), whose period the pinpoint keeps.
        let isFollowing = (word.elementsEqual("f".utf8) || word.elementsEqual("ff".utf8)) && wordStart >= trimmed.lowerBound + 2
            && Bytes.isDigit(text.bytes[wordStart - 2])
        // An address that ends the sentence (`https://example.com/terms.`) takes no period of its own.
        if text.has("http", at: wordStart, end: last) { return trimmed.lowerBound..<last }
        if isInitial || hasInnerPeriod || isFollowing || SentenceSplitter.isListedAbbreviation(word) { return trimmed }
        return trimmed.lowerBound..<last
    }

    /// The end of a short form after its name: the pinpoint (`at 553`, `, at 553`, `¶ 73`, `3–4`),
    /// any parenthetical after it (`(emphasis added)`), and the rest of the clause, which is
    /// commentary (`followed by extensive presentation ...`).
    static func shortFormTail(_ text: CitationText, from offset: Int, end: Int) -> (pinpoint: Pinpoint?, citationEnd: Int, trailing: Range<Int>?) {
        var citationEnd = offset
        var pinpoint: Pinpoint?
        var index = text.skipSpaces(from: offset, end: end)
        // After a comma: `, at 553`, or a marked pinpoint (`, art. 113`, `, ¶ 4`, `, § 2`).
        if index < end, text.bytes[index] == UInt8(ascii: ",") {
            let after = text.skipSpaces(from: index + 1, end: end)
            if text.has("at ", at: after, end: end) || text.has("slip op", at: after, end: end) {
                index = after
            } else if let marked = PinpointParser.parse(text, at: after, end: end, allowRoman: false), marked.pinpoint.isMarked {
                index = after
            } else if after > index + 1, let place = CommonwealthTail.markedPlace(text, at: after, end: end), endsMarkedPlace(text, at: place.end, end: end) {
                // `Orloff, supra note 3, s 2.1`, `Ibid, s 4`: a place as the McGill Guide and OSCOLA mark it.
                pinpoint = place.pinpoint
                citationEnd = place.end
                index = place.end
            } else if let bare = PinpointParser.parse(text, at: after, end: end, allowRoman: false),
                      bare.pinpoint.kind == .page || bare.pinpoint.kind == .pages, endsBarePage(text, at: bare.end, end: end) {
                // `Roe & Poe supra note 3, 549-50 (discussing ...)`: the page with its `at` left out.
                index = after
            }
        }
        index = text.skipSpaces(from: index, end: end)
        if pinpoint != nil {
            // Read after the comma.
        } else if let slip = SlipOpinion.page(text, at: index, end: end) {
            // `slip op., at 12`: a page of the court's slip opinion.
            pinpoint = slip.pinpoint
            citationEnd = slip.end
        } else if text.has("at ", at: index, end: end),
           let parsed = PinpointParser.parse(text, at: text.skipSpaces(from: index + 3, end: end), end: end, allowRoman: true) {
            // `at 527, n. 1`: the page and its note are one place.
            let pinStart = text.skipSpaces(from: index + 3, end: end)
            // `Id. at 118, 141 S. Ct. 902`: the page list stops where a parallel report starts, which
            // belongs to the citation.
            let noted = ParallelReportTail.cut(text, PinpointParser.withNote(text, parsed, start: pinStart, end: end), start: pinStart)
            pinpoint = noted.pinpoint
            citationEnd = ParallelReportTail.end(text, from: noted.end, end: end)
        } else if text.has("at [", at: index, end: end), let paragraph = ParagraphPlace.parse(text, at: index + 3, end: end) {
            // `at [88]`, `at [15]–[18]`, `at [61](b)`: a judgment's numbered paragraphs.
            pinpoint = paragraph.pinpoint
            citationEnd = paragraph.end
        } else if text.has("at ", at: index, end: end), let glued = gluedPageMark(text, at: text.skipSpaces(from: index + 3, end: end), end: end) {
            pinpoint = glued.pinpoint
            citationEnd = glued.end
        } else if text.has("at ", at: index, end: end), let place = CommonwealthTail.markedPlace(text, at: text.skipSpaces(from: index + 3, end: end), end: end),
                  endsMarkedPlace(text, at: place.end, end: end) {
            // `Ibid at s 4`, `at ss 3-5`: a section as the McGill Guide marks it.
            pinpoint = place.pinpoint
            citationEnd = place.end
        } else if index > offset, index < end,
                  let parsed = PinpointParser.parse(text, at: index, end: end, allowRoman: false) {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        }
        // `Id. at 311:2`, `at 14:15–19`: a transcript's page and lines are one place.
        if let page = pinpoint, page.kind == .page || page.kind == .pages, let lines = RecordDocumentForm.linesEnd(text, at: citationEnd, end: end) {
            pinpoint = Pinpoint(kind: page.kind, text: page.text + text.string(citationEnd..<lines))
            citationEnd = lines
        }
        // `at 694 f.`, `at 21 ff.`: the page and the following one(s), as continental notes write them.
        if let page = pinpoint, page.kind == .page || page.kind == .pages, let following = followingPages(text, at: citationEnd, end: end) {
            pinpoint = Pinpoint(kind: page.kind, text: page.text + text.string(citationEnd..<following))
            citationEnd = following
        }
        while true {
            let open = text.skipSpaces(from: citationEnd, end: end)
            guard open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end) else { break }
            // `Id. (slip op., at 12)`: the slip opinion's page, when no other page was given.
            if pinpoint == nil, let slip = SlipOpinion.parenthesized(text, at: open, end: end) { pinpoint = slip.pinpoint }
            // `(“the officer is a conduit” at 31)`: the McGill Guide's place, last in the quoting remark.
            if pinpoint == nil, let place = RemarkPinpoint.read(text, open: open, close: close) { pinpoint = place }
            citationEnd = close
        }
        // `at 555 (describing X) and 568 (describing Y)`: a further page of the work, with its own remark.
        if pinpoint != nil, let further = furtherPage(text, from: citationEnd, end: end) { citationEnd = further }
        var rest = text.trimmed(citationEnd..<end)
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        return (pinpoint, citationEnd, rest.isEmpty ? nil : rest)
    }

    /// Just past `and 568 (remark)` after a parenthetical remark on a page, or nil: only a page and
    /// a remark of its own, so that `and 12 other cases` stays the author's.
    private static func furtherPage(_ text: CitationText, from offset: Int, end: Int) -> Int? {
        guard offset > 0, text.bytes[offset - 1] == UInt8(ascii: ")") else { return nil }
        let and = text.skipSpaces(from: offset, end: end)
        guard text.has("and ", at: and, end: end) else { return nil }
        var index = and + 4
        let digits = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > digits, index - digits <= 5 else { return nil }
        let open = text.skipSpaces(from: index, end: end)
        guard open > index, open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end) else { return nil }
        return close
    }

    /// `pp.4`, `p.12`: a page mark glued to its number, as typed in haste; the pages, kept as written.
    private static func gluedPageMark(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        let width = text.has("pp.", at: offset, end: end) ? 3 : text.has("p.", at: offset, end: end) ? 2 : 0
        guard width > 0, offset + width < end, Bytes.isDigit(text.bytes[offset + width]),
              let parsed = PinpointParser.parse(text, at: offset + width, end: end, allowRoman: false) else { return nil }
        return (Pinpoint(kind: parsed.pinpoint.kind, text: text.string(offset..<parsed.end)), parsed.end)
    }

    /// Just past ` f.` or ` ff.` at `offset` (the page after a pinpoint, and the following ones), or nil.
    static func followingPages(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        for mark in [" ff.", " f."] as [StaticString] where text.has(mark, at: offset, end: end) {
            let after = offset + mark.utf8CodeUnitCount
            guard after == end || !Bytes.isLetter(text.bytes[after]) else { return nil }
            return after
        }
        return nil
    }

    /// Whether a marked place after a comma ends where it does: at the clause's end, or before a
    /// parenthetical, a comma, a semicolon or a period; a word after it (`, s 3 of the Act`) makes it the author's.
    private static func endsMarkedPlace(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset < end else { return true }
        let byte = text.bytes[offset]
        if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { return true }
        let next = text.skipSpaces(from: offset, end: end)
        return next == end || next > offset && text.bytes[next] == UInt8(ascii: "(")
    }

    /// Whether a page left without its `at` ends where it does: at the clause's end, or before a
    /// parenthetical, a semicolon or a period; a word after it makes it no page (`3, 12 U.S.C.`).
    private static func endsBarePage(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset < end else { return true }
        let byte = text.bytes[offset]
        if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".") { return true }
        let next = text.skipSpaces(from: offset, end: end)
        return next == end || next > offset && text.bytes[next] == UInt8(ascii: "(")
    }
}

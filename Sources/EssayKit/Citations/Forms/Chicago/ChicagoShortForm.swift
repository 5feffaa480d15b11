import LowLevel

/// A Chicago shortened note: the author's surname, a short title and the page, `Roe, Quiet
/// Harbours, 45`, `Roe, "Quiet Harbours," 45–47`, `Roe and Poe, *Docks*, 12`. It names the work
/// cited in full before whose author and title answer (`ClauseReading.Form.shortTitle`).
///
/// Tried after every other form, so it reads only clauses none of them reads. The page is no
/// mark's (`p. 4` is policy writing's `DeclaredNameForm`) and a plain title is written in headline
/// capitals, with no digit, as no sentence of the author's is.
enum ChicagoShortForm: CitationForm {
    /// The first test of `read`: a surname's capital or a particle's small letter.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0
    }

    /// The most bytes the author's names take before the title.
    private static let longestLead = 48
    /// The most words of a short title left plain.
    private static let plainTitleWordLimit = 10
    /// Lower-case words of four letters a title in headline capitals keeps small.
    private static let smallWords: [StaticString] = ["with", "from", "into", "upon", "over", "than", "that", "onto", "unto", "near", "like"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let whole = ClauseEnds.withoutClosingPeriod(text, body)
        // `Protecting Radio Signals, 88 (statement of Ada Pell, counsel)`: a remark after the page is
        // the author's, read as the note's commentary.
        guard let remark = pageRemark(text, whole) else { return readCore(text, body, whole) }
        guard var reading = readCore(text, body, whole.lowerBound..<remark.lowerBound) else { return nil }
        reading.citation = whole.lowerBound..<reading.citation.upperBound
        reading.trailing = remark
        return reading
    }

    /// The parenthesis that closes `citation` after a space, when the words before it end in a digit.
    private static func pageRemark(_ text: CitationText, _ citation: Range<Int>) -> Range<Int>? {
        let bytes = text.bytes
        // The gate: the clause ends with `)`.
        guard let last = citation.last, bytes[last] == UInt8(ascii: ")") else { return nil }
        var open = text.firstOffset(of: UInt8(ascii: "("), from: citation.lowerBound, end: citation.upperBound)
        while open < citation.upperBound {
            if open > citation.lowerBound + 2, bytes[open - 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[open - 2]) || isRomanLetter(bytes[open - 2]) {
                return text.closingBracket(after: open, end: citation.upperBound) == citation.upperBound ? open..<citation.upperBound : nil
            }
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: citation.upperBound)
        }
        return nil
    }

    /// `read` on `citation`, the clause without any remark after its page.
    private static func readCore(_ text: CitationText, _ body: Range<Int>, _ core: Range<Int>) -> ClauseReading? {
        let citation = text.trimmed(core)
        let bytes = text.bytes
        let end = citation.upperBound
        // `Vale.`: the author alone, the work of theirs cited last; only as the whole note, since a
        // sentence cut after an abbreviation (`Cal.`, `Liab.`) looks the same.
        if text.trimmed(0..<bytes.count) == text.trimmed(body), citation == ClauseEnds.withoutClosingPeriod(text, body), let alone = authorAlone(text, citation) { return alone }
        // The gate: the clause ends in a page's digit or a roman page's letter, and holds a comma early.
        guard citation.count >= 7, let last = citation.last, Bytes.isDigit(bytes[last]) || isRomanLetter(bytes[last]) || isFollowingPages(bytes, last) else { return nil }
        let leadEnd = text.firstOffset(of: UInt8(ascii: ","), from: citation.lowerBound, end: min(end, citation.lowerBound + longestLead))
        guard leadEnd < end, leadEnd > citation.lowerBound, leadEnd + 2 < end, bytes[leadEnd + 1] == UInt8(ascii: " ") else { return nil }
        let titleStart = leadEnd + 2
        // `Vale, 45`: the author and a page; `Vale, ch. 3, n. 12`, a chapter and its note.
        let chapter = text.has("ch. ", at: titleStart, end: end) || text.has("chap. ", at: titleStart, end: end)
        if Bytes.isDigit(bytes[titleStart]) || chapter, let read = PinpointParser.parse(text, at: titleStart, end: end, allowRoman: false) {
            let (pinpoint, pagesEnd) = PinpointParser.withNote(text, read, start: titleStart, end: end)
            guard pagesEnd == end, pinpoint.kind == .page || pinpoint.kind == .pages || chapter && pinpoint.kind == .other else { return nil }
            let lead = text.trimmed(citation.lowerBound..<leadEnd)
            guard isAuthor(text, lead), !(pagesEnd - titleStart == 4 && DateWords.year(in: bytes[titleStart..<pagesEnd]) != nil) else { return nil }
            return ClauseReading(form: .shortTitle(author: text.string(lead), title: "", marked: false), pinpoint: pinpoint,
                                 citation: citation, trailing: nil)
        }
        guard let title = shortTitle(text, from: titleStart, end: end) else { return nil }
        guard title.pages < end, let parsed = PinpointParser.parse(text, at: title.pages, end: end, allowRoman: title.marked) else { return nil }
        let (pinpoint, pagesEnd) = PinpointParser.withNote(text, parsed, start: title.pages, end: end)
        guard pagesEnd == end, !pinpoint.isMarked || isRomanLetter(bytes[title.pages]),
              pinpoint.kind == .page || pinpoint.kind == .pages || pinpoint.kind == .note else { return nil }
        // `Roe, Harbour Law, 2019`: a plain title and a year is a work's full citation, not a page.
        if !title.marked, pagesEnd - title.pages == 4, DateWords.year(in: bytes[title.pages..<pagesEnd]) != nil { return nil }
        let lead = text.trimmed(citation.lowerBound..<leadEnd)
        guard isAuthor(text, lead) else { return nil }
        return ClauseReading(form: .shortTitle(author: text.string(lead), title: text.string(title.range), marked: title.marked),
                             pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// `Vale`, `van Dalen`: a note that is one surname alone (the run decides whether a work of theirs was cited).
    private static func authorAlone(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        // The gate: short, with no comma or digit, a capital or particle first.
        guard citation.count >= 3, citation.count <= 24, !text.bytes[citation].contains(where: { $0 == UInt8(ascii: ",") || Bytes.isDigit($0) }) else { return nil }
        let name = text.string(citation)
        guard SurnameParticle.isSurname(name) else { return nil }
        return ClauseReading(form: .shortTitle(author: name, title: "", marked: false), pinpoint: nil, citation: citation, trailing: nil)
    }

    /// The short title at `start`: quoted (`"Quiet Harbours,"`), emphasised (`*Docks*,`) or plain
    /// words to the last comma; its range, whether it is quoted or emphasised, and where the page starts.
    private static func shortTitle(_ text: CitationText, from start: Int, end: Int) -> (range: Range<Int>, marked: Bool, pages: Int)? {
        let bytes = text.bytes
        if ChicagoTitleLead.opensQuote(bytes, start) {
            let inner = start + (bytes[start] < 0x80 ? 1 : 3)
            // `,"` or `,”` then a space and the page.
            var comma = text.firstOffset(of: UInt8(ascii: ","), from: inner, end: end)
            while comma < end {
                let closeWidth = bytes[comma + 1] < 0x80 ? 1 : 3
                let isClose = bytes[comma + 1] == UInt8(ascii: "\"") || bytes[comma + 1] == UInt8(ascii: "'")
                    || comma + 3 < end && bytes[comma + 1] == 0xE2 && bytes[comma + 2] == 0x80 && (bytes[comma + 3] == 0x9D || bytes[comma + 3] == 0x99)
                if isClose, comma + 1 + closeWidth < end, bytes[comma + 1 + closeWidth] == UInt8(ascii: " ") {
                    let range = text.trimmed(inner..<comma)
                    guard !range.isEmpty, isTitleWords(text, range, plain: false) else { return nil }
                    return (range, true, text.skipSpaces(from: comma + 1 + closeWidth, end: end))
                }
                comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: end)
            }
            return nil
        }
        if text.hasEmphasisOrLinks, text.isEmphasized(start) {
            var titleEnd = start
            while titleEnd < end, text.isEmphasized(titleEnd) { titleEnd += 1 }
            let range = text.trimmingTrailing(text.trimmed(start..<titleEnd), [UInt8(ascii: ",")])
            var after = text.skipSpaces(from: titleEnd, end: end)
            guard !range.isEmpty, after < end, bytes[after] == UInt8(ascii: ",") || bytes[titleEnd - 1] == UInt8(ascii: ",") else { return nil }
            if bytes[after] == UInt8(ascii: ",") { after = text.skipSpaces(from: after + 1, end: end) }
            guard isTitleWords(text, range, plain: false) else { return nil }
            return (range, true, after)
        }
        // Plain words to the comma before the pages: the first one a digit follows (`Harbour Law,
        // 14–15, 40, 90–92`: a list of pages), else the last (`Harbour Law, ix–xii`).
        var lastComma: Int?
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: start..<end) {
            lastComma = comma
            let next = text.skipSpaces(from: comma + 1, end: end)
            if next < end, Bytes.isDigit(bytes[next]) { break }
        }
        guard let comma = lastComma, comma > start else { return nil }
        let range = text.trimmed(start..<comma)
        guard !range.isEmpty, Bytes.isUpper(bytes[range.lowerBound]), isTitleWords(text, range, plain: true) else { return nil }
        return (range, false, text.skipSpaces(from: comma + 1, end: end))
    }

    /// Whether `range` reads as a title: no digit, no case name (` v. `), no cross-reference; a plain
    /// one of a few words in headline capitals.
    private static func isTitleWords(_ text: CitationText, _ range: Range<Int>, plain: Bool) -> Bool {
        let bytes = text.bytes
        guard !bytes[range].contains(where: Bytes.isDigit), !text.contains(" v. ", in: range) else { return false }
        let words = text.words(in: range, limit: plainTitleWordLimit + 1)
        guard let first = words.first, !text.equals(first, "supra"), !text.equals(first, "infra"), !text.equals(first, "Id.") else { return false }
        guard plain else { return true }
        guard words.count <= plainTitleWordLimit,
              !bytes[range].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ";") }) else { return false }
        for word in words where Bytes.isLower(bytes[word.lowerBound]) {
            let letters = bytes[word].prefix(while: Bytes.isLetter).count
            if letters >= 5 || letters == 4 && !smallWords.contains(where: { text.equals(word.lowerBound..<word.lowerBound + 4, $0) }) { return false }
        }
        return true
    }

    /// Whether `lead` names authors as a shortened note does: a surname or two (`Roe`, `Roe and
    /// Poe`, `Roe et al.`, `van Dalen`), or a body's few capitalised words.
    private static func isAuthor(_ text: CitationText, _ lead: Range<Int>) -> Bool {
        guard !lead.isEmpty, !text.contains(" v. ", in: lead), !text.bytes[lead].contains(where: Bytes.isDigit),
              let names = QuotedTitleLead.names(text, lead) else { return false }
        // `Amy J. Roe, Title, 39`: a full name with an initial is a full citation cut short, not Chicago's surname.
        let words = text.words(in: lead, limit: 7)
        guard !words.contains(where: { $0.count == 2 && text.bytes[$0.upperBound - 1] == UInt8(ascii: ".") }) else { return false }
        return names.count <= 3 && words.count <= 6
    }

    /// Whether `last` ends `140ff` or `7f`: the page and those following it.
    private static func isFollowingPages(_ bytes: [UInt8], _ last: Int) -> Bool {
        guard last >= 2, bytes[last] == UInt8(ascii: "f") else { return false }
        return Bytes.isDigit(bytes[last - 1]) || bytes[last - 1] == UInt8(ascii: "f") && Bytes.isDigit(bytes[last - 2])
    }

    /// `i`, `v`, `x`, `l`, `c`: a lower-case roman page's letter.
    private static func isRomanLetter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "i") || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "x") || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "c")
    }
}

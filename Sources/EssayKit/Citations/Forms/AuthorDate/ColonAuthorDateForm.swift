import LowLevel

/// A work cited author-date with a colon, as European writing in English cites literature: the
/// authors, the year in brackets, a colon, then the title, quoted or not, and where it is printed:
/// `Meyer (2019): “Platform Courts and Their Critics”, in: Journal of Online Law 12: 100-120,
/// https://...`, `Novak/Hartmann/Ruiz (2020): “Councils: From Idea to Practice.” https://...`,
/// `douek, evelyn: “The Limits of Review”, Lawfare, 2019` (no year in brackets: a quoted title
/// then), `dies. (2021): “Inside the Board”, The Atlantic` (the authors of the citation before).
///
/// The authors and year name the work (a later `Meyer (2019), p. 30` is `AuthorDateShortForm`'s);
/// a journal after `in:` with its volume and pages makes it an article whose first page is no
/// pinpoint; a place after the work (`, p. 105`, `, S. 30`, `, para 59`) is the pinpoint. The
/// lead-in of a sentence before the names (`A different view is put forward by Jarvis (2020):
/// ...`) is the author's words, never a title: the citation starts at the names.
enum ColonAuthorDateForm: CitationForm {
    /// The first test of `read`: a name's letter (a lead-in's first letter too).
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0
    }

    /// The most bytes before the colon: a lead-in and the authors.
    private static let longestLead = 160
    /// The most words a lead-in before the names takes.
    private static let longestLeadIn = 14

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: a colon and a space near the start.
        let colon = text.firstOffset(of: UInt8(ascii: ":"), from: citation.lowerBound, end: min(end, citation.lowerBound + longestLead))
        guard colon + 2 < end, colon > citation.lowerBound, bytes[colon + 1] == UInt8(ascii: " ") else { return nil }
        var start = citation.lowerBound
        var names: AuthorDateNames?
        var year: (year: Int, letter: String)?
        if let bracketed = AuthorDateNames.bracketedYear(text, closingAt: colon - 1, start: citation.lowerBound) {
            year = (bracketed.year, bracketed.letter)
            let nameEnd = bracketed.open
            names = AuthorDateNames.read(text, citation.lowerBound..<nameEnd)
            if names == nil, let restart = namesAfterLeadIn(text, citation.lowerBound..<nameEnd) {
                start = restart
                names = AuthorDateNames.read(text, restart..<nameEnd)
            }
        } else {
            // Without a year, a name that is no single word (`douek, evelyn`, `Anna Meyer`, `Roe/Poe`):
            // `Note: “...”` is a label.
            let lead = text.trimmed(citation.lowerBound..<colon)
            // Asked first, as it is cheap: without a year the title after the colon is quoted.
            guard quotedTitle(text, from: text.skipSpaces(from: colon + 1, end: end), end: end) != nil,
                  text.wordCount(in: lead, limit: 2) >= 2 || bytes[lead].contains(UInt8(ascii: "/")) else { return nil }
            names = AuthorDateNames.read(text, lead)
        }
        guard let names else { return nil }
        let titleStart = text.skipSpaces(from: colon + 1, end: end)
        var title: Range<Int>
        var rest: Int
        if let quoted = quotedTitle(text, from: titleStart, end: end) {
            (title, rest) = quoted
        } else {
            // Unquoted, only after a year in brackets: the title runs to its first comma or full stop.
            guard year != nil, titleStart < end, Bytes.isUpper(bytes[titleStart]) || bytes[titleStart] >= 0xC0 else { return nil }
            var stop = titleStart
            while stop < end {
                let byte = bytes[stop]
                if byte == UInt8(ascii: ","), stop + 1 == end || bytes[stop + 1] == UInt8(ascii: " ") { break }
                if byte == UInt8(ascii: "."), stop + 2 < end, bytes[stop + 1] == UInt8(ascii: " "), Bytes.isUpper(bytes[stop + 2]) || AddressExtent.opens(text, at: stop + 2, end: end) { break }
                if AddressExtent.opens(text, at: stop, end: end), stop > titleStart, bytes[stop - 1] == UInt8(ascii: " ") { break }
                stop += 1
            }
            title = text.trimmed(titleStart..<stop)
            rest = stop
        }
        title = text.trimmingTrailing(title, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: " ")])
        guard title.count >= 3 else { return nil }
        var work = WorkDraft(kind: .book, title: text.string(title))
        work.authors = names.surnames
        work.authorsAsBefore = names.asBefore
        work.year = year?.year
        if let year, !names.asBefore {
            work.shortNames = [AuthorDateNames.key(surnames: names.surnames, etAl: names.etAl, year: String(year.year) + year.letter)]
        }
        let tail = self.tail(text, from: rest, end: end)
        if let url = tail.url { work.url = url }
        if work.year == nil { work.year = tail.year }
        if let journal = tail.journal {
            work.kind = .article
            work.container = journal.name
            work.volume = journal.volume
            work.firstPage = journal.firstPage
        } else if let container = tail.container {
            work.kind = tail.isEdited ? .article : (tail.url != nil || !tail.isPublisher ? .article : .book)
            work.container = container
        } else if tail.url != nil {
            work.kind = .webpage
        }
        // Without a year in brackets, a year must be printed somewhere: `douek, evelyn: “Title”, Lawfare, 2019`.
        guard year != nil || work.year != nil || names.asBefore || tail.url != nil else { return nil }
        // A UN body's report with its symbol among the fields (`UN General Assembly (2019): “Report ...”,
        // A/74/512, paragraphs 12, 14`) is the document of that symbol, `UNSymbolFieldForm`'s, not an article.
        guard UNSymbolFieldForm.read(text, body) == nil else { return nil }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: tail.pinpoint, citation: start..<end, trailing: nil)
    }

    /// Where the names start after a lead-in of the author's words (`A different view is put
    /// forward by Jarvis`, `also in favour Kaye`): after the last word of the lead-in that no name
    /// holds (a word in lower case), when the words after it are names; nil otherwise.
    private static func namesAfterLeadIn(_ text: CitationText, _ range: Range<Int>) -> Int? {
        let words = text.words(in: range, limit: longestLeadIn + 1)
        guard words.count >= 2, words.count <= longestLeadIn else { return nil }
        let bytes = text.bytes
        // The last word in lower case that is no particle and no joiner.
        guard let lastProse = words.lastIndex(where: { word in
            Bytes.isLower(bytes[word.lowerBound]) && !["and", "und", "van", "von", "de", "der", "et", "al."].contains(text.string(word))
        }), lastProse + 1 < words.count else { return nil }
        let start = words[lastProse + 1].lowerBound
        return AuthorDateNames.read(text, start..<range.upperBound) != nil ? start : nil
    }

    /// The title in quotation marks at `start` (`“Title”`, `"Title"`, `„Titel“`, `‘Title’`) and
    /// just past its closing mark, or nil when no quotation opens there.
    static func quotedTitle(_ text: CitationText, from start: Int, end: Int) -> (title: Range<Int>, end: Int)? {
        let bytes = text.bytes
        guard start < end else { return nil }
        let closers: [[UInt8]]
        let inner: Int
        if bytes[start] == UInt8(ascii: "\"") {
            (closers, inner) = ([[UInt8(ascii: "\"")]], start + 1)
        } else if start + 2 < end, bytes[start] == 0xE2, bytes[start + 1] == 0x80 {
            switch bytes[start + 2] {
            case 0x9C: (closers, inner) = ([[0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x9C]], start + 3)  // “ … ” (or “ … “)
            case 0x9E: (closers, inner) = ([[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]], start + 3)  // „ … “
            case 0x98: (closers, inner) = ([[0xE2, 0x80, 0x99]], start + 3)                      // ‘ … ’
            default: return nil
            }
        } else {
            return nil
        }
        var index = inner
        while index < end {
            for closer in closers where index + closer.count <= end && bytes[index..<index + closer.count].elementsEqual(closer) {
                // `‘ … ’`: an apostrophe inside a word (`Europe’s`) closes nothing.
                if closer.count == 3, closer[2] == 0x99, index + 3 < end, Bytes.isLetter(bytes[index + 3]) { continue }
                let title = text.trimmed(inner..<index)
                return title.isEmpty ? nil : (title, index + closer.count)
            }
            index += 1
        }
        return nil
    }

    /// What follows the title: where it is printed, its address, a year, and a place cited.
    struct Tail {
        var journal: (name: String, volume: String, firstPage: String?)?
        var container: String?
        /// `in: Editors (eds.), Book`: a part of an edited book.
        var isEdited = false
        /// The container is a publisher (`Oxford: OUP`), so the work is a book.
        var isPublisher = false
        var url: String?
        var year: Int?
        var pinpoint: Pinpoint?
    }

    /// The fields after the title, from `offset` to `end`, comma by comma.
    static func tail(_ text: CitationText, from offset: Int, end: Int) -> Tail {
        var tail = Tail()
        let bytes = text.bytes
        var start = offset
        // The address first: its commas and colons are no field's.
        var fieldsEnd = end
        var scan = offset
        while scan < end {
            if AddressExtent.opens(text, at: scan, end: end), scan == offset || !Bytes.isLetter(bytes[scan - 1]) {
                let stop = AddressExtent.end(text, from: scan, end: end)
                tail.url = AddressExtent.address(text, scan..<stop)
                // A place after the address (`https://..., p. 4`) is still read.
                if let place = EuropeanPlace.read(text, text.trimmed(stop..<end).lowerBound..<end, afterComma: true) { tail.pinpoint = place }
                fieldsEnd = scan
                break
            }
            scan += 1
        }
        var fields: [Range<Int>] = []
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: offset..<fieldsEnd) {
            let field = text.trimmingTrailing(text.trimmed(start..<comma), [UInt8(ascii: "."), UInt8(ascii: " ")])
            start = comma + 1
            let core = text.trimmed(field.lowerBound < field.upperBound && bytes[field.lowerBound] == UInt8(ascii: ".") ? field.lowerBound + 1..<field.upperBound : field)
            if !core.isEmpty { fields.append(core) }
        }
        for (position, field) in fields.enumerated() {
            if field.count == 4, let year = DateWords.year(in: bytes[field]), (1800...2099).contains(year) {
                tail.year = tail.year ?? year
                continue
            }
            // A place ends the citation: `, paragraphs 58, 59, 63` runs over the commas after it.
            if let place = EuropeanPlace.read(text, field.lowerBound..<fieldsEnd, afterComma: true) {
                if tail.pinpoint == nil { tail.pinpoint = place }
                break
            }
            var content = field
            var edited = false
            for mark in ["in: ", "In: ", "in ", "In "] as [StaticString] where text.has(mark, at: field.lowerBound, end: field.upperBound) {
                content = text.trimmed(field.lowerBound + mark.utf8CodeUnitCount..<field.upperBound)
                edited = true
                break
            }
            if edited, text.bytes[content].contains(UInt8(ascii: "(")), let marked = editorsEnd(text, content) {
                // `in: Roe/Poe (eds.), Book`: the book is the next field, or what follows the mark.
                tail.isEdited = true
                let after = text.trimmed(marked..<content.upperBound)
                if !after.isEmpty {
                    tail.container = text.string(after)
                } else if position + 1 < fields.count {
                    tail.container = text.string(fields[position + 1])
                }
                break
            }
            if tail.container == nil, tail.journal == nil, let journal = journal(text, content) {
                tail.journal = journal
                continue
            }
            if tail.container == nil, tail.journal == nil, let lead = content.first, Bytes.isUpper(bytes[lead]) || bytes[lead] >= 0xC0 {
                tail.container = text.string(content)
                tail.isPublisher = !edited && text.bytes[content].contains(UInt8(ascii: ":"))
                tail.isEdited = edited
            }
        }
        return tail
    }

    /// Just past the editors' mark in `content` (`Roe/Poe (eds.)`, `Roe (Hrsg.)`), or nil.
    private static func editorsEnd(_ text: CitationText, _ content: Range<Int>) -> Int? {
        for mark in ["(eds.)", "(ed.)", "(Eds.)", "(Ed.)", "(Hrsg.)", "(eds)", "(ed)"] as [StaticString] {
            var index = content.lowerBound
            while index < content.upperBound {
                if text.has(mark, at: index, end: content.upperBound) { return index + mark.utf8CodeUnitCount }
                index += 1
            }
        }
        return nil
    }

    /// `Journal of Online Law 12: 100-120`, `Journal of Online Law 12(3): 100-120`, `Journal 12, 100`:
    /// the journal, its volume and first page; nil when `content` ends in no volume.
    private static func journal(_ text: CitationText, _ content: Range<Int>) -> (name: String, volume: String, firstPage: String?)? {
        let bytes = text.bytes
        let words = text.words(in: content)
        guard words.count >= 2, let lead = content.first, Bytes.isUpper(bytes[lead]) else { return nil }
        // The first word that opens with a digit after the name.
        guard let volumeIndex = words.indices.dropFirst().first(where: { Bytes.isDigit(bytes[words[$0].lowerBound]) }) else { return nil }
        let volumeWord = words[volumeIndex]
        var index = volumeWord.lowerBound
        while index < volumeWord.upperBound, Bytes.isDigit(bytes[index]) { index += 1 }
        let volume = text.string(volumeWord.lowerBound..<index)
        var firstPage: String?
        if volumeIndex + 1 < words.count {
            let page = words[volumeIndex + 1]
            var pageEnd = page.lowerBound
            while pageEnd < page.upperBound, Bytes.isDigit(bytes[pageEnd]) { pageEnd += 1 }
            if pageEnd > page.lowerBound { firstPage = text.string(page.lowerBound..<pageEnd) }
        }
        let name = text.trimmingTrailing(text.trimmed(content.lowerBound..<volumeWord.lowerBound), [UInt8(ascii: ","), UInt8(ascii: " ")])
        guard !name.isEmpty else { return nil }
        return (text.string(name), volume, firstPage)
    }
}

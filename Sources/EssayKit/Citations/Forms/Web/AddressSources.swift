import LowLevel

/// The pages a note cites by an address or a link in the author's words: every `http(s)://`
/// address and every link to one that no citation took in is a page cited, whatever words come
/// before it (`Appendix 7 plus the Working Group's final paper: http://...`, `Involuntary jaw
/// movement. https://...`, `...the agency:see [Statement.pdf](http://...)`).
///
/// Its title is the link's text, else the nearest words before it that describe it (not a place,
/// not a signal, not `is available at`), else the name of the file the address ends in. A place
/// just before it (`para 12:`, `p4, lines 6-9,`) or just after it (`, para 17`) is its pinpoint;
/// after a place, a name is the author (`p4, Jane Doe, http://.../Transcript.pdf`). Two addresses
/// are two pages. An address the note's citations already gave, or one the words call a copy of the
/// work cited before (`; an English translation is available at`), is no page of its own.
enum AddressSources {
    /// The most pages one stretch of the author's words cites so.
    private static let mostAddresses = 8
    /// The most words a describing phrase holds; a longer run is the author's sentence.
    private static let longestPhrase = 14

    /// One address found: where it is written, its address, and the link's text when a link.
    private struct Address {
        var range: Range<Int>
        var url: String
        var isLink: Bool
    }

    /// The pages cited in `range` (the author's words of a note), each with its clause's range.
    /// `citedURLs` are the addresses the note's citations gave; `clauseStarts` where its clauses start.
    static func find(_ text: CitationText, in range: Range<Int>, citedURLs: [String], clauseStarts: [Int]) -> [(Range<Int>, ClauseReading)] {
        // The gate: a link, or `://` in the words.
        guard range.count > 8, text.hasLinks || text.contains("://", in: range) else { return [] }
        let addresses = self.addresses(text, in: range)
        guard !addresses.isEmpty else { return [] }
        var found: [(Range<Int>, ClauseReading)] = []
        var leadStart = range.lowerBound
        var previousSkipped = false
        for (position, address) in addresses.enumerated() {
            let nextStart = position + 1 < addresses.count ? addresses[position + 1].range.lowerBound : range.upperBound
            defer { leadStart = address.range.upperBound }
            let afterCitation = clauseStarts.contains { $0 < address.range.lowerBound }
            guard !citedURLs.contains(where: { sameAddress($0, address.url) }), !isProseLink(text, address) else {
                previousSkipped = true
                continue
            }
            var lead = text.trimmed(leadStart..<address.range.lowerBound)
            while let last = lead.last, text.bytes[last] == UInt8(ascii: "<") || text.bytes[last] == UInt8(ascii: "(") { lead = text.trimmed(lead.lowerBound..<last) }
            // `Title, 86 Fed. Reg. 1 (2021), https://...`: the address of the work just cited; `...
            // available at <a> and <b>`: a copy, and another joined to it.
            let bare = trimPunctuation(text, lead)
            previousSkipped = afterCitation && position == 0 && bare.isEmpty
                || (afterCitation || position > 0) && isCopy(text, lead)
                || previousSkipped && (bare.isEmpty || text.equals(bare, "and") || text.equals(bare, "or"))
            if previousSkipped { continue }
            let described = phrase(text, lead)
            // `Lu Berg, Why Models Forget, Berg's Notes (May 2, 2023), https://...`: the address of a
            // citation, the work it cites; one no form reads leaves the note unresolved, never a
            // page titled by its file.
            var cited: (work: WorkDraft, pinpoint: Pinpoint?)?
            let citationWords = described.phrase ?? described.unread
            if let words = citationWords, !address.isLink, described.unread != nil && !endsInQuotation(text, words) || endsInDatedBracket(text, words) {
                guard endsInDatedBracket(text, words), var found = FullWorkForm.parse(text, words.lowerBound..<address.range.upperBound) else { continue }
                if found.work.url == nil { found.work.url = address.url }
                cited = found
            }
            // `...(at para 102): http://www.bailii.org/ew/cases/EWHC/ QB/2011/3269.html`: a court
            // database's address is the judgment its neutral citation names (`CourtAddressForm`).
            if let judgment = CourtAddressForm.caseWork(of: address.url) {
                found.append((address.range, ClauseReading(form: .full(ClauseReading.SharedWork(judgment)), pinpoint: nil, citation: address.range, trailing: nil)))
                continue
            }
            if let cited, let words = citationWords {
                let range = words.lowerBound..<address.range.upperBound
                found.append((range, ClauseReading(form: .full(ClauseReading.SharedWork(cited.work)), pinpoint: cited.pinpoint, citation: range, trailing: nil)))
                continue
            }
            var work = WorkDraft(kind: .webpage, title: "")
            work.url = address.url
            var pinpoint = described.pinpoint
            var start = described.placeStart ?? address.range.lowerBound
            if address.isLink, let title = linkTitle(text, address) {
                work.title = title
            } else if described.pinpoint != nil, let name = described.phrase, isName(text, name), let file = URLParts.fileName(of: address.url) {
                // `p4, lines 6-9, Jane Doe, http://.../Transcript.pdf`: the witness and the file.
                work.title = file
                work.authors = [text.string(name)]
            } else if let title = described.phrase {
                work.title = text.string(title)
                start = min(start, title.lowerBound)
            } else {
                work.title = URLParts.fileName(of: address.url) ?? URLParts.host(of: address.url) ?? address.url
            }
            var end = address.range.upperBound
            if pinpoint == nil, let after = placeAfter(text, from: address.range.upperBound, end: nextStart) {
                pinpoint = after.pinpoint
                end = after.end
            }
            found.append((start..<end, ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<end, trailing: nil)))
        }
        return found
    }

    /// The addresses of `range` in order: links to web pages, and addresses printed (joined across
    /// a converter's breaks) outside links.
    private static func addresses(_ text: CitationText, in range: Range<Int>) -> [Address] {
        var found: [Address] = []
        if text.hasLinks {
            for link in text.links(in: range) where isWebAddress(link.url) {
                found.append(Address(range: link.range, url: link.url, isLink: true))
            }
        }
        var index = range.lowerBound
        while index < range.upperBound, found.count < mostAddresses * 2 {
            index = text.firstOffset(of: UInt8(ascii: "h"), from: index, end: range.upperBound)
            guard index < range.upperBound else { break }
            let atWordStart = index == range.lowerBound || [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "("), UInt8(ascii: "<"), UInt8(ascii: ":")]
                .contains(text.bytes[index - 1])
            if atWordStart, !text.isLinked(index), text.has("http://", at: index, end: range.upperBound) || text.has("https://", at: index, end: range.upperBound) {
                let stop = AddressExtent.end(text, from: index, end: range.upperBound)
                let url = AddressExtent.address(text, index..<stop)
                if url.utf8.count > 10 { found.append(Address(range: index..<stop, url: url, isLink: false)) }
                index = max(stop, index + 1)
                continue
            }
            index += 1
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return Array(found.prefix(mostAddresses))
    }

    /// Whether a link's target is a page on the web (not a note's fragment, a mail address or a file of the site).
    private static func isWebAddress(_ url: String) -> Bool {
        url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("www.")
    }

    /// Two addresses of one page, whatever their scheme, `www.` or closing slash.
    private static func sameAddress(_ left: String, _ right: String) -> Bool {
        if left == right { return true }
        guard let one = URLParts.pageAlias(of: left), let other = URLParts.pageAlias(of: right) else { return false }
        return one == other
    }

    /// The words that call an address another copy of a work (`available`, `translation`).
    private static let copyWords: [StaticString] = ["available", "translation", "version", "copy", "reprinted", "found", "accessible", "obtainable",
                                                    "located", "online", "posted"]

    /// Whether a link is the author's words linked (`classifies the role as a [subset of computer
    /// specialist](...)`): its text two words or more, opening in lower case, naming no file.
    private static func isProseLink(_ text: CitationText, _ address: Address) -> Bool {
        guard address.isLink, let first = address.range.first, Bytes.isLower(text.bytes[first]) else { return false }
        return text.wordCount(in: address.range, limit: 2) >= 2 && !AddressExtent.endsInFileExtension(text, text.trimmed(address.range))
    }

    /// Whether the words before an address say it is a copy of the work the note cited before it.
    private static func isCopy(_ text: CitationText, _ lead: Range<Int>) -> Bool {
        let start = max(lead.lowerBound, lead.upperBound - 80)
        return text.words(in: start..<lead.upperBound).suffix(8).contains { word in copyWords.contains { text.equals(word, $0) } }
    }

    /// The link's text as the page's title: its words, or the file's name when the text is one
    /// (`[Hearing-Record-Day- 3.pdf](.../Hearing-Record-Day-3.pdf)`, a name a converter may cut).
    private static func linkTitle(_ text: CitationText, _ address: Address) -> String? {
        let label = text.trimmed(address.range)
        guard !label.isEmpty, !AddressExtent.opens(text, at: label.lowerBound, end: label.upperBound) else { return nil }
        if AddressExtent.endsInFileExtension(text, label), let file = URLParts.fileName(of: address.url) { return file }
        return text.string(label)
    }

    /// Words the author puts between a page's description and its address.
    private static let pointerWords: [StaticString] = [
        "at", "from", "via", "see", "See", "here", "is", "are", "was", "were", "be", "can", "may", "sits", "follows", "found", "accessible",
        "online", "published", "posted", "located", "lies", "appears", "obtainable", "hosted", "kept", "held", "set", "out", "in", "on", "of",
        "and", "or",
    ]

    /// The describing words in `lead` and the place before them: the last sentence's words, a
    /// signal, a place (`para 12:`, `see para 41 of`) and the pointing words (`sits at`) taken off;
    /// `unread`, the words left when they are too many to describe a page.
    private static func phrase(_ text: CitationText, _ lead: Range<Int>) -> (phrase: Range<Int>?, pinpoint: Pinpoint?, placeStart: Int?, unread: Range<Int>?) {
        var piece = trimPunctuation(text, lead)
        guard !piece.isEmpty else { return (nil, nil, nil, nil) }
        // The last sentence of the words: after `. `, `; `, `? ` or `! `.
        var index = piece.upperBound - 1
        // Parentheses closed before the address (`(2024) (unpublished manuscript), https://...`)
        // are remarks inside the words, never where they start.
        var closed = 0
        while index > piece.lowerBound {
            let byte = text.bytes[index - 1]
            if text.bytes[index] == UInt8(ascii: ")") { closed += 1 }
            // `Rates fell (as the bank reported, http://...`: the words inside the open parenthesis.
            if text.bytes[index] == UInt8(ascii: "(") {
                if closed > 0 {
                    closed -= 1
                    index -= 1
                    continue
                }
                piece = text.trimmed(index + 1..<piece.upperBound)
                break
            }
            if text.bytes[index] == UInt8(ascii: " "), byte == UInt8(ascii: ";") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
                || byte == UInt8(ascii: ".") && endsSentence(text, before: index - 1, from: piece.lowerBound) {
                piece = text.trimmed(index..<piece.upperBound)
                break
            }
            index -= 1
        }
        // `...the agency:see`: a signal glued to the words before it.
        if let last = text.lastWord(in: piece), let colon = text.bytes[last].lastIndex(of: UInt8(ascii: ":")), colon > last.lowerBound,
           SignalMatcher.match(in: text, at: colon + 1, end: last.upperBound) != nil {
            piece = trimPunctuation(text, piece.lowerBound..<colon)
        }
        // The signal that opens it.
        if let signal = SignalMatcher.match(in: text, at: piece.lowerBound, end: piece.upperBound) {
            piece = trimPunctuation(text, signal.bodyStart..<piece.upperBound)
        }
        // The pointing words at its end.
        while let last = text.lastWord(in: piece), pointerWords.contains(where: { text.equals(last, $0) }) {
            piece = trimPunctuation(text, piece.lowerBound..<last.lowerBound)
        }
        var pinpoint: Pinpoint?
        var placeStart: Int?
        if !piece.isEmpty, let place = InquiryDocumentForm.place(text, at: piece.lowerBound, end: piece.upperBound) {
            pinpoint = place.pinpoint
            placeStart = piece.lowerBound
            var rest = text.skipSpaces(from: place.end, end: piece.upperBound)
            if rest < piece.upperBound, text.bytes[rest] == UInt8(ascii: ",") || text.bytes[rest] == UInt8(ascii: ":") { rest += 1 }
            if text.has("of ", at: rest, end: piece.upperBound) { rest += 3 }
            piece = trimPunctuation(text, rest..<piece.upperBound)
        }
        guard !piece.isEmpty, text.bytes[piece].contains(where: Bytes.isLetter) else { return (nil, pinpoint, placeStart, nil) }
        guard text.wordCount(in: piece, limit: longestPhrase + 1) <= longestPhrase else { return (nil, pinpoint, placeStart, piece) }
        return (piece, pinpoint, placeStart, nil)
    }

    /// Whether `words` end in a closing quotation mark (`...builds up in the blood.’`): a passage
    /// quoted from the page at the address, not a citation left unread.
    private static func endsInQuotation(_ text: CitationText, _ words: Range<Int>) -> Bool {
        guard let last = words.last else { return false }
        let byte = text.bytes[last]
        return byte == UInt8(ascii: "\"") || last >= words.lowerBound + 2 && text.bytes[last - 2] == 0xE2 && text.bytes[last - 1] == 0x80 && (byte == 0x99 || byte == 0x9D)
    }

    /// Whether `words` end in a bracket that holds a year (`(2022)`, `(May 2, 2023)`, `(2022)
    /// (unpublished manuscript)`): a citation's date, not a page's description.
    private static func endsInDatedBracket(_ text: CitationText, _ words: Range<Int>) -> Bool {
        guard let last = words.last, text.bytes[last] == UInt8(ascii: ")") else { return false }
        let start = max(words.lowerBound, words.upperBound - 60)
        var run = 0
        for index in start..<words.upperBound {
            run = Bytes.isDigit(text.bytes[index]) ? run + 1 : 0
            if run == 4, DateWords.year(in: text.bytes[(index - 3)...index]) != nil, index + 1 < words.upperBound, !Bytes.isDigit(text.bytes[index + 1]),
               text.firstOffset(of: UInt8(ascii: ")"), from: index, end: words.upperBound) < words.upperBound {
                return true
            }
        }
        return false
    }

    /// Whether the period at `period` ends a sentence: after a word of two letters or more in lower case, a digit or a closing bracket.
    private static func endsSentence(_ text: CitationText, before period: Int, from lower: Int) -> Bool {
        guard period > lower else { return false }
        let previous = text.bytes[period - 1]
        if Bytes.isDigit(previous) || previous == UInt8(ascii: ")") { return true }
        guard Bytes.isLower(previous), period - 2 >= lower else { return false }
        // `et al.` ends a list of authors, not the sentence.
        if previous == UInt8(ascii: "l"), text.bytes[period - 2] == UInt8(ascii: "a"), period - 5 >= lower, text.has("et ", at: period - 5, end: period) { return false }
        return Bytes.isLetter(text.bytes[period - 2])
    }

    /// `range` without the spaces and the punctuation (`:`, `,`, `;`, `.`, `-`) at its ends.
    private static func trimPunctuation(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        let marks: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "-")]
        var piece = text.trimmed(range)
        while let first = piece.first, marks.contains(text.bytes[first]) { piece = text.trimmed(first + 1..<piece.upperBound) }
        while let last = piece.last, marks.contains(text.bytes[last]) { piece = text.trimmed(piece.lowerBound..<last) }
        return piece
    }

    /// Whether `range` is a person's name: one to five capitalised words with no digit.
    private static func isName(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range, limit: 6)
        return (1...5).contains(words.count) && words.allSatisfy { Bytes.isUpper(text.bytes[$0.lowerBound]) && !text.bytes[$0].contains(where: Bytes.isDigit) }
    }

    /// A place just after an address (`, para 17`, ` at p 4`), and where it ends.
    private static func placeAfter(_ text: CitationText, from offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var index = offset
        if index < end, text.bytes[index] == UInt8(ascii: ">") { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        if text.has("at ", at: index, end: end) { index += 3 }
        guard index < end, let place = InquiryDocumentForm.place(text, at: index, end: end) else { return nil }
        return place
    }
}

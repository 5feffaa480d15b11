import LowLevel

/// A full citation of a work named by comma-separated fields (article, book, resolution, UN
/// document, treaty, report, speech, letter, web page), read into a `WorkDraft` and its pinpoint.
///
/// The reading goes by the shape of each field, as the Bluebook lays them out: names first
/// (author, title, container), then the fields that fix the work (reporter, document symbol,
/// resolution number, date, address), with pinpoints and dated parentheticals among them. Which
/// kind of work it is, the forms of `WorkForms.all` decide.
enum FullWorkForm: CitationForm {
    /// Small words no field of names counts as prose, besides the particles of `SurnameParticle`.
    private static let functionWords: [StaticString] = [
        "the", "of", "and", "on", "to", "for", "in", "at", "by", "from", "with", "a", "an", "or", "as", "into", "upon",
        "under", "between", "among", "before", "after", "over", "about", "via", "its", "their", "his", "her",
        "les", "des", "et", "die", "und", "y",
    ]
    private static let longestFunctionWord = 7
    /// More content words than this in one field of names reads as the author's prose.
    private static let proseWordLimit = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        var citation = ClauseEnds.withoutClosingPeriod(text, body)
        var parsed = parse(text, citation)
        // `..., 66 U. CHI. L. REV. 373 (1999), in which he interviewed ...`: the author's sentence
        // goes on after the work's date; the citation ends with it, the rest is commentary.
        if parsed == nil, let dated = endOfDatedParenthesisBeforeProse(text, citation) {
            citation = citation.lowerBound..<dated
            parsed = parse(text, citation)
        }
        // `Title (Sept. 19, 2018) (asking for more). https://...`: the work's address, printed after
        // the sentence's period as a line of its own.
        if parsed == nil, let address = addressAfterPeriod(text, citation), var found = parse(text, citation.lowerBound..<address.period) {
            if found.work.url == nil { found.work.url = text.string(address.url) }
            parsed = found
        }
        // Taken, not copied: the draft's dozen strings would each be retained and released again.
        guard var full = parsed.take() else { return nil }
        // `[Hearing-Record-Day- 3.pdf](.../Hearing-Record-Day-3.pdf)`: a file's name a converter cut, read from its address.
        if let url = full.work.url, let file = AddressExtent.fileTitle(full.work.title, url: url) { full.work.title = file }
        return ClauseReading(form: .full(ClauseReading.SharedWork(full.work)), pinpoint: full.pinpoint, citation: citation, trailing: nil)
    }

    /// The address that ends `range` after a period closing a parenthesis (`...). https://...`),
    /// and that period; nil when `range` ends otherwise.
    private static func addressAfterPeriod(_ text: CitationText, _ range: Range<Int>) -> (period: Int, url: Range<Int>)? {
        // The gate: the last word opens with `http`, after `). `.
        guard let last = text.lastWord(in: range), last.lowerBound - 3 >= range.lowerBound,
              text.has("http://", at: last.lowerBound, end: range.upperBound) || text.has("https://", at: last.lowerBound, end: range.upperBound),
              text.bytes[last.lowerBound - 1] == UInt8(ascii: " "), text.bytes[last.lowerBound - 2] == UInt8(ascii: "."),
              text.bytes[last.lowerBound - 3] == UInt8(ascii: ")"), text.isTopLevel(last.lowerBound - 2, base: text.baseLevel(of: range)) else { return nil }
        return (last.lowerBound - 2, last)
    }

    /// Just past the first top-level parenthesis closing on a year (`(1999)`, `(2d ed. 2000)`)
    /// that a comma and a lower-case word follow, or nil.
    private static func endOfDatedParenthesisBeforeProse(_ text: CitationText, _ range: Range<Int>) -> Int? {
        let base = text.baseLevel(of: range)
        var close = text.firstOffset(of: UInt8(ascii: ")"), from: range.lowerBound, end: range.upperBound)
        while close < range.upperBound {
            let after = close + 1
            if after + 2 < range.upperBound, text.bytes[after] == UInt8(ascii: ","), text.bytes[after + 1] == UInt8(ascii: " "),
               Bytes.isLower(text.bytes[after + 2]), text.isTopLevel(after, base: base), close - 4 > range.lowerBound,
               (close - 4..<close).allSatisfy({ Bytes.isDigit(text.bytes[$0]) }), DateWords.year(in: text.bytes[close - 4..<close]) != nil {
                return after
            }
            close = text.firstOffset(of: UInt8(ascii: ")"), from: close + 1, end: range.upperBound)
        }
        return nil
    }

    /// Which of sixteen bytes are digits.
    private static func isDigit(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (block &- SIMD16(repeating: UInt8(ascii: "0"))) .< SIMD16(repeating: 10)
    }

    /// `pagesFixWork`: a name, a title and the pages cited fix a work without a date or number, as
    /// where the author's sentence says a work is cited (`its 2020 report (Agency, Title, p. 4)`).
    static func parse(_ text: CitationText, _ range: Range<Int>, pagesFixWork: Bool = false) -> (work: WorkDraft, pinpoint: Pinpoint?)? {
        // Every full citation carries a number (year, volume, symbol, article) or an address (a
        // page cited by its title and address alone: `StubHub, "Seller Policies," https://...`).
        // A manuscript is fixed by its remark instead (`ManuscriptRemark`); a forthcoming piece
        // (`Title (forthcoming)`, `Title (in press)`) may have no number yet.
        // A digit looked for sixteen bytes at a time; the links only in a text that has some.
        let numbered = ByteScan.firstIndex(in: text.bytes, from: range.lowerBound, upTo: range.upperBound, lanes: isDigit, matches: Bytes.isDigit) < range.upperBound
            || text.hasEmphasisOrLinks && range.contains(where: text.isLinked) || text.contains("://", in: range)
        let forthcoming = !numbered && (text.contains("orthcoming", in: range) || text.contains("n press", in: range))
        guard numbered || forthcoming || ManuscriptRemark.ends(text, range) else { return nil }
        return parseFields(text, range, pagesFixWork: pagesFixWork, manuscript: !numbered && !forthcoming)
    }

    private static func parseFields(_ text: CitationText, _ range: Range<Int>, pagesFixWork: Bool, manuscript: Bool) -> (work: WorkDraft, pinpoint: Pinpoint?)? {
        var fields = CitationField.split(text, range: range)
        PolicyStyleFields.rejoin(text, &fields)
        VolumeYearIssueFields.rejoin(text, &fields)
        // A multi-volume work's volume before its author: `1-6 Melville B. Nimmer, Nimmer on Copyright § 6.03`.
        let hasLeadingVolume = takeLeadingVolume(text, &fields)
        dropContainerFirstPage(text, &fields)
        splitTrailingPageList(text, &fields)
        CapitalsJournal.mark(text, &fields)
        // The names lead the fields: a slice of them, not a copy.
        var index = 0
        while index < fields.count, isName(fields[index].shape) {
            index += 1
            if fields[index - 1].remarks.contains(where: { $0.year != nil || $0.isLastVisited }) { break }
        }
        var names = fields[..<index]
        // `Note, Title, ...`: a student piece's designation, neither author nor title.
        var designation: String?
        if names.count >= 2, let first = names.first, let found = StudentDesignation.designation(text, first) {
            designation = found
            names = names.dropFirst()
        }
        var facts = WorkFields.Facts()
        // By index: a loop over the fields themselves copies each.
        for position in names.indices where names[position].trailingPinpoint != nil {
            facts.pinpoint = names[position].trailingPinpoint
            break
        }
        if let last = names.last, last.trailingPinpoint == nil, WorkFields.Facts.opensContainer(text, last) { facts.containerJustNamed = true }
        for position in index..<fields.count { facts.take(fields[position], in: text) }
        facts.takeRemarks(of: fields)
        // A title that links to the work gives its address, when no field is one.
        if facts.url == nil, let linked = names.first(where: { $0.linkURL != nil }) { facts.url = linked.linkURL }

        // A charter or constitution cited by article (`U.N. Charter art. 2, ¶ 4`) needs nothing more.
        let citedByArticle = !names.isEmpty && facts.pinpoint?.kind == .article
        let citedBySection = hasLeadingVolume && names.count >= 2 && WorkFields.isPersonName(text, names[0].core)
            && (facts.pinpoint?.kind == .section || facts.pinpoint?.kind == .paragraph)
        let fixedByPages = pagesFixWork && names.count >= 2 && (facts.pinpoint?.kind == .page || facts.pinpoint?.kind == .pages)
        // An author and a title, unpublished: `Jane Roe, Title (unpublished manuscript)`.
        let fixedAsManuscript = manuscript && names.count >= 2 && WorkFields.isPersonName(text, names[names.startIndex].core)
        // `Agency, National Survey of Children's Health 2019`: a report its year names.
        let titledByYear = facts.fixesAWork ? nil : YearTitledWork.year(text, names)
        guard facts.fixesAWork || citedByArticle || citedBySection || fixedByPages || fixedAsManuscript || titledByYear != nil, names.indices.allSatisfy({ !isProse(text, names[$0]) || NewsHeadline.isHeadline(text, names, at: $0)
                    || SentenceCaseTitle.isTitle(text, names, at: $0, next: index < fields.count ? fields[index] : nil) }),
              facts.strayFields.allSatisfy({ !isProse(text, $0) }) else { return nil }
        guard !names.isEmpty || facts.resolution != nil || facts.documentNumber != nil || facts.url != nil
                || JournalArticleForm.isKnownJournal(facts.journal)
                || facts.journal != nil && endsInIssueDate(text, range) else { return nil }
        var work = draft(WorkFields(text, names: names, facts: facts))
        if work.year == nil, let titledByYear { work.year = titledByYear }
        if let designation {
            // Unsigned: no author of the pieces around it; named again by its designation.
            work.authorImplied = false
            if !work.shortNames.contains(designation) { work.shortNames.append(designation) }
        }
        return (work, facts.pinpoint)
    }

    /// Whether `range` ends in a parenthesis opening with a month (`(Aug. 1732)`): the issue of
    /// a magazine cited by volume and page alone (`2 Gentleman’s Magazine 931 (Aug. 1732)`).
    private static func endsInIssueDate(_ text: CitationText, _ range: Range<Int>) -> Bool {
        guard let last = range.last, text.bytes[last] == UInt8(ascii: ")") else { return false }
        var open = last
        while open > range.lowerBound, text.bytes[open] != UInt8(ascii: "(") { open -= 1 }
        guard let word = text.words(in: open + 1..<last).first else { return false }
        return DateWords.isMonth(text.bytes[word])
    }

    /// `in Book 45 (Ed. ed., 2010)`: the one page after the book a chapter is in, with the date
    /// right after it, is where the chapter starts in it, not a page cited (a page cited follows
    /// it: `in Book 45, 52 (...)`, which `splitTrailingPageList` reads). So is a span of pages
    /// alone there (`in 2019 Proc. Conf. on Things 33-41 (2019)`): the chapter's extent.
    private static func dropContainerFirstPage(_ text: CitationText, _ fields: inout [CitationField]) {
        for index in fields.indices {
            guard let page = fields[index].trailingPinpoint, page.kind == .page || page.kind == .pages && isSpan(page.text),
                  WorkFields.Facts.opensContainer(text, fields[index]),
                  index + 1 == fields.count || fields[index + 1].shape != .words && fields[index + 1].shape != .capitals else { continue }
            fields[index].trailingPinpoint = nil
        }
    }

    /// Whether `pages` is one span of page numbers (`33-41`, `33–41`), no list.
    private static func isSpan(_ pages: String) -> Bool {
        let parts = pages.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "–" }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// `Criminal Law 96, 102–103, 339 (1838)`: a title whose last word is a page, followed by
    /// more pages and then the date, gives all the pages as its pinpoint, which the fields keep
    /// apart at their commas.
    private static func splitTrailingPageList(_ text: CitationText, _ fields: inout [CitationField]) {
        guard let dated = fields.lastIndex(where: { $0.remarks.contains { $0.year != nil } }), dated > 0,
              case .number = fields[dated].shape else { return }
        var first = dated
        while first > 0, case .number = fields[first - 1].shape { first -= 1 }
        let titleIndex = first - 1
        guard titleIndex >= 0, fields[titleIndex].trailingPinpoint == nil else { return }
        let title = fields[titleIndex]
        guard title.shape == .words || title.shape == .capitals || title.shape == .emphasized,
              let space = text.bytes[title.core].lastIndex(of: UInt8(ascii: " ")),
              let page = PinpointParser.parse(text, at: space + 1, end: title.core.upperBound, allowRoman: false),
              page.end == title.core.upperBound, !page.pinpoint.isMarked,
              !(page.pinpoint.text.utf8.count == 4 && DateWords.year(in: page.pinpoint.text) != nil) else { return }
        var pages = [page.pinpoint.text] + fields[first...dated].map { text.string($0.core) }
        // In a book the work is in, the first page is where it starts: `in Conference Papers,
        // Agile Dev. Conference 114, 114 (2003)`.
        if fields[...titleIndex].contains(where: { WorkFields.Facts.opensContainer(text, $0) }) { pages.removeFirst() }
        fields[titleIndex].core = text.trimmed(title.core.lowerBound..<space)
        fields[titleIndex].trailingPinpoint = pages.isEmpty ? nil : Pinpoint(kind: .pages, text: pages.joined(separator: ", "))
        // The pages' fields go; the date they carried stays with the title.
        fields[titleIndex].remarks += fields[dated].remarks
        fields.removeSubrange(first...dated)
    }

    /// Takes a volume (`1`, `1-6`) off the front of the first field when a capitalised name
    /// follows it, and says whether it did.
    private static func takeLeadingVolume(_ text: CitationText, _ fields: inout [CitationField]) -> Bool {
        guard let first = fields.first, first.shape == .words || first.shape == .capitals else { return false }
        var index = first.core.lowerBound
        while index < first.core.upperBound, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index > first.core.lowerBound, index + 1 < first.core.upperBound, text.bytes[index] == UInt8(ascii: " "),
              Bytes.isUpper(text.bytes[index + 1]), Bytes.isDigit(text.bytes[first.core.lowerBound]) else { return false }
        fields[0].core = index + 1..<first.core.upperBound
        return true
    }

    private static func isName(_ shape: CitationField.Shape) -> Bool {
        shape == .emphasized || shape == .capitals || shape == .words
    }

    private static func draft(_ fields: WorkFields) -> WorkDraft {
        let facts = fields.facts
        var work = WorkDraft(kind: .other, title: fields.title)
        work.year = facts.year
        work.url = facts.url
        work.shortNames = facts.shortNames
        work.documentNumber = facts.documentNumber
        work.documentPrefix = facts.documentPrefix
        let afterText = fields.afterText
        work.container = afterText ?? fields.issuerText
        for form in WorkForms.all where form.claim(fields, &work) { break }

        let leadText = fields.leadText
        // A form that named the authors (Congress and its committee) keeps them.
        if let leadText, work.authors.isEmpty {
            if work.kind == .webpage, fields.leadIsCapitals, afterText == nil {
                work.container = leadText
                work.authorIsInstitution = true
            } else if fields.leadIsRomanBody {
                // `U.S. Dep't of Justice, Civil Rights Division`: one author, the body with its unit.
                work.authors = [leadText]
                work.authorIsInstitution = true
            } else {
                // Authors named before the bodies that issued their work are people.
                let kindIsInstitutional = switch work.kind {
                case .report, .document, .letter, .resolution: true
                default: false
                }
                // A working paper's list of people (`Ann Able, Bo Baker & Cy Cole, Title 1 (Nat'l Bureau
                // of Econ. Rsch., Working Paper No. 1, 2020)`) is its authors, not a body.
                let institutional = kindIsInstitutional && fields.issuer.isEmpty && !namesSeveralPeople(fields.text, fields.lead)
                work.authors = institutional ? [leadText] : splitAuthors(fields.text, authorFields(fields.text, fields.lead))
                work.authorIsInstitution = institutional
            }
        } else if fields.titleIndex == 0, work.kind == .article || work.kind == .book, !fields.titleIsQuoted {
            work.authorImplied = true
        } else if let sender = sender(of: work.title) {
            work.authors = [sender]
        }
        if work.kind == .webpage, work.container == nil, work.authors.isEmpty, let url = facts.url, fields.titleFields.isEmpty {
            work.container = URLParts.host(of: url)
        }
        return work
    }

    /// The words that open the title of a communication, whose author follows them.
    private static let communications = ["Memorandum from ", "Letter from ", "E-mail from ", "Email from ", "Message from "]

    /// Who wrote a memorandum or letter titled `Memorandum from Peter R. Orszag, Dir. ..., to ...`:
    /// the name after `from`, to the first comma or ` to `.
    private static func sender(of title: String) -> String? {
        guard let opening = communications.first(where: { title.hasPrefix($0) }) else { return nil }
        var name = title.dropFirst(opening.count)
        if let comma = name.firstIndex(of: ",") { name = name[..<comma] }
        if let to = name.range(of: " to ") { name = name[..<to.lowerBound] }
        return name.isEmpty ? nil : String(name)
    }

    /// The fields of the lead that name authors: all of a list that ends in `&` or `and`
    /// (`ANN ABLE, BOB BAKER & CAT COLE`) or in a name closed by `et al.`, or else the first alone, as a person's position and body
    /// come after the name (`Vivek Kundra, U.S. Chief Info. Officer, White House, *Title*`; `John
    /// Roe, Chief, Widget Div., U.S. Widgets & Gadgets Servs., Address at ...`, whose `&` joins a body's words).
    private static func authorFields(_ text: CitationText, _ lead: ArraySlice<CitationField>) -> ArraySlice<CitationField> {
        guard lead.count > 1, let last = lead.last else { return lead }
        let joined = text.words(in: last.core).contains { text.equals($0, "&") || text.equals($0, "and") || text.equals($0, "AND") }
        // `Mara Quell, Ivo Tan et al.`: a person's name closed by `et al.` ends a list with no `&`.
        let named = WorkFields.withoutEtAl(text, last.core)
        let closedByEtAl = !joined && named != last.core && WorkFields.listedName(text, named)
        return (joined || closedByEtAl) && lead.dropLast().allSatisfy({ WorkFields.listedName(text, $0.core) }) ? lead : lead.prefix(1)
    }

    /// Whether the lead lists people joined by `&` or `and`, each named as an author is: `Ann Able,
    /// Bo Baker & Cy Cole`, `Ann Able and Bo Baker`.
    private static func namesSeveralPeople(_ text: CitationText, _ lead: ArraySlice<CitationField>) -> Bool {
        guard let last = lead.last, lead.dropLast().allSatisfy({ WorkFields.listedName(text, $0.core) }) else { return false }
        let words = text.words(in: last.core)
        guard let joint = words.firstIndex(where: { text.equals($0, "&") || text.equals($0, "and") }), joint > 0, joint + 1 < words.count else { return false }
        return WorkFields.listedName(text, last.core.lowerBound..<words[joint - 1].upperBound)
            && WorkFields.listedName(text, WorkFields.withoutEtAl(text, words[joint + 1].lowerBound..<last.core.upperBound))
    }

    /// `JACK ROE & TIM DOE`, `PETER POE AND EMMA DOE`: the names joined by `&` or `and`, and by
    /// the commas between fields.
    private static func splitAuthors(_ text: CitationText, _ lead: ArraySlice<CitationField>) -> [String] {
        var authors: [String] = []
        for field in lead {
            // `OFFICE OF PORTS AND HARBOURS`: a body's name holds its `AND`; it is one author. Asked only
            // of a field with a joint, the one case where the answer changes the split.
            let hasJoint = text.contains(" and ", in: field.core) || text.contains(" AND ", in: field.core)
                || text.firstOffset(of: UInt8(ascii: "&"), from: field.core.lowerBound, end: field.core.upperBound) < field.core.upperBound
            if hasJoint, WorkFields.namesInstitution(text, field.core) {
                authors.append(text.string(field.core))
                continue
            }
            var start: Int?
            var end = field.core.lowerBound
            // Word by word, with no list of them made.
            var cursor = field.core.lowerBound
            while let word = text.firstWord(in: cursor..<field.core.upperBound) {
                cursor = word.upperBound
                if text.equals(word, "&") || text.equals(word, "and") || text.equals(word, "AND") {
                    if let begun = start { authors.append(text.string(begun..<end)) }
                    start = nil
                } else {
                    start = start ?? word.lowerBound
                    end = word.upperBound
                }
            }
            if let begun = start { authors.append(text.string(begun..<end)) }
        }
        return authors.map(withoutEtAl)
    }

    /// `Glen B. Alleman et al.` without `et al.`: the first author, whose surname names the work.
    static func withoutEtAl(_ author: String) -> String {
        // Every ending ends in `.`, `l` or `L`.
        guard let last = author.utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "l") || last == UInt8(ascii: "L") else { return author }
        for ending in [" et al.", " ET AL.", " et al", " ET AL", ", et al.", ", ET AL."] where author.hasSuffix(ending) {
            return String(author.dropLast(ending.count))
        }
        return author
    }

    /// Whether a field of words reads as the author's own sentence rather than a name or title.
    private static func isProse(_ text: CitationText, _ field: CitationField) -> Bool {
        guard field.shape == .words else { return false }
        // An address no field shape took (`https:/host/path`, `p. 7. https://...`) is no prose.
        if field.core.contains(where: { text.has("http", at: $0, end: field.core.upperBound) }) { return false }
        var contentWords = 0
        let base = text.baseLevel(of: field.core)
        var wordStart: Int?
        var wordIsPlain = true
        for offset in field.core.lowerBound...field.core.upperBound {
            let atEnd = offset == field.core.upperBound
            let byte = atEnd ? UInt8(ascii: " ") : text.bytes[offset]
            let topLevel = atEnd || text.isTopLevel(offset, base: base)
            let partOfWord = Bytes.isLetter(byte) || byte == UInt8(ascii: "'") || byte == 0xE2 || (byte >= 0x80 && wordStart != nil)
            if partOfWord, !atEnd {
                if wordStart == nil {
                    wordStart = offset
                    wordIsPlain = topLevel
                }
                continue
            }
            if let start = wordStart {
                let length = offset - start
                if wordIsPlain, Bytes.isLower(text.bytes[start]), length >= 3,
                   length > longestFunctionWord || !functionWords.contains(where: { text.equals(start..<offset, $0) })
                   && !SurnameParticle.isParticle(text, start..<offset) {
                    contentWords += 1
                }
                wordStart = nil
            }
        }
        return contentWords > proseWordLimit
    }
}

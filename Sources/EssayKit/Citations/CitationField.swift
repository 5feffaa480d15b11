import LowLevel

/// One comma-separated part of a full citation (`87 AM. J. INT'L L. 552`, `*Title*`, `at 2 (Dec. 20, 2002)`),
/// classified by its shape, with the parentheticals that trail it.
struct CitationField {
    /// What a field's core text is, judged by its shape alone.
    enum Shape: Equatable {
        case url(String)
        /// Wholly in emphasis: a title, or a short title.
        case emphasized
        /// `G.A. Res. 57/238`.
        case resolution(body: String, number: String)
        /// `U.N. Doc. A/HRC/35/22`, or a bare document symbol such as `WSIS-05/TUNIS/DOC/6(Rev.1)`.
        case document(prefix: String?, number: String)
        /// Volume, reporter or journal, first page: `87 AM. J. INT'L L. 552`, `999 U.N.T.S. 14688`.
        case reporter(volume: String, journal: String, page: String)
        /// A pinpoint with a mark (`at 2`, `¶ 72`, `art. 19(2)`).
        case pinpoint(Pinpoint)
        /// A bare number or range: a pinpoint after a reporter, or the year after a month and day.
        case number(Pinpoint)
        /// `Dec. 19` or `September 11`, whose year is the next field.
        case monthDay
        /// `Oct. 2018`.
        case date(year: Int)
        /// Words in capitals: an author, a book title, a journal, a website.
        case capitals
        /// Anything else: a name, a title in roman type, prose.
        case words
    }

    /// A parenthetical or bracketed remark after a field.
    struct Remark {
        var year: Int?
        var isLastVisited: Bool
        /// `[hereinafter X]` or `("X")`: a short name for the work.
        var shortName: String?
        /// `(NBER Working Paper No. 24,147, 2017)`: the paper's series and number.
        var paperNumber: String?
        /// `(forthcoming 2019)`, `(Forthcoming, STAN. L. REV.)`, `(in press)`: the work is to appear, so its
        /// authors and title fix it without a volume or year.
        var isForthcoming = false
        /// `(DD Form 214/5 Series)`, `(DRBs)`: a remark that opens with a capital and says none of
        /// the above, which a name or title may end in.
        var isCapitalisedPlain = false
        /// `(manuscript at 12)`: the page of the unpublished text the note cites, its pinpoint.
        var manuscriptPage: String?
        /// `(https://example.org/lecture3.pdf)`: the address where the work is, given alone in brackets.
        var url: String?
        /// Just past the remark's closing bracket.
        var end = 0
    }

    var core: Range<Int>
    var shape: Shape
    var remarks: [Remark]
    /// A pinpoint written at the end of a name field: `TITLE 45 (2008)`, `U.N. Charter art. 2`.
    var trailingPinpoint: Pinpoint?
    /// The address of a link that is the whole field, when its text is a name rather than the
    /// address: `[Memorandum from Peter R. Orszag](https://...)`.
    var linkURL: String?

    /// Whether `piece` is a suffix of a person's name: `Jr.`, `Sr.`, `JR.`, `II`, `III`.
    private static func isNameSuffix(_ text: CitationText, _ piece: Range<Int>) -> Bool {
        guard piece.count <= 3 else { return false }
        return nameSuffixes.contains { text.equals(piece, $0) }
    }

    private static let nameSuffixes: [StaticString] = ["Jr.", "Sr.", "JR.", "SR.", "II", "III"]

    /// The fields of `range`, split at commas outside brackets, quotations, emphasis and links.
    static func split(_ text: CitationText, range: Range<Int>) -> [CitationField] {
        var fields: [CitationField] = []
        // Room for a long citation's fields at once: growing the list copies them.
        fields.reserveCapacity(8)
        var start = range.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: range) {
            // `3,900 TWh`: a comma between a digit and three more is a number's, no field's end.
            if comma < range.upperBound, isThousandsSeparator(text, comma, end: range.upperBound) { continue }
            // `§744, p. 471`: a treatise's section and the page it is on are one pinpoint.
            if comma < range.upperBound, isSectionPageComma(text, comma, end: range.upperBound) { continue }
            if comma < range.upperBound, isStrayCommaBeforeRemark(text, comma, end: range.upperBound) { continue }
            var piece = text.trimmed(start..<comma)
            start = comma + 1
            guard !piece.isEmpty else { continue }
            // `Jane Roe, Jr., Title`: a name's suffix is no field; short forms name her `Roe`.
            if fields.count == 1, isNameSuffix(text, piece), fields[0].remarks.isEmpty, fields[0].shape == .words || fields[0].shape == .capitals {
                continue
            }
            // `Title; data downloaded on May 2, 2025`: a semicolon before an access remark ends a
            // field as a comma does (`AccessRemark`). The gate: a semicolon in the field.
            if text.bytes[piece].contains(UInt8(ascii: ";")),
               let semicolon = piece.first(where: { text.bytes[$0] == UInt8(ascii: ";") && AccessRemark.follows(text, semicolon: $0, end: piece.upperBound) }) {
                let before = text.trimmed(piece.lowerBound..<semicolon)
                if !before.isEmpty { fields.append(make(text, before)) }
                piece = text.trimmed(semicolon + 1..<piece.upperBound)
            }
            var pieceStart = piece.lowerBound
            // `Liberty? 17 N. Y. L. Forum 335`: a title ending in a question mark takes no comma.
            if let question = questionEndingTitle(text, piece) {
                fields.append(make(text, pieceStart..<question + 1))
                pieceStart = question + 1
            }
            for inner in emphasisEndingCommas(text, pieceStart..<piece.upperBound) {
                let part = text.trimmed(pieceStart..<inner)
                pieceStart = inner + 1
                if !part.isEmpty { fields.append(make(text, part)) }
            }
            var rest = text.trimmed(pieceStart..<piece.upperBound)
            // `"Decentralized Finance," Journal of Financial Regulation`: a title in quotation
            // marks, its comma inside them, is a field of its own, as a title in emphasis is.
            if let quoted = leadingQuotation(text, rest) {
                fields.append(CitationField(core: quoted.title, shape: .emphasized, remarks: [], trailingPinpoint: nil, linkURL: nil))
                rest = text.trimmed(quoted.end..<rest.upperBound)
            }
            if let address = addressAfterParenthesis(text, rest) {
                // `p. 7. https://...`: the period before the address closes nothing of the field.
                fields.append(make(text, text.trimmingTrailing(text.trimmed(rest.lowerBound..<address), [UInt8(ascii: ".")])))
                fields.append(make(text, address..<rest.upperBound))
            } else if !rest.isEmpty {
                fields.append(make(text, rest))
            }
        }
        return fields
    }

    /// Whether the comma at `offset` parts a section from its page (`§744, p. 471`): `, p. ` or
    /// `, pp. ` and a digit after it, and before it a section number that follows a section sign.
    private static func isSectionPageComma(_ text: CitationText, _ offset: Int, end: Int) -> Bool {
        let bytes = text.bytes
        // The gate: `, p` after a digit or `)`.
        guard offset > 2, offset + 5 < end, bytes[offset + 2] == UInt8(ascii: "p"),
              Bytes.isDigit(bytes[offset - 1]) || bytes[offset - 1] == UInt8(ascii: ")"),
              text.has(", p. ", at: offset, end: end) && Bytes.isDigit(bytes[offset + 5])
                || text.has(", pp. ", at: offset, end: end) && offset + 6 < end && Bytes.isDigit(bytes[offset + 6]) else { return false }
        var start = offset
        while start > 0, offset - start < 24, Bytes.isLetter(bytes[start - 1]) || Bytes.isDigit(bytes[start - 1]) || [UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(bytes[start - 1]) {
            start -= 1
        }
        if start > 0, bytes[start - 1] == UInt8(ascii: " ") { start -= 1 }
        return start >= 2 && bytes[start - 2] == 0xC2 && bytes[start - 1] == 0xA7
    }

    /// Whether the comma at `offset` is a slip between a title's page and the date or short name
    /// that closes the title's field: `TITLE 8, (Sept. 1, 2021)`, `TITLE 5, [hereinafter SHORT]`.
    /// A digit before it, and after it a parenthesis opening with a month or `[hereinafter`.
    private static func isStrayCommaBeforeRemark(_ text: CitationText, _ offset: Int, end: Int) -> Bool {
        let bytes = text.bytes
        guard offset > 0, Bytes.isDigit(bytes[offset - 1]) else { return false }
        let next = text.skipSpaces(from: offset + 1, end: end)
        guard next > offset + 1, next + 1 < end else { return false }
        if text.has("[hereinafter ", at: next, end: end) { return true }
        guard bytes[next] == UInt8(ascii: "("), let word = text.words(in: next + 1..<end).first else { return false }
        return DateWords.isMonth(bytes[word])
    }

    /// Whether the comma at `offset` separates thousands: a digit before it, exactly three after.
    private static func isThousandsSeparator(_ text: CitationText, _ offset: Int, end: Int) -> Bool {
        let bytes = text.bytes
        guard offset > 0, offset + 3 < end, Bytes.isDigit(bytes[offset - 1]),
              bytes[(offset + 1)...(offset + 3)].allSatisfy(Bytes.isDigit) else { return false }
        return offset + 4 >= end || !Bytes.isDigit(bytes[offset + 4])
    }

    /// The title a field opens with in quotation marks (`"Title," Container`, `"Title?" Container`,
    /// or the whole field), without its marks and the comma or period inside them, and where the
    /// field goes on after the closing mark. Policy writing and other non-Bluebook styles quote
    /// the titles of articles, pages and papers as the Bluebook italicises them.
    private static func leadingQuotation(_ text: CitationText, _ piece: Range<Int>) -> (title: Range<Int>, end: Int)? {
        guard let first = piece.first else { return nil }
        let bytes = text.bytes
        let curly = bytes[first] == 0xE2 && first + 2 < piece.upperBound && bytes[first + 1] == 0x80 && bytes[first + 2] == 0x9C
        guard curly || bytes[first] == UInt8(ascii: "\"") else { return nil }
        let open = first + (curly ? 3 : 1)
        var close = open
        while close < piece.upperBound {
            if curly ? (bytes[close] == 0xE2 && close + 2 < piece.upperBound && bytes[close + 1] == 0x80 && bytes[close + 2] == 0x9D)
                : bytes[close] == UInt8(ascii: "\"") { break }
            close += 1
        }
        guard close < piece.upperBound else { return nil }
        let end = close + (curly ? 3 : 1)
        // The title ends the field or a space follows it: `"A" and "B"` is no title.
        guard end == piece.upperBound || Bytes.isSpace(bytes[end]) else { return nil }
        var title = text.trimmed(open..<close)
        while let last = title.last, bytes[last] == UInt8(ascii: ",") || bytes[last] == UInt8(ascii: ".") {
            title = text.trimmed(title.lowerBound..<last)
        }
        guard !title.isEmpty, title.contains(where: { Bytes.isLetter(bytes[$0]) }) else { return nil }
        if end < piece.upperBound {
            // A name, a date, an address or a description (`press release`, `last accessed`) goes
            // on after a title; `"Foo" and "Bar"` is a list of words.
            let next = text.skipSpaces(from: end, end: piece.upperBound)
            guard next < piece.upperBound, !text.has("and ", at: next, end: piece.upperBound),
                  !text.has("or ", at: next, end: piece.upperBound) else { return nil }
        }
        return (title, end)
    }

    /// The question mark that ends a title with a volume after it and no comma between
    /// (`Is a Right About To Arise? 17 N. Y. L. Forum 335`), if `piece` holds one.
    private static func questionEndingTitle(_ text: CitationText, _ piece: Range<Int>) -> Int? {
        // The gate: most fields hold no question mark (looked for a machine word at a time).
        guard text.firstOffset(of: UInt8(ascii: "?"), from: piece.lowerBound, end: piece.upperBound) < piece.upperBound else { return nil }
        let base = text.baseLevel(of: piece)
        for offset in piece where text.bytes[offset] == UInt8(ascii: "?") && offset > piece.lowerBound && offset + 2 < piece.upperBound {
            guard text.isTopLevel(offset, base: base), text.bytes[offset + 1] == UInt8(ascii: " "),
                  Bytes.isDigit(text.bytes[offset + 2]) else { continue }
            return offset
        }
        return nil
    }

    /// Where an address starts that ends `piece` right after a closing parenthesis or quotation
    /// mark, its comma left out (or inside the quotation): `*Labor Market Concentration* (NBER
    /// Working Paper No. 24,147, 2017) https://...`, `"Seller Policies," https://...`.
    private static func addressAfterParenthesis(_ text: CitationText, _ piece: Range<Int>) -> Int? {
        guard var last = piece.last else { return nil }
        // `https://... [https://perma.cc/...]`: the address an archived copy follows.
        var closer = last
        if text.bytes[closer] == UInt8(ascii: "."), closer > piece.lowerBound { closer -= 1 }
        if text.bytes[closer] == UInt8(ascii: "]"), let open = text.bytes[piece].lastIndex(of: UInt8(ascii: "[")), open > piece.lowerBound + 1,
           text.has("[http", at: open, end: piece.upperBound), Bytes.isSpace(text.bytes[open - 1]) {
            last = text.trimmed(piece.lowerBound..<open).upperBound - 1
        } else if text.bytes[closer] == UInt8(ascii: ")"), let open = openingBracket(text, closing: closer, lower: piece.lowerBound),
                  open > piece.lowerBound + 1, Bytes.isSpace(text.bytes[open - 1]),
                  text.has("(last ", at: open, end: piece.upperBound) || endsInAddress(text, piece.lowerBound..<open) {
            // `https://... (last visited Feb. 9, 2019)`: the address the visit's date follows; so
            // an explanatory parenthetical (`https://... (describing the split)`).
            last = text.trimmed(piece.lowerBound..<open).upperBound - 1
        }
        var start = last
        while start > piece.lowerBound, !Bytes.isSpace(text.bytes[start - 1]) { start -= 1 }
        // `https://example.org/s /oi1atcg`: an address a line break parted before a slash.
        while start > piece.lowerBound + 1, text.bytes[start] == UInt8(ascii: "/") {
            start -= 1
            while start > piece.lowerBound, !Bytes.isSpace(text.bytes[start - 1]) { start -= 1 }
        }
        // An address, after a parenthesis or after a quoted title whose comma sits inside its marks
        // (`"Seller Policies," https://...`). The address is tested first: most fields end in none.
        guard start - 2 > piece.lowerBound,
              text.has("http://", at: start, end: piece.upperBound) || text.has("https://", at: start, end: piece.upperBound)
                || text.has("www.", at: start, end: piece.upperBound),
              text.bytes[start - 2] == UInt8(ascii: ")") || text.bytes[start - 2] == UInt8(ascii: "]") || text.bytes[start - 2] == UInt8(ascii: "\"")
                || endsCapitalsName(text, before: start - 1, from: piece.lowerBound)
                || (text.bytes[start - 2] == UInt8(ascii: ".") && start - 3 > piece.lowerBound && Bytes.isDigit(text.bytes[start - 3]))
                || (text.bytes[start - 2] == 0x9D && start - 4 > piece.lowerBound && text.bytes[start - 4] == 0xE2) else { return nil }
        return start
    }

    /// Whether the last word of `range` is an address written out (`https://...`).
    private static func endsInAddress(_ text: CitationText, _ range: Range<Int>) -> Bool {
        guard let word = text.lastWord(in: range) else { return false }
        return text.has("http://", at: word.lowerBound, end: word.upperBound) || text.has("https://", at: word.lowerBound, end: word.upperBound)
    }

    /// Whether the two words before the space at `space` are a name in capitals (`PRACTICAL
    /// TYPOGRAPHY https://...`): a site's name its address follows, the comma left out.
    private static func endsCapitalsName(_ text: CitationText, before space: Int, from lower: Int) -> Bool {
        // The last two words, read back from the space: no list of every word before them.
        guard let last = text.lastWord(in: lower..<space), let before = text.lastWord(in: lower..<last.lowerBound) else { return false }
        func isCapitalWord(_ word: Range<Int>) -> Bool {
            isCapitals(text.bytes[word]) && text.bytes[word].allSatisfy { Bytes.isLetter($0) || $0 == UInt8(ascii: ".") }
        }
        return isCapitalWord(before) && isCapitalWord(last)
    }

    /// The commas that close a span of emphasis, `_An Empirical Study,_ IEEE SOFTWARE` as a PDF
    /// conversion italicises them: they end the title as a comma after the emphasis would.
    private static func emphasisEndingCommas(_ text: CitationText, _ piece: Range<Int>) -> [Int] {
        let base = text.baseLevel(of: piece)
        var found: [Int] = []
        // Only a comma in emphasis counts; a text with no emphasis has none.
        guard text.hasEmphasisOrLinks else { return found }
        // Comma by comma, found a machine word at a time.
        var offset = text.firstOffset(of: UInt8(ascii: ","), from: piece.lowerBound, end: piece.upperBound - 1)
        while offset < piece.upperBound - 1 {
            if text.isEmphasized(offset), !text.isEmphasized(offset + 1), text.isAtLevel(offset, base: base), text.link(covering: offset) == nil {
                found.append(offset)
            }
            offset = text.firstOffset(of: UInt8(ascii: ","), from: offset + 1, end: piece.upperBound - 1)
        }
        return found
    }

    private static func make(_ text: CitationText, _ piece: Range<Int>) -> CitationField {
        var coreEnd = piece.upperBound
        var remarkRanges: [Range<Int>] = []
        // Peel `(1993)`, `[hereinafter *Legitimacy*]`, `(emphasis added)` off the end; a parenthesis
        // glued to a word (`art. 19(2)`, `6(Rev.1)`) belongs to the core.
        while coreEnd > piece.lowerBound {
            let last = coreEnd - 1
            let closer = text.bytes[last]
            guard closer == UInt8(ascii: ")") || closer == UInt8(ascii: "]"), !text.isInsideSpan(last),
                  let open = openingBracket(text, closing: last, lower: piece.lowerBound),
                  open == piece.lowerBound || Bytes.isSpace(text.bytes[open - 1]) else { break }
            remarkRanges.insert(open + 1..<last, at: 0)
            coreEnd = text.trimmed(piece.lowerBound..<open).upperBound
        }
        // `TITLE 8, (Sept. 1, 2021)`: the stray comma `isStrayCommaBeforeRemark` kept in the field.
        if !remarkRanges.isEmpty, coreEnd > piece.lowerBound, text.bytes[coreEnd - 1] == UInt8(ascii: ",") {
            coreEnd = text.trimmed(piece.lowerBound..<coreEnd - 1).upperBound
        }
        var core = piece.lowerBound..<coreEnd
        var remarks = remarkRanges.map { range in
            var found = remark(text, range)
            found.end = range.upperBound + 1
            found.isCapitalisedPlain = found.year == nil && found.url == nil && !found.isLastVisited && found.shortName == nil && found.paperNumber == nil && !found.isForthcoming
                && range.first.map { Bytes.isUpper(text.bytes[$0]) } == true && !ManuscriptRemark.isManuscript(text, range)
            return found
        }
        // `(4th ed. text rev. 2000) (DSM-IV-TR)`: an acronym after the dated remark names the work.
        if remarks.count >= 2, remarks[remarks.count - 2].year != nil, remarks[remarks.count - 1].shortName == nil,
           remarks[remarks.count - 1].year == nil, let range = remarkRanges.last, let acronym = AcronymName.read(text, range) {
            remarks[remarks.count - 1].shortName = acronym
            remarks[remarks.count - 1].isCapitalisedPlain = false
        }
        var coreShape = shape(text, core)
        var trailingPinpoint: Pinpoint?
        if let split = splitTrailingPinpoint(text, core, shape: coreShape, dated: remarks.contains { $0.year != nil },
                                           named: remarks.contains { $0.shortName != nil }) {
            if split.pinpoint.kind == .page, JournalArticleForm.isKnownJournal(text.string(split.core)) {
                // `U. CHI. L. REV. 1395 (2018)`: a journal whose volume was left out, and its first page.
                coreShape = .reporter(volume: "", journal: text.string(split.core), page: split.pinpoint.text)
            } else {
                core = split.core
                coreShape = split.shape
                trailingPinpoint = split.pinpoint
            }
        }
        if trailingPinpoint == nil, coreShape == .capitals || coreShape == .words,
           remarks.contains(where: \.isForthcoming),
           let journal = forthcomingJournal(text, core) {
            coreShape = journal
        }
        var linkURL: String?
        if let first = core.first, let link = text.link(covering: first), link.range.upperBound >= core.upperBound {
            if case .url = coreShape {} else { linkURL = link.url }
        }
        return CitationField(core: core, shape: coreShape, remarks: remarks, trailingPinpoint: trailingPinpoint, linkURL: linkURL)
    }

    /// The longest repository name read before an address (`SSRN`, `arXiv`, `PhilArchive`).
    private static let longestRepositoryName = 12

    /// `SSRN https://ssrn.com/abstract=1`, `arXiv: https://arxiv.org/abs/1`: the address of a
    /// paper after the one word naming the repository that holds it, which no title ends in.
    private static func repositoryAddress(_ text: CitationText, _ core: Range<Int>) -> Range<Int>? {
        let bytes = text.bytes
        guard let first = core.first, Bytes.isLetter(bytes[first]) else { return nil }
        var end = first
        while end < core.upperBound, end - first <= longestRepositoryName, Bytes.isLetter(bytes[end]) { end += 1 }
        if end < core.upperBound, bytes[end] == UInt8(ascii: ":") { end += 1 }
        guard end < core.upperBound, bytes[end] == UInt8(ascii: " ") else { return nil }
        let address = text.skipSpaces(from: end, end: core.upperBound)
        guard text.has("http://", at: address, end: core.upperBound) || text.has("https://", at: address, end: core.upperBound) else { return nil }
        return address..<core.upperBound
    }

    /// `VAND. L. REV. (forthcoming 2021)`, `99 GEO. L.J. (forthcoming 2021)`: a journal that has
    /// accepted the work and printed no page of it yet, with its volume when it has one. Only a
    /// journal the journals table knows, so a publisher or a title before the remark stays a name.
    private static func forthcomingJournal(_ text: CitationText, _ core: Range<Int>) -> Shape? {
        var start = core.lowerBound
        while start < core.upperBound, Bytes.isDigit(text.bytes[start]) { start += 1 }
        let volume = start == core.lowerBound ? "" : text.string(core.lowerBound..<start)
        if !volume.isEmpty {
            guard start < core.upperBound, text.bytes[start] == UInt8(ascii: " ") else { return nil }
            start = text.trimmed(start..<core.upperBound).lowerBound
        }
        let journal = text.string(start..<core.upperBound)
        guard JournalArticleForm.isKnownJournal(journal) else { return nil }
        return .reporter(volume: volume, journal: journal, page: "")
    }

    /// A name followed by a pinpoint in the same field. Marked pinpoints (`art. 2`, `¶ 4`, `§ 3`)
    /// end any name; a bare page ends a dated or short-named title (`TITLE 45 (2008)`, `TITLE 5 [hereinafter T]`, `Overview and Next Steps 5
    /// (2010)`), but not when it looks like a year that belongs to the title (`FREEDOM ON THE NET 2018`).
    private static func splitTrailingPinpoint(_ text: CitationText, _ core: Range<Int>, shape: Shape, dated: Bool, named: Bool)
        -> (core: Range<Int>, shape: Shape, pinpoint: Pinpoint)? {
        guard shape == .words || shape == .capitals || shape == .emphasized else { return nil }
        // A pinpoint ends in a digit, a lower-case letter (`19a`, `xxvii`) or `)` (`19(2)`).
        guard let last = core.last, Bytes.isDigit(text.bytes[last]) || Bytes.isLower(text.bytes[last])
            || text.bytes[last] == UInt8(ascii: ")") else { return nil }
        // A pinpoint ending in a lower-case letter ends in a number's letters (`19a`, `2000e`) or
        // in a Roman numeral (`xxvii`, `xii–xiv`): a last word with neither, as a title's last
        // word mostly is, ends no pinpoint.
        if Bytes.isLower(text.bytes[last]) {
            var wordStart = last
            while wordStart > core.lowerBound, !Bytes.isSpace(text.bytes[wordStart - 1]) { wordStart -= 1 }
            let word = text.bytes[wordStart...last]
            guard word.contains(where: Bytes.isDigit) || word.allSatisfy(isRomanOrJoining) else { return nil }
        }
        let base = text.baseLevel(of: core)
        // A page glued to a linked title, `[An Introduction to Agile Software Development](...)1`,
        // is no part of the title.
        var digits = core.upperBound
        while digits > core.lowerBound, Bytes.isDigit(text.bytes[digits - 1]) { digits -= 1 }
        if digits > core.lowerBound, digits < core.upperBound, let link = text.link(covering: digits - 1),
           link.range.upperBound == digits, text.link(covering: digits) == nil,
           let parsed = PinpointParser.parse(text, at: digits, end: core.upperBound, allowRoman: false), parsed.end == core.upperBound {
            return split(text, core, at: digits, parsed.pinpoint, keeping: [.words, .capitals, .emphasized])
        }
        var page: (space: Int, pinpoint: Pinpoint)?
        for offset in core where text.bytes[offset] == UInt8(ascii: " ") && text.isTopLevel(offset, base: base) {
            let start = offset + 1
            guard start < core.upperBound, !text.isInsideSpan(start),
                  let parsed = PinpointParser.parse(text, at: start, end: core.upperBound, allowRoman: true),
                  parsed.end == core.upperBound else { continue }
            // A labelled part (`Chapter 11`) may end a title; only a field of its own is a pinpoint.
            if let lead = parsed.pinpoint.text.utf8.first, Bytes.isUpper(lead) { continue }
            if parsed.pinpoint.kind != .page && parsed.pinpoint.kind != .pages && parsed.pinpoint.kind != .note {
                return split(text, core, at: offset, parsed.pinpoint, keeping: [.words, .capitals, .emphasized])
            }
            page = page ?? (offset, parsed.pinpoint)
        }
        // A title in emphasis ends where its emphasis does: a page after it is a pinpoint, dated or
        // not (`*Agile in Government* 1, *in* Conference Papers ... (2009)`).
        let titleEnded = shape == .emphasized && page.map { !text.isEmphasized($0.space + 1) } == true
        guard dated || titleEnded || named || isYearLedTitle(text, core, shape: shape), let page else { return nil }
        let written = page.pinpoint.text
        if written.utf8.count == 4, let year = DateWords.year(in: written), (1800...2099).contains(year) { return nil }
        return split(text, core, at: page.space, page.pinpoint, keeping: [.capitals, .emphasized, .words])
    }

    /// A lower-case Roman digit, or a byte that joins numerals: a hyphen, comma or dash.
    private static func isRomanOrJoining(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"),
             UInt8(ascii: "-"), UInt8(ascii: ","), 0xE2, 0x80, 0x93, 0x94: true
        default: false
        }
    }

    private static func split(_ text: CitationText, _ core: Range<Int>, at space: Int, _ pinpoint: Pinpoint, keeping shapes: [Shape])
        -> (core: Range<Int>, shape: Shape, pinpoint: Pinpoint)? {
        let name = text.trimmed(core.lowerBound..<space)
        let nameShape = shape(text, name)
        guard !name.isEmpty, shapes.contains(nameShape), !isLabel(text, name) else { return nil }
        // `Research Paper No. 12-07`: a number after `No.` is a paper's in its series, no page.
        if let last = text.lastWord(in: name), text.equals(last, "No.") || text.equals(last, "Nos.") || text.equals(last, "NO.") { return nil }
        return (name, nameShape, pinpoint)
    }

    /// `vol.`, `no.`: a lower-case abbreviation that labels the number after it, which is no
    /// name a pinpoint could follow (`vol. 176 (August 2020)` is a volume, not page 176).
    private static func isLabel(_ text: CitationText, _ name: Range<Int>) -> Bool {
        guard let first = name.first, let last = name.last, name.count <= 5 else { return false }
        return Bytes.isLower(text.bytes[first]) && text.bytes[last] == UInt8(ascii: ".") && !text.bytes[name].contains(UInt8(ascii: " "))
    }

    private static func openingBracket(_ text: CitationText, closing: Int, lower: Int) -> Int? {
        let close = text.bytes[closing]
        let open: UInt8 = close == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var depth = 0
        var index = closing
        while index >= lower {
            if !text.isInsideSpan(index) {
                if text.bytes[index] == close { depth += 1 }
                if text.bytes[index] == open {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            index -= 1
        }
        return nil
    }

    private static func remark(_ text: CitationText, _ range: Range<Int>) -> Remark {
        if text.has("hereinafter ", at: range.lowerBound, end: range.upperBound) {
            // Its words, one space between each, gathered byte by byte.
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(range.count)
            for offset in (range.lowerBound + "hereinafter ".utf8.count)..<range.upperBound {
                let byte = text.bytes[offset]
                if byte != UInt8(ascii: " ") || collapsed.last.map({ $0 != UInt8(ascii: " ") }) == true { collapsed.append(byte) }
            }
            if collapsed.last == UInt8(ascii: " ") { collapsed.removeLast() }
            var name = Substring(String(decoding: collapsed, as: UTF8.self))
            // `hereinafter referred to as “OSS”`: the name is what is quoted.
            for wording in ["also referred to as ", "referred to as "] where name.hasPrefix(wording) {
                name = name.dropFirst(wording.count)
                if let open = name.first, "\"“‘'".contains(open), let close = name.dropFirst().firstIndex(where: { "\"”’'".contains($0) }) {
                    name = name[name.index(after: name.startIndex)..<close]
                }
                break
            }
            return Remark(year: nil, isLastVisited: false, shortName: String(name), paperNumber: nil)
        }
        if let first = range.first, text.bytes[first] == UInt8(ascii: "\"") || text.bytes[first] == 0xE2,
           let quoted = quotedPhrase(text, range) {
            return Remark(year: nil, isLastVisited: false, shortName: quoted, paperNumber: nil)
        }
        if let name = declaredName(text, range) {
            return Remark(year: nil, isLastVisited: false, shortName: name, paperNumber: nil)
        }
        // Looked for where `visited` is written at all, which most remarks do not.
        let lastVisited = text.contains("visited", in: range)
            && range.contains { text.has("last visited", at: $0, end: range.upperBound, ignoringFirstLetterCase: true) }
        let year = lastVisited ? nil : datingYear(text, range)
        var found = Remark(year: year, isLastVisited: lastVisited, shortName: nil, paperNumber: year == nil ? nil : paperNumber(text, range))
        // `(in press)` says the same as `(forthcoming)`, as APA and many journals print it.
        found.isForthcoming = text.has("forthcoming", at: range.lowerBound, end: range.upperBound, ignoringFirstLetterCase: true)
            || text.has("in press", at: range.lowerBound, end: range.upperBound, ignoringFirstLetterCase: true)
        found.manuscriptPage = manuscriptPage(text, range)
        if year == nil, text.has("http://", at: range.lowerBound, end: range.upperBound) || text.has("https://", at: range.lowerBound, end: range.upperBound),
           !range.contains(where: { Bytes.isSpace(text.bytes[$0]) }) {
            found.url = text.string(range)
        }
        return found
    }

    /// The page in `manuscript at 12` or `manuscript at 12–14`, as written.
    private static func manuscriptPage(_ text: CitationText, _ range: Range<Int>) -> String? {
        let lead = "manuscript at ".utf8.count
        guard range.count > lead, text.has("manuscript at ", at: range.lowerBound, end: range.upperBound, ignoringFirstLetterCase: true),
              Bytes.isDigit(text.bytes[range.lowerBound + lead]) else { return nil }
        return text.string(range.lowerBound + lead..<range.upperBound)
    }

    /// `(Lucas)`, `(Means II)`: a remark that is only an author's surname (and a numeral) names
    /// the work for later notes, as `hereinafter` would (`Lucas 730`).
    static func declaredName(_ text: CitationText, _ range: Range<Int>) -> String? {
        // The gate: short, opening with a capital, and letters and spaces only.
        guard (3...24).contains(range.count), let first = range.first, Bytes.isUpper(text.bytes[first]) else { return nil }
        let words = text.words(in: range)
        guard (1...2).contains(words.count), text.bytes[range].allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: " ") }) else { return nil }
        let surname = words[0]
        guard surname.count >= 3, text.bytes[(surname.lowerBound + 1)..<surname.upperBound].allSatisfy(Bytes.isLower) else { return nil }
        if words.count == 2 {
            // The numeral of an author's second work: `Means II`.
            guard text.bytes[words[1]].allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }) else { return nil }
        }
        return text.string(range)
    }

    /// `NBER Working Paper No. 24,147` in a dated remark: the words of the series (from the
    /// remark's start or its last comma before them) and the number, which single a paper out.
    /// So does a draft's (`Preliminary Draft No. 3`): each draft of a restatement is a work of its own.
    private static func paperNumber(_ text: CitationText, _ range: Range<Int>) -> String? {
        guard let at = range.first(where: { text.has("Paper No. ", at: $0, end: range.upperBound) || text.has("Draft No. ", at: $0, end: range.upperBound) })
        else { return nil }
        let numberStart = at + 10
        var end = numberStart
        while end < range.upperBound {
            let byte = text.bytes[end]
            if Bytes.isDigit(byte) || Bytes.isLetter(byte) || byte == UInt8(ascii: "-") {
                end += 1
            } else if byte == UInt8(ascii: ","), end + 3 < range.upperBound, text.bytes[(end + 1)...(end + 3)].allSatisfy(Bytes.isDigit),
                      end + 4 == range.upperBound || !Bytes.isDigit(text.bytes[end + 4]) {
                end += 4
            } else {
                break
            }
        }
        guard end > numberStart, text.bytes[numberStart..<end].contains(where: Bytes.isDigit) else { return nil }
        var start = at
        while start > range.lowerBound, text.bytes[start - 1] != UInt8(ascii: ",") { start -= 1 }
        return text.string(text.trimmed(start..<end))
    }

    /// The year a remark dates its work by: the one that ends it (`(1993)`, `(2d ed. 2010)`,
    /// `(Dec. 20, 2002)`). A year inside an explanatory remark (`(citing Feist ..., 499 U.S. 340
    /// (1991); ...)`, `(holding in 1990 that ...)`) dates another work or nothing.
    private static func datingYear(_ text: CitationText, _ range: Range<Int>) -> Int? {
        guard let last = text.lastWord(in: range) else { return nil }
        if let first = text.firstWord(in: range),
           text.equals(first, "citing") || text.equals(first, "quoting") || text.equals(first, "cited") || text.equals(first, "quoted") { return nil }
        var word = text.trimmingTrailing(last, [UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ",")])
        // `(Mar. 4, 2022, 8:41 AM)`: a story's hour after its date.
        if let dated = yearBeforeClockTime(text, range, last: word) { word = dated }
        guard word.count == 4 || text.bytes[word].contains(UInt8(ascii: "/")) || text.bytes[word].contains(UInt8(ascii: "-")) else { return nil }
        return DateWords.year(in: text.bytes[word])
    }

    /// The word before the hour that ends a remark (`2022` in `Mar. 4, 2022, 8:41 AM`), its comma
    /// off, when the remark ends in `AM`, `PM`, `a.m.` or `p.m.` after a clock time.
    private static func yearBeforeClockTime(_ text: CitationText, _ range: Range<Int>, last: Range<Int>) -> Range<Int>? {
        // The gate: the last word is two to four bytes opening with `A`, `P`, `a` or `p`.
        guard (2...4).contains(last.count), text.bytes[last.lowerBound] | 0x20 == UInt8(ascii: "a") || text.bytes[last.lowerBound] | 0x20 == UInt8(ascii: "p"),
              text.equals(last, "AM") || text.equals(last, "PM") || text.equals(last, "a.m") || text.equals(last, "p.m") else { return nil }
        let words = text.words(in: range.lowerBound..<last.lowerBound)
        guard words.count >= 2, text.bytes[words[words.count - 1]].contains(UInt8(ascii: ":")) else { return nil }
        return text.trimmingTrailing(words[words.count - 2], [UInt8(ascii: ",")])
    }

    /// `"Code of Conduct"` (straight or curly quotes) when that is all the remark says.
    private static func quotedPhrase(_ text: CitationText, _ range: Range<Int>) -> String? {
        let bytes = text.bytes
        // A short name is a few words; a quoted sentence is the author's quotation.
        var words = 0
        var inWord = false
        for offset in range {
            if bytes[offset] == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        guard words <= 6 else { return nil }
        // The marks, and something between them.
        let body: Range<Int>
        if range.count >= 3, bytes[range.lowerBound] == UInt8(ascii: "\""), bytes[range.upperBound - 1] == UInt8(ascii: "\"") {
            body = range.lowerBound + 1..<range.upperBound - 1
        } else if range.count >= 7, text.has("\u{201C}", at: range.lowerBound, end: range.upperBound),
                  text.has("\u{201D}", at: range.upperBound - 3, end: range.upperBound) {
            body = range.lowerBound + 3..<range.upperBound - 3
        } else {
            return nil
        }
        for offset in body where bytes[offset] == UInt8(ascii: "\"") || text.has("\u{201C}", at: offset, end: body.upperBound) {
            return nil
        }
        return text.string(body)
    }

    /// The leads of an address in a field: `available at http://...`, policy writing's bare `at https://...`.
    private static let addressLeads: [StaticString] = ["available at ", "Available at ", "available from ", "Available from ", "at "]

    private static func shape(_ text: CitationText, _ core: Range<Int>) -> Shape {
        guard let first = core.first else { return .words }
        // A title in emphasis is a title, even when it is also a link: `*[On Being Agile](https://...)*`.
        if let link = text.link(covering: first), link.range.upperBound >= core.upperBound {
            if text.isEmphasized(first) && isEmphasized(text, core) { return .emphasized }
            // A link whose text is a name (`[Memorandum from Peter R. Orszag](https://...)`) is that
            // name; `linkURL` keeps its address.
            if looksLikeAddress(text, core) { return .url(link.url) }
        }
        if text.has("http://", at: first, end: core.upperBound) || text.has("https://", at: first, end: core.upperBound)
            || text.has("www.", at: first, end: core.upperBound) {
            // `https://example. org/paper.pdf`: an address a line's wrap broke, joined.
            if text.bytes[core].contains(UInt8(ascii: " ")) {
                let stop = AddressExtent.end(text, from: first, end: core.upperBound)
                if text.trimmingTrailing(stop..<core.upperBound, [UInt8(ascii: ".")]).isEmpty { return .url(AddressExtent.address(text, first..<stop)) }
            }
            return .url(text.string(core))
        }
        // `reprinted in 90 CT. CLERK J. 411`: the journal the work is reprinted in, by which it is found.
        if text.bytes[first] == UInt8(ascii: "r"), text.has("reprinted in ", at: first, end: core.upperBound) {
            let rest = text.skipSpaces(from: first + 13, end: core.upperBound)
            if rest < core.upperBound, Bytes.isDigit(text.bytes[rest]), let reporter = reporter(text, text.words(in: rest..<core.upperBound)) { return reporter }
        }
        // `available at http://...`, policy writing's bare `at https://...`: the address, which no prose is.
        // Every lead opens with `a` or `A`.
        if text.bytes[first] | 0x20 == UInt8(ascii: "a") {
            for lead in addressLeads where text.has(lead, at: first, end: core.upperBound) {
                let address = text.skipSpaces(from: first + lead.utf8CodeUnitCount, end: core.upperBound)
                if text.has("http://", at: address, end: core.upperBound) || text.has("https://", at: address, end: core.upperBound)
                    || text.has("www.", at: address, end: core.upperBound) || text.has("<http", at: address, end: core.upperBound) {
                    var written = Substring(text.string(address..<core.upperBound))
                    while let last = written.last, last == "." || last == ">" { written = written.dropLast() }
                    return .url(String(written.drop { $0 == "<" }))
                }
            }
        }
        if let address = repositoryAddress(text, core) { return .url(text.string(address)) }
        if isEmphasized(text, core) {
            // `35 *Loy. U. Chi. L.J.* 15`: a journal's name in italics between its volume and page.
            if Bytes.isDigit(text.bytes[first]), !text.isEmphasized(first), let journal = emphasizedJournal(text, core) { return journal }
            return .emphasized
        }
        // `downloaded on July 31`, `accessed May 2025`: the date of an access remark.
        if let date = AccessRemark.dateStart(text, at: first, end: core.upperBound) {
            let words = text.words(in: date..<core.upperBound)
            if words.count == 2, DateWords.isMonth(text.bytes[words[0]]), text.bytes[words[1]].allSatisfy(Bytes.isDigit) {
                return (words[1].count == 4 ? DateWords.year(in: text.bytes[words[1]]) : nil).map { .date(year: $0) } ?? .monthDay
            }
            if words.count == 1, let year = DateWords.year(in: text.bytes[words[0]]) { return .date(year: year) }
        }
        // Cheap tests, a machine word at a time, say which shapes below the field may have; the
        // list of its words is made only for the few that need it.
        let bytes = text.bytes
        let lead = bytes[first]
        // Where the first word starts.
        let opening = text.skipSpaces(from: first, end: core.upperBound)
        let mayBeResolution = text.contains("Res.", in: core)
        // A document's `Doc.` or `Docket`, a symbol's slash, or a congressional paper's `S.` or `H.`.
        let mayBeDocument = text.contains("Doc", in: core) || text.firstOffset(of: UInt8(ascii: "/"), from: first, end: core.upperBound) < core.upperBound
            || (opening + 1 < core.upperBound && (bytes[opening] == UInt8(ascii: "S") || bytes[opening] == UInt8(ascii: "H"))
                && bytes[opening + 1] == UInt8(ascii: "."))
            || (opening < core.upperBound && StandardNumber.mayOpen(bytes[opening]) && Bytes.isDigit(bytes[core.upperBound - 1]))
        // `Funding Opportunity Number: RDBCP-VAPG-2026`: a notice's number, labelled in words.
        if let labelled = labelledNumber(text, core) { return labelled }
        if mayBeResolution || mayBeDocument {
            let words = text.words(in: core)
            if mayBeResolution, let resolution = resolution(text, words) { return resolution }
            if mayBeDocument, let document = document(text, words) { return document }
        }
        if text.has("at ", at: first, end: core.upperBound),
           let parsed = PinpointParser.parse(text, at: first + 3, end: core.upperBound, allowRoman: true),
           parsed.end == core.upperBound {
            return .pinpoint(parsed.pinpoint)
        }
        if let parsed = PinpointParser.parse(text, at: first, end: core.upperBound, allowRoman: false),
           parsed.end == core.upperBound {
            return Bytes.isDigit(lead) ? .number(parsed.pinpoint) : .pinpoint(parsed.pinpoint)
        }
        // `S227`, `S102–03`: a page of a journal's supplement issue, after its first page.
        if lead == UInt8(ascii: "S"), let end = supplementPageEnd(text, first..<core.upperBound), end == core.upperBound {
            let written = text.string(core)
            return .pinpoint(Pinpoint(kind: written.contains("–") || written.contains("-") ? .pages : .page, text: written))
        }
        // `Dec. 19`, `Oct. 2018`: two words, a month and digits.
        if let number = text.lastWord(in: core), Bytes.isDigit(bytes[number.upperBound - 1]), let month = text.firstWord(in: core),
           text.skipSpaces(from: month.upperBound, end: core.upperBound) == number.lowerBound,
           DateWords.isMonth(bytes[month]), bytes[number].allSatisfy(Bytes.isDigit) {
            let year = number.count == 4 ? DateWords.year(in: bytes[number]) : nil
            return year.map { .date(year: $0) } ?? .monthDay
        }
        if opening < core.upperBound, Bytes.isDigit(bytes[opening]) {
            let words = text.words(in: core)
            // `12 March 2021`, `3 Nov. 2019`: a date written day first, never a volume, journal and page.
            if let year = dayFirstDateYear(text, words) { return .date(year: year) }
            // A reporter's field opens with its volume.
            if let reporter = reporter(text, words) { return reporter }
        }
        return isCapitals(bytes[core]) ? .capitals : .words
    }

    /// The year of a date written day first (`12 March 2021`, `3 Nov. 2019`): a day of one or two
    /// digits, a month and a year, the whole field; nil otherwise.
    static func dayFirstDateYear(_ text: CitationText, _ words: [Range<Int>]) -> Int? {
        guard words.count == 3, words[0].count <= 2, words[2].count == 4, text.bytes[words[0]].allSatisfy(Bytes.isDigit),
              DateWords.isMonth(text.bytes[words[1]]), text.bytes[words[2]].allSatisfy(Bytes.isDigit) else { return nil }
        return DateWords.year(in: text.bytes[words[2]])
    }

    /// The labels that say the word after them is a document's number.
    private static let numberLabels: [StaticString] = ["Number:", "Number", "No.:"]
    /// The longest number read after a label, in bytes.
    private static let longestLabelledNumber = 40

    /// `Funding Opportunity Number: RDBCP-VAPG-2026`, `Assistance Listing Number: 10.352`: one to
    /// four capitalised words, a label (`Number:`, `Number`, `No.:`) and a number holding a digit,
    /// which identifies the document as a symbol does.
    private static func labelledNumber(_ text: CitationText, _ core: Range<Int>) -> Shape? {
        let bytes = text.bytes
        // The gate: the field ends in a digit or capital, and a space lies a short way before.
        guard let last = core.last, Bytes.isDigit(bytes[last]) || Bytes.isUpper(bytes[last]) else { return nil }
        var space = last
        while space > core.lowerBound, last - space < longestLabelledNumber, bytes[space] != UInt8(ascii: " ") { space -= 1 }
        guard bytes[space] == UInt8(ascii: " "), space > core.lowerBound, bytes[space - 1] == UInt8(ascii: ":") || bytes[space - 1] == UInt8(ascii: "r"),
              let label = numberLabels.first(where: { space - $0.utf8CodeUnitCount >= core.lowerBound && text.has($0, at: space - $0.utf8CodeUnitCount, end: space) })
        else { return nil }
        let number = space + 1..<core.upperBound
        let labelStart = space - label.utf8CodeUnitCount
        guard bytes[number].contains(where: Bytes.isDigit), labelStart == core.lowerBound || bytes[labelStart - 1] == UInt8(ascii: " ") else { return nil }
        let words = text.words(in: core.lowerBound..<labelStart)
        guard (1...4).contains(words.count), words.allSatisfy({ Bytes.isUpper(bytes[$0.lowerBound]) }) else { return nil }
        return .document(prefix: text.string(core.lowerBound..<space), number: text.string(number))
    }

    /// Whether a link's text is an address (`https://...`, `www.ohchr.org`, `ohchr.org/EN`) or
    /// the link stands for one (no spaces), rather than a name.
    private static func looksLikeAddress(_ text: CitationText, _ core: Range<Int>) -> Bool {
        !text.bytes[core].contains(UInt8(ascii: " "))
    }

    private static func isEmphasized(_ text: CitationText, _ core: Range<Int>) -> Bool {
        var letters = 0
        for offset in core where Bytes.isLetter(text.bytes[offset]) || text.bytes[offset] >= 0xC0 {
            guard text.isEmphasized(offset) else { return false }
            letters += 1
        }
        return letters > 0
    }

    /// The series of Congress's numbered hearings, reports, prints and documents.
    private static let congressionalPapers: [StaticString] = ["S.Hrg.", "H.Hrg.", "S.Rept.", "H.Rept.", "S.Prt.", "H.Prt.", "S.Doc.", "H.Doc."]
    /// The same series' second words, as written after a spaced chamber (`S. Hrg. 118-123`).
    private static let congressionalSeries: [StaticString] = ["Hrg.", "Rept.", "Prt.", "Doc."]

    /// Whether `prefix` is the series of one of Congress's numbered papers (`H.Rept.`).
    static func isCongressionalSeries(_ prefix: String) -> Bool {
        let bytes = prefix.utf8
        guard bytes.count == 6 || bytes.count == 7, let chamber = bytes.first, chamber == UInt8(ascii: "S") || chamber == UInt8(ascii: "H")
        else { return false }
        return congressionalPaperNames.contains(prefix)
    }

    private static let congressionalPaperNames: [String] = congressionalPapers.map(\.description)

    /// The most words a document or resolution symbol's issuer may take (`U.N. ESCOR Doc.`).
    private static let maximumPrefixWords = 4

    /// `G.A. Res. 57/238`, `S.C. Res. 678`, `G.A. Res. 217 (III) A`.
    private static func resolution(_ text: CitationText, _ words: [Range<Int>]) -> Shape? {
        guard let index = words.prefix(maximumPrefixWords + 1).firstIndex(where: { text.equals($0, "Res.") }),
              index + 1 < words.count else { return nil }
        let number = words[index + 1]
        // A session and part may follow the number.
        let rest = words[(index + 2)...]
        guard text.bytes[number].contains(where: Bytes.isDigit), rest.count <= 2, rest.allSatisfy({ $0.count <= 5 }) else { return nil }
        let body = index > 0 ? text.string(words[0].lowerBound..<words[index - 1].upperBound) : ""
        return .resolution(body: body, number: text.string(number))
    }

    /// The series of Congress's papers as the Bluebook names them, each with CRS's name for it.
    private static let bluebookSeries: [(written: StaticString, series: String)] = [("Rep.", "Rept."), ("Doc.", "Doc."), ("Prt.", "Prt.")]

    /// `H.R. Rep. No. 94-1476` (and `Conf. Rep.`, `Doc.`, `Prt.`, `No.` left out): the paper as CRS names it.
    private static func bluebookPaper(_ text: CitationText, _ words: [Range<Int>]) -> Shape? {
        let chamber: String
        if text.equals(words[0], "H.R.") {
            chamber = "H."
        } else if text.equals(words[0], "S.") {
            chamber = "S."
        } else {
            return nil
        }
        var index = 1
        if text.equals(words[index], "Conf.") { index += 1 }
        guard index < words.count, let series = bluebookSeries.first(where: { text.equals(words[index], $0.written) })?.series else { return nil }
        index += 1
        if index < words.count, text.equals(words[index], "No.") { index += 1 }
        guard index == words.count - 1, let first = text.bytes[words[index]].first, Bytes.isDigit(first),
              text.bytes[words[index]].contains(UInt8(ascii: "-")) else { return nil }
        return .document(prefix: chamber + series, number: text.string(words[index]))
    }

    /// `U.N. Doc. A/HRC/35/22`, `UN Doc. A/69/723`, or a bare symbol with slashes, capitals and digits.
    private static func document(_ text: CitationText, _ words: [Range<Int>]) -> Shape? {
        // The Bluebook's committee reports, documents and prints (`H.R. Rep. No. 94-1476`, `S. Rep. No.
        // 118-198`, `H.R. Conf. Rep. No. 105-1`, `S. Doc. No. 116-2`): filed under the series CRS
        // writes (`H.Rept. 94-1476`), so both spellings are one paper.
        if words.count >= 3, words.count <= 5, let paper = bluebookPaper(text, words) { return paper }
        // Congress's own numbered papers, as CRS writes them: `S.Hrg. 118-31`, `H.Rept. 105-532`.
        if words.count == 2, let first = words.first, text.bytes[first.lowerBound] == UInt8(ascii: "S") || text.bytes[first.lowerBound] == UInt8(ascii: "H"),
           congressionalPapers.contains(where: { text.equals(first, $0) }), text.bytes[words[1]].contains(where: Bytes.isDigit) {
            return .document(prefix: text.string(first), number: text.string(words[1]))
        }
        // The same with the chamber spaced off (`S. Hrg. 118-123`, `H. Rept. 119-271`), filed under
        // the unspaced series so both spellings are one paper.
        if words.count == 3, text.equals(words[0], "S.") || text.equals(words[0], "H."),
           congressionalSeries.contains(where: { text.equals(words[1], $0) }), text.bytes[words[2]].contains(where: Bytes.isDigit) {
            return .document(prefix: text.string(words[0]) + text.string(words[1]), number: text.string(words[2]))
        }
        // A standard or technical report by series and number: `RFC 1122`, `NIST SP 800-145`.
        if let standard = StandardNumber.read(text, words) { return .document(prefix: nil, number: standard) }
        // An agency's docket: `Docket No. RM26-4-000`, `Docket No.: RM26-4-000`.
        if words.count == 3, text.equals(words[0], "Docket"), text.equals(words[1], "No.") || text.equals(words[1], "No.:"),
           text.bytes[words[2]].contains(where: Bytes.isDigit) {
            return .document(prefix: "Docket No.", number: text.string(words[2]))
        }
        if let index = words.prefix(maximumPrefixWords + 1).firstIndex(where: { text.equals($0, "Doc.") || text.equals($0, "Docs.") }),
           index + 2 == words.count {
            return .document(prefix: text.string(words[0].lowerBound..<words[index].upperBound), number: text.string(words[index + 1]))
        }
        guard words.count == 1, let symbol = words.first else { return nil }
        let bytes = text.bytes[symbol]
        guard bytes.contains(UInt8(ascii: "/")), bytes.contains(where: Bytes.isUpper), bytes.contains(where: Bytes.isDigit),
              !symbol.contains(where: { text.has("//", at: $0, end: symbol.upperBound) }) else { return nil }
        return .document(prefix: nil, number: text.string(symbol))
    }

    /// `35 *Loy. U. Chi. L.J.* 15`, `35 _Harv. L. Rev._ 15`: a volume and a page outside emphasis
    /// and an abbreviated name in it between them, which Markdown editions italicise as the
    /// Bluebook's small capitals are not. A volume of a book in italics (`2 *Widget Treatise* 15`)
    /// abbreviates no word, and stays a title.
    private static func emphasizedJournal(_ text: CitationText, _ core: Range<Int>) -> Shape? {
        let words = text.words(in: core)
        guard words.count >= 3, let last = words.last, !text.isEmphasized(last.lowerBound),
              text.isEmphasized(words[words.count - 2].upperBound - 1),
              let found = reporter(text, words), case .reporter(_, let journal, _) = found else { return nil }
        let abbreviated = words[1..<(words.count - 1)].contains { isAbbreviated(text.bytes[$0]) }
        return abbreviated || JournalArticleForm.isKnownJournal(journal) ? found : nil
    }

    /// `87 AM. J. INT'L L. 552`: digits, a name in capitals or abbreviations, digits.
    private static func reporter(_ text: CitationText, _ words: [Range<Int>]) -> Shape? {
        guard words.count >= 3, var first = words.first, var last = words.last else { return nil }
        // `121Q. J. Econ. 505`, `45Harv. L. Rev. 1`: a volume typeset with no space before the
        // journal's first abbreviation is that volume and that abbreviation.
        var glued: Range<Int>?
        if !text.bytes[first].allSatisfy(Bytes.isDigit) {
            // `41(2) Yale J. Int'l L. 203`: a volume and its issue; the volume is the digits.
            if let issue = issueOpening(text, first) {
                first = first.lowerBound..<issue
            } else {
                guard let split = gluedVolume(text, first) else { return nil }
                glued = split..<first.upperBound
                first = first.lowerBound..<split
            }
        }
        // `44 Am. J. Compar. L.311`: a first page typeset with no space after the journal's last
        // abbreviation is that abbreviation and that page.
        var gluedTail: Range<Int>?
        if let page = gluedPage(text, last), words.count >= 3 {
            gluedTail = last.lowerBound..<page
            last = page..<last.upperBound
        }
        // `46 Classical Rev. 105–108`: an article's pages, first to last; the first is its page.
        let span = firstOfPageRange(text, last)
        if let span { last = span }
        let isPageSpan = span != nil
        guard text.bytes[last].allSatisfy(Bytes.isDigit) || supplementPageEnd(text, last) == last.upperBound else { return nil }
        let middle = words[1..<(words.count - 1)]
        guard let lead = glued ?? middle.first ?? gluedTail, let tail = gluedTail ?? middle.last, Bytes.isUpper(text.bytes[lead.lowerBound]) else { return nil }
        if let glued, !isAbbreviated(text.bytes[glued]) { return nil }
        if isYearLedReport(text, first, middle) { return nil }
        for word in middle {
            if text.equals(word, "at") { return nil }
            if word.count >= 3, text.bytes[word].allSatisfy(Bytes.isLower) { return nil }
        }
        // A journal's name is abbreviated: many whole words in a row are a title's
        // (`25 Point Implementation Plan to Reform Federal Information Technology Management 17`).
        // Signs (`&`, `¶`) are no words: `11 Nash & Cibinic Rep. ¶ 17` abbreviates three; a
        // contraction (`Ass’n`, `Int'l`) is an abbreviation too.
        // Counted, not listed: most fields are no reporter's and this runs for each.
        var named = 0
        var abbreviated = 0
        for word in middle where text.bytes[word].contains(where: Bytes.isLetter) {
            named += 1
            if isAbbreviated(text.bytes[word]) { abbreviated += 1 }
        }
        // A name that opens with an abbreviation is a journal's however many whole words follow
        // (`2 J. ASS'N LEGAL WRITING DIRECTORS 108`); a title opens with a word.
        // A span of pages after them is an article's extent, as no title's page is: the name is a
        // periodical's however it is written (`33 Advances Neural Info. Processing Sys. 1877–1901`).
        if named > 4, abbreviated * 2 < named, !isAbbreviated(text.bytes[lead]), !isPageSpan {
            var key: [UInt8] = []
            LegalTable.fold(text.bytes[lead.lowerBound..<tail.upperBound], into: &key)
            if LegalTables.journals.lines(forKey: key).isEmpty { return nil }
        }
        return .reporter(volume: text.string(first), journal: text.string(lead.lowerBound..<tail.upperBound), page: text.string(last))
    }

    /// The words that make a title that opens with a year a yearly report's (`2003 ANNUAL REPORT OF
    /// THE CLERK`), not a journal's volume and name.
    private static let reportWords: [StaticString] = ["REPORT", "Report", "SURVEY", "Survey"]

    /// Whether `volume` is a year (1900–2099) and the words after it name a report or a survey in
    /// whole words, none abbreviated: `2003 ANNUAL REPORT OF THE CLERK 17` is a title and its page,
    /// where `2003 WIS. L. REV. 17` is a journal's volume.
    static func isYearLedReport(_ text: CitationText, _ volume: Range<Int>, _ words: ArraySlice<Range<Int>>) -> Bool {
        guard volume.count == 4, let year = DateWords.year(in: text.bytes[volume]), (1900...2099).contains(year) else { return false }
        var named = false
        for word in words {
            if isAbbreviated(text.bytes[word]) { return false }
            if reportWords.contains(where: { text.equals(text.trimmingTrailing(word, [UInt8(ascii: ":"), UInt8(ascii: ",")]), $0) }) { named = true }
        }
        return named
    }

    /// Whether `core` is a title in capitals that opens with a year (`2003 ANNUAL REPORT OF THE
    /// CLERK 17`): a yearly report's, whose last bare number is a page, not part of the title.
    private static func isYearLedTitle(_ text: CitationText, _ core: Range<Int>, shape: Shape) -> Bool {
        guard shape == .capitals, core.count > 5, let first = text.firstWord(in: core) else { return false }
        let words = text.words(in: first.upperBound..<core.upperBound)
        return isYearLedReport(text, first, words.dropLast())
    }

    /// The longest issue read in brackets after a volume (`41(2)`, `12(3-4)`), in bytes.
    private static let longestIssue = 8

    /// Where the issue's bracket opens in a word that is a volume and its issue (`41(2)`,
    /// `12(3-4)`), or nil for any other word.
    static func issueOpening(_ text: CitationText, _ word: Range<Int>) -> Int? {
        let bytes = text.bytes
        var open = word.lowerBound
        while open < word.upperBound, Bytes.isDigit(bytes[open]) { open += 1 }
        guard open > word.lowerBound, open < word.upperBound, bytes[open] == UInt8(ascii: "("),
              bytes[word.upperBound - 1] == UInt8(ascii: ")"), word.upperBound - open - 2 >= 1, word.upperBound - open - 2 <= longestIssue else { return nil }
        let inside = bytes[(open + 1)..<(word.upperBound - 1)]
        guard inside.contains(where: Bytes.isDigit), inside.allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) else { return nil }
        return open
    }

    /// Where the page starts in the last word of a reporter's field when it is an abbreviation
    /// glued to digits (`L.311`, `Rev.1024`), or nil for any other word.
    static func gluedPage(_ text: CitationText, _ word: Range<Int>) -> Int? {
        let bytes = text.bytes
        var split = word.upperBound
        while split > word.lowerBound, Bytes.isDigit(bytes[split - 1]) { split -= 1 }
        guard split < word.upperBound, split - word.lowerBound >= 2, bytes[split - 1] == UInt8(ascii: "."),
              Bytes.isUpper(bytes[word.lowerBound]), bytes[word.lowerBound..<(split - 1)].allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: ".") })
        else { return nil }
        return split
    }

    /// Where a supplement's page (`S219`, `S102–03`, `S56-S58`) that opens `word` ends: `S`, at
    /// least two digits, and perhaps a dash and the last page; nil when `word` opens otherwise.
    static func supplementPageEnd(_ text: CitationText, _ word: Range<Int>) -> Int? {
        let bytes = text.bytes
        guard word.count >= 3, bytes[word.lowerBound] == UInt8(ascii: "S") else { return nil }
        var end = word.lowerBound + 1
        while end < word.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
        guard end - word.lowerBound >= 3 else { return nil }
        let width = end < word.upperBound && bytes[end] == UInt8(ascii: "-") ? 1 : text.has("–", at: end, end: word.upperBound) ? 3 : 0
        guard width > 0 else { return end }
        var last = end + width
        if last < word.upperBound, bytes[last] == UInt8(ascii: "S") { last += 1 }
        let digits = last
        while last < word.upperBound, Bytes.isDigit(bytes[last]) { last += 1 }
        return last > digits ? last : end
    }

    /// Where the letters start in a word of digits glued to an abbreviation with its period
    /// (`121Q.`, `45Harv.`), or nil for any other word.
    static func gluedVolume(_ text: CitationText, _ word: Range<Int>) -> Int? {
        let bytes = text.bytes
        var split = word.lowerBound
        while split < word.upperBound, Bytes.isDigit(bytes[split]) { split += 1 }
        guard split > word.lowerBound, split + 1 < word.upperBound, Bytes.isUpper(bytes[split]),
              bytes[word.upperBound - 1] == UInt8(ascii: "."),
              bytes[(split + 1)..<(word.upperBound - 1)].allSatisfy(Bytes.isLetter) else { return nil }
        return split
    }

    /// The first page of a word that is a range of pages (`105–108`, `341-351`, `100–12`), the
    /// second after the first.
    private static func firstOfPageRange(_ text: CitationText, _ word: Range<Int>) -> Range<Int>? {
        guard let first = word.first, Bytes.isDigit(text.bytes[first]) else { return nil }
        var end = first
        while end < word.upperBound, Bytes.isDigit(text.bytes[end]) { end += 1 }
        let dash = end
        guard dash < word.upperBound else { return nil }
        let width = text.bytes[dash] == UInt8(ascii: "-") ? 1 : text.has("–", at: dash, end: word.upperBound) ? 3 : 0
        guard width > 0, dash + width < word.upperBound, text.bytes[(dash + width)..<word.upperBound].allSatisfy(Bytes.isDigit),
              let low = Int(String(decoding: text.bytes[first..<dash], as: UTF8.self)),
              let high = Int(String(decoding: text.bytes[(dash + width)..<word.upperBound], as: UTF8.self)) else { return nil }
        // `100–12`: the last page printed without the digits it shares with the first (112).
        let lastDigits = word.upperBound - dash - width
        let shared = dash - first - lastDigits
        guard lastDigits <= 6 else { return nil }
        var pageBase = 1
        for _ in 0..<lastDigits { pageBase *= 10 }
        let last = high > low || shared <= 0 ? high : low - low % pageBase + high
        guard last > low else { return nil }
        return first..<dash
    }

    /// Whether a word is abbreviated: `Econ.`, `Ass’n`, `Int'l`.
    private static func isAbbreviated(_ word: ArraySlice<UInt8>) -> Bool {
        word.contains(UInt8(ascii: ".")) || word.contains(UInt8(ascii: "'"))
            || word.indices.contains { word[$0] == 0xE2 && $0 + 2 < word.endIndex && word[$0 + 1] == 0x80 && word[$0 + 2] == 0x99 }
    }

    /// Whether the text has at least two capital letters and no lower-case ones.
    static func isCapitals(_ bytes: some Sequence<UInt8>) -> Bool {
        var upper = 0
        for byte in bytes {
            if Bytes.isLower(byte) { return false }
            if Bytes.isUpper(byte) { upper += 1 }
        }
        return upper >= 2
    }
}

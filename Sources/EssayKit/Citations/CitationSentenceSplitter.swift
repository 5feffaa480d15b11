import LowLevel

/// Cuts a footnote into citation sentences: the units a signal opens and *Id.* looks back across.
///
/// Stricter than prose splitting about what a period ends: abbreviations in reporters and
/// journal names (`AM. J. INT'L L.`, `U.N. Doc.`, `PROC. ASIL`), initials, a question mark inside
/// a title in capitals, and periods in emphasis or links never end a sentence.
enum CitationSentenceSplitter {
    /// Abbreviations of the words in the names of bodies and their officers (after the
    /// Bluebook's table of them), lower-cased, without their period: a period after one, before a
    /// capital, is the abbreviation's (`U.S. Chief Info. Officer`, `Exec. Office of the President`).
    static let institutionWords: [String] = [
        "acad", "admin", "agric", "am", "assocs", "bd", "bros", "bus", "chem", "cmty", "cnty", "coll", "comm", "comp", "constr", "ctr", "cty", "def", "det",
        "dev", "dir", "div", "econ", "educ", "elec", "emp", "eng", "envtl", "equip", "exec", "fed", "fin", "found", "gen",
        "hosp", "hous", "hum", "indus", "info", "ins", "inst", "internat", "lab", "mach", "med", "mfg", "mgmt", "mgt", "mkt", "mktg", "mun",
        "nat", "org", "pol", "prod", "prop", "pub", "rel", "rsch", "sch", "sci", "sec", "serv", "soc", "stud", "subcomm",
        "sys", "tech", "tel", "telecomm", "transp", "twp", "univ", "util",
    ]
    private static let packedInstitutionWords = institutionWords.compactMap { Bytes.packedLowercase(Array($0.utf8)) }.sorted()

    /// Abbreviations in the names of French courts, chambers and reporters, lower-cased, without
    /// their period: a period after one, before a capital, is the abbreviation's (`Cass. Civ.`,
    /// `Cass. Ass. plén.`, `Gaz. Pal.`, `Bull. Civ.`, `Comm. Com. Électr.`).
    /// `Ph.` and `Th.` are a French given name's initials (`Ph. Le Tourneau`).
    static let frenchCourtWords: [String] = ["ass", "bull", "cass", "civ", "com", "crim", "gaz", "ph", "plén", "req", "somm", "th"]
    private static let packedFrenchCourtWords = frenchCourtWords.compactMap { Bytes.packedLowercase(Array($0.utf8)) }.sorted()

    /// Abbreviations in the titles of a case's filings, lower-cased, without their period: a
    /// period after one, before a capital that opens no signal, is the title's (`Pl.'s Mot. Summ.
    /// J.`, `Suppl. Decl. Roe`, `Defs. Obj.`, `Mem. Mot. Prelim. Inj.`), or of the court whose docket
    /// holds them (`Bankr. Doc. 848`), as `RecordDocumentForm` reads them.
    static let filingWords: [String] = [
        "aff", "bankr", "cert", "compl", "decl", "defs", "dep", "ex", "exs", "inj", "mem", "mot", "obj", "objs", "opp", "pls", "prelim",
        "resp", "stmt", "summ", "suppl",
    ]
    private static let packedFilingWords = filingWords.compactMap { Bytes.packedLowercase(Array($0.utf8)) }.sorted()

    /// Hands each sentence's range to `body`, in order, with no list made: most notes are one
    /// sentence, and a list a note was an allocation a note.
    static func forEachSentence(in text: CitationText, _ body: (Range<Int>) -> Void) {
        let bytes = text.bytes
        let count = bytes.count
        var start = text.skipSpaces(from: 0, end: count)
        var brackets = 0
        var index = start
        while index < count {
            // Only brackets and sentence ends change anything; runs of other bytes are skipped whole.
            index = ByteScan.firstIndex(in: bytes, from: index, anyMatch: { word in
                ByteScan.contains(word, UInt8(ascii: ".")) || ByteScan.contains(word, UInt8(ascii: "("))
                    || ByteScan.contains(word, UInt8(ascii: ")")) || ByteScan.contains(word, UInt8(ascii: "["))
                    || ByteScan.contains(word, UInt8(ascii: "]")) || ByteScan.contains(word, UInt8(ascii: "?"))
                    || ByteScan.contains(word, UInt8(ascii: "!"))
            }, matches: isBracketOrTerminal)
            guard index < count else { break }
            let byte = bytes[index]
            let inSpan = text.isInsideSpan(index)
            // An opener never closed is no bracket (`CitationText` reads it so too).
            if !inSpan, byte == UInt8(ascii: "(") || byte == UInt8(ascii: "["), text.closingBracket(after: index, end: count) != nil { brackets += 1 }
            if !inSpan, byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { brackets = max(0, brackets - 1) }
            let topLevel = !inSpan && brackets == 0
            // `(It is not clear whether ... blockchains.) See also X`: a sentence in parentheses
            // ends where they close.
            if topLevel, byte == UInt8(ascii: ")"), index > start, [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(bytes[index - 1]) {
                let next = text.skipSpaces(from: index + 1, end: count)
                if next < count, next > index + 1, startsSentence(bytes, at: next) {
                    body(start..<index + 1)
                    start = next
                    index = next
                    continue
                }
            }
            let isTerminal = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
            guard isTerminal, topLevel || endsEmphasis(text, at: index), !text.isLinked(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, let width = closingQuoteWidth(bytes, at: end) {
                end += width
                // `water.’ ”`: nested quotations closed with a space between their marks, as printed.
                if end + 1 < count, bytes[end] == UInt8(ascii: " "), bytes[end - 1] == 0x99, let next = closingQuoteWidth(bytes, at: end + 1), next == 3 {
                    end += 1
                }
            }
            let next = text.skipSpaces(from: end, end: count)
            // `... the pregnant woman.”  §3(f).`: after a quotation closed, a section sign opens
            // the sentence citing it (never after a bare period: `42 U.S.C. § 1983`).
            // So does one after a parenthesis closed (`(2004). § 211 ...`): no code's name ends in one.
            guard next < count, next > end,
                  startsSentence(bytes, at: next) || (end > index + 1 || index > start && bytes[index - 1] == UInt8(ascii: ")")) && opensWithSectionSign(bytes, at: next)
                    || end > index + 1 && opensWithVolume(bytes, at: next),
                  !continuesAcross(text, terminal: index, next: next), !isInBibliographyLead(text, from: start, terminal: index, next: next),
                  !isInAuthorDateLead(text, from: start, terminal: index, next: next),
                  !isInBookEntry(bytes, from: start, terminal: index),
                  end > index + 1 ? !isQuestionTitle(bytes, from: start, terminal: index) : !isInsideQuotation(bytes, from: start, at: index) else {
                index += 1
                continue
            }
            body(start..<end)
            start = next
            index = next
        }
        let last = text.trimmed(start..<count)
        if !last.isEmpty { body(last) }
    }

    /// Whether `offset` lies inside a quotation opened since `start` and closed later in the
    /// note: a title's question or period (`"Consensus? Staking Your Identity,"`, `"Booming in
    /// Kazakhstan. Then It Was Gone,"`) goes on, as a quoted passage's sentences do. A terminal
    /// right before the closing mark ends the sentence; asked only where a sentence would end.
    private static func isInsideQuotation(_ bytes: [UInt8], from start: Int, at offset: Int) -> Bool {
        var straight = 0
        var curly = 0
        var index = start
        while index < offset {
            if bytes[index] == UInt8(ascii: "\"") {
                straight += 1
            } else if bytes[index] == 0xE2, index + 2 < offset, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { curly += 1 } else if bytes[index + 2] == 0x9D { curly = max(0, curly - 1) }
            }
            index += 1
        }
        let straightOpen = straight % 2 == 1
        guard straightOpen || curly > 0 else { return false }
        // Closed later, or the quotation is a stray mark and ends nothing.
        index = offset + 1
        while index < bytes.count {
            if straightOpen, bytes[index] == UInt8(ascii: "\"") { return true }
            if curly > 0, bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9D { return true }
            index += 1
        }
        return false
    }

    /// Whether the period at `terminal` lies in the lead of a Chicago bibliography entry written
    /// as a note (`Roe, Ann. "Quiet Harbours." Port Law Journal 12 (2019): 45.`): the period after
    /// the inverted name, or the title's own before its closing mark when no signal follows. Both
    /// end no sentence.
    private static func isInBibliographyLead(_ text: CitationText, from start: Int, terminal: Int, next: Int) -> Bool {
        let bytes = text.bytes
        // The gate: a period, a capital opening the sentence and a comma soon after it.
        guard bytes[terminal] == UInt8(ascii: "."), Bytes.isUpper(bytes[start]), terminal > start + 4,
              let nameEnd = QuotedTitleOpening.invertedNameEnd(bytes, from: start), nameEnd <= terminal else { return false }
        if terminal == nameEnd { return true }
        // The title's period: right before a closing mark, with none between it and the opening
        // one, and no signal after it (`Roe, Ann. "Harbours." See ...` is a sentence and a citation).
        guard terminal + 1 < bytes.count, closingQuoteWidth(bytes, at: terminal + 1) != nil,
              SignalMatcher.match(in: text, at: next, end: bytes.count) == nil else { return false }
        var index = nameEnd + 3
        while index < terminal {
            if bytes[index] == UInt8(ascii: "\"") || closingQuoteWidth(bytes, at: index) == 3 { return false }
            index += 1
        }
        return true
    }

    /// Whether the period at `terminal` ends the name or the title of a book cited as a Chicago
    /// bibliography entry (`Roe, Ann. The Quiet Harbour. Boston: River Press, 2010.`): neither
    /// ends the citation sentence.
    private static func isInBookEntry(_ bytes: [UInt8], from start: Int, terminal: Int) -> Bool {
        // The gate: a period, a capital opening the sentence.
        guard bytes[terminal] == UInt8(ascii: "."), Bytes.isUpper(bytes[start]), terminal > start + 4,
              let entry = BibliographyBookEntry.read(bytes, from: start, end: bytes.count) else { return false }
        return terminal == entry.namePeriod || terminal == entry.titlePeriod
    }

    /// Whether the terminal at `terminal` lies in an APA reference printed in a note (`Smith, J.
    /// (2019). How courts read contracts. Journal of Law, 12(3), 45-67.`): the period after the
    /// year's parenthesis, or the title's own when no signal follows it and a journal's name, a
    /// comma and a volume do, or a site's name and its address. Neither ends the citation sentence.
    private static func isInAuthorDateLead(_ text: CitationText, from start: Int, terminal: Int, next: Int) -> Bool {
        let bytes = text.bytes
        // The gate: a capital opening the sentence, and a parenthesis before the terminal.
        guard Bytes.isUpper(bytes[start]), terminal > start + 8,
              let lead = AuthorDateLead.read(bytes, from: start, end: terminal + 1), lead.period <= terminal else { return false }
        if terminal == lead.period { return true }
        guard SignalMatcher.match(in: text, at: next, end: bytes.count) == nil else { return false }
        // The title's end: the first period after the lead that a space and a capital follow.
        var index = lead.period + 1
        while index < terminal {
            if bytes[index] == UInt8(ascii: "."), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: " "), Bytes.isUpper(bytes[index + 2]),
               !(bytes[index - 2] == UInt8(ascii: " ") && Bytes.isUpper(bytes[index - 1])) { return false }
            index += 1
        }
        // A journal's name, then `, 12`: no more than a dozen words before the comma and volume.
        let limit = min(bytes.count - 2, next + 120)
        var comma = next
        while comma < limit {
            // `The Daily Ledger. https://...`: a site's name, then the page's address.
            if bytes[comma] == UInt8(ascii: "."), bytes[comma + 1] == UInt8(ascii: " ") { return text.has("http", at: comma + 2, end: bytes.count) }
            if bytes[comma] == UInt8(ascii: ","), bytes[comma + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[comma + 2]) { return true }
            // `Wall Street Journal, https://...`: a site's name, a comma, then the page's address.
            if bytes[comma] == UInt8(ascii: ","), bytes[comma + 1] == UInt8(ascii: " "), text.has("http", at: comma + 2, end: bytes.count) { return true }
            comma += 1
        }
        return false
    }

    /// Whether a question or exclamation mark closing a quotation ends a title that opened a
    /// citation's field after a comma: `Dittmar, "Could Bitcoin Push Warming Above 2 °C?" Nature
    /// Climate Change`, where the title's comma is left out after its question mark.
    private static func isQuestionTitle(_ bytes: [UInt8], from start: Int, terminal: Int) -> Bool {
        guard bytes[terminal] == UInt8(ascii: "?") || bytes[terminal] == UInt8(ascii: "!") else { return false }
        var index = terminal - 1
        while index > start + 1 {
            let isOpen = bytes[index] == UInt8(ascii: "\"") || (bytes[index] == 0x9C && index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2)
            if isOpen {
                let before = bytes[index] == UInt8(ascii: "\"") ? index - 1 : index - 3
                return before > start && bytes[before] == UInt8(ascii: " ") && bytes[before - 1] == UInt8(ascii: ",")
            }
            if bytes[index] == 0x9D && index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2 { return false }
            index -= 1
        }
        return false
    }

    private static func isBracketOrTerminal(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "?"),
             UInt8(ascii: "!"): true
        default: false
        }
    }

    private static func endsEmphasis(_ text: CitationText, at offset: Int) -> Bool {
        text.isEmphasized(offset) && !text.isEmphasized(offset + 1) && !text.isLinked(offset)
    }

    private static func closingQuoteWidth(_ bytes: [UInt8], at offset: Int) -> Int? {
        if bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") { return 1 }
        if offset + 2 < bytes.count, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
           bytes[offset + 2] == 0x9D || bytes[offset + 2] == 0x99 {
            return 3
        }
        return nil
    }

    /// A sentence starts with a capital letter or an opening quotation mark.
    /// Whether a section sign and a digit (perhaps after a space) start at `offset`.
    private static func opensWithSectionSign(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + 2 < bytes.count, bytes[offset] == 0xC2, bytes[offset + 1] == 0xA7 else { return false }
        let digit = bytes[offset + 2] == UInt8(ascii: " ") ? offset + 3 : offset + 2
        return digit < bytes.count && Bytes.isDigit(bytes[digit])
    }

    /// Whether a volume and a capitalised name start at `offset`: after a quotation closed, the
    /// citation of the work quoted (`“... at night.” 3 Ada Roe, Roe on Harbors § 7:12 (2024)`).
    private static func opensWithVolume(_ bytes: [UInt8], at offset: Int) -> Bool {
        var index = offset
        while index < bytes.count, index - offset < 4, Bytes.isDigit(bytes[index]) { index += 1 }
        return index > offset && index + 1 < bytes.count && bytes[index] == UInt8(ascii: " ") && Bytes.isUpper(bytes[index + 1])
    }

    private static func startsSentence(_ bytes: [UInt8], at offset: Int) -> Bool {
        let byte = bytes[offset]
        if Bytes.isUpper(byte) || byte == UInt8(ascii: "\"") { return true }
        if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x9C { return true }
        if byte >= 0xC0 {
            let scalar = String(decoding: bytes[offset..<min(bytes.count, offset + 4)], as: UTF8.self).unicodeScalars.first
            return scalar?.properties.isUppercase ?? false
        }
        return false
    }

    /// Whether the terminal at `terminal` is not a sentence end after all.
    private static func continuesAcross(_ text: CitationText, terminal: Int, next: Int) -> Bool {
        let bytes = text.bytes
        // A period right after a link ends the sentence the link closes.
        if terminal > 0, text.isLinked(terminal - 1) { return false }
        var wordStart = terminal
        while wordStart > 0, !Bytes.isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != UInt8(ascii: "("),
              bytes[wordStart - 1] != UInt8(ascii: "[") {
            wordStart -= 1
        }
        // `121Q. J. Econ.`: a volume glued to a journal's first abbreviation, another after it
        // (`3D. See` ends a sentence); the letters decide as a word alone would.
        var digits = wordStart
        while digits < terminal, Bytes.isDigit(bytes[digits]) { digits += 1 }
        if digits > wordStart, digits < terminal, bytes[terminal] == UInt8(ascii: "."), Bytes.isUpper(bytes[digits]),
           bytes[digits..<terminal].allSatisfy(Bytes.isLetter), isAbbreviationWord(bytes, from: next) {
            wordStart = digits
        }
        let word = bytes[wordStart..<terminal]
        // `(noting the deficit.”). On the barriers, ...`: a period right after a parenthetical
        // closes ends the sentence, whatever the parenthetical's own last word was.
        if bytes[terminal] == UInt8(ascii: "."), terminal > wordStart, bytes[terminal - 1] == UInt8(ascii: ")") || bytes[terminal - 1] == UInt8(ascii: "]") {
            return false
        }
        if bytes[terminal] != UInt8(ascii: "."), terminal + 1 < bytes.count, closingQuoteWidth(bytes, at: terminal + 1) == nil,
           text.baseLevel(of: terminal..<(terminal + 1)) > 0 {
            // `"Tickets for $4,000? How Pricing Works," USA Today`: a question inside a quoted
            // title that goes on ends no sentence.
            return true
        }
        if bytes[terminal] != UInt8(ascii: ".") {
            // `WHO CONTROLS THE INTERNET? ILLUSIONS OF ...`: a title in capitals goes on.
            return isCapitals(word, minimum: 2) && isCapitalsWord(bytes, from: next, minimum: 2)
        }
        // Initials, and the `v.` of a case name; but a capital after a lower-case word of the
        // author's, with a signal next, ends the sentence (`... begins with B. See Jane Roe, ...`),
        // as a name's initial follows its given name (`Jane B. Roe`).
        if word.count == 1, let only = word.first, Bytes.isLetter(only) {
            return !(Bytes.isUpper(only) && followsLowerCaseWord(bytes, wordStart) && SignalMatcher.match(in: text, at: next, end: bytes.count) != nil)
        }
        // `See supra Part III.C. Harbor Records, ...`: a part of the essay ends with its period.
        if isEssayPart(bytes, word: wordStart..<terminal) { return false }
        // A dotted abbreviation (`U.S.`, `H.W.`) goes on; a dotted number (`§ 6.03.`) ends a sentence.
        if word.contains(UInt8(ascii: ".")), !word.contains(UInt8(ascii: "/")), word.contains(where: Bytes.isLetter) { return true }
        if SentenceSplitter.isListedAbbreviation(word) { return true }
        // `Const. XII. § 2`: a constitution's article by its numeral alone.
        if ConstitutionNumeral.continuesName(bytes, word: word, next: next) { return true }
        if let first = word.first, Bytes.isUpper(first), let key = Bytes.packedLowercase(word),
           packedInstitutionWords.contains(key) || packedFrenchCourtWords.contains(key) {
            return true
        }
        // `See id. Ex. C`: an exhibit after *Id.* is its place.
        if word.elementsEqual("id".utf8) || word.elementsEqual("Id".utf8), opensExhibit(bytes, at: next) { return true }
        // A filing's title goes on (`Pl.'s Mot. Summ. J.`), unless a signal opens the next citation.
        if let first = word.first, Bytes.isUpper(first), let key = Bytes.packedLowercase(word), packedFilingWords.contains(key),
           SignalMatcher.match(in: text, at: next, end: bytes.count) == nil {
            return true
        }
        // A word of a congressional resolution's designation before `Res.`: `H. Con. Res. 4`.
        if word.count <= 4, let first = word.first, Bytes.isUpper(first), next + 4 <= bytes.count,
           bytes[next..<(next + 4)].elementsEqual("Res.".utf8) {
            return true
        }
        // A Polish law gazette's abbreviated name: `Dz. U. 2004, Nr. 222, poz. 2268` (`GazetteForm`).
        if word.elementsEqual("Dz".utf8) { return true }
        // Subsequent history under another name: `rev'd sub nom. Doe v. Roe, 565 U.S. 469`.
        if word.elementsEqual("nom".utf8), wordStart >= 4, bytes[(wordStart - 4)..<wordStart].elementsEqual("sub ".utf8) { return true }
        // An omnibus act's part before its letter or numeral: `div. J, tit. I` (`ActDivision`).
        if isActPart(word), isPartLetter(bytes, from: next) { return true }
        // A French ordinal (`1ère`, `2e`, `3ème`) names a chamber: `Cass. 1ère. Civ.`.
        if isFrenchOrdinal(word) { return true }
        // Hyphenated initials: `J-L. Bilon`, `P-Y. Gautier`.
        if word.count == 3, Bytes.isUpper(word[word.startIndex]), word[word.startIndex + 1] == UInt8(ascii: "-"),
           Bytes.isUpper(word[word.startIndex + 2]) {
            return true
        }
        // Two words of a reporter's, journal's or code's abbreviation (`Harv. J.L.`, `Ala. Code`).
        if isAbbreviationPair(bytes, word: wordStart...terminal, next: next) { return true }
        // A journal's first abbreviation after its volume (and issue), another after it: `41(2)
        // Ott. J. Int'l L.`, `12 Can. J. Coast. L.`, whatever the table of pairs knows.
        if let first = word.first, Bytes.isUpper(first), word.dropFirst().allSatisfy(Bytes.isLetter), followsVolume(bytes, wordStart),
           isAbbreviationWord(bytes, from: next) {
            return true
        }
        // Inside a journal or book name in capitals (`AM. J. INT'L L.`, `PROC. ASIL ANN. MEETING`),
        // a longer abbreviation too when the name runs on to its page or date (`INT’L J. CONTEMP.
        // HOSP. MGMT. 975`, `PSYCHOL. TODAY (Nov. 22, 2016)`).
        return isCapitals(word, minimum: 2) && isCapitalsWord(bytes, from: next, minimum: 1)
            && (word.count <= 5 || isInsideCapitalsName(bytes, wordStart: wordStart, next: next))
    }

    /// Whether `word` names a part of the essay after `Part` (`III.C`, `II.B.2`, `4.A`): a numeral,
    /// then capitals and digits joined by periods, which no abbreviation is.
    private static func isEssayPart(_ bytes: [UInt8], word: Range<Int>) -> Bool {
        // The gate: a numeral opening the word, a period inside it.
        guard word.count >= 3, let first = word.first, isRomanCapital(bytes[first]) || Bytes.isDigit(bytes[first]),
              bytes[word].contains(UInt8(ascii: ".")), word.lowerBound >= 6,
              bytes[word].allSatisfy({ Bytes.isUpper($0) || Bytes.isDigit($0) || $0 == UInt8(ascii: ".") }),
              bytes[word.lowerBound - 1] == UInt8(ascii: " ") else { return false }
        let before = bytes[(word.lowerBound - 6)..<(word.lowerBound - 1)]
        return before.elementsEqual("Parts".utf8) || before.dropFirst().elementsEqual("Part".utf8) || before.dropFirst().elementsEqual("part".utf8)
            || before.elementsEqual("parts".utf8)
    }

    private static func isRomanCapital(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "L")
    }

    /// Whether an exhibit's mark opens at `offset`: `Ex. `, `Exs. ` or `Exhibit`.
    private static func opensExhibit(_ bytes: [UInt8], at offset: Int) -> Bool {
        ["Ex. ", "Exs. ", "Exhibit"].contains { mark in
            offset + mark.utf8.count <= bytes.count && bytes[offset..<(offset + mark.utf8.count)].elementsEqual(mark.utf8)
        }
    }

    /// Whether the word before the one at `wordStart` is a volume: digits (`41`), perhaps with
    /// the issue in brackets (`41(2)`).
    private static func followsVolume(_ bytes: [UInt8], _ wordStart: Int) -> Bool {
        var end = wordStart
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end < wordStart, end > 0 else { return false }
        var start = end
        while start > 0, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        var digits = start
        while digits < end, Bytes.isDigit(bytes[digits]) { digits += 1 }
        guard digits > start else { return false }
        if digits == end { return true }
        return bytes[digits] == UInt8(ascii: "(") && bytes[end - 1] == UInt8(ascii: ")") && end - digits <= 10
    }

    /// Whether the word before the one at `wordStart` opens with a lower-case letter.
    private static func followsLowerCaseWord(_ bytes: [UInt8], _ wordStart: Int) -> Bool {
        var end = wordStart
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end < wordStart, end > 0 else { return false }
        var start = end
        while start > 0, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        return Bytes.isLower(bytes[start])
    }

    /// The most words of a name in capitals on either side of a period inside it.
    private static let capitalsNameWords = 4

    /// Whether the capitals word ending in a period before `next` lies inside a journal's or
    /// outlet's name: after a volume or a comma a few capitals words back, and before its page or
    /// a dated parenthesis a few capitals words on. A sentence in capitals (`THE ACT APPLIED. THE
    /// COURT HELD`) is neither so short nor so bounded.
    private static func isInsideCapitalsName(_ bytes: [UInt8], wordStart: Int, next: Int) -> Bool {
        // Back: capitals words to a volume (digits) or a comma.
        var cursor = wordStart
        var opened = false
        for _ in 0...capitalsNameWords {
            var end = cursor
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard end > 0, end < cursor else { break }
            if bytes[end - 1] == UInt8(ascii: ",") {
                opened = true
                break
            }
            var start = end
            while start > 0, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
            let word = bytes[start..<end]
            if word.allSatisfy(Bytes.isDigit) {
                opened = true
                break
            }
            guard isNameWordInCapitals(word) else { break }
            cursor = start
        }
        guard opened else { return false }
        // On: capitals words, then a page (a digit) or a parenthesis.
        var index = next
        for _ in 0...capitalsNameWords {
            guard index < bytes.count else { return false }
            if Bytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "(") { return true }
            var end = index
            while end < bytes.count, !Bytes.isSpace(bytes[end]) { end += 1 }
            guard isNameWordInCapitals(bytes[index..<end]) else { return false }
            index = end
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        }
        return false
    }

    /// A word of a name in capitals: capitals (`REV.`, `INT’L`) or `&`, with no comma.
    private static func isNameWordInCapitals(_ word: ArraySlice<UInt8>) -> Bool {
        (isCapitals(word, minimum: 1) || word.elementsEqual([UInt8(ascii: "&")])) && !word.contains(UInt8(ascii: ","))
    }

    /// Whether a capital, letters and a period (`J.`, `Rev.`) start at `offset` and end a word.
    private static func isAbbreviationWord(_ bytes: [UInt8], from offset: Int) -> Bool {
        guard offset < bytes.count, Bytes.isUpper(bytes[offset]) else { return false }
        var end = offset + 1
        while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
        return end < bytes.count && bytes[end] == UInt8(ascii: ".") && (end + 1 == bytes.count || bytes[end + 1] == UInt8(ascii: " "))
    }

    /// Whether `word` is the Bluebook's word for a part of an act: `div`, `tit`, `subtit`.
    private static func isActPart(_ word: ArraySlice<UInt8>) -> Bool {
        word.elementsEqual("div".utf8) || word.elementsEqual("tit".utf8) || word.elementsEqual("subtit".utf8)
    }

    /// Whether one to four capitals, a part's letter or Roman numeral, start at `offset` and end a word.
    private static func isPartLetter(_ bytes: [UInt8], from offset: Int) -> Bool {
        var end = offset
        while end < bytes.count, end - offset <= 4, Bytes.isUpper(bytes[end]) { end += 1 }
        return end > offset && end - offset <= 4 && (end == bytes.count || [UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: ";")].contains(bytes[end]))
    }

    /// Whether `word` is a number written as a French ordinal: digits, then `e`, `er`, `re`, `ère` or `ème`.
    private static func isFrenchOrdinal(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, Bytes.isDigit(first), word.count <= 6 else { return false }
        let suffix = Array(word.drop(while: Bytes.isDigit))
        return [Array("e".utf8), Array("er".utf8), Array("re".utf8), Array("ère".utf8), Array("ème".utf8)].contains(suffix)
    }

    /// Whether `word` (its period included) and the word at `next` are two words of an
    /// abbreviation in `LegalTables.pairs`.
    private static func isAbbreviationPair(_ bytes: [UInt8], word: ClosedRange<Int>, next: Int) -> Bool {
        guard word.count >= 2, Bytes.isLetter(bytes[word.lowerBound]) else { return false }
        var end = next
        while end < bytes.count, !Bytes.isSpace(bytes[end]) { end += 1 }
        while end > next, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[end - 1]) { end -= 1 }
        guard end > next else { return false }
        var key: [UInt8] = []
        LegalTable.fold(bytes[word], into: &key)
        var second: [UInt8] = []
        LegalTable.fold(bytes[next..<end], into: &second)
        key.append(contentsOf: second)
        return !LegalTables.pairs.lines(forKey: key).isEmpty
    }

    private static func isCapitals(_ word: ArraySlice<UInt8>, minimum: Int) -> Bool {
        var letters = 0
        for byte in word {
            if Bytes.isLower(byte) { return false }
            if Bytes.isUpper(byte) { letters += 1 }
        }
        return letters >= minimum
    }

    private static func isCapitalsWord(_ bytes: [UInt8], from offset: Int, minimum: Int) -> Bool {
        var end = offset
        while end < bytes.count, !Bytes.isSpace(bytes[end]) { end += 1 }
        return isCapitals(bytes[offset..<end], minimum: minimum)
    }
}

import LowLevel

/// A statute, code or regulation cited by section: `42 U.S.C. § 1983`, `Ala. Code § 92`,
/// `Mass. Gen. Laws ch. 1, § 2`, `Cal. Civ. Proc. Code § 425.16 (West 2018)`, `16 C.F.R. § 312.2`,
/// named or not (`Civil Rights Act of 1964, 42 U.S.C. § 2000e`).
///
/// The work is the code, with its title or chapter (`42 U.S.C.`, `Mass. Gen. Laws ch. 1`); the
/// section is the pinpoint, so `Id. § 1985` after `42 U.S.C. § 1983` is the same code. A code
/// legit's table does not know is read when it calls itself one (`Code`, `Stat.`, `Laws` ...) or
/// is an acronym (`BGB § 823`); any other name before a section is left to the short forms, so
/// `Blah § 2` names no work and an *Id.* after it stays unresolved.
enum StatuteForm: CitationForm {
    /// Words that make a name a code's, whatever the table says.
    private static let codeWords: [StaticString] = [
        "Code", "Code,", "Codes", "Stat.", "Stat", "Laws", "Law", "Act", "Acts", "Regs.", "Reg.", "Rules", "Rule", "R.", "Ann.",
        "Gesetzbuch", "Statutes", "Ordinance", "Regulations", "Comp.", "Rev.", "Gen.",
    ]
    /// The words between a code and its section that name a part of the code.
    /// A court's capital (`Okla. Stat., Tit. 82, §105.9`) is the same part, written `tit.` in the work.
    private static let partWords: [StaticString] = ["ch.", "c.", "chap.", "tit.", "Tit.", "TIT.", "pt.", "art."]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let section = sectionSign(text, citation) else {
            return codeTitle(text, citation) ?? acronymSection(text, citation) ?? AbbreviatedCode.sectionWithoutSign(text, citation)
                ?? CodeRule.read(text, citation)
        }
        let before = text.trimmingTrailing(citation.lowerBound..<section, [UInt8(ascii: ",")])
        // An act named with its public law (`Act of 1990, Pub. L. No. 101-576, § 2, 104 Stat. 2838`)
        // is the session law's: its section is a part of the act, not of a code.
        if SessionLawForm.publicLawNumber(text, before) != nil { return nil }
        // An act named by its date, with a session-law cite after its section (`Act of June 4, 1906,
        // § 3, 34 Stat. 208`), is the session law's too.
        if text.has("Act of ", at: before.lowerBound, end: before.upperBound),
           SessionLawForm.seriesCite(text, section..<citation.upperBound) != nil { return nil }
        var words = text.words(in: before)
        guard !words.isEmpty else { return nil }
        // `IDAHO CODE 1948 §`: the year of the code's edition, between its name and the section.
        var editionYear: Int?
        if words.count >= 2, let last = words.last, last.count == 4, let year = DateWords.year(in: text.bytes[last]),
           LawCode.ending(text, words.dropLast())?.isWhole == true {
            editionYear = year
            words.removeLast()
        }
        // `ch. 1,` or `tit. 12,` between the code and the section belongs to the work.
        var codeEnd = words.endIndex
        if codeEnd >= 2, partWords.contains(where: { text.equals(words[codeEnd - 2], $0) }),
           text.bytes[words[codeEnd - 1]].contains(where: Bytes.isDigit) {
            codeEnd -= 2
        }
        guard codeEnd > 0 else { return nil }
        var codeWords = words[..<codeEnd]
        codeWords[codeEnd - 1] = text.trimmingTrailing(codeWords[codeEnd - 1], [UInt8(ascii: ",")])
        var kind = Authority.Kind.statute
        var firstWord: Int
        var abbreviation: String?
        // A code the table knows only with its subject left out (`N.Y. ... Law`) may be a state's
        // code named in words (`N.Y. General Business Law`), which the subjects table abbreviates.
        if let code = LawCode.ending(text, codeWords), code.isWhole || StateCodeName.read(text, codeWords) == nil {
            firstWord = code.firstWord
            kind = code.authorityKind
            abbreviation = code.isWhole ? code.abbreviation : nil
            // `VT. STAT. §`: the state before a code the table knows without it stays the code's.
            if code.isWhole, let stated = StateCodePrefix.read(text, codeWords, codeWord: code.firstWord, code: code.abbreviation) {
                firstWord = stated.firstWord
                abbreviation = stated.code
                kind = .statute
            }
        } else if let spelled = StateCodeName.read(text, codeWords) {
            // `Connecticut General Statute`: the state's code named in words.
            firstWord = spelled.firstWord
            abbreviation = spelled.code
        } else if let named = selfNamedCode(text, codeWords), !isAuthorsTitle(text, citation.lowerBound..<words[named].lowerBound) {
            firstWord = named
        } else if let abbreviated = AbbreviatedCode.start(text, codeWords),
                  // `PRACTICE IN N.J. § 7:310`: a state's abbreviation alone names no code (a treatise's title ends so).
                  !(abbreviated == codeWords.endIndex - 1 && StateCodePrefix.state(text.string(codeWords[abbreviated])) != nil) {
            // `V.T.C.A., Bus. & C. § 8.204`: a code no table lists, known by its abbreviated name.
            firstWord = abbreviated
        } else {
            // Any other name before a section is a short form's (`Nimmer § 6.03`) or nothing.
            return nil
        }
        // `James J. White & Robert S. Summers, Uniform Commercial Code § 3-3`: people's names and a
        // comma before a code's name make it their treatise's title, which the book forms read.
        if isAuthorsTitle(text, citation.lowerBound..<section) { return nil }
        // A title number before the code: `42 U.S.C.`.
        var titleNumber: String?
        var start = words[firstWord].lowerBound
        if firstWord > 0 {
            // `(25 U.S.C. §§479a et seq.)`: the parenthesis is no part of the title's number.
            var title = words[firstWord - 1]
            if text.bytes[title.lowerBound] == UInt8(ascii: "("), title.count > 1 { title = title.lowerBound + 1..<title.upperBound }
            if text.bytes[title].allSatisfy(Bytes.isDigit) {
                firstWord -= 1
                titleNumber = text.string(title)
                start = title.lowerBound
            }
        }
        let name = CaseName.range(endingAt: start, from: citation.lowerBound, in: text)
        // The code as the Bluebook writes it, when the table knows it whole; its part as written.
        var code = text.string(start..<codeWords[codeEnd - 1].upperBound)
        if let abbreviation { code = [titleNumber, abbreviation].compactMap { $0 }.joined(separator: " ") }
        if codeEnd < words.endIndex {
            let part = text.string(words[codeEnd].lowerBound..<text.trimmingTrailing(words[words.endIndex - 1], [UInt8(ascii: ",")]).upperBound)
            code += " " + (part.hasPrefix("Tit. ") || part.hasPrefix("TIT. ") ? "tit." + part.dropFirst(4) : part)
        }
        // `7 U.S.C. §1932(g)(1), 7 U.S.C. §§1932(a)(2)(A), and 7 C.F.R. §4279.113`: the pinpoint
        // ends before the next code's title number (`NextCodeCite`); the sequence's other cites are read after it.
        var parsed: (pinpoint: Pinpoint, end: Int)? = PinpointParser.parse(text, at: section, end: citation.upperBound, allowRoman: false)
            .map { Self.listed(text, $0, end: citation.upperBound) }
        // `§§ 61.2(h); 61.4(b)(1)`, `§ 160.101-.104`, `§§ 160.101-103, 110-114`: what the pinpoint reader leaves.
        if let found = parsed, let longer = SectionListTail.read(text, found.pinpoint, end: found.end, limit: citation.upperBound) {
            parsed = longer
        }
        let listed = Self.sections(code: code, parsed?.pinpoint)
        var lawEnd = parsed?.end ?? section + 2
        // `Keating Act of 1916, ch. 432, § 1, 39 Stat. 675, 675`: the Statutes at Large cite after an
        // act's section is where the act is printed, with its page; no second work.
        if name != nil, let printed = SessionLawForm.seriesCite(text, lawEnd..<citation.upperBound), printed.kind == .statute,
           text.trimmed(lawEnd..<printed.start).count == 1, text.bytes[text.trimmed(lawEnd..<printed.start).lowerBound] == UInt8(ascii: ",") {
            lawEnd = printed.end
            let comma = text.skipSpaces(from: lawEnd, end: citation.upperBound)
            if comma < citation.upperBound, text.bytes[comma] == UInt8(ascii: ","),
               let page = PinpointParser.parse(text, at: text.skipSpaces(from: comma + 1, end: citation.upperBound), end: citation.upperBound, allowRoman: false),
               page.pinpoint.kind == .page || page.pinpoint.kind == .pages {
                lawEnd = page.end
            }
        }
        let tail = LawTail.read(text, after: lawEnd, end: citation.upperBound)
        var works: [ClauseReading.Sibling] = []
        for (title, pinpoint) in listed {
            var work = WorkDraft(kind: kind, title: title)
            work.container = abbreviation ?? code
            work.volume = titleNumber
            if let name, works.isEmpty { work.shortNames = [text.string(name)] }
            work.year = tail.year ?? editionYear
            works.append(ClauseReading.Sibling(work: ClauseReading.SharedWork(work), pinpoint: pinpoint))
        }
        guard let first = works.first else { return nil }
        var reading = ClauseReading(form: .full(first.work), pinpoint: first.pinpoint,
                                    citation: (name?.lowerBound ?? start)..<tail.end, trailing: tail.trailing)
        reading.siblings = Array(works.dropFirst())
        return reading
    }

    /// `parsed` with the section that closes its list or range: `§§ 8, 9 and 301(g)` (a last section
    /// after `and`, unless a code's title number starts there) and `§§ 29-2519 to 29-2546` (one
    /// range, as `§§ 342–343` is).
    static func listed(_ text: CitationText, _ parsed: (pinpoint: Pinpoint, end: Int), end: Int) -> (pinpoint: Pinpoint, end: Int) {
        guard parsed.pinpoint.kind == .section, parsed.pinpoint.text.hasPrefix("§§") else { return parsed }
        if let last = lastListedSection(text, after: parsed.end, end: end) {
            return (Pinpoint(kind: .section, text: parsed.pinpoint.text + ", " + text.string(last.start..<last.end)), last.end)
        }
        var start = end
        if text.has(" to ", at: parsed.end, end: end) { start = parsed.end + 4 }
        if text.has(" through ", at: parsed.end, end: end) { start = parsed.end + 9 }
        guard start < end, Bytes.isDigit(text.bytes[start]), let last = PinpointParser.bareSection(text, at: start, end: end) else { return parsed }
        return (Pinpoint(kind: .section, text: parsed.pinpoint.text + text.string(parsed.end..<last.end)), last.end)
    }

    /// The section after ` and ` or `, and ` that closes a list of sections (`§§ 8, 9 and 301(g)`), or
    /// nil when none does or a code's cite starts there (`§§ 8, 9 and 22 U.S.C. § 3104`).
    private static func lastListedSection(_ text: CitationText, after offset: Int, end: Int) -> (start: Int, end: Int)? {
        var index = offset
        if text.has(",", at: index, end: end) { index += 1 }
        guard text.has(" and ", at: index, end: end) else { return nil }
        let start = index + 5
        guard start < end, Bytes.isDigit(text.bytes[start]), let section = PinpointParser.bareSection(text, at: start, end: end) else { return nil }
        let after = text.words(in: section.end..<min(end, section.end + 48), limit: 6)
        if let code = LawCode.opening(text, after[...]), code.kind == "statute" || code.kind == "regulation" { return nil }
        return (start, section.end)
    }

    /// The sections a pinpoint names, each a work with its pinpoint: one for `§ 102(a)` or a
    /// range (`§§ 1831–1839`), one a section or range for a list (`§§ 348, 379e`,
    /// `§§ 342–343, 351–352`, `§§ 343(s), 355h`), as the Bluebook cites several sections at once.
    static func sections(code: String, _ pinpoint: Pinpoint?) -> [(title: String, pinpoint: Pinpoint?)] {
        guard let pinpoint, pinpoint.kind == .section, pinpoint.text.hasPrefix("§§") else { return [section(code: code, pinpoint)] }
        let written = pinpoint.text.dropFirst(2).drop { $0 == " " }
        // Items part at `, ` before a number; `, (b)(2)` is a subdivision of the item before.
        var items: [Substring] = []
        var itemStart = written.startIndex
        var searchFrom = written.startIndex
        while let comma = written[searchFrom...].range(of: ", ") {
            if written[comma.upperBound...].first?.isNumber == true {
                items.append(written[itemStart..<comma.lowerBound])
                itemStart = comma.upperBound
            }
            searchFrom = comma.upperBound
        }
        guard !items.isEmpty else { return [section(code: code, pinpoint)] }
        items.append(written[itemStart...])
        return items.map { item in
            // A range of sections (`342–343`) is one work; a hyphen may be inside a section (`2000e-2`).
            if item.contains("–") || item.contains("—"), !item.contains("(") { return ("\(code) §§ \(item)", nil) }
            return section(code: code, Pinpoint(kind: .section, text: "§ \(item)"))
        }
    }

    /// A code section as a work and its pinpoint: `17 U.S.C. § 102` and `(a)` from `§ 102(a)`;
    /// several sections (`§§ 1831–1839`) are one work with no pinpoint.
    static func section(code: String, _ pinpoint: Pinpoint?) -> (title: String, pinpoint: Pinpoint?) {
        guard let pinpoint, pinpoint.kind == .section else { return (code, pinpoint) }
        var written = Substring(pinpoint.text)
        var marks = ""
        while let first = written.first, first == "§" || first == " " {
            if first == "§" { marks.append("§") }
            written = written.dropFirst()
        }
        // The section is what comes before its subdivisions; after `§§`, a comma or dash and a
        // number start another section (`§§ 1831–1839`, `§§ 106, 107`), but a subdivision
        // (`§§ 440.210(a)(2)(i)–(ii)`, `§§ 1396o(a)(2)(B), (b)(2)(B)`) belongs to the one.
        let baseEnd = written.firstIndex { $0 == "(" || $0 == "," || $0 == " " || (marks.count > 1 && ($0 == "–" || $0 == "—")) }
            ?? written.endIndex
        var base = written[..<baseEnd]
        let rest = written[baseEnd...].drop { $0 == "," || $0 == " " || $0 == "–" || $0 == "—" }
        var isSeveral = marks.count > 1 && (rest.first?.isNumber == true || rest.hasPrefix("to ") || rest.hasPrefix("through "))
        if marks.count > 1, !isSeveral, let hyphen = base.firstIndex(of: "-"), base[base.index(after: hyphen)...].allSatisfy(\.isNumber),
           base[..<hyphen].allSatisfy({ $0.isNumber || $0 == "." }) {
            isSeveral = true
        }
        if isSeveral { return ("\(code) \(marks) \(written)", nil) }
        base = base.drop { $0 == " " }
        if base.last == ".", base.count > 1 { base = base.dropLast() }
        let subdivision = SectionListTail.firstGroup(written[baseEnd...].drop { $0 == " " })
        return ("\(code) § \(base)", subdivision.isEmpty ? nil : Pinpoint(kind: .section, text: String(subdivision)))
    }

    /// A code cited whole, with no section: `17 U.S. Code` (written `17 U.S.C.`), `15 U.S. Code
    /// Chapter 22`, in a citation or in the author's words about it.
    /// The folded opening (`LegalTable.foldedOpening`) of the first word from `offset`, its
    /// trailing commas left off, as `LawCode.opening` folds it; nil when it has none.
    private static func firstWordOpening(_ text: CitationText, from offset: Int, end: Int) -> Int? {
        guard let word = text.firstWord(in: offset..<end) else { return nil }
        return LegalTable.foldedOpening(text.bytes[text.trimmingTrailing(word, [UInt8(ascii: ",")])])
    }

    private static func codeTitle(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        // Only the citation's own words: a code a parenthetical names (`(codified in scattered
        // sections of 40 U.S.C.)`) is not the work the citation cites.
        let base = text.baseLevel(of: citation)
        for start in text.volumeStarts where start >= citation.lowerBound {
            guard start < citation.upperBound else { break }
            guard text.isAtLevel(start, base: base) else { continue }
            var volumeEnd = start
            while Bytes.isDigit(text.bytes[volumeEnd]) { volumeEnd += 1 }
            let reach = min(citation.upperBound, volumeEnd + 64)
            // A first word whose first two letters open no code's key names none (`35 Yale L.J.`):
            // no list of words is made for it.
            if let opening = firstWordOpening(text, from: volumeEnd, end: reach), !LegalTables.laws.hasKey(opening: opening) { continue }
            // Only the words a code's name may take are looked at.
            let after = text.words(in: volumeEnd..<reach, limit: 6)
            guard let code = LawCode.opening(text, after[...]), code.kind == "statute" || code.kind == "regulation",
                  !continuesName(text, after: code.end, end: citation.upperBound) else { continue }
            var end = code.end
            let title = "\(text.string(start..<volumeEnd)) \(code.abbreviation)"
            // A section written with no `§` (`44 U.S.C.A. 3541(1)`, `5 U.S.C. 552a(b)`): that
            // section of the code, as with one (`U.S.C.A.` and `U.S.C.S.` are editions of `U.S.C.`).
            let sectionStart = text.skipSpaces(from: end, end: citation.upperBound)
            if sectionStart > end, sectionStart < citation.upperBound, Bytes.isDigit(text.bytes[sectionStart]),
               let bare = PinpointParser.bareSection(text, at: sectionStart, end: citation.upperBound) {
                let (sectionTitle, pinpoint) = section(code: title, bare.pinpoint)
                var work = WorkDraft(kind: code.kind == "regulation" ? .regulation : .statute, title: sectionTitle)
                work.container = code.abbreviation
                work.volume = text.string(start..<volumeEnd)
                let tail = LawTail.read(text, after: bare.end, end: citation.upperBound)
                work.year = tail.year
                return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<tail.end,
                                     trailing: tail.trailing)
            }
            // A chapter, part or title of it: `Chapter 22`, `ch. 5`, `pt. 50`, `Subchapter B`; a list of
            // them cites each (`Chapters 21, 22, 29`).
            let kind: Authority.Kind = code.kind == "regulation" ? .regulation : .statute
            let parts = self.parts(text, from: text.skipSpaces(from: end, end: citation.upperBound), end: citation.upperBound)
            if let last = parts.last { end = last.end }
            // `pt. 160, App. D., Subpt. F`: the appendix is a work of its own, the subpart its pinpoint.
            let appendix = parts.count == 1 ? CodeAppendix.read(text, after: end, end: citation.upperBound) : nil
            if let appendix { end = appendix.end }
            let tail = LawTail.read(text, after: end, end: citation.upperBound)
            let named = parts.map { title + " " + $0.name + (appendix?.appendix.map { ", " + $0 } ?? "") }
            let works = (parts.isEmpty ? [title] : named).map { name in
                var work = WorkDraft(kind: kind, title: name)
                work.container = code.abbreviation
                work.volume = text.string(start..<volumeEnd)
                work.year = tail.year
                return work
            }
            guard let work = works.first else { return nil }
            var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: appendix?.pinpoint, citation: start..<tail.end,
                                        trailing: tail.trailing)
            reading.siblings = works.dropFirst().map { ClauseReading.Sibling(work: ClauseReading.SharedWork($0), pinpoint: nil) }
            return reading
        }
        return nil
    }

    /// The words that name a part of a code cited whole, each with the singular its work takes.
    private static let partNames: [(written: StaticString, name: String)] = [
        ("Chapters ", "Chapter"), ("Chapter ", "Chapter"), ("Chap. ", "Chap."), ("chs. ", "ch."), ("ch. ", "ch."),
        ("Subchapters ", "Subchapter"), ("Subchapter ", "Subchapter"), ("subch. ", "subch."), ("Parts ", "Part"), ("Part ", "Part"),
        ("pts. ", "pt."), ("pt. ", "pt."), ("Subparts ", "Subpart"), ("Subpart ", "Subpart"), ("subpt. ", "subpt."),
        ("Titles ", "Title"), ("Title ", "Title"), ("tit. ", "tit."),
    ]

    /// The parts of a code named at `offset` (`Chapter 22`; `Chapters 21, 22, 29` and `Parts 1
    /// and 2`, each; `Subchapter B`), each with where it ends; empty when none is.
    private static func parts(_ text: CitationText, from offset: Int, end: Int) -> [(name: String, end: Int)] {
        // The cheap gate: a part's word opens with `C`, `c`, `P`, `p`, `S`, `s`, `T` or `t`.
        guard offset < end, [UInt8(ascii: "C"), UInt8(ascii: "c"), UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "S"), UInt8(ascii: "s"),
                             UInt8(ascii: "T"), UInt8(ascii: "t")].contains(text.bytes[offset]) else { return [] }
        guard let part = partNames.first(where: { text.has($0.written, at: offset, end: end) }) else { return [] }
        var found: [(name: String, end: Int)] = []
        var index = offset + part.written.utf8CodeUnitCount
        while true {
            // A number (`22`, `27.4`), or one capital or a Roman numeral for a subchapter (`B`, `IV`).
            var numberEnd = index
            while numberEnd < end, Bytes.isDigit(text.bytes[numberEnd])
                || text.bytes[numberEnd] == UInt8(ascii: ".") && numberEnd + 1 < end && Bytes.isDigit(text.bytes[numberEnd + 1]) && numberEnd > index {
                numberEnd += 1
            }
            if numberEnd == index {
                while numberEnd < end, Bytes.isUpper(text.bytes[numberEnd]), numberEnd - index < 4 { numberEnd += 1 }
            }
            guard numberEnd > index, text.isWordEnd(numberEnd, end: end) else { break }
            found.append((part.name + " " + text.string(index..<numberEnd), numberEnd))
            // `, 22`, ` and 29`, `, and 29`: the next of a list.
            var next = numberEnd
            if text.has(",", at: next, end: end) { next += 1 }
            next = text.skipSpaces(from: next, end: end)
            if text.has("and ", at: next, end: end) { next = text.skipSpaces(from: next + 4, end: end) }
            guard next > numberEnd, next < end, Bytes.isDigit(text.bytes[next]) || Bytes.isUpper(text.bytes[index]) && Bytes.isUpper(text.bytes[next])
            else { break }
            index = next
        }
        return found
    }

    /// A section of a code known by an acronym, cited with no `§`: `FAR 36.602-1(a)`, `FAR Part 15`.
    /// The section must hold a period (`36.6`) or follow `Part`, which no count of things does.
    private static func acronymSection(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let bytes = text.bytes
        // `Federal Acquisition Regulation (FAR) Subpart 27.4`: the name spelled out, its acronym after it.
        let spelled = spelledOutAcronym(text, citation)
        let acronymStart = spelled ?? citation.lowerBound
        var index = acronymStart
        while index < citation.upperBound, Bytes.isUpper(bytes[index]) { index += 1 }
        let letters = index - acronymStart
        let gap = spelled == nil ? 1 : 2
        guard (2...6).contains(letters), index + gap < citation.upperBound, bytes[index + gap - 1] == UInt8(ascii: " "),
              spelled == nil || bytes[index] == UInt8(ascii: ")") else { return nil }
        var numberStart = index + gap
        var isPart = false
        for word in ["Part ", "Subpart ", "pt. "] as [StaticString] where text.has(word, at: numberStart, end: citation.upperBound) {
            numberStart += word.utf8CodeUnitCount
            isPart = true
            break
        }
        // The section: digits, joined by periods and hyphens (`36.602-1`), then its subdivisions.
        var numberEnd = numberStart
        while numberEnd < citation.upperBound {
            let byte = bytes[numberEnd]
            if Bytes.isDigit(byte) {
                numberEnd += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"), numberEnd + 1 < citation.upperBound, Bytes.isDigit(bytes[numberEnd + 1]) {
                numberEnd += 1
            } else if text.has("–", at: numberEnd, end: citation.upperBound), numberEnd + 3 < citation.upperBound,
                      Bytes.isDigit(bytes[numberEnd + 3]) {
                // An en dash joins a section's parts as a hyphen does: `FAR 36.602–1`.
                numberEnd += 3
            } else {
                break
            }
        }
        guard numberEnd > numberStart, isPart || bytes[numberStart..<numberEnd].contains(UInt8(ascii: ".")),
              numberEnd == citation.upperBound || !Bytes.isLetter(bytes[numberEnd]) else { return nil }
        var groupsEnd = numberEnd
        while groupsEnd < citation.upperBound, bytes[groupsEnd] == UInt8(ascii: "(") {
            var close = groupsEnd + 1
            while close < citation.upperBound, close - groupsEnd <= 8, Bytes.isLetter(bytes[close]) || Bytes.isDigit(bytes[close]) { close += 1 }
            guard close < citation.upperBound, close > groupsEnd + 1, bytes[close] == UInt8(ascii: ")") else { break }
            groupsEnd = close + 1
        }
        let acronym = text.string(acronymStart..<index)
        let title = acronym + " " + text.string(index + gap..<numberEnd).replacingOccurrences(of: "–", with: "-")
        var work = WorkDraft(kind: acronym.hasSuffix("R") ? .regulation : .statute, title: title)
        work.container = acronym
        let pinpoint = groupsEnd > numberEnd ? Pinpoint(kind: .section, text: text.string(numberEnd..<groupsEnd)) : nil
        let tail = LawTail.read(text, after: groupsEnd, end: citation.upperBound)
        work.year = tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }

    /// Where the acronym starts in `Federal Acquisition Regulation (FAR) ...`: a parenthesis of two
    /// to six capitals after capitalised words whose initials they are (`of`, `and`, `the` left
    /// out); nil for anything else.
    private static func spelledOutAcronym(_ text: CitationText, _ citation: Range<Int>) -> Int? {
        // The cheap gate: a capital, then a parenthesis within the first 80 bytes.
        guard let first = citation.first, Bytes.isUpper(text.bytes[first]) else { return nil }
        let open = text.firstOffset(of: UInt8(ascii: "("), from: first, end: min(citation.upperBound, first + 80))
        guard open < min(citation.upperBound, first + 80), open > first else { return nil }
        var close = open + 1
        while close < citation.upperBound, Bytes.isUpper(text.bytes[close]) { close += 1 }
        guard (2...6).contains(close - open - 1), close < citation.upperBound, text.bytes[close] == UInt8(ascii: ")") else { return nil }
        var initials: [UInt8] = []
        for word in text.words(in: first..<open) {
            let lead = text.bytes[word.lowerBound]
            if Bytes.isUpper(lead) {
                initials.append(lead)
            } else if !(text.equals(word, "of") || text.equals(word, "and") || text.equals(word, "the") || text.equals(word, "for")) {
                return nil
            }
        }
        return initials.elementsEqual(text.bytes[open + 1..<close]) ? open + 1 : nil
    }

    /// Whether a capitalised word follows `offset`: the code's words were the start of a longer
    /// name (`67 N. Y. U. L. Rev.` is no code `N.Y.`).
    private static func continuesName(_ text: CitationText, after offset: Int, end: Int) -> Bool {
        guard offset < end, Bytes.isSpace(text.bytes[offset]) else { return false }
        let next = text.skipSpaces(from: offset, end: end)
        guard next < end, Bytes.isUpper(text.bytes[next]) else { return false }
        return !(text.has("Chapter", at: next, end: end) || text.has("Part", at: next, end: end) || text.has("Title", at: next, end: end)
            || text.has("Subchapter", at: next, end: end) || text.has("Subpart", at: next, end: end))
    }

    /// The first `§` of `range` outside brackets and quotations.
    static func sectionSign(_ text: CitationText, _ range: Range<Int>) -> Int? {
        let base = text.baseLevel(of: range)
        var offset = text.firstOffset(of: 0xA7, from: range.lowerBound + 1, end: range.upperBound)
        while offset < range.upperBound {
            if text.bytes[offset - 1] == 0xC2, text.isTopLevel(offset - 1, base: base) { return offset - 1 }
            offset = text.firstOffset(of: 0xA7, from: offset + 1, end: range.upperBound)
        }
        return nil
    }

    /// Where a code the table does not know starts, when its words say it is one: the run of
    /// capitalised words ending in the section's code that holds a code word or is an acronym.
    /// Whether the words before a name that calls itself a code open with a person's name and a
    /// comma and go on with more words (`J. Roe, Commentaries on the Law of Wills § 12, p. 40`):
    /// a treatise's author and the start of its title, whose section is the book's.
    private static func isAuthorsTitle(_ text: CitationText, _ written: Range<Int>) -> Bool {
        // A treatise's volume before its authors (`6 Wayne R. LaFave, Search & Seizure`) is no name's.
        var lead = written
        var digits = lead.lowerBound
        while digits < lead.upperBound, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
        if digits > lead.lowerBound, digits - lead.lowerBound <= 3, digits < lead.upperBound, text.bytes[digits] == UInt8(ascii: " ") {
            lead = digits + 1..<lead.upperBound
        }
        // The gate: the lead opens with a capital and holds a comma.
        guard lead.count >= 6, Bytes.isUpper(text.bytes[lead.lowerBound]),
              let comma = text.topLevelOffsets(of: UInt8(ascii: ","), in: lead).first(where: { _ in true }) else { return false }
        let author = text.words(in: lead.lowerBound..<comma)
        guard (2...8).contains(author.count), !text.trimmed((comma + 1)..<lead.upperBound).isEmpty else { return false }
        // A person's initial opens the names or stands among them (`J. Roe`, `James J. White &
        // Robert S. Summers`): a code's or state's name has no one-letter word.
        let initialled = author.contains { word in
            word.count == 2 && Bytes.isUpper(text.bytes[word.lowerBound]) && text.bytes[word.lowerBound + 1] == UInt8(ascii: ".")
        }
        return initialled && author.allSatisfy { word in
            Bytes.isUpper(text.bytes[word.lowerBound]) || text.equals(word, "&") || text.equals(word, "and")
        }
    }

    private static func selfNamedCode(_ text: CitationText, _ words: ArraySlice<Range<Int>>) -> Int? {
        var first = words.endIndex
        while first > words.startIndex, words.endIndex - first < 8 {
            let word = words[first - 1]
            let lead = text.bytes[word.lowerBound]
            guard Bytes.isUpper(lead) || Bytes.isDigit(lead) || text.equals(word, "&") || text.equals(word, "and")
                || text.equals(word, "of") else { break }
            first -= 1
        }
        // The name starts at a capital: `Acts and Resolves R. I. 1861`.
        while first < words.endIndex, !Bytes.isUpper(text.bytes[words[first].lowerBound]) { first += 1 }
        guard first < words.endIndex else { return nil }
        let run = words[first...]
        if run.contains(where: { word in codeWords.contains { text.equals(word, $0) } }) { return first }
        // An acronym of capitals: `BGB`, `UCC`, `ZPO`.
        if run.count == 1, let only = run.first, only.count >= 2, text.bytes[only].allSatisfy({ Bytes.isUpper($0) || $0 == UInt8(ascii: ".") }) {
            return first
        }
        return nil
    }
}

/// What follows a statute's section or a session law's page: the year in a parenthetical
/// (`(2018)`, `(West 2018)`, `(Supp. V 2017)`), further parentheticals, where the law is codified
/// (`CodifiedAt`), and the author's words.
struct LawTail {
    var year: Int?
    var end: Int
    var trailing: Range<Int>?

    static func read(_ text: CitationText, after offset: Int, end: Int) -> LawTail {
        var tail = LawTail(end: offset)
        var index = offset
        while true {
            let open = text.skipSpaces(from: index, end: end)
            guard open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end) else { break }
            if tail.year == nil { tail.year = lastYear(text, open + 1..<close - 1) }
            index = close
            tail.end = close
        }
        // `, reenacted at 5 U.S.C. §13101 et seq.`: where the law is codified is the law itself.
        if let codified = CodifiedAt.end(text, after: tail.end, end: end) { tail.end = codified }
        var rest = text.trimmed(tail.end..<end)
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        tail.trailing = rest.isEmpty ? nil : rest
        return tail
    }

    /// The last four-digit year in `range`: `West 2018` gives 2018.
    static func lastYear(_ text: CitationText, _ range: Range<Int>) -> Int? {
        var found: Int?
        for word in text.words(in: range) {
            let digits = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ")")])
            if digits.count == 4, let year = DateWords.year(in: text.bytes[digits]) { found = year }
        }
        return found
    }
}

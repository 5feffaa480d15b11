import LowLevel

/// The heads a court prints on each page of an opinion, which a conversion leaves wherever the page
/// breaks, in the body or inside a note: furniture, however often the opinion prints them.
extension LineRules {
    /// A court's page head, furniture wherever it stands: one citing the volume the opinion is in
    /// (`Cite as: 597 U. S. ____ (2022)`, with or without the page number), or a case's running head,
    /// the parties in capitals round `v.` with the page number at one end (`2 DOBBS v. JACKSON
    /// WOMEN’S HEALTH ORGANIZATION`, `UNITED STATES v. JONES 1187`), or a reporter's term head
    /// (`116 OCTOBER TERM, 1972`).
    static func isCourtHead(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = headText(bytes)
        // Heads are short, and open with `Cite`, a digit, a capital or `(`: a sentence's line is passed by.
        guard text.count >= 8, text.count <= 160, let first = text.first else { return false }
        if first == UInt8(ascii: "(") { return isSlipHead(text) }
        guard Bytes.isUpper(first) || Bytes.isDigit(first) else { return false }
        if Bytes.isDigit(first), isSlipHead(text) { return true }
        if first == UInt8(ascii: "C"), startsFolded(text, "cite as:") { return isCiteAs(text) }
        if text.last == UInt8(ascii: "]"), isJudgmentFooter(text) { return true }
        // A term's or court's name alone (`OCTOBER TERM, 2012`, `SUPREME COURT OF THE UNITED STATES`),
        // in capitals: a line whose second letter is lower case is passed by.
        if Bytes.isUpper(text[text.startIndex + 1]), isTermHead(text) || isCourtName(text) { return true }
        guard let name = pageNumberAtAnEnd(text) else { return false }
        return isCaseName(name) || isTermHead(name)
    }

    /// A court's name in capitals, as an opinion's first page prints it over the case:
    /// `SUPREME COURT OF THE UNITED STATES`, `IN THE SUPREME COURT OF OHIO`, `UNITED STATES COURT
    /// OF APPEALS FOR THE NINTH CIRCUIT`.
    static func isCourtName(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 16, text.count <= 80, text.first == UInt8(ascii: "S") || text.first == UInt8(ascii: "I") || text.first == UInt8(ascii: "U"),
              !text.contains(where: Bytes.isLower) else { return false }
        var name = text
        if name.starts(with: "IN THE ".utf8) { name = name.dropFirst(7) }
        return name.starts(with: "SUPREME COURT OF ".utf8) || name.starts(with: "UNITED STATES COURT OF APPEALS".utf8)
            || name.starts(with: "UNITED STATES DISTRICT COURT".utf8)
    }

    /// A slip opinion's head naming the opinion a page belongs to: `Opinion of the Court`, `Opinion
    /// of ALITO, J.`, `THOMAS, J., concurring`, `BREYER, SOTOMAYOR, and KAGAN, JJ., dissenting`,
    /// `Per Curiam`, `Statement of ROBERTS, C. J.`, `Syllabus`, with or without a page number. Such
    /// words may head an essay's part too, so the scan takes one as furniture only beside other
    /// furniture (`EssayBuilder.isOpinionHeadAtAPageBreak`).
    static func isOpinionHead(_ bytes: ArraySlice<UInt8>) -> Bool {
        var text = headText(bytes)
        guard text.count >= 8, text.count <= 120, let first = text.first, Bytes.isUpper(first) || Bytes.isDigit(first) else { return false }
        if let last = text.last, Bytes.isDigit(last) || Bytes.isDigit(first), let rest = pageNumberAtAnEnd(text) { text = rest }
        guard let lead = text.first, let last = text.last else { return false }
        switch lead {
        case UInt8(ascii: "O"):
            if text.count == 20, startsFolded(text, "opinion of the court") { return true }
            // `Opinion of ALITO, J.`: a justice's opinion, named by the justice.
            if startsFolded(text, "opinion of ") { return endsWithJustice(text) }
        case UInt8(ascii: "P"):
            if text.count == 10, startsFolded(text, "per curiam") { return true }
        case UInt8(ascii: "S"):
            if text.count == 8, startsFolded(text, "syllabus") { return true }
            if startsFolded(text, "statement of ") { return endsWithJustice(text) }
        default:
            break
        }
        // `THOMAS, J., concurring`, `KAGAN, JJ., dissenting`, `ALITO, J., concurring in
        // judgment`: capitals, then the justice's title, then the opinion's kind, which ends in a
        // lower-case word (a note's or a sentence's line ends with its stop: passed by here).
        guard Bytes.isLower(last) else { return false }
        // The title `J., ` found in one pass, then the kind right after it.
        var index = text.startIndex + 1
        while index + 3 < text.endIndex,
              !(text[index] == UInt8(ascii: "J") && text[index + 1] == UInt8(ascii: ".") && text[index + 2] == UInt8(ascii: ",")
                  && text[index + 3] == 0x20) {
            index += 1
        }
        guard index + 3 < text.endIndex, startsFolded(text[(index + 4)...], "concurring") || startsFolded(text[(index + 4)...], "dissenting")
        else { return false }
        let names = text[text.startIndex..<(index + 3)]
        guard names.count >= 4, endsWithJustice(names.dropLast()) else { return false }
        // Names in capitals, joined by `and`.
        return names.allSatisfy { !Bytes.isLower($0) || $0 == UInt8(ascii: "a") || $0 == UInt8(ascii: "n") || $0 == UInt8(ascii: "d") }
    }

    /// A docket number alone: `No. 11–889.`, `Nos. 19–1392, 20–1`.
    static func isDocketLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 40 else { return false }
        return (text.starts(with: "No. ".utf8) || text.starts(with: "Nos. ".utf8)) && text.contains(where: Bytes.isDigit)
    }

    /// A case's name in capitals round `v.` with no page number (`TARRANT REGIONAL WATER DIST. v.
    /// HERRMANN`), as a slip opinion prints it over `Opinion of the Court` with the page number on a
    /// line of its own. A capitals heading may read so too, so the scan takes it only beside other
    /// furniture, as `isOpinionHead`.
    static func isCaseNameHead(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = headText(bytes)
        guard text.count >= 8, text.count <= 120, let first = text.first, Bytes.isUpper(first) else { return false }
        return isCaseName(text)
    }

    /// A line without heading marks, emphasis at its ends and spaces.
    static func headText(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var text = trim(bytes)
        while let first = text.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") || first == 0x20 {
            text = text.dropFirst()
        }
        while let last = text.last, last == UInt8(ascii: "*") || last == UInt8(ascii: "_") || last == 0x20 { text = text.dropLast() }
        return text
    }

    /// `Cite as: VOLUME REPORTER PAGE (… YEAR)`, the page number of the slip opinion at an end or none.
    private static func isCiteAs(_ text: ArraySlice<UInt8>) -> Bool {
        var cite = trim(text.dropFirst(8))
        // The page number after the cite (the volume before it is no page number).
        let pageDigits = cite.reversed().prefix(while: Bytes.isDigit).count
        if (1...4).contains(pageDigits), pageDigits < cite.count, cite[cite.endIndex - pageDigits - 1] == 0x20 { cite = trim(cite.dropLast(pageDigits)) }
        guard cite.count >= 8, cite.count <= 80, cite.last == UInt8(ascii: ")"), let first = cite.first, Bytes.isDigit(first) else { return false }
        let year = cite.dropLast().suffix(4)
        return year.count == 4 && year.allSatisfy(Bytes.isDigit) && cite.contains(UInt8(ascii: "("))
    }

    /// The parties of a case in capitals round `v.` (emphasis and any case beyond ASCII aside):
    /// `DOBBS v. JACKSON WOMEN’S HEALTH ORGANIZATION`, `UNITED STATES v. JONES`.
    static func isCaseName(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 8, let versus = firstRange(of: " v. ", in: text) ?? firstRange(of: " _v._ ", in: text) ?? firstRange(of: " *v.* ", in: text)
        else { return false }
        var capitals = 0
        for index in text.indices where !versus.contains(index) {
            let byte = text[index]
            if Bytes.isLower(byte) { return false }
            if Bytes.isUpper(byte) { capitals += 1 }
        }
        return capitals >= 4 && versus.lowerBound > text.startIndex + 1 && versus.upperBound < text.endIndex - 1
    }

    /// A reporter's head naming the Court's term: `OCTOBER TERM, 1972`.
    private static func isTermHead(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 11, text.count <= 24, let term = firstRange(of: " TERM, ", in: text) else { return false }
        let year = text[term.upperBound...]
        return year.count == 4 && year.allSatisfy(Bytes.isDigit) && text[text.startIndex..<term.lowerBound].allSatisfy(Bytes.isUpper)
    }

    /// A slip opinion's first head, `(Slip Opinion)`, alone or with the term and the page number on
    /// its line as markitdown and pdfplumber join the page's top (`(Slip Opinion) OCTOBER TERM, 2019
    /// 1`, `1 (Slip Opinion) OCTOBER TERM, 2024`).
    static func isSlipHead(_ text: ArraySlice<UInt8>) -> Bool {
        var rest = text
        let page = rest.prefix(while: Bytes.isDigit)
        if !page.isEmpty {
            guard page.count <= 4 else { return false }
            rest = trim(rest.dropFirst(page.count))
        }
        guard rest.first == UInt8(ascii: "("), rest.starts(with: "(Slip Opinion)".utf8) else { return false }
        rest = trim(rest.dropFirst(14))
        if rest.isEmpty || isTermHead(rest) { return true }
        return page.isEmpty && pageNumberAtAnEnd(rest).map(isTermHead) == true
    }

    /// Whether a line ends with a justice's title: `J.`, `JJ.`, `C. J.`.
    private static func endsWithJustice(_ text: ArraySlice<UInt8>) -> Bool {
        let end = trim(text)
        guard end.count >= 4, end.suffix(2).elementsEqual("J.".utf8) else { return false }
        let before = end[end.endIndex - 3]
        return before == 0x20 || before == UInt8(ascii: "J")
    }
}

extension EssayBuilder {
    /// Where a court's opinion prints a head at a page's top that differs from the last one read
    /// (`Syllabus`, then `Opinion of the Court`, then `THOMAS, J., dissenting`) and the text before
    /// it ends a sentence, a new opinion starts there: a section titled by the head. The same head
    /// page after page is furniture, and so is a first head that a sentence runs across.
    mutating func openOpinion(at line: Range<Int>) {
        // Heads open with a capital, perhaps after heading marks or emphasis; most lines stop here.
        guard line.count >= 8, line.count <= 160 else { return }
        let lead = file.bytes[line.lowerBound]
        guard Bytes.isUpper(lead) || lead == UInt8(ascii: "#") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_"),
              LineRules.isOpinionHead(file.bytes[line]) else { return }
        let text = LineRules.headText(file.bytes[line])
        // A head with its page number (`2 Opinion of the Court`) names the opinion the same.
        let head = LineRules.pageNumberAtAnEnd(text).map(LineRules.trim) ?? text
        let folded = head.map(Bytes.lowercased)
        guard folded != opinionHead else { return }
        opinionHead = folded
        if let section = sections.indices.last, let lastLine = sections[section].blocks.last?.pieces.last, !endsSentence(lastLine) { return }
        startSection(LineRules.Heading(number: nil, titleRange: head.startIndex..<head.endIndex, hashes: 0), line: line)
    }
}

extension EssayBuilder {
    /// Takes a slip opinion's case name as the title of a file that prints none (`# Title`,
    /// front matter, a plain first page's title): the first unit after the court's name
    /// (`SUPREME COURT OF THE UNITED STATES`, furniture) that is not its docket (`No. 19–1392`,
    /// passed by), when it is the parties in capitals round `v.` on one to four lines, as a
    /// conversion of an opinion to Markdown prints them under heads it repeats on every page
    /// (`### Opinion of the Court`). Any other unit there ends the wait.
    mutating func takeCaseNameTitle(_ unit: [Range<Int>]) -> Bool {
        guard awaitsCaseName else { return false }
        let bytes = file.bytes
        let texts = unit.map { LineRules.headText(bytes[$0]) }
        if title == nil, texts.count == 1, LineRules.isDocketLine(texts[0]) { return true }
        awaitsCaseName = false
        guard title == nil, texts.count <= 4, let first = texts.first, let last = texts.last, texts.allSatisfy({ $0.count <= 480 }) else { return false }
        let joined = Array(texts.joined(separator: [0x20]))
        guard LineRules.isCaseName(joined[...]) else { return false }
        titlePieces = texts.map { $0.startIndex..<$0.endIndex }
        titleRange = file.range(ofBytes: first.startIndex..<last.endIndex)
        title = ""
        return true
    }

    /// Whether a unit of furniture is a court's name alone (`SUPREME COURT OF THE UNITED STATES`),
    /// over which an opinion prints its case's name.
    func isCourtNameUnit(_ unit: [Range<Int>]) -> Bool {
        guard unit.count == 1, unit[0].count <= 120 else { return false }
        return LineRules.isCourtName(LineRules.headText(file.bytes[unit[0]]))
    }
}

import LowLevel

/// A filing in the case's own record, named by its title and its docket entry, as court opinions
/// and briefs cite them: `Compl. (doc. no. 1) at 16`, `Decl. of Ann Roe (doc no. 5-9) ¶ 2`,
/// `Pl.'s Mot. Summ. J. (ECF No. 12) at 3`, `Compl., ECF No. 1 ¶ 29`, `Am. Compl. [D.E. 33] ¶¶ 3, 5`,
/// `Hr'g Tr. (Dkt. 40) at 4:12-19`, or the entry alone (`ECF No. 7-2 at 4`).
///
/// The work is the filing, one per docket entry: `Decl. Roe (doc. no. 4-3)` and `Decl. of Roe (doc.
/// no. 4-3)` are one filing, `(doc. no. 3)` and `(doc. no. 3-1)` two. A filing of another case's
/// docket carries that case's number (`Orr v. Roe, 1:24-cv-00061-AB, Pls. Mot. (doc. no. 12)`), so
/// it is no filing of this case with the same entry. The place in it (`at 16`, `¶ 2`, `at 4 n.2`,
/// `4:12-19`) is the pinpoint.
enum RecordDocumentForm: CitationForm {
    /// The first test of `read`: a title's capital, or the entry itself (`doc. no. 5`).
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) || byte == UInt8(ascii: "d") }

    /// A designation's label (`labels`) and its entry's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.docketLabel, .digit]) }

    /// The words a docket entry is designated by, before its number.
    private static let labels: [StaticString] = [
        "Docket No. ", "Docket Entry ", "Doc. No. ", "Doc No. ", "Doc. no. ", "Doc. ", "doc. no. ", "doc no. ", "doc. no ",
        "doc. ", "Dkt. No. ", "Dkt. ", "Dkt ", "ECF No. ", "ECF no. ", "ECF ", "D.E. ", "R. Doc. ",
    ]
    /// The words one of which a filing's title holds (`Compl.`, `Decl.`, `Mot.`): a title without
    /// one names no filing.
    private static let titleWords: Set<String> = [
        "Compl.", "Complaint", "Mot.", "Motion", "Mem.", "Memo.", "Memorandum", "Opp'n", "Opp’n", "Opp.", "Opposition",
        "Reply", "Decl.", "Declaration", "Aff.", "Affidavit", "Ex.", "Exs.", "Exhibit", "Tr.", "Transcript", "Order",
        "Answer", "Br.", "Brief", "Dep.", "Deposition", "Resp.", "Response", "Obj.", "Objection", "Objs.", "Pet.",
        "Petition", "R&R", "Stmt.", "Statement", "Notice", "Stip.", "Stipulation", "Letter", "Report", "Verdict",
        "Judgment",
    ]
    /// The most words a filing's title takes.
    private static let longestTitle = 18
    /// The words before an entry's number in the document number of its filing.
    static let docketWords = "Docket No. "
    /// Words naming the court whose docket an entry is on, before the entry (`Bankr. Doc. 848`):
    /// part of the entry's identity, no title.
    private static let docketCourts: [String] = ["Bankr.", "Bankr. Ct.", "Dist. Ct.", "D. Ct."]

    /// A docket entry found in a citation: where its designation opens and ends, and its number.
    struct Entry {
        /// The designation with its brackets, if any (`(doc. no. 5-9)`).
        var range: Range<Int>
        /// The designation as printed, without brackets (`doc. no. 5-9`).
        var designation: Range<Int>
        /// The entry's number (`5-9`).
        var number: Range<Int>
        /// A pinpoint inside the brackets (`(Doc. No. 328 at 6)`).
        var pinpoint: Pinpoint?
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard !citation.isEmpty, let entry = firstEntry(text, citation) else { return nil }
        var nameRange = text.trimmed(citation.lowerBound..<entry.range.lowerBound)
        nameRange = text.trimmed(text.trimmingTrailing(nameRange, [UInt8(ascii: ",")]))
        var caseNumber: String?
        var caseName: String?
        // `Bankr. Doc. 848`, `Mot., Bankr. Doc. 863`: an entry on another court's docket.
        if let court = docketCourts.first(where: { text.string(nameRange).hasSuffix($0) }),
           nameRange.count == court.utf8.count || text.bytes[nameRange.upperBound - court.utf8.count - 1] == UInt8(ascii: " ") {
            caseNumber = court
            nameRange = text.trimmed(text.trimmingTrailing(text.trimmed(nameRange.lowerBound..<nameRange.upperBound - court.utf8.count), [UInt8(ascii: ",")]))
        }
        // `Compl. ¶ 29, ECF No. 1`, `Appellant’s Br. at 3, Doc. 5`: the place before the entry.
        var placeBefore: Pinpoint?
        if let place = placeBeforeEntry(text, nameRange) {
            placeBefore = place.pinpoint
            nameRange = place.name
        }
        if !nameRange.isEmpty {
            guard let title = title(text, nameRange) else { return nil }
            nameRange = title.name
            if let number = title.caseNumber { caseNumber = number }
            caseName = title.caseName
        } else if caseNumber == nil, entry.range.lowerBound > citation.lowerBound, text.bytes[entry.range.lowerBound] != UInt8(ascii: "(") {
            // Words before an unbracketed entry must name a filing.
            return nil
        }
        // The place in the filing after its entry, with any remark in brackets after it.
        var tail = ClauseEnds.shortFormTail(text, from: entry.range.upperBound, end: citation.upperBound)
        var pinpoint = entry.pinpoint ?? placeBefore ?? tail.pinpoint
        if entry.pinpoint == nil, let page = tail.pinpoint, let lines = linesEnd(text, at: tail.citationEnd, end: citation.upperBound) {
            // `at 4:12-19`: a transcript's page and lines.
            let start = tail.citationEnd - page.text.utf8.count
            pinpoint = Pinpoint(kind: page.kind, text: text.string(start..<lines))
            let rest = ClauseEnds.shortFormTail(text, from: lines, end: citation.upperBound)
            tail = (pinpoint, rest.citationEnd, rest.trailing)
        }
        // `, Roe v. Doe, 12 F.4th 1`: a filing in a case cited after it is another form's.
        if let rest = tail.trailing, text.contains(" v. ", in: rest), Bytes.isUpper(text.bytes[rest.lowerBound]) { return nil }
        let number = text.string(entry.number)
        let designation = text.string(entry.designation)
        let title = nameRange.isEmpty ? designation : text.string(nameRange) + " (" + designation + ")"
        var work = WorkDraft(kind: .document, title: title)
        work.documentNumber = (caseNumber.map { $0 + " " } ?? "") + docketWords + number
        work.container = caseName
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                             citation: citation.lowerBound..<max(entry.range.upperBound, tail.citationEnd), trailing: tail.trailing)
    }

    /// The first docket entry in `citation`: a designation (`doc. no.`, `ECF No.`, `Dkt.`, `D.E.`)
    /// at a word's start and an entry's number, in brackets or after a title and a comma.
    static func firstEntry(_ text: CitationText, _ citation: Range<Int>) -> Entry? {
        // The gate: the capitals or the `d` a designation opens with, found sixteen bytes at a time.
        var best: Entry?
        for lead in [UInt8(ascii: "E"), UInt8(ascii: "D"), UInt8(ascii: "d"), UInt8(ascii: "R")] {
            var offset = text.firstOffset(of: lead, from: citation.lowerBound, end: citation.upperBound)
            while offset < citation.upperBound, best.map({ offset < $0.designation.lowerBound }) ?? true {
                if let entry = entry(text, at: offset, in: citation) {
                    best = entry
                    break
                }
                offset = text.firstOffset(of: lead, from: offset + 1, end: citation.upperBound)
            }
        }
        return best
    }

    /// The docket entry whose designation opens at `offset`, or nil: none inside a remark in
    /// brackets (`(citing Bankr. Doc. 1186)`), which is another citation's.
    private static func entry(_ text: CitationText, at offset: Int, in citation: Range<Int>) -> Entry? {
        let bytes = text.bytes
        // The label before the bracket count: most capitals open no designation, and counting walks the clause.
        guard text.isWordStart(offset, from: citation.lowerBound),
              let label = labels.first(where: { text.has($0, at: offset, end: citation.upperBound) }),
              openBrackets(text, citation.lowerBound..<offset) <= 1 else { return nil }
        let numberStart = offset + label.utf8CodeUnitCount
        var index = numberStart
        while index < citation.upperBound, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > numberStart else { return nil }
        // `5-9`: an attachment of entry 5.
        while index + 1 < citation.upperBound, bytes[index] == UInt8(ascii: "-"), Bytes.isDigit(bytes[index + 1]) {
            index += 1
            while index < citation.upperBound, Bytes.isDigit(bytes[index]) { index += 1 }
        }
        guard index == citation.upperBound || !Bytes.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: ",") else { return nil }
        let number = numberStart..<index
        let open = offset > citation.lowerBound ? bytes[offset - 1] : 0
        guard open == UInt8(ascii: "(") || open == UInt8(ascii: "[") else {
            guard openBrackets(text, citation.lowerBound..<offset) == 0 else { return nil }
            // Unbracketed: the entry opens the citation, or follows a title and a comma or space.
            return Entry(range: offset..<index, designation: offset..<index, number: number, pinpoint: nil)
        }
        guard openBrackets(text, citation.lowerBound..<offset - 1) == 0 else { return nil }
        let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var pinpoint: Pinpoint?
        var inner = text.skipSpaces(from: index, end: citation.upperBound)
        // `(Doc. No. 328 at 6)`, `(ECF No. 12, at 3)`: the place inside the brackets.
        if inner < citation.upperBound, bytes[inner] == UInt8(ascii: ",") { inner = text.skipSpaces(from: inner + 1, end: citation.upperBound) }
        if text.has("at ", at: inner, end: citation.upperBound),
           let parsed = PinpointParser.parse(text, at: text.skipSpaces(from: inner + 3, end: citation.upperBound), end: citation.upperBound,
                                             allowRoman: true) {
            pinpoint = parsed.pinpoint
            inner = text.skipSpaces(from: parsed.end, end: citation.upperBound)
        } else {
            inner = text.skipSpaces(from: index, end: citation.upperBound)
        }
        guard inner < citation.upperBound, bytes[inner] == close else { return nil }
        return Entry(range: offset - 1..<inner + 1, designation: offset..<index, number: number, pinpoint: pinpoint)
    }

    /// How many brackets opened in `range` are still open at its end.
    private static func openBrackets(_ text: CitationText, _ range: Range<Int>) -> Int {
        var depth = 0
        for byte in text.bytes[range] {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
            }
        }
        return depth
    }

    /// A filing's title before its entry: its name, and the number (and name) of the case whose
    /// docket it is in, when the title gives one (`Orr v. Roe, 1:24-cv-00061-AB, Pls. Mot.`,
    /// `Defs. Obj., 1:24-cv-00061-AB,`); nil when the words name no filing.
    private static func title(_ text: CitationText, _ range: Range<Int>) -> (name: Range<Int>, caseNumber: String?, caseName: String?)? {
        let words = text.words(in: range, limit: longestTitle + 12)
        guard !words.isEmpty, words.count <= longestTitle + 10 else { return nil }
        var name = range
        var caseNumber: String?
        var caseName: String?
        if let position = words.firstIndex(where: { isCaseNumber(text, text.trimmingTrailing($0, [UInt8(ascii: ",")])) }) {
            let number = text.trimmingTrailing(words[position], [UInt8(ascii: ",")])
            caseNumber = text.string(number)
            if position == words.count - 1 {
                name = text.trimmingTrailing(text.trimmed(range.lowerBound..<words[position].lowerBound), [UInt8(ascii: ",")])
            } else {
                name = text.trimmed(words[position + 1].lowerBound..<range.upperBound)
                let before = text.trimmingTrailing(text.trimmed(range.lowerBound..<words[position].lowerBound), [UInt8(ascii: ",")])
                if !before.isEmpty { caseName = text.string(before) }
            }
        }
        let nameWords = text.words(in: name)
        guard !nameWords.isEmpty, nameWords.count <= longestTitle, Bytes.isUpper(text.bytes[name.lowerBound]),
              !nameWords.contains(where: { text.equals($0, "v.") }),
              nameWords.contains(where: { isTitleWord(text, $0) }) else { return nil }
        return (name, caseNumber, caseName)
    }

    /// Whether `word` (a trailing comma aside) is one of `titleWords`, or glued to the name after it
    /// (`Decl.Roe`).
    static func isTitleWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let bare = text.trimmingTrailing(word, [UInt8(ascii: ",")])
        let string = text.string(bare)
        if titleWords.contains(string) { return true }
        guard let period = string.firstIndex(of: "."), period != string.index(before: string.endIndex) else { return false }
        return titleWords.contains(String(string[...period]))
    }

    /// Whether `word` is a district court's case number: `1:24-cv-00061-AB-CD`, `3:20-cv-763`.
    private static func isCaseNumber(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let bytes = text.bytes[word]
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > word.lowerBound,
              bytes[word.lowerBound..<colon].allSatisfy(Bytes.isDigit) else { return false }
        let rest = bytes[(colon + 1)...]
        return rest.contains(UInt8(ascii: "-")) && rest.first.map(Bytes.isDigit) == true && rest.contains(where: Bytes.isLetter)
    }

    /// Just past `:12-19` after a transcript's page, or `:19 – 87:22` across pages, or nil.
    static func linesEnd(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset + 1 < end, text.bytes[offset] == UInt8(ascii: ":"), Bytes.isDigit(text.bytes[offset + 1]) else { return nil }
        var index = offset + 1
        while index < end {
            let byte = text.bytes[index]
            if Bytes.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") {
                index += 1
            } else if text.has("–", at: index, end: end) {
                index += 3
            } else if byte == UInt8(ascii: " ") {
                // `87:19 – 87:22`: a dash between spaces, then the range's end.
                let dash = text.skipSpaces(from: index, end: end)
                let width = text.has("–", at: dash, end: end) ? 3 : dash < end && text.bytes[dash] == UInt8(ascii: "-") ? 1 : 0
                let after = text.skipSpaces(from: dash + width, end: end)
                guard width > 0, after > dash + width, after < end, Bytes.isDigit(text.bytes[after]) else { break }
                index = after
            } else {
                break
            }
        }
        return index
    }

    /// A place in the filing written before its entry (`Compl. ¶ 29,`, `Br. at 3,`): the title
    /// without it and the place, or nil when the title ends in none.
    private static func placeBeforeEntry(_ text: CitationText, _ name: Range<Int>) -> (name: Range<Int>, pinpoint: Pinpoint)? {
        let words = text.words(in: name, limit: longestTitle + 12)
        guard words.count >= 2 else { return nil }
        for index in stride(from: words.count - 1, through: 1, by: -1) {
            let word = words[index]
            let lead = text.bytes[word.lowerBound]
            var start = word.lowerBound
            if text.equals(word, "at"), index + 1 < words.count {
                start = words[index + 1].lowerBound
            } else if lead != 0xC2 {
                continue
            }
            guard let parsed = PinpointParser.parse(text, at: start, end: name.upperBound, allowRoman: false),
                  text.trimmed(parsed.end..<name.upperBound).isEmpty else { return nil }
            return (text.trimmed(name.lowerBound..<word.lowerBound), parsed.pinpoint)
        }
        return nil
    }
}

import LowLevel

/// A rule or notice cited by its title, as policy writing does: the issuing body, the quoted
/// title, the kind of notice and the part of the regulations it amends, then where the register
/// printed it (`EPA, "Waste Emissions Charge," proposed rule, 89 Federal Register 5318, January 26,
/// 2024, https://...`; `VA, "Update Regulatory Bars," 38 C.F.R. Part 3, 89 Federal Register 32361,
/// April 26, 2024`) or, before it is printed, its Regulation Identifier Number (`Defense Department,
/// "Appeal Board," 32 C.F.R. Part 73, RIN 0790-AL57 Federal Register, November 29, 2024`).
///
/// The work is the notice, titled, by the body before the title; the part of the regulations it
/// amends is no work of its own here, and the date, address and declared name after the register
/// belong to the notice.
enum RegisterNoticeForm: CitationForm {
    /// Words that may stand between a rule's title and its register cite: `proposed rule`.
    private static let noticeWords: Set<String> = ["proposed rule", "final rule", "interim final rule", "notice", "rule", "direct final rule"]

    /// Needs the quoted title's mark and the register's volume or RIN number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.doubleQuote, .digit]) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The cheap gate: a quotation mark, then a register's name or `RIN` after it.
        guard let title = quotedTitle(text, citation) else { return nil }
        var fields = CitationField.split(text, range: title.after..<citation.upperBound)[...]
        if let first = fields.first, noticeWords.contains(text.string(first.core)) { fields = fields.dropFirst() }
        if let first = fields.first, isRegulationPart(text, first.core) { fields = fields.dropFirst() }
        guard let printed = fields.first else { return nil }
        var work = WorkDraft(kind: .regulation, title: title.text)
        let lead = text.trimmingTrailing(citation.lowerBound..<title.open, [UInt8(ascii: ",")])
        if !lead.isEmpty {
            guard text.wordCount(in: lead) <= 10 else { return nil }
            work.authors = [text.string(lead)]
            work.authorIsInstitution = true
        }
        if let series = SessionLawForm.seriesCite(text, printed.core), series.kind == .regulation, series.start == printed.core.lowerBound {
            let abbreviation = SessionLawForm.bluebook(series.abbreviation)
            work.documentNumber = "\(series.volume) \(abbreviation) \(series.page)"
            work.container = abbreviation
            work.volume = series.volume
            work.firstPage = series.page
        } else if let number = regulationIdentifier(text, printed.core) {
            work.documentNumber = "RIN \(number)"
            work.container = "Fed. Reg."
        } else {
            return nil
        }
        var pinpoint: Pinpoint?
        for (offset, field) in fields.enumerated() {
            switch field.shape {
            case .url(let address): work.url = work.url ?? address
            // A page right after the register's first page is the pinpoint; a year is the date's.
            case .number(let page) where offset == 1:
                if field.core.count != 4 || DateWords.year(in: text.bytes[field.core]) == nil { pinpoint = page }
            case .date(let year): work.year = work.year ?? year
            default: break
            }
            for remark in field.remarks {
                if let name = remark.shortName { work.shortNames.append(name) }
            }
        }
        if work.year == nil { work.year = LawTail.lastYear(text, printed.core.lowerBound..<citation.upperBound) }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// The title quoted after the body (its comma inside the marks left off), where its quotation
    /// opens, and where the text after the closing mark starts.
    private static func quotedTitle(_ text: CitationText, _ citation: Range<Int>) -> (text: String, open: Int, after: Int)? {
        let straight = text.firstOffset(of: UInt8(ascii: "\""), from: citation.lowerBound, end: citation.upperBound)
        var curly = text.firstOffset(of: 0xE2, from: citation.lowerBound, end: min(straight, citation.upperBound))
        while curly < straight, !text.has("“", at: curly, end: citation.upperBound) {
            curly = text.firstOffset(of: 0xE2, from: curly + 1, end: straight)
        }
        let open = min(straight, curly)
        guard open < citation.upperBound else { return nil }
        let isCurly = curly < straight
        let innerStart = open + (isCurly ? 3 : 1)
        var close = innerStart
        while close < citation.upperBound {
            if isCurly ? text.has("”", at: close, end: citation.upperBound) : text.bytes[close] == UInt8(ascii: "\"") { break }
            close += 1
        }
        guard close < citation.upperBound else { return nil }
        let inner = text.trimmingTrailing(innerStart..<close, [UInt8(ascii: ",")])
        guard !inner.isEmpty else { return nil }
        return (text.string(inner), open, close + (isCurly ? 3 : 1))
    }

    /// `38 C.F.R. Part 3`, `40 C.F.R. pt. 98`, `32 C.F.R. § 73.3`: the part of the regulations a rule amends.
    private static func isRegulationPart(_ text: CitationText, _ core: Range<Int>) -> Bool {
        let words = text.words(in: core)
        guard words.count >= 3, let first = words.first, text.bytes[first].allSatisfy(Bytes.isDigit),
              let code = LawCode.opening(text, words[1...]), code.kind == "regulation",
              let last = words.last, text.bytes[last].contains(where: Bytes.isDigit) else { return false }
        return code.end < last.lowerBound
    }

    /// `0790-AL57` in `RIN 0790-AL57 Federal Register`.
    private static func regulationIdentifier(_ text: CitationText, _ core: Range<Int>) -> String? {
        let words = text.words(in: core)
        guard words.count >= 2, text.equals(words[0], "RIN"), text.bytes[words[1]].contains(where: Bytes.isDigit) else { return nil }
        return text.string(words[1])
    }
}

import LowLevel

/// Numbered federal guidance and records that policy writing cites by number:
/// `IRS Notice 2025-68`, `Rev. Proc. 2024-1`, `Rev. Rul. 2019-1`, `IRS Publication 590-B`, and
/// the Congressional Record (`Congressional Record, daily edition, vol. 171 (March 2025), p. S1413`),
/// whose page (`S1413`, `H845`) is the pinpoint.
///
/// The guidance is a document identified by its series and number, so every mention is one work;
/// a quoted title after it is its title. The Record is one work a volume and page (`RecordPage`).
enum FederalGuidanceForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "N") || byte == UInt8(ascii: "P")
            || byte == UInt8(ascii: "C") || byte == UInt8(ascii: "\"") || byte == 0xE2 || Bytes.isDigit(byte)
    }

    private static let series: [StaticString] = ["Notice ", "Rev. Proc. ", "Rev. Rul. ", "Publication ", "Pub. ", "Announcement "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first else { return nil }
        let lead = text.bytes[first]
        // Cheap first: `IRS`, `Rev.`, `Notice`, `Publication`, `Congressional`.
        guard lead == UInt8(ascii: "I") || lead == UInt8(ascii: "R") || lead == UInt8(ascii: "N") || lead == UInt8(ascii: "P")
            || lead == UInt8(ascii: "C") || lead == UInt8(ascii: "\"") || lead == 0xE2 || Bytes.isDigit(lead) else { return nil }
        if Bytes.isDigit(lead) { return volumeRecord(text, citation) }
        if lead == UInt8(ascii: "C") { return record(text, citation, from: citation.lowerBound, title: nil) }
        if lead == UInt8(ascii: "\"") || lead == 0xE2 { return titledRecord(text, citation) }
        var start = citation.lowerBound
        let issuedByIRS = text.has("IRS ", at: start, end: citation.upperBound)
        if issuedByIRS { start += 4 }
        guard let name = series.first(where: { text.has($0, at: start, end: citation.upperBound) }) else { return nil }
        // Without `IRS`, only the revenue procedures and rulings are the IRS's by their name alone.
        guard issuedByIRS || text.has("Rev. ", at: start, end: citation.upperBound) else { return nil }
        let numberStart = start + name.utf8CodeUnitCount
        var numberEnd = numberStart
        while numberEnd < citation.upperBound, Bytes.isDigit(text.bytes[numberEnd]) || Bytes.isUpper(text.bytes[numberEnd])
            || (text.bytes[numberEnd] == UInt8(ascii: "-") && numberEnd + 1 < citation.upperBound && Bytes.isWordByte(text.bytes[numberEnd + 1])) {
            numberEnd += 1
        }
        guard numberEnd > numberStart, Bytes.isDigit(text.bytes[numberStart]),
              numberEnd == citation.upperBound || !Bytes.isLetter(text.bytes[numberEnd]) else { return nil }
        let number = text.string(start..<numberEnd)
        var work = WorkDraft(kind: .document, title: text.string(citation.lowerBound..<numberEnd))
        work.documentNumber = number
        work.authors = ["Internal Revenue Service"]
        work.authorIsInstitution = true
        var pinpoint: Pinpoint?
        for field in CitationField.split(text, range: numberEnd..<citation.upperBound) {
            let written = text.string(field.core)
            if let quoted = quoted(written) {
                work.title = quoted
            } else if field.shape == .emphasized {
                // A title in quotation marks, read as a field of its own.
                work.title = written
            }
            switch field.shape {
            case .pinpoint(let found): pinpoint = pinpoint ?? found
            case .url(let address): work.url = work.url ?? address
            case .date(let year): work.year = work.year ?? year
            default: break
            }
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// The title in quotation marks that opens a field (`"Title," December 2025`), without its
    /// marks and comma.
    private static func quoted(_ written: String) -> String? {
        guard let first = written.first, first == "\"" || first == "\u{201C}",
              let close = written.dropFirst().firstIndex(where: { $0 == "\"" || $0 == "\u{201D}" }) else { return nil }
        var inner = written[written.index(after: written.startIndex)..<close]
        while let end = inner.last, end == "," { inner = inner.dropLast() }
        return String(inner)
    }

    /// The Record as the Bluebook cites it: `168 Cong. Rec. H1709-11 (daily ed. Mar. 9, 2022)
    /// (statement of Rep. Roe)`, `167 Cong. Rec. S7910, S7912 (daily ed. ...)`: the volume and first
    /// page are the work, as with the Record cited in words, and the page with its chamber's letter
    /// the pinpoint (the page after the comma when one follows the first).
    private static func volumeRecord(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        var volumeEnd = citation.lowerBound
        while volumeEnd < citation.upperBound, volumeEnd - citation.lowerBound < 4, Bytes.isDigit(text.bytes[volumeEnd]) { volumeEnd += 1 }
        // The gate: the volume, then the Record's abbreviation.
        guard text.has(" Cong. Rec. ", at: volumeEnd, end: citation.upperBound) else { return nil }
        let pagesStart = volumeEnd + 11
        var pagesEnd = pagesStart
        while pagesEnd < citation.upperBound, text.bytes[pagesEnd] != UInt8(ascii: "(") { pagesEnd += 1 }
        let pages = text.trimmed(pagesStart..<pagesEnd)
        if !pages.isEmpty, Bytes.isDigit(text.bytes[pages.lowerBound]) {
            return boundRecord(text, citation, volume: citation.lowerBound..<volumeEnd, pages: pages)
        }
        var pinpoint: Pinpoint?
        var parts: [Range<Int>] = []
        var partStart = pages.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: pages) {
            parts.append(text.trimmed(partStart..<comma))
            partStart = comma + 1
        }
        var firstPage: String?
        for part in parts.prefix(2) {
            guard let page = chamberPage(text, part) else { return nil }
            pinpoint = page
            if firstPage == nil { firstPage = RecordPage.first(of: page) }
        }
        guard pinpoint != nil, let firstPage else { return nil }
        let volume = text.string(citation.lowerBound..<volumeEnd)
        var work = RecordPage.work(volume: volume, firstPage: firstPage)
        let tail = LawTail.read(text, after: pages.upperBound, end: citation.upperBound)
        work.year = tail.year
        // `(statement of Rep. Roe)`: the speaker is the remarks' author.
        if let speaker = RecordPage.speaker(text, in: pages.upperBound..<tail.end) { work.authors = [speaker] }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }

    /// The Record's bound edition, paged without a chamber's letter and through the session:
    /// `141 Cong. Rec. 21,407 (Sept. 12, 1995) (statement of Sen. Roe)`, `141 Cong. Rec. 2140, 2142
    /// (1995)`. The volume and first page are the work, as in the daily edition; the page after the
    /// comma, or the first, the pinpoint.
    private static func boundRecord(_ text: CitationText, _ citation: Range<Int>, volume: Range<Int>, pages: Range<Int>) -> ClauseReading? {
        let end = pages.upperBound
        guard let firstEnd = boundPages(text, at: pages.lowerBound, end: end) else { return nil }
        let firstPage = text.string(pages.lowerBound..<boundPageEnd(text, at: pages.lowerBound, end: end))
        var pinpoint = Pinpoint(kind: text.string(pages.lowerBound..<firstEnd) == firstPage ? .page : .pages,
                                text: text.string(pages.lowerBound..<firstEnd))
        if firstEnd < end {
            guard text.has(", ", at: firstEnd, end: end), let pinEnd = boundPages(text, at: firstEnd + 2, end: end), pinEnd == end else { return nil }
            let written = text.string(firstEnd + 2..<pinEnd)
            pinpoint = Pinpoint(kind: written.contains("-") || written.contains("–") ? .pages : .page, text: written)
        }
        var work = RecordPage.work(volume: text.string(volume), firstPage: firstPage)
        let tail = LawTail.read(text, after: pages.upperBound, end: citation.upperBound)
        work.year = tail.year
        if let speaker = RecordPage.speaker(text, in: pages.upperBound..<tail.end) { work.authors = [speaker] }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<tail.end,
                             trailing: tail.trailing)
    }

    /// The end of a bound Record's page at `offset`: digits, with their thousands after commas (`21,407`).
    private static func boundPageEnd(_ text: CitationText, at offset: Int, end: Int) -> Int {
        let bytes = text.bytes
        var index = offset
        while index < end, index - offset < 5, Bytes.isDigit(bytes[index]) { index += 1 }
        while index + 4 <= end, bytes[index] == UInt8(ascii: ","), bytes[index + 1..<index + 4].allSatisfy(Bytes.isDigit),
              index + 4 == end || !Bytes.isDigit(bytes[index + 4]) {
            index += 4
        }
        return index
    }

    /// The end of a bound Record's page or range of pages at `offset` (`21,407`, `21,407-08`), or nil.
    private static func boundPages(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset < end, Bytes.isDigit(text.bytes[offset]) else { return nil }
        var index = boundPageEnd(text, at: offset, end: end)
        if index < end, text.bytes[index] == UInt8(ascii: "-") || text.has("–", at: index, end: end) {
            let after = index + (text.bytes[index] == UInt8(ascii: "-") ? 1 : 3)
            if after < end, Bytes.isDigit(text.bytes[after]) { index = boundPageEnd(text, at: after, end: end) }
        }
        return index
    }

    /// A statement printed in the Record, by its quoted title: `"Explanatory Statement on H.R. 1,
    /// Widget Act, 2026," Congressional Record, vol. 172, no. 15, Book II (January 22, 2026), p.
    /// H1565`, the statement a work, the Record's page its pinpoint; then by its title alone with
    /// another page (`"Explanatory Statement on H.R. 1, ...," p. H1570`), the same statement.
    private static func titledRecord(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let open = citation.lowerBound
        let width = text.bytes[open] == UInt8(ascii: "\"") ? 1 : 3
        guard width == 1 || text.has("\u{201C}", at: open, end: citation.upperBound) else { return nil }
        // The closing mark, and the title inside without its comma.
        var close = open + width
        while close < citation.upperBound, text.bytes[close] != UInt8(ascii: "\""), !text.has("\u{201D}", at: close, end: citation.upperBound) { close += 1 }
        guard close < citation.upperBound else { return nil }
        let title = text.trimmingTrailing(text.trimmed(open + width..<close), [UInt8(ascii: ",")])
        guard title.count >= 8 else { return nil }
        let after = text.skipSpaces(from: close + (text.bytes[close] == UInt8(ascii: "\"") ? 1 : 3), end: citation.upperBound)
        if text.has("Congressional Record", at: after, end: citation.upperBound) {
            return record(text, citation, from: after, title: text.string(title))
        }
        // By its title alone and a page of the Record: the statement a note cited in full. The
        // Record's pages run to hundreds (`H1570`); a supplement's `p. S12` is another work's page.
        guard let page = chamberPage(text, after..<citation.upperBound),
              page.text.drop(while: { !$0.isNumber }).prefix(while: \.isNumber).count >= 3 else { return nil }
        return ClauseReading(form: .declared(name: text.string(title)), pinpoint: page, citation: citation, trailing: nil)
    }

    /// `p. S1413`, `pp. H1709-H1711`, `H395-H445`: a page of the Record, a chamber's letter and digits.
    static func chamberPage(_ text: CitationText, _ core: Range<Int>) -> Pinpoint? {
        var page = core.lowerBound
        if text.has("p. ", at: page, end: core.upperBound) { page += 3 } else if text.has("pp. ", at: page, end: core.upperBound) { page += 4 }
        guard page + 1 < core.upperBound, [UInt8(ascii: "S"), UInt8(ascii: "H"), UInt8(ascii: "E")].contains(text.bytes[page]),
              Bytes.isDigit(text.bytes[page + 1]) else { return nil }
        // After the first page only digits, dashes and the chamber's letter again (`H1709-H1711`, `H1709–11`).
        var index = page + 1
        while index < core.upperBound {
            let byte = text.bytes[index]
            if Bytes.isDigit(byte) || byte == UInt8(ascii: "-") || byte == text.bytes[page] {
                index += 1
            } else if text.has("–", at: index, end: core.upperBound) {
                index += 3
            } else {
                return nil
            }
        }
        return Pinpoint(kind: .page, text: text.string(core))
    }

    /// `Congressional Record, daily edition, vol. 171 (March 2025), p. S1413`, from `start` (its
    /// name), with the statement's `title` before it or none.
    static func record(_ text: CitationText, _ citation: Range<Int>, from start: Int, title: String?) -> ClauseReading? {
        guard text.has("Congressional Record", at: start, end: citation.upperBound) else { return nil }
        var work = WorkDraft(kind: .document, title: title ?? "Congressional Record")
        work.container = "Cong. Rec."
        // A statement is its own work, named again by its title.
        if let title { work.shortNames = [title] }
        var pinpoint: Pinpoint?
        for field in CitationField.split(text, range: start + 20..<citation.upperBound) {
            let core = field.core
            if text.has("vol. ", at: core.lowerBound, end: core.upperBound) {
                work.volume = text.string(text.skipSpaces(from: core.lowerBound + 5, end: core.upperBound)..<core.upperBound)
            } else if text.equals(core, "vol."), let volume = field.trailingPinpoint {
                // `vol. 171 (March 2025)`: a dated field's number was taken for a pinpoint.
                work.volume = volume.text
            }
            for remark in field.remarks where remark.year != nil { work.year = work.year ?? remark.year }
            // The page: `p. S1413`, `H845`, `pp. H1709-H1711`.
            if pinpoint == nil { pinpoint = chamberPage(text, core) }
        }
        guard let volume = work.volume, !volume.isEmpty else { return nil }
        // The Record itself is one work a volume and page: the remarks printed there.
        if title == nil, let page = pinpoint.flatMap(RecordPage.first) {
            let year = work.year
            work = RecordPage.work(volume: volume, firstPage: page)
            work.year = year
        } else if title == nil {
            work.documentNumber = "\(volume) Cong. Rec."
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }
}

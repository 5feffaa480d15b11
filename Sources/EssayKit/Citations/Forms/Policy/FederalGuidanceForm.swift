import LowLevel

/// Numbered federal guidance and records that policy writing cites by number:
/// `IRS Notice 2025-68`, `Rev. Proc. 2024-1`, `Rev. Rul. 2019-1`, `IRS Publication 590-B`, and
/// the Congressional Record (`Congressional Record, daily edition, vol. 171 (March 2025), p. S1413`),
/// whose page (`S1413`, `H845`) is the pinpoint.
///
/// The guidance is a document identified by its series and number, so every mention is one work;
/// a quoted title after it is its title. The Record is one work a volume.
enum FederalGuidanceForm: CitationForm {
    private static let series: [StaticString] = ["Notice ", "Rev. Proc. ", "Rev. Rul. ", "Publication ", "Pub. ", "Announcement "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first else { return nil }
        let lead = text.bytes[first]
        // Cheap first: `IRS`, `Rev.`, `Notice`, `Publication`, `Congressional`.
        guard lead == UInt8(ascii: "I") || lead == UInt8(ascii: "R") || lead == UInt8(ascii: "N") || lead == UInt8(ascii: "P")
            || lead == UInt8(ascii: "C") else { return nil }
        if lead == UInt8(ascii: "C") { return record(text, citation) }
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

    /// `Congressional Record, daily edition, vol. 171 (March 2025), p. S1413`.
    private static func record(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        guard text.has("Congressional Record", at: citation.lowerBound, end: citation.upperBound) else { return nil }
        var work = WorkDraft(kind: .document, title: "Congressional Record")
        work.container = "Cong. Rec."
        var pinpoint: Pinpoint?
        for field in CitationField.split(text, range: citation.lowerBound + 20..<citation.upperBound) {
            let core = field.core
            if text.has("vol. ", at: core.lowerBound, end: core.upperBound) {
                work.volume = text.string(text.skipSpaces(from: core.lowerBound + 5, end: core.upperBound)..<core.upperBound)
            } else if text.equals(core, "vol."), let volume = field.trailingPinpoint {
                // `vol. 171 (March 2025)`: a dated field's number was taken for a pinpoint.
                work.volume = volume.text
            }
            for remark in field.remarks where remark.year != nil { work.year = work.year ?? remark.year }
            // The page: `p. S1413`, `H845`, a chamber's letter and digits.
            var page = core.lowerBound
            if text.has("p. ", at: page, end: core.upperBound) { page += 3 }
            if page < core.upperBound, text.bytes[page] == UInt8(ascii: "S") || text.bytes[page] == UInt8(ascii: "H") || text.bytes[page] == UInt8(ascii: "E"),
               page + 1 < core.upperBound, text.bytes[(page + 1)..<core.upperBound].allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: "-") }) {
                pinpoint = pinpoint ?? Pinpoint(kind: .page, text: text.string(core))
            }
        }
        guard let volume = work.volume, !volume.isEmpty else { return nil }
        work.documentNumber = "\(volume) Cong. Rec."
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }
}

import LowLevel

/// Rejoins the fields of a full citation that policy writing's style puts commas inside:
/// a company's `Inc.` (`Live Nation Entertainment, Inc., Form 10-K ...`), a title that ends in a
/// date (`Form 10-K for the Fiscal Year Ended December 31, 2025`), and a journal's volume,
/// issue and page span (`American Economic Journal: Microeconomics, vol. 15, no. 1 (2023),
/// pp. 142-170`), which is the article's place in the journal, not a pinpoint; one page after the
/// volume (`vol. 3 (July 2019), p. 1648`) is the page the note relies on, its pinpoint.
enum PolicyStyleFields {
    private static let companySuffixes: [StaticString] = ["Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Corp.", "Co.", "LP", "L.P.", "PLC", "plc"]
    /// The most bytes a company suffix has.
    private static let longestCompanySuffix = 6

    static func rejoin(_ text: CitationText, _ fields: inout [CitationField]) {
        var index = 1
        // The fields are read in place: a copy of each counts a reference for its shape and remarks.
        while index < fields.count {
            let core = fields[index].core
            let previousCore = fields[index - 1].core
            if core.count <= longestCompanySuffix, companySuffixes.contains(where: { text.equals(core, $0) }), fields[index].remarks.isEmpty,
               isNameShape(fields[index - 1].shape) {
                fields[index - 1].core = previousCore.lowerBound..<core.upperBound
                fields.remove(at: index)
                continue
            }
            if case .number = fields[index].shape, core.count == 4, DateWords.year(in: text.bytes[core]) != nil,
               fields[index - 1].shape == .words, endsInMonthAndDay(text, previousCore),
               !text.bytes[previousCore].contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0xE2 }) {
                // A quoted title and then the date (`“Title,” September 5, 2025`) is dated, not titled so.
                fields[index - 1].core = previousCore.lowerBound..<core.upperBound
                fields[index - 1].remarks += fields[index].remarks
                fields.remove(at: index)
                continue
            }
            // `filed with the SEC`: where a filing went, no name of the work.
            if fields[index].shape == .words, text.has("filed ", at: core.lowerBound, end: core.upperBound), fields[index].remarks.isEmpty {
                fields.remove(at: index)
                continue
            }
            index += 1
        }
        journalVolume(text, &fields)
    }

    private static func isNameShape(_ shape: CitationField.Shape) -> Bool {
        shape == .words || shape == .capitals
    }

    /// Whether a field of several words ends in a month and a day: `... Ended December 31`.
    private static func endsInMonthAndDay(_ text: CitationText, _ core: Range<Int>) -> Bool {
        let words = text.words(in: core)
        guard words.count >= 3, let day = words.last else { return false }
        let month = words[words.count - 2]
        return (1...2).contains(day.count) && text.bytes[day].allSatisfy(Bytes.isDigit) && DateWords.isMonth(text.bytes[month])
    }

    /// `Journal, vol. 15, no. 1 (2023), pp. 142-170`: the journal, volume and first page as one
    /// reporter field, its date kept; a page after the span stays the pinpoint.
    private static func journalVolume(_ text: CitationText, _ fields: inout [CitationField]) {
        // The gate, read off each field's core in place (a field handed over whole was copied):
        // every volume opens with `v` or `V`.
        guard let volumeIndex = fields.indices.first(where: { index in
                  fields[index].core.first.map { text.bytes[$0] | 0x20 == UInt8(ascii: "v") } == true && volumeNumber(text, fields[index]) != nil
              }), volumeIndex > 0,
              let volume = volumeNumber(text, fields[volumeIndex]) else { return }
        let journal = fields[volumeIndex - 1]
        guard journal.shape == .words || journal.shape == .capitals || journal.shape == .emphasized else { return }
        var last = volumeIndex
        var remarks = journal.remarks + fields[volumeIndex].remarks
        // The issue: `no. 1`, which a dated remark may follow; a pinpoint read from it is none.
        if last + 1 < fields.count, text.has("no.", at: fields[last + 1].core.lowerBound, end: fields[last + 1].core.upperBound) {
            last += 1
            remarks += fields[last].remarks
        }
        // A date alone after the volume: `vol. 176 (August 2020)` keeps it as a remark already.
        var firstPage = ""
        var pinpointFollows = false
        if last + 1 < fields.count, case .pinpoint(let span) = fields[last + 1].shape, span.kind == .pages || span.kind == .page {
            remarks += fields[last + 1].remarks
            if span.kind == .page, isPageNumber(span.text) {
                // One page (`vol. 3 (July 2019), p. 1648`) is the page the note relies on, as in the
                // Chicago notes this style follows; a span (`pp. 711-718`) is the article's place.
                // An article number (`p. e39765`) is its place too.
                fields[last + 1].remarks = []
                pinpointFollows = true
            } else {
                last += 1
                firstPage = String(span.text.drop { !$0.isNumber }.prefix { $0.isNumber })
            }
        }
        // Without a page, a volume and issue still place the article (`vol. 187, no. 122219 (2023)`,
        // an article number): the issue is no pinpoint.
        // A dated volume alone does too (`Heliyon, vol. 10 (November 2024), p. e39765`).
        guard !firstPage.isEmpty || pinpointFollows || last > volumeIndex || fields[volumeIndex].remarks.contains(where: { $0.year != nil }) else { return }
        let journalName = text.string(journal.core)
        let merged = CitationField(core: journal.core.lowerBound..<fields[last].core.upperBound,
                                   shape: .reporter(volume: volume, journal: journalName, page: firstPage), remarks: remarks)
        fields.replaceSubrange((volumeIndex - 1)...last, with: [merged])
    }

    /// Whether a page pinpoint's text (`p. 183`, `183`) is a number, not an article number (`p. e39765`).
    private static func isPageNumber(_ text: String) -> Bool {
        let number = text.utf8.drop { !Bytes.isDigit($0) }
        return !number.isEmpty && number.allSatisfy(Bytes.isDigit) && text.utf8.prefix(while: { !Bytes.isDigit($0) }).allSatisfy { $0 == UInt8(ascii: "p") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ") }
    }

    /// The volume of `vol. 15` or `vol 40`, or of `vol. 2 (May 16, 2018)`, whose date made its
    /// number a trailing page.
    private static func volumeNumber(_ text: CitationText, _ field: CitationField) -> String? {
        let core = field.core
        // The gate: every volume opens with `v` or `V`.
        guard let first = core.first, text.bytes[first] | 0x20 == UInt8(ascii: "v") else { return nil }
        if let number = field.trailingPinpoint, number.kind == .page, text.equals(core, "vol.") || text.equals(core, "Vol."),
           number.text.utf8.allSatisfy(Bytes.isDigit) {
            return number.text
        }
        for lead in ["vol. ", "vol ", "Vol. "] as [StaticString] where text.has(lead, at: core.lowerBound, end: core.upperBound) {
            let start = core.lowerBound + lead.utf8CodeUnitCount
            guard start < core.upperBound, text.bytes[start..<core.upperBound].allSatisfy(Bytes.isDigit) else { return nil }
            return text.string(start..<core.upperBound)
        }
        return nil
    }
}

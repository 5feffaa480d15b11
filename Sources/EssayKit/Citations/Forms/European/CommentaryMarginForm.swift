import LowLevel

/// A German commentary cited at a section and margin number, by its authors and the law it
/// comments on: `Müller/Schmidt, NetzDG, 2nd ed. 2021, § 1 margin no. 10-12`, or an online
/// commentary by its name and the commentator after a slash: `BeckOK InfoMedienR/Hoffmann, NetzDG
/// § 1 Rn. 5-8`.
///
/// The commentary is the work (the authors' book, or the online commentary whichever commentator
/// wrote the part); the section with its margin number is the pinpoint. A margin number's mark
/// (`margin no.`, `Rn.`, `Rz.`, `mn.`) after the section is what says the clause is one.
enum CommentaryMarginForm: CitationForm {
    /// The first test of `read`: a surname's or the commentary's capital.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// The section's or article's mark (`§`'s first byte, or `Art`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The marks of a margin number, each with its space.
    private static let marginMarks: [StaticString] = ["margin nos. ", "margin no. ", "marginal no. ", "marginal nos. ", "Rn. ", "Rz. ", "Rdnr. ", "mn. ", "mn "]
    /// The names of online commentaries, whose commentator follows a slash.
    private static let onlineCommentaries: [StaticString] = ["BeckOK ", "MüKo", "MüKO", "NK-", "jurisPK"]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        // The gate: a section or article mark, then a margin number's mark.
        guard let section = placeStart(text, citation), let place = EuropeanPlace.read(text, section..<citation.upperBound, afterComma: false),
              marginMarks.contains(where: { mark in (section..<citation.upperBound).contains { text.has(mark, at: $0, end: citation.upperBound) } })
        else { return nil }
        var fields: [Range<Int>] = []
        var start = citation.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: citation.lowerBound..<section) {
            let field = text.trimmingTrailing(text.trimmed(start..<comma), [UInt8(ascii: ","), UInt8(ascii: " ")])
            start = comma + 1
            if !field.isEmpty { fields.append(field) }
        }
        guard let first = fields.first, fields.count <= 3 else { return nil }
        var work: WorkDraft
        if onlineCommentaries.contains(where: { text.has($0, at: first.lowerBound, end: first.upperBound) }),
           let slash = (first.lowerBound..<first.upperBound).last(where: { bytes[$0] == UInt8(ascii: "/") }) {
            // `BeckOK InfoMedienR/Hoffmann`: the commentary's name, then its commentator.
            work = WorkDraft(kind: .book, title: text.string(text.trimmed(first.lowerBound..<slash)))
            if fields.count >= 2 { work.container = text.string(fields[1]) }
        } else {
            // `Müller/Schmidt, NetzDG, 2nd ed. 2021`: the authors, the title, perhaps the edition and year.
            guard fields.count >= 2, let authors = SlashAuthorsWorkForm.authors(text, first) else { return nil }
            let title = fields[1]
            guard !bytes[title].contains(where: Bytes.isDigit) else { return nil }
            work = WorkDraft(kind: .book, title: text.string(title))
            work.authors = authors
            if fields.count == 3 {
                let edition = fields[2]
                guard let last = text.lastWord(in: edition), last.count == 4, let year = DateWords.year(in: bytes[last]) else { return nil }
                work.year = year
            }
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: place, citation: citation, trailing: nil)
    }

    /// Where the place opens: the first `§ ` or `Art. ` after a comma or space, or nil.
    private static func placeStart(_ text: CitationText, _ citation: Range<Int>) -> Int? {
        let bytes = text.bytes
        let end = citation.upperBound
        // Each mark found by a byte search for its lead byte, the earlier of the two kept.
        var section: Int?
        var from = citation.lowerBound + 1
        while from + 1 < end {
            let index = text.firstOffset(of: 0xC2, from: from, end: end - 1)
            guard index + 1 < end else { break }
            if bytes[index - 1] == UInt8(ascii: " "), bytes[index + 1] == 0xA7 { section = index; break }
            from = index + 1
        }
        let articleEnd = section ?? end
        from = citation.lowerBound + 1
        while from < articleEnd {
            let index = text.firstOffset(of: UInt8(ascii: "A"), from: from, end: articleEnd)
            guard index < articleEnd else { break }
            if bytes[index - 1] == UInt8(ascii: " "), text.has("Art. ", at: index, end: end) { return index }
            from = index + 1
        }
        return section
    }
}

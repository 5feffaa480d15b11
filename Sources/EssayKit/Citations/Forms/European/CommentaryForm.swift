import LowLevel

/// A work in an edited book as continental footnotes cite it, with `in:` before the editors: a
/// commentary's commentator, its editors and the section and margin number commented on
/// (`GRÜTZMACHER, in: Wandtke/Bullinger (ed.), Praxiskommentar zum Urheberrecht, 3rd ed., 2009,
/// § 69a ref. 32`, later `GRÜTZMACHER, in: Wandtke/Bullinger (ed.), UrhR, § 69a ref. 34`), or a
/// chapter's author and title before the book (`JAEGER, Der Erschöpfungsgrundsatz, in:
/// Hilty/Peukert (ed.), Interessenausgleich im Urheberrecht, 2004, p. 47, 58 f.`).
///
/// A commentary is one work, named by its editors, whichever commentator wrote the part cited and
/// however its title is abbreviated; the section and margin number are the pinpoint. A chapter is
/// its author's work; its first page in the book is no pinpoint.
enum CommentaryForm: CitationForm {
    /// The remarks after editors' names: `(ed.)`, `(eds.)`, `(Hrsg.)`.
    private static let editorMarks = ["(ed.)", "(eds.)", "(Hrsg.)", "(Ed.)", "(Eds.)"]
    /// Words that open a pinpoint in a commentary or treatise: a section, a margin number, a page.
    private static let pinpointWords = [
        "§", "before §", "after §", "vor §", "Vor §", "Art.", "art.", "ref.", "ref ", "Rn.", "Rdnr.", "para.", "para ", "chapter ",
        "Ziffer", "p. ", "pp. ", "S. ", "note ",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        var citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The editors' field opens with `in: `; a clause without one (its colon is rare) is not looked at further.
        guard text.firstOffset(of: UInt8(ascii: ":"), from: citation.lowerBound, end: citation.upperBound) < citation.upperBound,
              text.contains("in: ", in: citation) else { return nil }
        let fields = topLevelFields(text, citation)
        guard fields.count >= 3, let inIndex = fields.firstIndex(where: { text.has("in: ", at: $0.lowerBound, end: $0.upperBound) }),
              inIndex >= 1, inIndex <= 2 else { return nil }
        var lead = fields[0]
        // `but see with counter-arguments ... SPINDLER, in: ...`: the author's words, then the commentator in capitals.
        let leadWords = text.words(in: lead)
        if leadWords.count > 4, let last = leadWords.last, TreatiseShortForm.isAuthors(text, last) {
            lead = last
            citation = last.lowerBound..<citation.upperBound
        }
        guard let leadFirst = lead.first, Bytes.isUpper(text.bytes[leadFirst]) || text.bytes[leadFirst] >= 0xC0,
              text.wordCount(in: lead) <= 4 else { return nil }
        var editors = text.string(text.trimmed(fields[inIndex].lowerBound + 4..<fields[inIndex].upperBound))
        for mark in editorMarks where editors.hasSuffix(mark) {
            editors = String(editors.dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
        }
        guard let editorLead = editors.unicodeScalars.first, editorLead.properties.isUppercase || editors.hasPrefix("ifr"),
              editors.split(separator: " ").count <= 4 else { return nil }
        // The book's title, then edition and year, then the pinpoint.
        var bookTitle: String?
        var pinpointStart: Int?
        var end = fields[inIndex].upperBound
        for field in fields[(inIndex + 1)...] {
            let written = text.string(field)
            if pinpointStart == nil, isPinpoint(written) {
                pinpointStart = field.lowerBound
                end = field.upperBound
                continue
            }
            if let start = pinpointStart {
                // A second section is another pinpoint, and an address the work's copy.
                guard !written.hasPrefix("§"), !written.hasPrefix("available"), written.first?.isNumber == true || written.hasPrefix("ref") else { break }
                _ = start
                end = field.upperBound
                continue
            }
            if isEditionOrYear(written) {
                end = field.upperBound
                continue
            }
            guard !written.hasPrefix("available") else { break }
            if bookTitle == nil { bookTitle = titleWithoutRemarks(written) }
            end = field.upperBound
        }
        let pinpoint = pinpointStart.map { Pinpoint(kind: .section, text: text.string($0..<end)) }
        let authors = editors.split(separator: "/").map { String($0).trimmingCharacters(in: .whitespaces) }
        var work: WorkDraft
        if inIndex == 2 {
            // A chapter: its author and title, in the editors' book.
            work = WorkDraft(kind: .article, title: text.string(fields[1]))
            work.authors = [text.string(lead)]
            work.container = [editors, bookTitle].compactMap { $0 }.joined(separator: ", ")
            return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: chapterPinpoint(pinpoint),
                                 citation: citation.lowerBound..<end, trailing: rest(text, end, citation.upperBound))
        }
        work = WorkDraft(kind: .book, title: editors)
        work.authors = authors
        work.container = bookTitle
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                             citation: citation.lowerBound..<end, trailing: rest(text, end, citation.upperBound))
    }

    /// `p. 47, 58 f.`: the chapter starts on page 47; the pinpoint is 58 f. (`p. 61` alone is its first page).
    private static func chapterPinpoint(_ pinpoint: Pinpoint?) -> Pinpoint? {
        guard let pinpoint, pinpoint.text.hasPrefix("p. ") || pinpoint.text.hasPrefix("S. ") else { return pinpoint }
        let pages = pinpoint.text.dropFirst(3).split(separator: ",", maxSplits: 1)
        guard pages.count == 2 else { return nil }
        return Pinpoint(kind: .page, text: pages[1].trimmingCharacters(in: .whitespaces))
    }

    private static func isPinpoint(_ written: String) -> Bool {
        guard written.contains(where: \.isNumber) else { return false }
        if pinpointWords.contains(where: { written.hasPrefix($0) }) { return true }
        // A part of a commentary by letter: `C. ref. 14 ff.`, `G. ref. 9`.
        let words = written.split(separator: " ")
        return words.count >= 2 && words[0].count == 2 && words[0].last == "." && words[0].first?.isUppercase == true && words[1].hasPrefix("ref")
    }

    /// `3rd ed.`, `74th ed.`, `2009`, `2004 (hereinafter ...)`.
    private static func isEditionOrYear(_ written: String) -> Bool {
        if written.hasSuffix(" ed.") || written.hasSuffix(" edn.") || written.hasSuffix(" Aufl.") { return true }
        let head = written.prefix { $0.isNumber }
        return head.count == 4 && (written.count == 4 || written.dropFirst(4).hasPrefix(" ("))
    }

    private static func titleWithoutRemarks(_ written: String) -> String {
        guard let open = written.firstIndex(of: "(") else { return written }
        return written[..<open].trimmingCharacters(in: .whitespaces)
    }

    /// The comma-separated fields of `range`, outside brackets and quotations.
    private static func topLevelFields(_ text: CitationText, _ range: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = range.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: range) {
            let piece = text.trimmed(start..<comma)
            start = comma + 1
            if !piece.isEmpty { fields.append(piece) }
        }
        return fields
    }

    private static func rest(_ text: CitationText, _ end: Int, _ upper: Int) -> Range<Int>? {
        var rest = text.trimmed(end..<upper)
        while let first = rest.first, text.bytes[first] == UInt8(ascii: ",") { rest = text.trimmed(first + 1..<rest.upperBound) }
        return rest.isEmpty ? nil : rest
    }
}

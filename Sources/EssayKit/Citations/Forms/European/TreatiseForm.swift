import LowLevel

/// A treatise or monograph cited in full as continental footnotes do: the authors' surnames in
/// capitals, the title (and subtitle), perhaps the edition, the year, perhaps the short name it is
/// cited by later, then the pinpoint: `MARLY, Praxishandbuch Softwarerecht, 5th ed., 2009, ref.
/// 925`, `JAEGER/METZGER, Open Source Software, Rechtliche Rahmenbedingungen der Freien Software,
/// 3rd ed., 2011 (hereinafter referred to as “OSS”), ref. 136`, `SCHULZ, Dezentrale
/// Softwareentwicklungskonzepte, 2005, ref 563 f.`.
///
/// The authors and title name the book; the year says it is one (an article gives its journal,
/// which `CourtDecisionForm`'s `YearJournalCite` reads, and a chapter its editors after `in:`).
enum TreatiseForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte >= 0xC0
    }

    /// The most fields a title and subtitle take.
    private static let titleFieldLimit = 2

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = citation.first, Bytes.isUpper(text.bytes[lead]) || text.bytes[lead] >= 0xC0 else { return nil }
        guard let fields = AuthorLedFields.read(text, citation), fields.count >= 3 else { return nil }
        // The title's fields, to the edition or the year.
        var index = 1
        while index < fields.count, index <= titleFieldLimit, !isEditionOrYear(text, fields[index]) {
            let field = fields[index]
            guard let first = field.first, Bytes.isUpper(text.bytes[first]) || text.bytes[first] >= 0xC0,
                  !text.bytes[field].contains(where: Bytes.isDigit) else { return nil }
            index += 1
        }
        guard index > 1, index < fields.count else { return nil }
        let title = text.string(fields[1].lowerBound..<fields[index - 1].upperBound)
        var year: Int?
        var shortNames: [String] = []
        var sawYear = false
        while index < fields.count, isEditionOrYear(text, fields[index]) {
            let written = text.string(fields[index])
            if let found = DateWords.year(in: String(written.prefix(4))), written.prefix(4).allSatisfy(\.isNumber) {
                year = found
                sawYear = true
                if let declared = declaredName(written) { shortNames.append(declared) }
            }
            index += 1
        }
        guard sawYear else { return nil }
        var work = WorkDraft(kind: .book, title: title)
        work.authors = [text.string(fields[0])]
        work.year = year
        work.shortNames = shortNames
        var end = fields[index - 1].upperBound
        var pinpoint: Pinpoint?
        // The rest, when it opens with a margin number, section or page, is the pinpoint (`ref. 180, 182`).
        if index < fields.count, isPinpoint(text, fields[index]) {
            var last = index
            while last + 1 < fields.count, Bytes.isDigit(text.bytes[fields[last + 1].lowerBound]) { last += 1 }
            end = fields[last].upperBound
            pinpoint = Pinpoint(kind: .paragraph, text: text.string(fields[index].lowerBound..<end))
        }
        var rest = text.trimmed(end..<citation.upperBound)
        while let first = rest.first, text.bytes[first] == UInt8(ascii: ",") { rest = text.trimmed(first + 1..<rest.upperBound) }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation.lowerBound..<end,
                             trailing: rest.isEmpty ? nil : rest)
    }

    /// `3rd ed.`, `2011`, `2004 (hereinafter referred to as “Open Source”)`.
    private static func isEditionOrYear(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let written = text.string(field)
        if written.hasSuffix(" ed.") || written.hasSuffix(" edn.") || written.hasSuffix(" Aufl.") { return true }
        let head = written.prefix { $0.isNumber }
        return head.count == 4 && (written.count == 4 || written.dropFirst(4).hasPrefix(" ("))
    }

    /// `ref. 925`, `ref 563 f.`, `§ 4 ref. 2`, `Rn. 5`, `p. 12`, `para. 3`, `chapter C. ref. 49 ff.`.
    private static func isPinpoint(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let written = text.string(field)
        guard written.contains(where: \.isNumber) else { return false }
        return ["ref", "§", "Rn.", "Rdnr.", "p. ", "pp. ", "para", "chapter ", "S. ", "note "].contains { written.hasPrefix($0) }
    }

    /// `(hereinafter referred to as “OSS”)`: the name quoted.
    private static func declaredName(_ written: String) -> String? {
        guard let here = written.range(of: "hereinafter ") else { return nil }
        let rest = written[here.upperBound...]
        for (open, close) in [("“", "”"), ("\"", "\""), ("‘", "’")] {
            guard let opening = rest.range(of: open), let closing = rest[opening.upperBound...].range(of: close) else { continue }
            let name = rest[opening.upperBound..<closing.lowerBound].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        return nil
    }
}

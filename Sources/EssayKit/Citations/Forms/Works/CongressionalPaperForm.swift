import LowLevel

/// A committee's report, hearing or document, as policy writing cites it: `U.S. Congress, House
/// Appropriations Committee, Widget Appropriations Bill, 2026, report to accompany H.R. 5304, 119th
/// Cong., 1st sess., H.Rept. 119-271, September 11, 2025, p. 91`; `U.S. Congress, Senate Committee
/// on Widgets, Widget Safety Oversight, hearing, 118th Cong., 2nd sess., May 3, 2024, S.Hrg.
/// 118-301`; or by its number alone (`H.Rept. 119-272`, `S. Hrg. 118-123`).
///
/// The author is Congress and its committees (the fields up to the last that names a committee),
/// the title the fields after them up to the paper's kind (`report`, `hearing`, `report to
/// accompany H.R. 5304`) or its Congress and session; the paper's number, when given, is its
/// identity (`hrept-119-271`), never the bill its title or kind names. Its date is the paper's, not
/// a year its title holds (`Appropriations Bill, 2026`).
enum CongressionalPaperForm: WorkForm {
    /// Words that open a field naming the paper's kind, after its title, in lower case (a title
    /// may open with `Hearing on`).
    private static let kindWords: [StaticString] = ["report", "hearing", "hearings", "committee print", "conference report", "markup"]
    /// Words ending a field that names a committee of Congress.
    private static let committeeEndings: [StaticString] = ["Committee", "Subcommittee", "Commission"]
    /// Fields that name a chamber as the paper's author.
    private static let chambers: [StaticString] = ["House of Representatives", "House", "Senate"]

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        let text = fields.text
        let names = fields.names
        guard !names.isEmpty else {
            // A paper by its number alone: a report or print is a report, a hearing or document a document.
            guard let prefix = fields.facts.documentPrefix, CitationField.isCongressionalSeries(prefix) else { return false }
            work.kind = prefix.hasSuffix("Rept.") || prefix.hasSuffix("Prt.") ? .report : .document
            return true
        }
        // The cheap gate: the first field is `U.S. Congress` (its range read, the field not copied).
        let firstCore = names[names.startIndex].core
        guard text.bytes[firstCore.lowerBound] == UInt8(ascii: "U"), text.equals(firstCore, "U.S. Congress"), names.count >= 3
        else { return false }
        // The title ends at the paper's kind or its Congress; without either, it is no paper.
        guard let titleEnd = names.dropFirst().firstIndex(where: { endsTitle(text, $0) })
                ?? (CitationField.isCongressionalSeries(fields.facts.documentPrefix ?? "") ? names.endIndex : nil) else { return false }
        guard let namedCommittee = names[..<titleEnd].lastIndex(where: { namesCommittee(text, $0) }), namedCommittee > names.startIndex
        else { return false }
        let lastCommittee = committeeListEnd(text, names[..<titleEnd], from: namedCommittee)
        guard lastCommittee + 1 < titleEnd, let title = fields.span(names[(lastCommittee + 1)..<titleEnd]),
              let author = fields.span(names[...lastCommittee]) else { return false }
        work.kind = .report
        work.title = title
        work.authors = [author]
        work.authorIsInstitution = true
        work.container = nil
        if let dated = fields.facts.writtenDateYear ?? fields.facts.dateYear { work.year = dated }
        return true
    }

    /// Most words in one item of a committee's list of subjects (`Health and Human Services`).
    private static let longestSubject = 5

    /// The last field of a committee's name that commas part, `Committee on Banking, Housing, and
    /// Urban Affairs`: from the field naming the committee (`Committee on X`), the fields that
    /// are subjects (a few capitalised words, `and` among them, no `of` or digit) up to one opening
    /// with `and`, which ends the list. Without that closing `and` the fields are the title's
    /// (`Committee on Appropriations, Departments of Labor, Health and Human Services, ...`), and so
    /// are they when no field is left for a title (`Committee on Widgets, Gadgets, and Gears, hearing`).
    private static func committeeListEnd(_ text: CitationText, _ names: ArraySlice<CitationField>, from committee: Int) -> Int {
        let words = text.words(in: names[committee].core)
        // The gate: the committee's field ends in its first subject, `... on Banking`.
        guard words.count >= 2, let on = words.lastIndex(where: { text.equals($0, "on") }), on + 1 < words.count,
              words[(on + 1)...].allSatisfy({ isSubjectWord(text, $0) }) else { return committee }
        var index = committee + 1
        while index < names.endIndex, names[index].remarks.isEmpty {
            let subject = text.words(in: names[index].core)
            guard (1...longestSubject).contains(subject.count), subject.allSatisfy({ isSubjectWord(text, $0) }) else { break }
            // A title must remain after the committee: else the list was the title's.
            if text.equals(subject[0], "and") { return subject.count > 1 && index + 1 < names.endIndex ? index : committee }
            index += 1
        }
        return committee
    }

    /// A word of a committee's subject: capitalised with no digit, or `and`.
    private static func isSubjectWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        if text.equals(word, "and") { return true }
        return Bytes.isUpper(text.bytes[word.lowerBound]) && !text.bytes[word].contains(where: Bytes.isDigit)
    }

    /// Whether `field` names the paper's kind (`report`, `report to accompany H.R. 5304`) or its
    /// Congress (`119th Cong.`).
    private static func endsTitle(_ text: CitationText, _ field: CitationField) -> Bool {
        if WorkFields.startsWith(text, field, kindWords) { return true }
        let words = text.words(in: field.core)
        guard let ordinal = words.first, words.count == 2, Bytes.isDigit(text.bytes[ordinal.lowerBound]) else { return false }
        return text.equals(words[1], "Cong.") || text.equals(words[1], "Congress") || text.equals(words[1], "sess.")
    }

    /// Whether `field` names a committee or chamber: it ends in `Committee` or `Subcommittee`,
    /// holds `Committee on`, or is `House` or `Senate`.
    private static func namesCommittee(_ text: CitationText, _ field: CitationField) -> Bool {
        if chambers.contains(where: { text.equals(field.core, $0) }) { return true }
        let words = text.words(in: field.core)
        guard let last = words.last else { return false }
        if committeeEndings.contains(where: { text.equals(last, $0) }) { return true }
        for index in words.indices.dropLast() where text.equals(words[index], "Committee") || text.equals(words[index], "Subcommittee") {
            if text.equals(words[index + 1], "on") { return true }
        }
        return false
    }
}

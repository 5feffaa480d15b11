import LowLevel

/// A press release in the Bluebook's form: `Press Release, U.S. Dep't of Just., Current and Former
/// Riverton, Iowa Police Officers Charged with Federal Crimes (Aug. 4, 2022), https://...`.
///
/// The kind of work comes first, then the body that issued it, then the release's title, which
/// may hold commas of its own (`Riverton, Iowa`): every field after the body is the title's.
enum PressReleaseForm: WorkForm {
    /// The words that open such a citation.
    private static let openings: [StaticString] = ["Press Release", "News Release", "Press Statement", "Media Release", "Joint Press Release"]

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        let names = fields.names
        let text = fields.text
        // The gate: the first field is one of the openings, read in place.
        guard names.count >= 3, fields.titleIndex == nil || fields.titleIndex == names.startIndex + 2 else { return false }
        let first = names[names.startIndex].core
        let lead = text.bytes[first.lowerBound]
        guard lead == UInt8(ascii: "P") || lead == UInt8(ascii: "N") || lead == UInt8(ascii: "M") || lead == UInt8(ascii: "J"),
              openings.contains(where: { text.equals(first, $0) }) else { return false }
        // `Off. of Pub. Affs., U.S. Dep't of Just., Title`: the body goes on through fields of
        // abbreviations, a title's field left after them.
        var titleStart = names.startIndex + 2
        while titleStart + 1 < names.endIndex, isAbbreviatedName(text, names[titleStart].core) { titleStart += 1 }
        guard let title = fields.span(names[titleStart...]), let body = fields.span(names[(names.startIndex + 1)..<titleStart]) else { return false }
        work.kind = .document
        work.title = title
        work.authors = [body]
        work.authorIsInstitution = true
        work.container = nil
        return true
    }

    /// The most words in a field that goes on with the body's name.
    private static let longestBodyField = 6

    /// Whether a field is a body's name in abbreviations (`U.S. Dep't of Just.`, `Dist. of Minn.`,
    /// `D.C.`): a few words, at least half the capitalised ones abbreviated (a stop at the end, or an
    /// apostrophe).
    private static func isAbbreviatedName(_ text: CitationText, _ core: Range<Int>) -> Bool {
        let words = text.words(in: core)
        guard (1...longestBodyField).contains(words.count) else { return false }
        var capitalised = 0
        var abbreviated = 0
        for word in words where Bytes.isUpper(text.bytes[word.lowerBound]) {
            capitalised += 1
            let bytes = text.bytes[word]
            if bytes.last == UInt8(ascii: ".") || bytes.contains(UInt8(ascii: "'")) || text.contains("’", in: word) { abbreviated += 1 }
        }
        return capitalised > 0 && abbreviated * 2 >= capitalised
    }
}

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
              openings.contains(where: { text.equals(first, $0) }),
              let title = fields.span(names[(names.startIndex + 2)...]) else { return false }
        work.kind = .document
        work.title = title
        work.authors = [text.string(names[names.startIndex + 1].core)]
        work.authorIsInstitution = true
        work.container = nil
        return true
    }
}

/// A letter, usually circulated as a UN document: `Letter dated 2 May 2016 from the Permanent
/// Representative of Ruritania ... , U.N. Doc. S/2016/400 (May 3, 2016)`.
enum LetterForm: WorkForm {
    private static let letterWords: [StaticString] = ["Letter", "Letters"]

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.titleStarts(with: letterWords) else { return false }
        work.kind = .letter
        return true
    }
}

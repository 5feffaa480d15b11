/// A speech, address or statement: `George H.W. Bush, Address Before a Joint Session of Congress
/// (Sept. 11, 1990)`.
enum SpeechForm: WorkForm {
    private static let speechWords: [StaticString] = ["Address", "Remarks", "Speech", "Statement", "Lecture", "Testimony", "Keynote"]

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.titleStarts(with: speechWords) else { return false }
        work.kind = .speech
        return true
    }
}

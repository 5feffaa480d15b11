/// A court decision named by its parties (`Roe v. Doe`) with no reporter legit knows: cited with a
/// docket number or a database, it is kept apart from articles and books, as a work of no kind.
enum UnreportedCaseForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        // A title naming a case in a journal (`The Wages of Crying Wolf: A Comment on Roe v. Wade,
        // 82 Yale L. J. 920`) is an article's.
        guard fields.facts.journal == nil, isCaseName(work.title) else { return false }
        work.kind = .other
        return true
    }

    /// `Roe v. Doe`: a court decision's name.
    static func isCaseName(_ title: String) -> Bool {
        let bytes = title.utf8Span.span
        guard bytes.count >= 4 else { return false }
        for start in 0...(bytes.count - 4) where bytes[start] == UInt8(ascii: " ") && bytes[start + 1] == UInt8(ascii: "v")
            && bytes[start + 2] == UInt8(ascii: ".") && bytes[start + 3] == UInt8(ascii: " ") {
            return true
        }
        return false
    }
}

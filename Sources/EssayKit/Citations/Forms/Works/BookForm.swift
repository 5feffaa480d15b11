/// A book: an author and a title, or a title in emphasis first, and a year: `JANE MALLORY,
/// MULTI-PARTY GOVERNANCE AND THE FORUM (2008)`, `JOHN SMITH & TOM WU, THE BOOK OF THINGS 45 (2d
/// ed. 2010)`.
enum BookForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.leadText != nil || fields.titleIndex == 0 else { return false }
        work.kind = .book
        return true
    }
}

/// An article in a journal cited by volume and first page: `Dana Okafor, *The Legitimacy of
/// Tribunals*, 87 AM. J. INT'L L. 552, 561 (1993)`.
enum JournalArticleForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        let facts = fields.facts
        guard let journal = facts.journal else { return false }
        work.kind = .article
        work.container = journal
        work.volume = facts.volume
        work.firstPage = facts.firstPage
        return true
    }
}

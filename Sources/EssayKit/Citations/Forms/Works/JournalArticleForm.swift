/// An article in a journal cited by volume and first page: `Dana Okafor, *The Legitimacy of
/// Tribunals*, 87 AM. J. INT'L L. 552, 561 (1993)`, or, by a journal Free Law Project's journals
/// table knows, with no author or title at all: `99 Minn. L. Rev. 1459`.
enum JournalArticleForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        let facts = fields.facts
        guard let journal = facts.journal else { return false }
        work.kind = .article
        work.container = journal
        work.volume = facts.volume
        work.firstPage = facts.firstPage
        if work.title.isEmpty, let volume = facts.volume, let page = facts.firstPage { work.title = "\(volume) \(journal) \(page)" }
        return true
    }

    /// Whether `journal` is one `LegalTables.journals` lists, in any case and spacing.
    static func isKnownJournal(_ journal: String?) -> Bool {
        guard let journal else { return false }
        var key: [UInt8] = []
        LegalTable.fold(Array(journal.utf8), into: &key)
        return !LegalTables.journals.lines(forKey: key).isEmpty
    }
}

/// A treaty: `International Covenant on Civil and Political Rights, art. 19(2), Dec. 19, 1966,
/// 999 U.N.T.S. 171`, or a charter cited by article alone (`U.N. Charter art. 2, ¶ 4`).
enum TreatyForm: WorkForm {
    private static let treatySeries: Set<String> = ["U.N.T.S.", "L.N.T.S.", "U.S.T.", "T.I.A.S.", "E.T.S.", "C.E.T.S.", "Consol. T.S."]
    /// A journal longer than this is no treaty series, and its name need not be hashed to know it.
    private static let longestTreatySeries = 12

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        let facts = fields.facts
        let byArticle = facts.pinpoint?.kind == .article && fields.lead.isEmpty && fields.titleIndex == nil && facts.documentNumber == nil
        guard isTreatySeries(facts.journal) || byArticle else { return false }
        work.kind = .treaty
        if let journal = facts.journal, let volume = facts.volume, let page = facts.firstPage {
            work.documentNumber = "\(volume) \(journal) \(page)"
            work.volume = volume
            work.container = journal
            work.firstPage = page
        }
        return true
    }

    /// Whether a journal is a treaty series (`U.N.T.S.`).
    static func isTreatySeries(_ journal: String?) -> Bool {
        guard let journal, journal.utf8.count <= longestTreatySeries else { return false }
        return treatySeries.contains(journal)
    }
}

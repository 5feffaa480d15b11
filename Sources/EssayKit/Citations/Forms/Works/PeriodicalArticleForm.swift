/// An article in a periodical cited without a volume (a magazine, a newspaper, proceedings): a
/// title in emphasis followed by the periodical's name, `David Caron, *The Multiple Functions of
/// International Courts*, PROC. ASIL ANN. MEETING (2018)`.
enum PeriodicalArticleForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.titleIndex != nil, fields.afterText != nil else { return false }
        work.kind = .article
        return true
    }
}

/// One kind of work a full citation names by its comma-separated fields: the second table of
/// recognisers, after `CitationForms.clauseForms`.
///
/// `FullWorkForm` reads a citation's fields once (`WorkFields`) and asks each form of
/// `WorkForms.all` in turn whether the work is of its kind; the first that claims it fills in
/// what it knows. Authors are assigned afterwards, the same way for every kind, unless the form
/// named them.
protocol WorkForm: Sendable {
    /// Whether `fields` cite a work of this form; if so, `work` gets its kind and fields.
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool
}

/// The table of work forms, in the order they are asked.
enum WorkForms {
    static let all: [any WorkForm.Type] = [
        TypedDocumentForm.self,
        PressReleaseForm.self,
        CongressionalPaperForm.self,
        UnreportedCaseForm.self,
        ResolutionForm.self,
        LetterForm.self,
        SpeechForm.self,
        TreatyForm.self,
        ReportForm.self,
        UNDocumentForm.self,
        JournalArticleForm.self,
        NewsForm.self,
        WebPageForm.self,
        PeriodicalArticleForm.self,
        BookForm.self,
    ]
}

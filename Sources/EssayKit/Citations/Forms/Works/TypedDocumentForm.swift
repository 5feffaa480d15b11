/// A document whose kind is a field of its own between the body and the title (`DocumentTypeField`):
/// `Judicial Council, Briefing Note, Records Modernization Plan (RMP) (Feb. 2012), http://...` is the
/// plan, by the council; `Lu Berg, Blog Post, Why Models Forget (May 2, 2023), https://...` a page.
enum TypedDocumentForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard let kind = fields.documentKind else { return false }
        work.kind = kind
        return true
    }
}

/// A field that names the kind of document cited, between the body that issued it and its title:
/// `Judicial Council, Briefing Note, Records Modernization Plan (RMP) (Feb. 2012), http://...`,
/// `Harbor Trust, Press Release, Harbor Trust Opens New Docks (Mar. 3, 2019)`.
///
/// The field is the document's kind, neither author nor title: the work is the title's, by the body
/// before it. Only a field that is the kind's words alone counts, so a title that opens with them
/// (`Press Releases and the Courts`) stays a title.
enum DocumentTypeField {
    /// The kinds written as a field of their own, each with the work's kind.
    private static let types: [(words: StaticString, kind: Authority.Kind)] = [
        ("Briefing Note", .document), ("Briefing Paper", .document), ("Press Release", .document), ("News Release", .document),
        ("Media Release", .document), ("Press Statement", .document), ("Fact Sheet", .document), ("Policy Brief", .report),
        ("Issue Brief", .report), ("White Paper", .report), ("Discussion Paper", .report), ("Blog Post", .webpage),
        ("BRIEFING NOTE", .document), ("PRESS RELEASE", .document), ("NEWS RELEASE", .document), ("FACT SHEET", .document),
        ("POLICY BRIEF", .report), ("ISSUE BRIEF", .report), ("WHITE PAPER", .report), ("BLOG POST", .webpage),
    ]

    /// The work's kind when `field` is a document's kind alone, else nil.
    static func kind(_ text: CitationText, _ field: CitationField) -> Authority.Kind? {
        // The gate: a short field, with no remarks or pinpoint.
        guard field.remarks.isEmpty, field.trailingPinpoint == nil, (8...16).contains(field.core.count) else { return nil }
        return types.first { text.equals(field.core, $0.words) }?.kind
    }
}

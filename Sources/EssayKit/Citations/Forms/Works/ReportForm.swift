/// A report named as one: `Rept. of the Special Rapporteur on Privacy, Addendum: Country Visits,
/// at 3–11, U.N. Doc. A/HRC/40/63 (May 22, 2019)`.
enum ReportForm: WorkForm {
    private static let reportWords: [StaticString] = ["Report", "Reports", "Rep.", "Rept.", "Repts."]

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        // `JANE ROE & JOHN DOE, BUREAU OF JUST. STATS., U.S. DEP'T OF JUSTICE, TITLE`: a work its
        // authors wrote for the bodies that issued it.
        guard fields.titleStarts(with: reportWords) || !fields.issuer.isEmpty else { return false }
        work.kind = .report
        return true
    }
}

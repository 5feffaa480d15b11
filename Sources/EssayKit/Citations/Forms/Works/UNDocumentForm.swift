/// A work fixed by a document symbol: `U.N. Doc. A/HRC/29/32 (2015)` alone is a document; with an
/// issuing body before it (`World Meteorological Organization, *State of the Climate*,
/// WMO/CLIM/REP/12`), a report.
enum UNDocumentForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.facts.documentNumber != nil else { return false }
        work.kind = fields.lead.isEmpty ? .document : .report
        return true
    }
}

/// A work fixed by a document symbol: `U.N. Doc. A/HRC/29/32 (2015)` alone is a document; with an
/// issuing body before it (`World Meteorological Organization, *State of the Climate*,
/// WMO/CLIM/REP/12`), a report. A notice labelled with its number (`Funding Opportunity Number:
/// RDBCP-VAPG-2026`) is a document whoever issued it.
enum UNDocumentForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.facts.documentNumber != nil else { return false }
        let labelled = fields.facts.documentPrefix.map { $0.hasSuffix("Number:") || $0.hasSuffix("Number") || $0.hasSuffix("No.:") } == true
        work.kind = fields.lead.isEmpty || labelled ? .document : .report
        return true
    }
}

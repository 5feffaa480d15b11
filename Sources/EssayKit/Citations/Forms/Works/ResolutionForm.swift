/// A resolution of a UN organ or other body: `G.A. Res. 57/238, at 2 (Dec. 20, 2002)`,
/// `S.C. Res. 678, ¶ 2 (Nov. 29, 1990)`.
enum ResolutionForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard let resolution = fields.facts.resolution else { return false }
        work.kind = .resolution
        work.documentNumber = resolution.number
        work.resolutionBody = resolution.body
        work.container = resolution.body.isEmpty ? nil : resolution.body
        return true
    }
}

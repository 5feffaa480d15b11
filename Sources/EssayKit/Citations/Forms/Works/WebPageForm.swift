/// A page on the web: `John Perry Barlow, *A Declaration of the Independence of Cyberspace*,
/// ELECTRONIC FRONTIER FOUNDATION (Feb. 8, 1996), https://...`. A body's work in capitals with
/// an address and no title in emphasis is that body's report (`FREEDOM HOUSE, FREEDOM ON THE NET
/// 2018 (2018), https://...`).
enum WebPageForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        guard fields.facts.url != nil else { return false }
        work.kind = fields.titleIndex == nil && fields.leadText != nil && fields.leadIsCapitals ? .report : .webpage
        return true
    }
}

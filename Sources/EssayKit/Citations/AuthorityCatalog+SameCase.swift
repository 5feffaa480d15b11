extension AuthorityCatalog {
    /// The most a first page may differ between two full citations of one case for a slip of the
    /// pen (`961 F.2d 401` and `961 F.2d 402`): no two opinions with the same first party, year and
    /// court begin so close together in one volume.
    static let firstPageSlip = 2

    /// The one case the cases at `candidates` are when they look like one case cited in full twice
    /// with a slip in one of the citations (a party's name abbreviated otherwise, `Pub.` and
    /// `Publ'g`; a first page off by one or two): the one cited in full last, which a short form
    /// after both means. Nil when any two could be different cases: each must be a case of the same
    /// volume and reporter, year and court, with the same first party and first pages that close.
    func oneCaseCitedTwice(_ candidates: [Int]) -> Int? {
        guard candidates.count > 1, let latest = candidates.max() else { return nil }
        let last = authorities[latest]
        guard last.kind == .case, last.year != nil, let page = last.firstPage.flatMap({ Int($0) }),
              let party = Self.firstParty(last.title) else { return nil }
        for index in candidates where index != latest {
            let work = authorities[index]
            guard work.kind == .case, work.year == last.year, work.volume == last.volume, work.container == last.container,
                  work.court == last.court, let first = work.firstPage.flatMap({ Int($0) }), abs(first - page) <= Self.firstPageSlip,
                  Self.firstParty(work.title) == party else { return nil }
        }
        return latest
    }

    /// The first two words of a case name's first party, normalized (`blue herons` of `Blue Herons
    /// of the Bay v. Daily Courier`); nil for a name with no `v.`.
    private static func firstParty(_ title: String) -> [Substring]? {
        let words = normalized(title).split(separator: " ")
        guard let versus = words.firstIndex(where: { $0 == "v" || $0 == "vs" }), versus > 0 else { return nil }
        return Array(words[..<min(versus, 2)])
    }
}

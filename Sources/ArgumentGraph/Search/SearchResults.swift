/// The best hits of a search, and how many there are in all.
public struct SearchResults<Hit: Sendable>: Sendable {
    /// The best hits, best first, at most the limit asked for.
    public var hits: [Hit]
    /// How many documents match in all.
    public var total: Int
    /// How many essays hold a match.
    public var essays: Int

    public init(hits: [Hit], total: Int, essays: Int) {
        self.hits = hits
        self.total = total
        self.essays = essays
    }
}

extension SearchResults: Equatable where Hit: Equatable {}

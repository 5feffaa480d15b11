/// The search: what was found, which match the reader is on, and what to go back to.
public struct SearchState: Sendable {
    /// The matches of the last search (or of the query being typed).
    public var found: FoundSearch?
    /// The match the reader is on, as an index into `found`'s documents.
    public var current: Int?
    /// Whether the matches are marked in the text; `Esc` hides them, `n` and `N` show them again.
    public var highlights = true
    /// A query typed while the index was still being built: it runs as soon as the index is ready.
    public var waiting: String?
    /// The matches grouped for the list of results, once it has been opened for this search.
    public var listing: SearchListing?
    /// The search before the one being typed, and where the pane was: what `Esc` goes back to.
    var before: (found: FoundSearch?, current: Int?, top: Int)?

    public init() {}

    /// The query of the search shown.
    public var query: String { waiting ?? found?.query ?? "" }
}

/// The matches of a search in reading order, grouped as the list of results shows them; made
/// when the list opens, not per key.
public struct SearchListing: Sendable {
    /// Claims and sentences of the body.
    public var text: [Int]
    public var footnotes: [Int]
    public var authorities: [Int]

    init(_ found: FoundSearch) {
        let claims = found.ordered(.claim)
        let statements = found.ordered(.statement)
        // Claims and sentences merged into one reading order.
        var text: [Int] = []
        text.reserveCapacity(claims.count + statements.count)
        var a = 0
        var b = 0
        while a < claims.count || b < statements.count {
            if b >= statements.count || (a < claims.count && FoundSearch.before(found.key(claims[a]), found.key(statements[b]))) {
                text.append(claims[a])
                a += 1
            } else {
                text.append(statements[b])
                b += 1
            }
        }
        self.text = text
        footnotes = found.ordered(.footnote)
        authorities = found.ordered(.authority)
    }
}

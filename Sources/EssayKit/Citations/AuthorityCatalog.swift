/// The works an essay cites, each once, in order of first citation, with the footnotes citing them.
///
/// Two full citations are the same work when they share a document symbol, or else the same first
/// author, title and year, whatever their pinpoints and signals.
struct AuthorityCatalog {
    private(set) var authorities: [Authority] = []
    private var indexByKey: [String: Int] = [:]
    private var indexByID: [String: Int] = [:]

    /// Adds the work of a full citation, or finds it if already cited, and returns its id.
    mutating func register(_ work: WorkDraft, footnote: String, citationText: String) -> String {
        let key = Self.identityKey(work)
        if let index = indexByKey[key] {
            merge(work, into: index)
            recordCitation(of: authorities[index].id, in: footnote)
            return authorities[index].id
        }
        let id = uniqueID(AuthorityIDMaker.baseID(for: work))
        let authority = Authority(
            id: id, kind: work.kind, authors: work.authors, title: work.title, year: work.year, container: work.container,
            volume: work.volume, firstPage: work.firstPage, documentNumber: work.documentNumber, url: work.url,
            shortNames: work.shortNames, footnotes: [footnote], firstCitedIn: "\(footnote): \(citationText)")
        indexByKey[key] = authorities.count
        indexByID[id] = authorities.count
        authorities.append(authority)
        return id
    }

    /// Notes that footnote `footnote` cites the work `id` (by any form).
    mutating func recordCitation(of id: String, in footnote: String) {
        guard let index = indexByID[id], authorities[index].footnotes.last != footnote else { return }
        authorities[index].footnotes.append(footnote)
    }

    func authority(_ id: String) -> Authority? {
        indexByID[id].map { authorities[$0] }
    }

    /// The ids among `ids` (all works when nil) whose short names, authors, title or volume and
    /// journal answer to every comma-separated part of `name`.
    func matches(_ name: String, among ids: [String]? = nil) -> [String] {
        let parts = name.split(separator: ",").map { Self.normalized(String($0)) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return [] }
        let candidates = ids?.compactMap { indexByID[$0] } ?? Array(authorities.indices)
        return candidates.filter { index in
            parts.allSatisfy { Self.answers(authorities[index], to: $0) }
        }.map { authorities[$0].id }
    }

    private static func answers(_ authority: Authority, to part: String) -> Bool {
        if authority.shortNames.contains(where: { normalized($0) == part }) { return true }
        for author in authority.authors {
            let name = normalized(author)
            if name == part || name.split(separator: " ").last.map(String.init) == part { return true }
        }
        if let container = authority.container, let volume = authority.volume, normalized("\(volume) \(container)") == part { return true }
        var title = normalized(authority.title)
        for article in ["the ", "a ", "an "] where title.hasPrefix(article) { title.removeFirst(article.count) }
        return part.utf8.count >= 4 && (title == part || title.hasPrefix(part + " "))
    }

    private mutating func merge(_ work: WorkDraft, into index: Int) {
        for name in work.shortNames where !authorities[index].shortNames.contains(name) {
            authorities[index].shortNames.append(name)
        }
        if authorities[index].year == nil { authorities[index].year = work.year }
        if authorities[index].url == nil { authorities[index].url = work.url }
        if authorities[index].container == nil { authorities[index].container = work.container }
    }

    private mutating func uniqueID(_ base: String) -> String {
        var id = base
        var suffix = 2
        while indexByID[id] != nil {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }

    private static func identityKey(_ work: WorkDraft) -> String {
        if let number = work.documentNumber {
            let slugged = AuthorityIDMaker.slug(number)
            return work.kind == .resolution ? "res:\(AuthorityIDMaker.slug(work.resolutionBody ?? ""))|\(slugged)" : "doc:" + slugged
        }
        let author = work.authors.first.map(AuthorityIDMaker.slug) ?? ""
        return "work:\(author)|\(AuthorityIDMaker.slug(work.title))|\(work.year.map(String.init) ?? "")"
    }

    /// Lower-case ASCII letters and digits, single spaces between runs; for comparing names.
    static func normalized(_ string: String) -> String {
        AuthorityIDMaker.slug(string).split(separator: "-").joined(separator: " ")
    }
}

import EssayKit

extension ArgumentMap {
    /// The claims that pass `filter`, in the annotation file's order; with `includeSuggested`,
    /// the suggested claims that pass it follow, in reading order.
    public func claims(matching filter: ClaimFilter) -> [Claim] {
        claims.filter(filter.matches) + (filter.includeSuggested ? suggestions.filter(filter.matches) : [])
    }

    /// How many claims speak to factor `id`: `annotated` with it by an annotator, and `suggested`
    /// only by the framework's cue terms (`Claim.speaks(to:includingSuggested:)`). A count shown to
    /// a reader gives the annotated number and says how many more are only suggested.
    public func factorCount(_ id: String) -> (annotated: Int, suggested: Int) {
        var annotated = 0
        var suggested = 0
        for claim in claims {
            if claim.speaks(to: id, includingSuggested: false) {
                annotated += 1
            } else if claim.speaks(to: id, includingSuggested: true) {
                suggested += 1
            }
        }
        return (annotated, suggested)
    }

    /// The statements (unannotated sentences) whose cue terms suggest `factor`.
    public func statements(suggesting factor: String) -> [Statement] {
        statements.filter { $0.factors.contains { $0.factor == factor } }
    }

    /// The claims that relate to claim `id`, with how: `(relation, source claim id)`.
    public func incomingRelations(of id: String) -> [(type: RelationType, from: String)] {
        claims.flatMap { claim in
            claim.relations.filter { $0.target == id }.map { ($0.type, claim.id) }
        }
    }

    /// Every node at most `steps` edges from `start`, following edges both ways, and the edges among them.
    public func neighbourhood(of start: NodeID, steps: Int, types: Set<EdgeType>? = nil) -> Subgraph {
        guard let first = table.index(of: start) else { return Subgraph(nodes: [:], edges: []) }
        var distance: [Int: Int] = [first: 0]
        var frontier = [first]
        var step = 0
        while step < steps, !frontier.isEmpty {
            step += 1
            var next: [Int] = []
            for node in frontier {
                for edgeIndex in Array(outgoing(node)) + Array(incoming(node)) {
                    let edge = edges[edgeIndex]
                    if let types, !types.contains(edge.type) { continue }
                    let other = edge.from == nodes[node] ? edge.to : edge.from
                    guard let otherIndex = table.index(of: other), distance[otherIndex] == nil else { continue }
                    distance[otherIndex] = step
                    next.append(otherIndex)
                }
            }
            frontier = next
        }
        var found: [NodeID: Int] = [:]
        for (index, steps) in distance { found[nodes[index]] = steps }
        let inside = edges.filter { edge in
            found[edge.from] != nil && found[edge.to] != nil && (types?.contains(edge.type) ?? true)
        }
        return Subgraph(nodes: found, edges: inside)
    }

    /// The works behind claim `id`: each citation in its footnotes, resolved through *Id.* and *supra*.
    public func citedWorks(of id: String) -> [CitedWork] {
        guard let claim = claim(id) else { return [] }
        var works: [CitedWork] = []
        for label in claim.footnotes { works += citedWorks(inFootnote: label) }
        return works
    }

    /// The works footnote `label` cites, each followed through *Id.* and *supra* to its full citation.
    public func citedWorks(inFootnote label: String) -> [CitedWork] {
        guard let footnote = essay.footnote(label) else { return [] }
        return footnote.citations.map { citation in
            var via: [String] = []
            var current = citation
            var authorityID = citation.authorityID
            var pinpoint = citation.pinpoint
            var visited: Set<String> = [label]
            while let next = current.refersTo, !visited.contains(next), let note = essay.footnote(next) {
                visited.insert(next)
                via.append(next)
                let match = note.citations.first { $0.authorityID != nil && $0.authorityID == authorityID }
                    ?? note.citations.first { $0.form == .full }
                    ?? note.citations.last
                guard let match else { break }
                current = match
                authorityID = authorityID ?? match.authorityID
                pinpoint = pinpoint ?? match.pinpoint
            }
            return CitedWork(footnote: label, citation: citation, authority: authorityID.flatMap(essay.authority),
                             pinpoint: pinpoint, via: via)
        }
    }

    /// The ids of the authorities claim `id` rests on, in order of citation.
    public func authorities(of id: String) -> [String] {
        var seen: Set<String> = []
        return citedWorks(of: id).compactMap { $0.authority?.id }.filter { seen.insert($0).inserted }
    }

    /// Every claim that rests on the authority `authorityID` through its footnotes.
    public func claims(restingOn authorityID: String) -> [Claim] {
        (claimIDsByAuthority()[authorityID] ?? []).compactMap(claim)
    }

    /// For every authority a claim rests on, the ids of those claims, in the annotation file's order;
    /// one pass over the claims, where asking `claims(restingOn:)` of each authority would be quadratic.
    public func claimIDsByAuthority() -> [String: [String]] {
        var result: [String: [String]] = [:]
        for claim in claims {
            for authority in authorities(of: claim.id) { result[authority, default: []].append(claim.id) }
        }
        return result
    }

    /// The claims whose support leads, directly or through other claims, to claim `id`.
    public func supportTree(of id: String) -> [String] {
        var seen: Set<String> = [id]
        var order: [String] = []
        var queue = [id]
        while let current = queue.first {
            queue.removeFirst()
            for (type, from) in incomingRelations(of: current) where type == .supports && seen.insert(from).inserted {
                order.append(from)
                queue.append(from)
            }
        }
        return order
    }
}

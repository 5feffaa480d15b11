import EssayKit

/// Assembles an `ArgumentMap` from an essay, its framework and its anchored claims.
struct GraphBuilder {
    let essay: Essay
    let framework: Framework?
    let subjects: [Subject]
    let annotationsPath: String?

    func build(anchored: [(annotation: ClaimAnnotation, anchor: TextAnchor, text: String)], text: EssayText) -> ArgumentMap {
        var claims = makeClaims(anchored)
        var (statements, starts, places) = makeStatements(text, covered: Set(claims.flatMap(\.anchor.sentences)))
        // Every sentence no claim covers is read for a suggested claim; its factors are the statement's too.
        let (suggestions, factors) = SuggestedClaims.make(sentences: places, text: text, essay: essay, framework: framework,
                                                          subjects: subjects, taken: Set(claims.map(\.id)))
        for index in statements.indices { statements[index].factors = factors[index] }
        if framework != nil {
            // Claims annotated without factors get the factors their words suggest.
            let bare = claims.indices.filter { claims[$0].factors.isEmpty }
            let found = ClaimSuggester(framework: framework, subjects: subjects).suggest(bare.map { claims[$0].text })
            for (offset, index) in bare.enumerated() { claims[index].factors = found[offset]?.factors ?? [] }
        }
        return assemble(claims: claims, suggestions: suggestions, statements: statements, starts: starts)
    }

    /// The anchored claims, keeping only factors, subjects and relations that exist.
    private func makeClaims(_ anchored: [(annotation: ClaimAnnotation, anchor: TextAnchor, text: String)]) -> [Claim] {
        let hasFramework = framework != nil
        let factorIDs = Set(framework?.factors.map(\.id) ?? [])
        let subjectIDs = Set(subjects.map(\.id))
        let claimIDs = Set(anchored.map(\.annotation.id))

        return anchored.map { entry in
            let annotation = entry.annotation
            let factors = annotation.factors
                .filter { !hasFramework || factorIDs.contains($0.factor) }
                .map { FactorAssessment(factor: $0.factor, stance: $0.stance, source: .annotated) }
            let relations = annotation.relations
                .filter { claimIDs.contains($0.target) && $0.target != annotation.id }
                .map { ClaimRelation(type: $0.type, target: $0.target) }
            return Claim(id: annotation.id, kind: annotation.kind, text: entry.text, quote: annotation.quote,
                         subject: annotation.subject.flatMap { subjectIDs.contains($0) ? $0 : nil },
                         factors: factors, relations: relations, note: annotation.note, anchor: entry.anchor,
                         declaration: annotation.position)
        }
    }

    /// The sentences no claim covers, with where each starts in its block's text, and its unit
    /// and index there.
    private func makeStatements(_ text: EssayText, covered: Set<SentenceLocator>) -> ([Statement], [Int], [(unit: Int, index: Int)]) {
        var statements: [Statement] = []
        var starts: [Int] = []
        var places: [(unit: Int, index: Int)] = []
        for (unitIndex, unit) in text.units.enumerated() {
            for (index, sentence) in unit.sentences.enumerated() {
                let locator = unit.locator(ofSentence: index)
                guard !covered.contains(locator) else { continue }
                statements.append(Statement(locator: locator, text: sentence.text, range: sentence.range,
                                            footnotes: sentence.footnotes, factors: []))
                starts.append(sentence.textRange.lowerBound)
                places.append((unitIndex, index))
            }
        }
        return (statements, starts, places)
    }

    /// The nodes in their documented order, then the edges, kind by kind.
    private func assemble(claims: [Claim], suggestions: [Claim], statements: [Statement], starts statementStarts: [Int]) -> ArgumentMap {
        var graph = Assembly()
        graph.nodes.reserveCapacity(2 * (claims.count + statements.count) + essay.footnotes.count + essay.authorities.count + 64)
        graph.edges.reserveCapacity(4 * graph.nodes.capacity)
        graph.ends.reserveCapacity(4 * graph.nodes.capacity)
        var table = NodeTable()
        let essayNode = graph.add(.essay)
        table.essay = essayNode
        for (sectionIndex, section) in essay.sections.enumerated() {
            table.sections.append(graph.add(.section(sectionIndex)))
            table.paragraphs.append(section.blocks.indices.map { graph.add(.paragraph(section: sectionIndex, block: $0)) })
        }
        let sectionNodes = table.sections
        let paragraphNodes = table.paragraphs
        var children: [[[(key: (Int, Int), node: NodeID)]]] = essay.sections.map { Array(repeating: [], count: $0.blocks.count) }
        for index in claims.indices {
            let anchor = claims[index].anchor
            guard children.indices.contains(anchor.section), children[anchor.section].indices.contains(anchor.block) else { continue }
            children[anchor.section][anchor.block].append(((anchor.item ?? -1, anchor.textRange.lowerBound), .claim(claims[index].id)))
        }
        for (statement, start) in zip(statements, statementStarts) {
            let locator = statement.locator
            guard children.indices.contains(locator.section), children[locator.section].indices.contains(locator.block) else { continue }
            children[locator.section][locator.block].append(((locator.item ?? -1, start), .sentence(locator)))
        }
        table.claims.reserveCapacity(claims.count)
        table.sentences.reserveCapacity(statements.count)
        var containment: [(Int, Int)] = []
        for (sectionIndex, blocks) in children.enumerated() {
            for (blockIndex, members) in blocks.enumerated() {
                for child in members.sorted(by: { $0.key < $1.key }) {
                    let index = graph.add(child.node)
                    switch child.node {
                    case .claim(let id): table.claims[id] = index
                    case .sentence(let locator): table.sentences[locator] = index
                    default: break
                    }
                    containment.append((paragraphNodes[sectionIndex][blockIndex], index))
                }
            }
        }
        for footnote in essay.footnotes { table.footnotes[footnote.label] = graph.add(.footnote(footnote.label)) }
        for authority in essay.authorities { table.authorities[authority.id] = graph.add(.authority(authority.id)) }
        var factorNames = framework?.factors.map(\.id) ?? []
        if framework == nil {
            var named = Set(factorNames)
            for claim in claims {
                for assessment in claim.annotatedFactors where named.insert(assessment.factor).inserted { factorNames.append(assessment.factor) }
            }
        }
        for factor in factorNames { table.factors[factor] = graph.add(.factor(factor)) }
        for subject in subjects { table.subjects[subject.id] = graph.add(.subject(subject.id)) }
        let claimNodes = table.claims
        let sentenceNodes = table.sentences
        let footnoteNodes = table.footnotes
        let authorityNodes = table.authorities
        let factorNodes = table.factors
        let subjectNodes = table.subjects

        for (sectionIndex, section) in sectionNodes.enumerated() {
            graph.connect(essayNode, section, .contains)
            for paragraph in paragraphNodes[sectionIndex] { graph.connect(section, paragraph, .contains) }
        }
        for (parent, child) in containment { graph.connect(parent, child, .contains) }
        for index in claims.indices {
            guard let from = claimNodes[claims[index].id] else { continue }
            for label in claims[index].footnotes { if let to = footnoteNodes[label] { graph.connect(from, to, .cites) } }
        }
        for index in statements.indices {
            guard let from = sentenceNodes[statements[index].locator] else { continue }
            for label in statements[index].footnotes { if let to = footnoteNodes[label] { graph.connect(from, to, .cites) } }
        }
        for footnote in essay.footnotes {
            guard let from = footnoteNodes[footnote.label] else { continue }
            var leansOn: Set<String> = []
            for citation in footnote.citations {
                if let id = citation.authorityID, let to = authorityNodes[id] {
                    graph.connect(from, to, .cites, pinpoint: citation.pinpoint)
                }
                if let target = citation.refersTo, target != footnote.label, let to = footnoteNodes[target], leansOn.insert(target).inserted {
                    graph.connect(from, to, .refersTo)
                }
            }
        }
        for index in claims.indices {
            guard let from = claimNodes[claims[index].id] else { continue }
            for relation in claims[index].relations {
                if let to = claimNodes[relation.target] { graph.connect(from, to, EdgeType(relation.type)) }
            }
            let subject = claims[index].subject
            for assessment in claims[index].factors where assessment.source == .annotated {
                if let to = factorNodes[assessment.factor] {
                    graph.connect(from, to, .assesses, stance: assessment.stance, subject: subject)
                }
            }
            if let subject, let to = subjectNodes[subject] { graph.connect(from, to, .about) }
        }
        return ArgumentMap(essay: essay, framework: framework, annotationsPath: annotationsPath, subjects: subjects,
                           claims: claims, suggestions: suggestions, statements: statements, nodes: graph.nodes, edges: graph.edges,
                           ends: graph.ends, table: table)
    }

    /// Nodes and edges as they are added, with each edge's ends as node indices so that nothing
    /// is looked up by hashing a node id twice per edge.
    private struct Assembly {
        var nodes: [NodeID] = []
        var edges: [Edge] = []
        var ends: [(from: Int, to: Int)] = []

        mutating func add(_ node: NodeID) -> Int {
            nodes.append(node)
            return nodes.count - 1
        }

        mutating func connect(_ from: Int, _ to: Int, _ type: EdgeType, stance: Stance? = nil, subject: String? = nil, pinpoint: Pinpoint? = nil) {
            edges.append(Edge(from: nodes[from], to: nodes[to], type: type, stance: stance, subject: subject, pinpoint: pinpoint))
            ends.append((from, to))
        }
    }
}

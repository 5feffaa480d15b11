import ArgumentGraph
import EssayKit

/// What an overlay shows: a title and a document whose links can be chosen with Enter.
struct OverlayContent: Sendable {
    var title: String
    var document: DetailDocument

    /// The content of `overlay` for `state`.
    static func of(_ overlay: Overlay, state: ExplorerState) -> OverlayContent {
        switch overlay {
        case .help: help(state)
        case .legend: OverlayContent(title: "Legend", document: legend(state))
        case .scorecard: scorecard(state)
        case .authorities: authorities(state)
        case .focus(let id): focus(id, state: state)
        case .cell(let subject, let factor): cell(subject: subject, factor: factor, state: state)
        case .citing(let id): citing(id, state: state)
        case .results: results(state)
        }
    }

    static func help(_ state: ExplorerState) -> OverlayContent {
        var document = DetailDocument()
        var group = ""
        for binding in Keymap.standard.bindings {
            if binding.group != group {
                if !document.parts.isEmpty { document.blank() }
                document.line(binding.group, role: .label)
                group = binding.group
            }
            var summary = binding.summary
            if case .filterFactor = binding.command {
                let factors = state.model.factors
                summary = factors.isEmpty ? "only claims on factor N (no framework is loaded)"
                    : "only claims on: " + factors.prefix(9).enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ")
            }
            let keys = binding.keyNotation.joined(separator: " ")
            var line = DetailLine([StyledRun(text: "  " + keys.padded(to: 22) + " ", role: .link), StyledRun(text: summary, role: .plain)])
            line.hangingIndent = 25
            document.line(line)
        }
        document.blank()
        document.line("At a prompt (/ and :): ← → Home End move, Ctrl-W deletes a word, Ctrl-U the line, ↑ ↓ recall earlier ones, Tab completes.", role: .dim)
        document.line("Mouse: click a marker, claim or entry to follow it; the wheel scrolls.", role: .dim)
        document.line("Tab is Ctrl-I in a terminal: right after a jump back, Tab goes forward.", role: .dim)
        document.blank()
        document.parts.append(contentsOf: legend(state).parts)
        return OverlayContent(title: "Keys · j k scroll", document: document)
    }

    /// What the outline's badges, the stance marks and the claim colours mean.
    static func legend(_ state: ExplorerState) -> DetailDocument {
        var document = DetailDocument()
        document.line("Badges", role: .label)
        let factors = state.model.factors
        if factors.isEmpty {
            document.line("  No framework is loaded: claims carry no factor badges.", role: .dim)
        } else {
            for (index, factor) in factors.enumerated() {
                document.line(DetailLine([StyledRun(text: "  " + factor.badge, role: .heading),
                                          StyledRun(text: "  \(factor.name) (key \(index + 1))", role: .plain)]))
            }
        }
        document.blank()
        document.line("Stances: colour, and a mark after the badge without colour", role: .label)
        for stance in [Stance.met, .partial, .unmet, .states] {
            document.line(DetailLine([StyledRun(text: "  X" + StanceMark.mark(stance, suggested: false), role: .stance(stance, suggested: false)),
                                      StyledRun(text: "  " + state.model.name(of: stance), role: .plain)]))
        }
        document.line(DetailLine([StyledRun(text: "  X" + StanceMark.mark(nil, suggested: true), role: .stance(nil, suggested: true)),
                                  StyledRun(text: "  suggested by the framework's cue words, not annotated", role: .plain)]))
        document.line(DetailLine([StyledRun(text: "  · ", role: .dim), StyledRun(text: "  does not speak to the factor", role: .plain)]))
        document.blank()
        document.line("Claims in the text, by kind", role: .label)
        for kind in ClaimKind.allCases {
            document.line(DetailLine([StyledRun(text: "  " + kind.rawValue, role: .kind(kind))]))
        }
        return document
    }

    /// The scorecard: subjects by factors, each cell the verdict and how many claims stand behind it.
    /// On a narrow screen each subject's name goes on a row of its own, so every cell keeps its words.
    static func scorecard(_ state: ExplorerState) -> OverlayContent {
        let model = state.model
        var document = DetailDocument()
        guard let card = model.scorecard, !card.subjects.isEmpty, !card.factors.isEmpty else {
            document.line("No annotations: there is nothing to score.", role: .dim)
            return OverlayContent(title: "Scorecard", document: document)
        }
        let inner = OverlayLayout.innerWidth(screenWidth: state.width)
        let cellTexts = card.cells.map { row in row.map { cell -> String in
            guard let verdict = cell.verdict else { return "—" }
            let mark = state.colors == .none ? StanceMark.mark(verdict, suggested: false) + " " : ""
            return mark + model.name(of: verdict) + " (\(cell.claims.count))" + (cell.isContested ? "*" : "")
        } }
        let cellWidth = max(cellTexts.joined().map { TerminalText.width(of: $0) }.max() ?? 1, 8) + 2
        let nameWidth = min(26, card.subjects.map { TerminalText.width(of: $0.name) }.max() ?? 10) + 2
        let stacked = nameWidth + cellWidth * card.factors.count > inner
        if stacked, cellWidth * card.factors.count > inner {
            return listedScorecard(card, cellTexts: cellTexts, state: state)
        }
        // Columns as wide as the factors' names where the box has room, never narrower than a cell.
        let nameRoom = (card.factors.map { TerminalText.width(of: $0.name) }.max() ?? 0) + 2
        let available = (stacked ? inner : inner - nameWidth) / card.factors.count
        let columnWidth = max(cellWidth, min(nameRoom, available))
        let indent = stacked ? "" : "".padded(to: nameWidth)
        var header = [StyledRun(text: indent, role: .plain)]
        for factor in card.factors {
            header.append(StyledRun(text: TerminalText.clip(factor.name, to: columnWidth - 1).padded(to: columnWidth), role: .label))
        }
        document.line(DetailLine(header))
        for (row, subject) in card.subjects.enumerated() {
            document.blank()
            var runs: [StyledRun] = []
            if stacked {
                document.line(subject.name, role: .heading)
            } else {
                runs.append(StyledRun(text: TerminalText.clip(subject.name, to: nameWidth - 2).padded(to: nameWidth), role: .heading))
            }
            for (column, cell) in card.cells[row].enumerated() {
                runs.append(StyledRun(text: cellTexts[row][column].padded(to: columnWidth),
                                      role: cell.verdict.map { .stance($0, suggested: false) } ?? .dim))
            }
            document.line(DetailLine(runs))
            // One choosable line per cell, under the row, naming its claims.
            for cell in card.cells[row] where !cell.claims.isEmpty {
                let name = model.factor(cell.factor)?.name ?? cell.factor
                document.line(DetailLine([StyledRun(text: "    \(name): ", role: .dim), StyledRun(text: cell.claims.joined(separator: ", "), role: .link)],
                                         target: .cell(subject: cell.subject, factor: cell.factor)))
            }
        }
        if card.cells.joined().contains(where: \.isContested) {
            document.blank()
            document.line("* the claims disagree; Enter on the line below a row lists them.", role: .dim)
        }
        return OverlayContent(title: "Scorecard · Enter lists a cell's claims", document: document)
    }

    /// The scorecard where not even one subject's row of cells fits the box (a terminal of 40
    /// columns): each subject's name, then one line a cell, its factor's name and its verdict,
    /// choosable where claims stand behind it. Nothing is cut but a line's end; the box scrolls.
    private static func listedScorecard(_ card: Scorecard, cellTexts: [[String]], state: ExplorerState) -> OverlayContent {
        let model = state.model
        var document = DetailDocument()
        for (row, subject) in card.subjects.enumerated() {
            if row > 0 { document.blank() }
            document.line(subject.name, role: .heading)
            for (column, cell) in card.cells[row].enumerated() {
                let name = model.factor(cell.factor)?.name ?? cell.factor
                let runs = [StyledRun(text: "  \(name): ", role: .dim),
                            StyledRun(text: cellTexts[row][column], role: cell.verdict.map { .stance($0, suggested: false) } ?? .dim)]
                document.line(DetailLine(runs, target: cell.claims.isEmpty ? nil : .cell(subject: cell.subject, factor: cell.factor)))
            }
        }
        if card.cells.joined().contains(where: \.isContested) {
            document.blank()
            document.line("* the claims disagree; Enter on a cell lists them.", role: .dim)
        }
        return OverlayContent(title: "Scorecard · Enter lists claims", document: document)
    }

    static func authorities(_ state: ExplorerState) -> OverlayContent {
        let model = state.model
        let authorities = model.essay.authorities
        var document = DetailDocument()
        if authorities.isEmpty { document.line("No citations were found.", role: .dim) }
        document.parts.append(.list(DetailList(count: authorities.count) { index in
            let authority = authorities[index]
            let claims = model.claimsByAuthority[authority.id]?.count ?? 0
            let labels = authority.footnotes
            let notes = labels.count <= 8 ? (labels.count == 1 ? "note " : "notes ") + labels.joined(separator: ", ") : Plural.count(labels.count, "note")
            return DetailLine([
                StyledRun(text: "  " + DetailContent.clip(DetailContent.authorityTitle(authority), 70), role: .link),
                StyledRun(text: "  " + notes + (claims > 0 ? " · " + Plural.count(claims, "claim") : ""), role: .dim),
            ], target: .subject(.authority(authority.id)))
        }))
        return OverlayContent(title: "Authorities · \(Plural.grouped(authorities.count)) · Enter lists what cites one", document: document)
    }

    /// The claims behind a scorecard cell.
    static func cell(subject: String, factor: String, state: ExplorerState) -> OverlayContent {
        let model = state.model
        let claims = (model.scorecard?.cell(subject: subject, factor: factor)?.claims ?? []).compactMap { model.claim($0) }
        let document = DetailDocument([.list(DetailList(count: claims.count) { index in
            let claim = claims[index]
            let stance = claim.assessment(of: factor)?.stance
            return DetailLine([StyledRun(text: "  " + (stance.map { model.name(of: $0) } ?? "—").padded(to: 12), role: .stance(stance, suggested: false)),
                               StyledRun(text: claim.id, role: .link), StyledRun(text: " (\(DetailContent.kindName(claim.kind))): ", role: .dim),
                               StyledRun(text: DetailContent.clip(claim.text, 60), role: .plain)], target: .subject(.claim(claim.id)))
        })])
        let name = model.factor(factor)?.name ?? factor
        return OverlayContent(title: "\(model.subjectName(subject)) · \(name) · q back to the scorecard", document: document)
    }

    /// Every claim and note citing a work, and the work itself.
    static func citing(_ id: String, state: ExplorerState) -> OverlayContent {
        let model = state.model
        guard let authority = model.essay.authority(id) else { return OverlayContent(title: "Authority", document: DetailDocument()) }
        let claims = (model.claimsByAuthority[id] ?? []).compactMap { model.claim($0) }
        var document = DetailDocument()
        document.line(DetailLine("  the work itself: " + DetailContent.clip(authority.title, 60), role: .link, target: .subject(.authority(id))))
        document.list(Plural.count(claims.count, "claim") + " rest on it", DetailList(count: claims.count) { index in
            DetailLine("  claim \(claims[index].id) (\(DetailContent.kindName(claims[index].kind)))", role: .link, target: .subject(.claim(claims[index].id)))
        })
        let labels = authority.footnotes
        document.list("Cited in " + Plural.count(labels.count, "note"), DetailList(count: labels.count) { index in
            let text = model.essay.footnote(labels[index])?.content.text ?? ""
            return DetailLine("  note \(labels[index]): " + DetailContent.clip(text, 60), role: .link, target: .subject(.footnote(labels[index])))
        })
        return OverlayContent(title: DetailContent.clip(authority.title, 50) + " · q back to the table", document: document)
    }

    /// The selected claim's neighbourhood as a small diagram of supports and attacks.
    static func focus(_ id: String, state: ExplorerState) -> OverlayContent {
        let model = state.model
        guard let claim = model.claim(id) else { return OverlayContent(title: "Focus", document: DetailDocument([.line(DetailLine("No claim selected.", role: .dim))])) }
        var document = DetailDocument()
        @Sendable func arrow(_ type: RelationType) -> String {
            switch type {
            case .supports: "──▶"
            case .qualifies: "──◇"
            case .attacks, .rebuts: "──✕"
            }
        }
        @Sendable func role(_ type: RelationType) -> StyleRole { type == .supports ? .stance(.met, suggested: false) : .stance(.unmet, suggested: false) }
        var incoming = 0
        for type in RelationType.allCases {
            let sources = model.incoming(type, to: id)
            incoming += sources.count
            guard !sources.isEmpty else { continue }
            document.parts.append(.list(DetailList(count: sources.count) { index in
                let kind = model.claim(sources[index]).map { DetailContent.kindName($0.kind) } ?? "?"
                return DetailLine([StyledRun(text: "  \(sources[index]) ", role: .link), StyledRun(text: "(\(kind)) ", role: .dim),
                                   StyledRun(text: "\(arrow(type)) \(type.rawValue)", role: role(type))], target: .subject(.claim(sources[index])))
            }))
        }
        if incoming > 0 {
            document.line("          │", role: .dim)
            document.line("          ▼", role: .dim)
        }
        let kind = DetailContent.kindName(claim.kind)
        let boxWidth = min(60, max(20, claim.id.count + kind.count + 8))
        document.line("  ┌" + String(repeating: "─", count: boxWidth) + "┐", role: .kind(claim.kind))
        document.line("  │ " + "\(claim.id) · \(kind)".padded(to: boxWidth - 2) + " │", role: .kind(claim.kind))
        document.line("  └" + String(repeating: "─", count: boxWidth) + "┘", role: .kind(claim.kind))
        var outgoing: [DetailLine] = []
        for type in RelationType.allCases {
            for target in claim.targets(type).compactMap({ model.claim($0) }) {
                outgoing.append(DetailLine([StyledRun(text: "          \(type.rawValue) \(arrow(type)) ", role: role(type)),
                                            StyledRun(text: target.id, role: .link), StyledRun(text: " (\(DetailContent.kindName(target.kind)))", role: .dim)],
                                           target: .subject(.claim(target.id))))
            }
        }
        if !outgoing.isEmpty {
            document.line("          │", role: .dim)
            document.parts.append(.list(DetailList(outgoing)))
        }
        if incoming == 0 && outgoing.isEmpty { document.line("  This claim has no supports or attacks.", role: .dim) }
        return OverlayContent(title: "Focus · \(claim.id)", document: document)
    }

    /// Every match of the search, grouped by kind, each group in reading order.
    static func results(_ state: ExplorerState) -> OverlayContent {
        var document = DetailDocument()
        guard let found = state.search.found else {
            document.line("No search yet: / starts one.", role: .dim)
            return OverlayContent(title: "Search results", document: document)
        }
        let groups: [(String, [Int])] = [
            ("In the text", state.search.listing?.text ?? []),
            ("Footnotes", state.search.listing?.footnotes ?? []),
            ("Works", state.search.listing?.authorities ?? []),
        ]
        for (title, indices) in groups where !indices.isEmpty {
            if !document.parts.isEmpty { document.blank() }
            document.line("\(title) (\(Plural.grouped(indices.count)))", role: .label)
            document.parts.append(.list(DetailList(count: indices.count) { position in
                let index = indices[position]
                let hit = found.hit(index)
                var label: String
                switch hit?.kind {
                case .claim?: label = "claim " + (hit?.id ?? "")
                case .footnote?: label = "note " + (hit?.id ?? "")
                case .authority?: label = "work"
                default: label = hit.flatMap { $0.section.map { state.model.essay.sections[$0].number.map { "§" + $0 } ?? "intro" } } ?? ""
                }
                return DetailLine([StyledRun(text: "  " + TerminalText.clip(label, to: 22).padded(to: 14) + " ", role: .dim),
                                   StyledRun(text: hit.map(excerpt) ?? "", role: .plain)], target: .match(index))
            }))
        }
        if document.parts.isEmpty { document.line("No matches.", role: .dim) }
        return OverlayContent(title: "“\(found.query)” · " + Plural.count(found.count, "match", plural: "matches") + " · Enter goes there",
                              document: document)
    }

    /// The hit's text from a few words before its first match, so the match shows in a short row.
    static func excerpt(_ hit: SearchHit) -> String {
        let bytes = Array(hit.text.utf8)
        guard let first = hit.matches.first, first.start > 30, first.start <= bytes.count else { return hit.text }
        var start = first.start - 24
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if let space = bytes[start..<first.start].firstIndex(of: 0x20) { start = space + 1 }
        return "…" + String(decoding: bytes[start...], as: UTF8.self)
    }
}

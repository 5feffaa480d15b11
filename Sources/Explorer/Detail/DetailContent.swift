import EssayKit

/// One line of the detail pane: styled runs and, when it can be followed, where it leads.
public struct DetailLine: Hashable, Sendable {
    public var runs: [StyledRun]
    public var target: DetailTarget?

    public init(_ runs: [StyledRun], target: DetailTarget? = nil) {
        self.runs = runs
        self.target = target
    }

    public init(_ text: String, role: StyleRole = .plain, target: DetailTarget? = nil) {
        self.runs = [StyledRun(text: text, role: role)]
        self.target = target
    }
}

/// A run of text with a semantic style; the theme decides how it looks.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// Where following a detail line leads.
public enum DetailTarget: Hashable, Sendable {
    case subject(DetailSubject)
    /// A body sentence: the reading pane goes there.
    case sentence(SentenceLocator)
    /// A scorecard cell: its claims are listed.
    case cell(subject: String, factor: String)
}

/// Builds what the detail pane shows for a subject, unwrapped; the view wraps it.
enum DetailContent {
    static func lines(for subject: DetailSubject?, state: ExplorerState) -> [DetailLine] {
        let model = state.model
        let essay = model.essay
        guard let subject else {
            return [
                DetailLine("Nothing selected", role: .heading),
                DetailLine(""),
                DetailLine("Press l or → to select the next footnote marker or claim, Enter to follow it, ? for every key."),
            ]
        }
        switch subject {
        case .footnote(let label):
            guard let footnote = essay.footnote(label) else { return [DetailLine("No footnote \(label)", role: .error)] }
            return footnoteLines(footnote, state: state)
        case .authority(let id):
            guard let authority = essay.authority(id) else { return [DetailLine("No authority \(id)", role: .error)] }
            return authorityLines(authority, state: state)
        case .claim(let id):
            guard let claim = model.claim(id) else { return [DetailLine("No claim \(id)", role: .error)] }
            return claimLines(claim, state: state)
        case .section(let index):
            guard essay.sections.indices.contains(index) else { return [] }
            let section = essay.sections[index]
            var lines = [DetailLine(section.displayTitle, role: .heading), DetailLine("")]
            let sentences = section.blocks.reduce(0) { $0 + $1.allSentences.count }
            lines.append(DetailLine("\(section.blocks.count) blocks, \(sentences) sentences, line \(section.range.start.line)", role: .dim))
            let claims = model.annotatedClaims.filter { $0.section == index }
            if !claims.isEmpty {
                lines.append(DetailLine(""))
                lines.append(DetailLine("Claims", role: .label))
                for claim in claims { lines.append(claimLink(claim, model: model)) }
            }
            return lines
        }
    }

    static func claimLink(_ claim: ExplorerModel.Claim, model: ExplorerModel) -> DetailLine {
        var runs = [StyledRun(text: "  ", role: .plain)]
        runs.append(contentsOf: badges(claim, model: model))
        runs.append(StyledRun(text: " \(claim.id) ", role: .link))
        runs.append(StyledRun(text: "(\(claim.kind)) ", role: .dim))
        runs.append(StyledRun(text: clip(claim.text, 60), role: .plain))
        return DetailLine(runs, target: .subject(.claim(claim.id)))
    }

    /// The factor badges of a claim, one letter each, coloured by stance.
    static func badges(_ claim: ExplorerModel.Claim, model: ExplorerModel) -> [StyledRun] {
        model.factors.compactMap { factor in
            guard let stance = claim.factors.first(where: { $0.factor == factor.id }) else { return nil }
            return StyledRun(text: factor.badge, role: .stance(stance.stance, suggested: stance.suggested))
        }
    }

    static func footnoteLines(_ footnote: Footnote, state: ExplorerState) -> [DetailLine] {
        let essay = state.model.essay
        var lines = [DetailLine(footnote.content.text)]
        if !footnote.citations.isEmpty {
            lines.append(DetailLine(""))
            lines.append(DetailLine("Cites", role: .label))
            for citation in footnote.citations {
                var runs = [StyledRun(text: "  ", role: .plain)]
                if let signal = citation.signal { runs.append(StyledRun(text: signal + " ", role: .dim)) }
                runs.append(StyledRun(text: "[\(citation.form.rawValue)] ", role: .dim))
                if let id = citation.authorityID, let authority = essay.authority(id) {
                    runs.append(StyledRun(text: authorityTitle(authority), role: .link))
                    if let pinpoint = citation.pinpoint { runs.append(StyledRun(text: ", at \(pinpoint.text)", role: .plain)) }
                    if let refers = citation.refersTo { runs.append(StyledRun(text: "  (via note \(refers))", role: .dim)) }
                    lines.append(DetailLine(runs, target: .subject(.authority(id))))
                } else {
                    runs.append(StyledRun(text: "unresolved: " + citation.text, role: .error))
                    lines.append(DetailLine(runs))
                }
            }
        }
        for segment in footnote.segments where segment.kind == .commentary {
            lines.append(DetailLine(""))
            lines.append(DetailLine("Commentary", role: .label))
            lines.append(DetailLine("  " + segment.text))
        }
        if !footnote.citedBy.isEmpty {
            lines.append(DetailLine(""))
            lines.append(DetailLine("Marked in", role: .label))
            for locator in footnote.citedBy {
                guard let sentence = essay.sentence(at: locator) else { continue }
                lines.append(DetailLine([StyledRun(text: "  “" + clip(String(sentence.text), 90) + "”", role: .link)], target: .sentence(locator)))
            }
        }
        // Every other note that cites the same works.
        let works = Set(footnote.citations.compactMap(\.authorityID))
        let others = essay.footnotes.filter { other in
            other.label != footnote.label && other.citations.contains { works.contains($0.authorityID ?? "") }
        }
        if !others.isEmpty {
            lines.append(DetailLine(""))
            lines.append(DetailLine("The same works are cited in", role: .label))
            for other in others {
                let pinpoints = other.citations.filter { works.contains($0.authorityID ?? "") }.compactMap(\.pinpoint?.text)
                let suffix = pinpoints.isEmpty ? "" : ", at " + pinpoints.joined(separator: "; ")
                lines.append(DetailLine([StyledRun(text: "  note \(other.label)", role: .link), StyledRun(text: suffix, role: .plain)],
                                        target: .subject(.footnote(other.label))))
            }
        }
        return lines
    }

    static func authorityTitle(_ authority: Authority) -> String {
        let who = authority.authors.first.map { $0 + ", " } ?? ""
        let year = authority.year.map { " (\($0))" } ?? ""
        return who + authority.title + year
    }

    static func authorityLines(_ authority: Authority, state: ExplorerState) -> [DetailLine] {
        let model = state.model
        let essay = model.essay
        var lines = [DetailLine(authority.title, role: .heading)]
        lines.append(DetailLine(authority.kind.rawValue + (authority.year.map { ", \($0)" } ?? ""), role: .dim))
        if !authority.authors.isEmpty { lines.append(DetailLine("by " + authority.authors.joined(separator: " & "))) }
        if let container = authority.container { lines.append(DetailLine("in " + container)) }
        if let number = authority.documentNumber { lines.append(DetailLine(number)) }
        if let url = authority.url { lines.append(DetailLine(url, role: .dim)) }
        lines.append(DetailLine(""))
        lines.append(DetailLine("Cited in \(authority.footnotes.count) note\(authority.footnotes.count == 1 ? "" : "s")", role: .label))
        for label in authority.footnotes {
            guard let footnote = essay.footnote(label) else { continue }
            let pinpoints = footnote.citations.filter { $0.authorityID == authority.id }.compactMap(\.pinpoint?.text)
            let forms = footnote.citations.filter { $0.authorityID == authority.id }.map(\.form.rawValue)
            var runs = [StyledRun(text: "  note \(label)", role: .link)]
            runs.append(StyledRun(text: " [\(Array(Set(forms)).sorted().joined(separator: ", "))]", role: .dim))
            if !pinpoints.isEmpty { runs.append(StyledRun(text: " at " + pinpoints.joined(separator: "; "), role: .plain)) }
            lines.append(DetailLine(runs, target: .subject(.footnote(label))))
        }
        let claims = (model.claimsByAuthority[authority.id] ?? []).compactMap { model.claim($0) }
        if !claims.isEmpty {
            lines.append(DetailLine(""))
            lines.append(DetailLine("Claims resting on it", role: .label))
            for claim in claims { lines.append(claimLink(claim, model: model)) }
        }
        return lines
    }

    static func claimLines(_ claim: ExplorerModel.Claim, state: ExplorerState) -> [DetailLine] {
        let model = state.model
        var lines = [DetailLine([StyledRun(text: claim.id, role: .heading)])]
        var kindLine = [StyledRun(text: claim.kind, role: .kind(claim.kind))]
        if let subject = claim.subject {
            let name = model.subjects.first { $0.id == subject }?.name ?? subject
            kindLine.append(StyledRun(text: " · on " + name, role: .plain))
        }
        lines.append(DetailLine(kindLine))
        for stance in claim.factors {
            let name = model.factors.first { $0.id == stance.factor }?.name ?? stance.factor
            lines.append(DetailLine([
                StyledRun(text: "  " + name + ": ", role: .plain),
                StyledRun(text: stanceName(stance.stance) + (stance.suggested ? " (suggested)" : ""), role: .stance(stance.stance, suggested: stance.suggested)),
            ]))
        }
        lines.append(DetailLine(""))
        lines.append(DetailLine("“" + claim.text + "”"))
        if let note = claim.note { lines.append(DetailLine(note, role: .dim)) }
        let outgoing: [(String, String)] = [("supports", "Supports"), ("attacks", "Attacks"), ("rebuts", "Rebuts"), ("qualifies", "Qualifies")]
        let incoming: [(String, String)] = [("supports", "Supported by"), ("attacks", "Attacked by"), ("rebuts", "Rebutted by"), ("qualifies", "Qualified by")]
        for (type, title) in outgoing {
            let targets = (claim.relations[type] ?? []).compactMap { model.claim($0) }
            guard !targets.isEmpty else { continue }
            lines.append(DetailLine(""))
            lines.append(DetailLine(title, role: .label))
            for target in targets { lines.append(claimLink(target, model: model)) }
        }
        for (type, title) in incoming {
            let sources = model.incoming(type, to: claim.id)
            guard !sources.isEmpty else { continue }
            lines.append(DetailLine(""))
            lines.append(DetailLine(title, role: .label))
            for source in sources { lines.append(claimLink(source, model: model)) }
        }
        if !claim.footnotes.isEmpty {
            lines.append(DetailLine(""))
            lines.append(DetailLine("Footnotes", role: .label))
            for label in claim.footnotes {
                guard let footnote = model.essay.footnote(label) else { continue }
                lines.append(DetailLine([StyledRun(text: "  note \(label)", role: .link), StyledRun(text: " " + clip(footnote.content.text, 70), role: .dim)],
                                        target: .subject(.footnote(label))))
                for citation in footnote.citations {
                    guard let id = citation.authorityID, let authority = model.essay.authority(id) else { continue }
                    let at = citation.pinpoint.map { ", at \($0.text)" } ?? ""
                    lines.append(DetailLine([StyledRun(text: "    → ", role: .dim), StyledRun(text: authorityTitle(authority), role: .link), StyledRun(text: at, role: .plain)],
                                            target: .subject(.authority(id))))
                }
            }
        }
        return lines
    }

    static func stanceName(_ stance: String) -> String {
        switch stance {
        case "met": "met"
        case "partial": "partly met"
        case "unmet": "not met"
        case "states": "states the factor"
        default: stance
        }
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }
}

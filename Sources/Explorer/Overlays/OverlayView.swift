import EssayKit

/// The lines an overlay shows, and which of them can be chosen.
struct OverlayContent {
    var title: String
    var lines: [DetailLine]

    /// The indices of the lines that can be chosen with Enter.
    var choices: [Int] { lines.indices.filter { lines[$0].target != nil } }
}

/// Builds and draws the overlays: help, scorecard, authorities, focus and pickers.
enum OverlayView {
    static func content(_ overlay: Overlay, state: ExplorerState) -> OverlayContent {
        switch overlay {
        case .help: help(state)
        case .scorecard: scorecard(state)
        case .authorities: authorities(state)
        case .focus(let id): focus(id, state: state)
        case .picker(let title, let entries):
            OverlayContent(title: title, lines: entries.map { DetailLine("  " + $0.text, role: .link, target: .subject($0.target)) })
        }
    }

    static func help(_ state: ExplorerState) -> OverlayContent {
        let keymap = Keymap.standard
        var lines: [DetailLine] = []
        var group = ""
        for binding in keymap.bindings {
            if binding.group != group {
                if !lines.isEmpty { lines.append(DetailLine("")) }
                lines.append(DetailLine(binding.group, role: .label))
                group = binding.group
            }
            var summary = binding.summary
            if let factor = factorIndex(binding.command), state.model.factors.indices.contains(factor) {
                summary = "only claims on \(state.model.factors[factor].name.lowercased()) (again or 0 clears)"
            }
            let keys = binding.keys.map(\.description).joined(separator: " ")
            lines.append(DetailLine([StyledRun(text: "  " + keys.padding(toLength: 22), role: .link), StyledRun(text: summary, role: .plain)]))
        }
        lines.append(DetailLine(""))
        lines.append(DetailLine("Mouse: click a marker, claim or entry to follow it; the wheel scrolls.", role: .dim))
        lines.append(DetailLine("Tab is Ctrl-I in a terminal: right after a jump back, Tab goes forward.", role: .dim))
        return OverlayContent(title: "Keys", lines: lines)
    }

    static func factorIndex(_ command: ExplorerCommand) -> Int? {
        switch command {
        case .filterIndependence: 0
        case .filterAccountability: 1
        case .filterOversight: 2
        case .filterParticipation: 3
        default: nil
        }
    }

    /// The scorecard: subjects by factors, each cell the verdict and how many claims stand behind it.
    static func scorecard(_ state: ExplorerState) -> OverlayContent {
        let model = state.model
        var lines: [DetailLine] = []
        guard !model.subjects.isEmpty, !model.factors.isEmpty else {
            return OverlayContent(title: "Scorecard", lines: [DetailLine("No annotations: there is nothing to score.", role: .dim)])
        }
        let nameWidth = min(26, model.subjects.map { $0.name.count }.max() ?? 10)
        var header = [StyledRun(text: "".padding(toLength: nameWidth + 2), role: .plain)]
        for factor in model.factors { header.append(StyledRun(text: factor.name.prefix(14).padding(toLength: 16), role: .label)) }
        lines.append(DetailLine(header))
        for subject in model.subjects {
            lines.append(DetailLine(""))
            var row = [StyledRun(text: subject.name.prefix(nameWidth).padding(toLength: nameWidth + 2), role: .heading)]
            for factor in model.factors {
                let cell = model.scorecard[subject.id]?[factor.id]
                let label = cell?.stance.map { DetailContent.stanceName($0) } ?? "—"
                let count = cell.map { " (\($0.claims.count))" } ?? ""
                row.append(StyledRun(text: (label + count).padding(toLength: 16), role: cell?.stance.map { .stance($0, suggested: false) } ?? .dim))
            }
            lines.append(DetailLine(row))
            // One choosable line per cell, under the row, naming its claims.
            for factor in model.factors {
                guard let cell = model.scorecard[subject.id]?[factor.id], !cell.claims.isEmpty else { continue }
                lines.append(DetailLine([
                    StyledRun(text: "    \(factor.name): ", role: .dim),
                    StyledRun(text: cell.claims.joined(separator: ", "), role: .link),
                ], target: .cell(subject: subject.id, factor: factor.id)))
            }
        }
        return OverlayContent(title: "Scorecard · Enter lists a cell's claims", lines: lines)
    }

    static func authorities(_ state: ExplorerState) -> OverlayContent {
        let essay = state.model.essay
        var lines: [DetailLine] = []
        for authority in essay.authorities {
            let claims = state.model.claimsByAuthority[authority.id]?.count ?? 0
            lines.append(DetailLine([
                StyledRun(text: "  " + DetailContent.clip(DetailContent.authorityTitle(authority), 70), role: .link),
                StyledRun(text: "  notes " + authority.footnotes.joined(separator: ", ") + (claims > 0 ? " · \(claims) claims" : ""), role: .dim),
            ], target: .subject(.authority(authority.id))))
        }
        if lines.isEmpty { lines.append(DetailLine("No citations were found.", role: .dim)) }
        return OverlayContent(title: "Authorities · \(essay.authorities.count) · Enter lists what cites one", lines: lines)
    }

    /// The selected claim's neighbourhood as a small diagram of supports and attacks.
    static func focus(_ id: String, state: ExplorerState) -> OverlayContent {
        let model = state.model
        guard let claim = model.claim(id) else { return OverlayContent(title: "Focus", lines: [DetailLine("No claim selected.", role: .dim)]) }
        var lines: [DetailLine] = []
        let incoming: [(String, String)] = [("supports", "──▶"), ("attacks", "──✕"), ("rebuts", "──✕"), ("qualifies", "──◇")]
        for (type, arrow) in incoming {
            for source in model.incoming(type, to: id) {
                lines.append(DetailLine([
                    StyledRun(text: "  \(source.id) ", role: .link),
                    StyledRun(text: "(\(source.kind)) ", role: .dim),
                    StyledRun(text: "\(arrow) \(type)", role: type == "supports" ? .stance("met", suggested: false) : .stance("unmet", suggested: false)),
                ], target: .subject(.claim(source.id))))
            }
        }
        if !lines.isEmpty { lines.append(DetailLine("          │", role: .dim)); lines.append(DetailLine("          ▼", role: .dim)) }
        let boxWidth = min(60, max(20, claim.id.count + claim.kind.count + 8))
        lines.append(DetailLine("  ┌" + String(repeating: "─", count: boxWidth) + "┐", role: .kind(claim.kind)))
        lines.append(DetailLine("  │ " + "\(claim.id) · \(claim.kind)".padding(toLength: boxWidth - 2) + " │", role: .kind(claim.kind)))
        lines.append(DetailLine("  └" + String(repeating: "─", count: boxWidth) + "┘", role: .kind(claim.kind)))
        var outgoing: [DetailLine] = []
        for type in ["supports", "attacks", "rebuts", "qualifies"] {
            for target in (claim.relations[type] ?? []).compactMap({ model.claim($0) }) {
                let arrow = type == "supports" ? "──▶" : type == "qualifies" ? "──◇" : "──✕"
                outgoing.append(DetailLine([
                    StyledRun(text: "          \(type) \(arrow) ", role: type == "supports" ? .stance("met", suggested: false) : .stance("unmet", suggested: false)),
                    StyledRun(text: target.id, role: .link),
                    StyledRun(text: " (\(target.kind))", role: .dim),
                ], target: .subject(.claim(target.id))))
            }
        }
        if !outgoing.isEmpty { lines.append(DetailLine("          │", role: .dim)); lines.append(contentsOf: outgoing) }
        if lines.count == 3 { lines.append(DetailLine("  This claim has no supports or attacks.", role: .dim)) }
        return OverlayContent(title: "Focus · \(claim.id)", lines: lines)
    }

    static func render(_ overlay: Overlay, state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let content = content(overlay, state: state)
        let width = min(grid.width - 2, 100)
        let height = min(grid.height - 3, max(8, content.lines.count + 2))
        let box = Rect(x: (grid.width - width) / 2, y: 1, width: width, height: height)
        PaneChrome.box(box, title: content.title, theme: theme, into: &grid)
        let inner = box.height - 2
        let choices = content.choices
        let selected = choices.indices.contains(state.overlayCursor) ? choices[state.overlayCursor] : nil
        let first = selected.map { max(0, min($0 - inner / 3, content.lines.count - inner)) } ?? max(0, min(state.overlayCursor, content.lines.count - inner))
        for row in 0..<inner {
            let index = first + row
            guard content.lines.indices.contains(index) else { break }
            let y = box.y + 1 + row
            let right = box.x + box.width - 1
            var column = box.x + 2
            for run in content.lines[index].runs {
                var style = theme.style(run.role)
                if index == selected, run.role == .link { style = style.merged(with: theme.selection) }
                let start = column
                column = grid.put(run.text, x: column, y: y, style: style, limit: right)
                if column - start < TerminalText.width(of: run.text) {
                    // A line cut at the box's edge says so, rather than seeming to end there.
                    if grid[right - 1, y].text.isEmpty { grid[right - 2, y] = Cell(text: " ", style: style) }
                    grid[right - 1, y] = Cell(text: "…", style: style)
                    break
                }
            }
        }
    }
}

extension StringProtocol {
    func padding(toLength length: Int) -> String {
        let text = String(self)
        let width = TerminalText.width(of: text)
        return width >= length ? text : text + String(repeating: " ", count: length - width)
    }

    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}

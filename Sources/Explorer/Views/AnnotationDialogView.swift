import ArgumentGraph

/// Draws an annotating dialog (the claim form, the delete question, the relation picker, the
/// relation to remove) as a box over the panes: its lines, the chosen one marked, and on the
/// bottom edge the keys it takes.
enum AnnotationDialogView {
    /// One line of a dialog: styled runs, and whether it is the chosen line of a menu.
    struct Line {
        var runs: [StyledRun]
        var chosen = false

        init(_ runs: [StyledRun], chosen: Bool = false) {
            self.runs = runs
            self.chosen = chosen
        }

        init(_ text: String, role: StyleRole = .plain, chosen: Bool = false) {
            self.init([StyledRun(text: text, role: role)], chosen: chosen)
        }
    }

    /// What a dialog shows: a title, its lines and the keys it takes.
    struct Content {
        var title: String
        var lines: [Line]
        var keys: String
    }

    static func render(_ dialog: AnnotationDialog, state: ExplorerState, theme: Theme, into grid: inout Grid) {
        let content = content(dialog, state: state)
        let width = max(20, min(state.width - 4, 76))
        let inner = max(1, min(state.height - 4, content.lines.count))
        let box = Rect(x: (state.width - width) / 2, y: 1, width: width, height: inner + 2)
        PaneChrome.box(box, title: content.title, theme: theme, into: &grid)
        let bottom = box.y + box.height - 1
        grid.put(String(repeating: "─", count: max(0, box.width - 2)), x: box.x + 1, y: bottom, style: theme.border)
        grid.put(" " + content.keys + " ", x: box.x + 2, y: bottom, style: theme.border, limit: box.x + box.width - 2)
        // The chosen line stays in sight when the menu is taller than the box.
        let chosen = content.lines.firstIndex(where: \.chosen) ?? 0
        let first = max(0, min(chosen - inner + 2, content.lines.count - inner))
        for row in 0..<inner {
            let index = first + row
            guard index < content.lines.count else { break }
            let line = content.lines[index]
            let y = box.y + 1 + row
            PaneChrome.runs(line.runs, x: box.x + 2, y: y, right: box.x + box.width - 1, into: &grid) { theme.style($0.role) }
            // The chosen line is marked across the box, so a short line shows it as well as a long one.
            if line.chosen { grid.restyle(y: y, from: box.x + 1, to: box.x + box.width - 1) { $0.merged(with: theme.selection) } }
        }
    }

    static func content(_ dialog: AnnotationDialog, state: ExplorerState) -> Content {
        switch dialog {
        case .claim(let form): claimForm(form, state: state)
        case .confirmDelete(let id, let relations):
            Content(title: "Delete claim", lines: [
                Line("Delete the claim '\(id)'" + (relations > 0 ? " and the \(Plural.count(relations, "relation")) naming it?" : "?")),
                Line("u undoes it afterwards.", role: .dim),
            ], keys: "y deletes · any other key keeps it")
        case .relate(let picker): relate(picker, state: state)
        case .unrelate(let removal): unrelate(removal)
        }
    }

    static func unrelate(_ removal: RelationRemoval) -> Content {
        if removal.confirming, let relation = removal.chosen {
            return Content(title: "Remove relation", lines: [
                Line("Remove the relation \(relation.sentence)?"),
                Line("The claims stay; u undoes it afterwards.", role: .dim),
            ], keys: "y removes · any other key keeps it")
        }
        var lines = [Line("Which relation of '\(removal.claim)' goes?", role: .dim)]
        for (index, relation) in removal.relations.enumerated() {
            lines.append(Line((index < 9 ? "\(index + 1) " : "  ") + relation.sentence, chosen: index == removal.cursor))
        }
        return Content(title: "Remove relation", lines: lines, keys: "1–9 or j k Enter choose · Esc cancels")
    }

    static func claimForm(_ form: ClaimForm, state: ExplorerState) -> Content {
        let title: String
        switch form.purpose {
        case .add: title = "New claim"
        case .edit(let id): title = "Edit claim '\(id)'"
        }
        var lines = [Line("“" + excerpt(form.text, 140) + "”", role: .dim)]
        // Each menu with what is chosen in it; the current one stands out.
        for step in ClaimForm.Step.allCases {
            let value: String
            switch step {
            case .kind: value = form.kind.rawValue
            case .factors:
                let chosen = form.factors.map { "\(state.model.factor($0.factor)?.name ?? $0.factor): \(state.model.name(of: $0.stance))" }
                value = chosen.isEmpty ? "none" : chosen.joined(separator: ", ")
            case .subject: value = form.subject.map { state.model.subjectName($0) } ?? "none"
            case .id: value = form.id.text
            }
            let current = step == form.step
            lines.append(Line([StyledRun(text: (current ? "▸ " : "  ") + step.title.padded(to: 9), role: current ? .label : .dim),
                               StyledRun(text: value, role: current ? .plain : .dim)]))
        }
        lines.append(Line(""))
        let keys: String
        switch form.step {
        case .kind:
            for (index, kind) in ClaimKind.allCases.enumerated() {
                lines.append(Line("\(index + 1) " + kind.rawValue, role: .kind(kind), chosen: index == form.cursor))
            }
            keys = "1–9 or j k Enter choose · Tab skips · Esc cancels"
        case .factors:
            if form.factorIDs.isEmpty { lines.append(Line("No framework is loaded: no factors to choose.", role: .dim)) }
            for (index, factor) in form.factorIDs.enumerated() {
                let stance = form.stances[index]
                let name = state.model.factor(factor)?.name ?? factor
                lines.append(Line([StyledRun(text: "\(index + 1) " + name.padded(to: 30), role: .plain),
                                   StyledRun(text: stance.map { state.model.name(of: $0) } ?? "·", role: .stance(stance, suggested: stance == nil))],
                                  chosen: index == form.cursor))
            }
            keys = "digit or Space cycles a stance · m p u s set one · Enter next"
        case .subject:
            lines.append(Line("1 no subject", chosen: form.cursor == 0))
            for (index, subject) in form.subjectChoices.enumerated() {
                let name = state.model.subjects.contains { $0.id == subject } ? state.model.subjectName(subject) : subject + " (new)"
                lines.append(Line("\(index + 2) " + name, chosen: form.cursor == index + 1))
            }
            if let typing = form.newSubject {
                lines.append(Line([StyledRun(text: "new subject id: ", role: .label), StyledRun(text: typing.text + "▏", role: .plain)], chosen: true))
                keys = "type the subject's id · Enter takes it · Esc cancels"
            } else {
                lines.append(Line("\(form.subjectChoices.count + 2) new subject…", chosen: form.isNewSubjectLine(form.cursor)))
                keys = "digits or j k Enter choose · Backspace back · Esc cancels"
            }
        case .id:
            let text = form.id.text
            let before = String(text.prefix(form.id.cursor))
            let after = String(text.dropFirst(form.id.cursor))
            lines.append(Line([StyledRun(text: "id: ", role: .label), StyledRun(text: before + "▏" + after, role: .plain)]))
            lines.append(Line("Made from the claim's words; type to change it.", role: .dim))
            keys = "Enter saves · Shift-Tab back · Esc cancels"
        }
        return Content(title: title, lines: lines, keys: keys)
    }

    static func relate(_ picker: RelationPicker, state: ExplorerState) -> Content {
        var lines = [Line("'\(picker.from)' …", role: .dim)]
        guard let type = picker.type else {
            for (index, type) in RelationType.allCases.enumerated() {
                lines.append(Line("\(index + 1) " + type.rawValue, chosen: index == picker.cursor))
            }
            return Content(title: "Relate claim", lines: lines, keys: "1–4 or j k Enter choose · Esc cancels")
        }
        lines[0] = Line("'\(picker.from)' \(type.rawValue) …", role: .dim)
        let text = picker.query.text
        lines.append(Line([StyledRun(text: "> ", role: .label), StyledRun(text: text + "▏", role: .plain)]))
        let candidates = Annotating.candidates(picker, state: state)
        if candidates.isEmpty { lines.append(Line("no claim matches", role: .dim)) }
        for (index, claim) in candidates.enumerated() {
            lines.append(Line([StyledRun(text: claim.id.padded(to: 28) + " ", role: .kind(claim.kind)),
                               StyledRun(text: excerpt(claim.text, 80), role: .dim)], chosen: index == picker.cursor))
        }
        return Content(title: "Relate claim: which claim?", lines: lines, keys: "type to narrow · ↑ ↓ choose · Enter relates · Esc cancels")
    }

    private static func excerpt(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

import ArgumentGraph

/// Keys while an annotating dialog is open: its menus take digits, `j` `k` and Enter; `Esc` cancels.
enum AnnotationDialogInput {
    static func handle(_ key: Key, dialog: AnnotationDialog, in state: inout ExplorerState) {
        // Esc cancels a form or a picker alike; a delete question reads every key but `y` as no.
        if key == .escape, !dialog.isQuestion {
            state.annotating.dialog = nil
            state.message = "nothing was changed"
            return
        }
        switch dialog {
        case .claim(let form): handle(key, form: form, in: &state)
        case .confirmDelete(let id, _): confirm(key, deleting: id, in: &state)
        case .relate(let picker): handle(key, picker: picker, in: &state)
        case .unrelate(let removal): handle(key, removal: removal, in: &state)
        }
    }

    // MARK: - The claim form

    static func handle(_ key: Key, form: ClaimForm, in state: inout ExplorerState) {
        var form = form
        if var typing = form.newSubject {
            switch typing.handle(key) {
            case .submitted:
                let id = FuzzyMatch.fold(typing.text).replacingOccurrences(of: " ", with: "-")
                guard !id.isEmpty else { return }
                if !form.subjectChoices.contains(id) { form.subjectChoices.append(id) }
                form.subject = id
                form.go(to: .id)
            case .cancelled: form.newSubject = nil
            default: form.newSubject = typing
            }
            state.annotating.dialog = .claim(form)
            return
        }
        switch key {
        case .tab: form.go(to: ClaimForm.Step(rawValue: min(form.step.rawValue + 1, ClaimForm.Step.id.rawValue)) ?? .id)
        case .backTab: form.go(to: ClaimForm.Step(rawValue: max(form.step.rawValue - 1, 0)) ?? .kind)
        default:
            if form.step == .id {
                var editor = form.id
                switch editor.handle(key) {
                case .submitted:
                    // A refused edit leaves the form open with what was chosen; the message says why.
                    state.annotating.dialog = nil
                    if !Annotating.save(form, in: &state) { state.annotating.dialog = .claim(form) }
                    return
                case .cancelled: form.go(to: .subject)
                default: form.id = editor
                }
            } else if !menuKey(key, form: &form, in: &state) {
                return
            }
        }
        state.annotating.dialog = .claim(form)
    }

    /// A key in the kind, factors or subject menu; false when the dialog is already settled.
    private static func menuKey(_ key: Key, form: inout ClaimForm, in state: inout ExplorerState) -> Bool {
        let count = form.lineCount
        switch key {
        case .character("j"), .down, .control("n"): form.cursor = min(count - 1, form.cursor + 1)
        case .character("k"), .up, .control("p"): form.cursor = max(0, form.cursor - 1)
        case .backspace, .character("h"), .left:
            if form.step != .kind { form.go(to: ClaimForm.Step(rawValue: form.step.rawValue - 1) ?? .kind) }
        case .character(let character) where character.wholeNumberValue.map { (1...max(1, count)).contains($0) } == true:
            let line = (character.wholeNumberValue ?? 1) - 1
            form.cursor = line
            if form.step == .factors {
                form.stances[line] = form.nextStance(after: form.stances[line])
            } else {
                choose(&form)
            }
        case .character(" ") where form.step == .factors, .character("l") where form.step == .factors, .right where form.step == .factors:
            guard form.stances.indices.contains(form.cursor) else { return true }
            form.stances[form.cursor] = form.nextStance(after: form.stances[form.cursor])
        case .character(let letter) where form.step == .factors && stance(for: letter) != nil:
            guard form.stances.indices.contains(form.cursor), let stance = stance(for: letter) else { return true }
            form.stances[form.cursor] = form.stances[form.cursor] == stance || !form.stanceChoices.contains(stance) ? nil : stance
        case .enter: choose(&form)
        default:
            state.message = "\(key) does nothing in this menu: digits or j k and Enter choose, Tab skips, Esc cancels"
        }
        return true
    }

    /// The stance a letter sets on the factor under the cursor in the factors menu.
    static func stance(for letter: Character) -> Stance? {
        switch letter {
        case "m": .met
        case "p": .partial
        case "u": .unmet
        case "s": .states
        default: nil
        }
    }

    /// Enter (or a digit) in a menu: takes the line and goes on to the next menu.
    private static func choose(_ form: inout ClaimForm) {
        switch form.step {
        case .kind:
            if ClaimKind.allCases.indices.contains(form.cursor) { form.kind = ClaimKind.allCases[form.cursor] }
            form.go(to: .factors)
        case .factors:
            form.go(to: .subject)
        case .subject:
            if form.isNewSubjectLine(form.cursor) {
                form.newSubject = LineEditor()
                return
            }
            form.subject = form.subject(atLine: form.cursor)
            form.go(to: .id)
        case .id:
            break
        }
    }

    // MARK: - Deleting

    static func confirm(_ key: Key, deleting id: String, in state: inout ExplorerState) {
        state.annotating.dialog = nil
        if key == .character("y") || key == .character("Y") {
            Annotating.commit([.removeClaim(id: id)], in: &state)
        } else {
            state.message = "'\(id)' is kept"
        }
    }

    // MARK: - Removing a relation

    static func handle(_ key: Key, removal: RelationRemoval, in state: inout ExplorerState) {
        var removal = removal
        if removal.confirming {
            state.annotating.dialog = nil
            guard let relation = removal.chosen, key == .character("y") || key == .character("Y") else {
                state.message = (removal.chosen?.sentence ?? "the relation") + " is kept"
                return
            }
            Annotating.commit([.unlink(from: relation.from, type: relation.type, to: relation.to)], in: &state)
            return
        }
        let count = removal.relations.count
        switch key {
        case .character("j"), .down, .control("n"): removal.cursor = min(count - 1, removal.cursor + 1)
        case .character("k"), .up, .control("p"): removal.cursor = max(0, removal.cursor - 1)
        case .character(let digit) where digit.wholeNumberValue.map { (1...min(9, count)).contains($0) } == true:
            removal.cursor = (digit.wholeNumberValue ?? 1) - 1
            removal.confirming = true
        case .enter: removal.confirming = true
        default:
            state.message = "\(key) does nothing here: digits or j k and Enter choose the relation, Esc cancels"
        }
        state.annotating.dialog = .unrelate(removal)
    }

    // MARK: - Relating

    static func handle(_ key: Key, picker: RelationPicker, in state: inout ExplorerState) {
        var picker = picker
        guard let type = picker.type else {
            let types = RelationType.allCases
            switch key {
            case .character("j"), .down, .control("n"): picker.cursor = min(types.count - 1, picker.cursor + 1)
            case .character("k"), .up, .control("p"): picker.cursor = max(0, picker.cursor - 1)
            case .character(let digit) where digit.wholeNumberValue.map { (1...types.count).contains($0) } == true:
                picker.type = types[(digit.wholeNumberValue ?? 1) - 1]
                picker.cursor = 0
            case .enter:
                picker.type = types[picker.cursor]
                picker.cursor = 0
            default:
                state.message = "\(key) does nothing here: 1–4 or j k and Enter choose the relation, Esc cancels"
            }
            state.annotating.dialog = .relate(picker)
            return
        }
        let count = Annotating.candidates(picker, state: state).count
        switch key {
        case .down, .control("n"): picker.cursor = min(max(0, count - 1), picker.cursor + 1)
        case .up, .control("p"): picker.cursor = max(0, picker.cursor - 1)
        case .enter:
            let candidates = Annotating.candidates(picker, state: state)
            guard candidates.indices.contains(picker.cursor) else {
                state.message = "no claim matches; Backspace to widen the search"
                return
            }
            state.annotating.dialog = nil
            if !Annotating.commit([.link(from: picker.from, type: type, to: candidates[picker.cursor].id)], in: &state) {
                state.annotating.dialog = .relate(picker)
            }
            return
        default:
            var query = picker.query
            switch query.handle(key) {
            case .edited:
                picker.query = query
                picker.cursor = 0
            case .cancelled:
                picker.type = nil
                picker.cursor = RelationType.allCases.firstIndex(of: type) ?? 0
            default: picker.query = query
            }
        }
        state.annotating.dialog = .relate(picker)
    }
}

private extension AnnotationDialog {
    /// Whether the dialog is a yes-or-no question, which any key but yes answers.
    var isQuestion: Bool {
        switch self {
        case .confirmDelete: true
        case .unrelate(let removal): removal.confirming
        default: false
        }
    }
}

/// Keys while an overlay is open: move, choose, close.
enum OverlayInput {
    static func handle(_ key: Key, overlay: Overlay, in state: inout ExplorerState) {
        let content = OverlayView.content(overlay, state: state)
        let choices = content.choices
        let command = Keymap.standard.command(for: key)
        switch (key, command) {
        case (.escape, _), (_, .quit?):
            state.overlay = nil
        case (_, .help?) where overlay == .help:
            state.overlay = nil
        case (_, .moveDown?):
            state.overlayCursor = min(max(0, (choices.isEmpty ? content.lines.count : choices.count) - 1), state.overlayCursor + 1)
        case (_, .moveUp?):
            state.overlayCursor = max(0, state.overlayCursor - 1)
        case (_, .pageDown?):
            state.overlayCursor = min(max(0, (choices.isEmpty ? content.lines.count : choices.count) - 1), state.overlayCursor + 10)
        case (_, .pageUp?):
            state.overlayCursor = max(0, state.overlayCursor - 10)
        case (_, .top?):
            state.overlayCursor = 0
        case (_, .bottom?):
            state.overlayCursor = max(0, (choices.isEmpty ? content.lines.count : choices.count) - 1)
        case (_, .follow?):
            guard choices.indices.contains(state.overlayCursor), let target = content.lines[choices[state.overlayCursor]].target else { return }
            choose(target, overlay: overlay, in: &state)
        case (_, .scorecard?), (_, .authorities?), (_, .help?):
            if let command { ExplorerReducer.perform(command, in: &state) }
        default:
            break
        }
    }

    static func choose(_ target: DetailTarget, overlay: Overlay, in state: inout ExplorerState) {
        switch target {
        case .cell(let subject, let factor):
            let claims = state.model.scorecard[subject]?[factor]?.claims ?? []
            let subjectName = state.model.subjects.first { $0.id == subject }?.name ?? subject
            let factorName = state.model.factors.first { $0.id == factor }?.name ?? factor
            let entries = claims.compactMap { id in
                state.model.claim(id).map { PickerEntry(text: "\($0.id) (\($0.kind)): " + DetailContent.clip($0.text, 60), target: .claim(id)) }
            }
            state.overlay = .picker(title: "\(subjectName) · \(factorName)", entries: entries)
            state.overlayCursor = 0
        case .subject(.authority(let id)) where overlay == .authorities:
            // From the table of authorities, list every claim and note that cites the work.
            guard let authority = state.model.essay.authority(id) else { return }
            var entries = (state.model.claimsByAuthority[id] ?? []).compactMap { claimID in
                state.model.claim(claimID).map { PickerEntry(text: "claim \($0.id) (\($0.kind))", target: .claim(claimID)) }
            }
            entries += authority.footnotes.map { label in
                let text = state.model.essay.footnote(label)?.content.text ?? ""
                return PickerEntry(text: "note \(label): " + DetailContent.clip(text, 60), target: .footnote(label))
            }
            entries.append(PickerEntry(text: "the work itself: " + DetailContent.clip(authority.title, 60), target: .authority(id)))
            state.overlay = .picker(title: DetailContent.clip(authority.title, 50), entries: entries)
            state.overlayCursor = 0
        default:
            state.overlay = nil
            Navigation.go(to: target, in: &state)
        }
    }
}

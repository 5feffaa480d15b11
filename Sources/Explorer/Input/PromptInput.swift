/// The `:` prompt: `fn N`, `claim ID`, `sec N`.
enum PromptInput {
    static func handle(_ key: Key, in state: inout ExplorerState) {
        guard var text = state.prompt else { return }
        switch key {
        case .escape: state.prompt = nil
        case .backspace:
            if text.isEmpty { state.prompt = nil } else { text.removeLast(); state.prompt = text }
        case .enter:
            state.prompt = nil
            run(text, in: &state)
        case .character(let character):
            text.append(character)
            state.prompt = text
        default: break
        }
    }

    static func run(_ line: String, in state: inout ExplorerState) {
        let words = line.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb {
        case "fn", "footnote", "note", "n":
            let label = argument == "0" ? "*" : argument
            guard state.model.essay.footnote(label) != nil else {
                state.message = "no footnote \(argument)"
                return
            }
            let from = state.location
            Navigation.show(.footnote(label), in: &state)
            state.focus = .detail
            state.relayout()
            state.jumps.push(from: from, to: state.location)
        case "claim", "c":
            guard state.model.claim(argument) != nil else {
                let near = state.model.annotatedClaims.map(\.id).filter { $0.contains(argument.lowercased()) }.prefix(3)
                state.message = "no claim \(argument)" + (near.isEmpty ? "" : "; try " + near.joined(separator: ", "))
                return
            }
            let from = state.location
            Navigation.select(claim: argument, in: &state)
            state.jumps.push(from: from, to: state.location)
        case "sec", "section", "s":
            guard let index = sectionIndex(argument, state: state) else {
                state.message = "no section \(argument); sections are 0 (introduction) to \(state.model.essay.sections.count - 1), or their numerals"
                return
            }
            let from = state.location
            Navigation.goToSection(index, in: &state)
            state.detail = .section(index)
            state.jumps.push(from: from, to: state.location)
        case "q", "quit":
            state.wantsQuit = true
        default:
            state.message = "unknown command \(verb); try fn N, claim ID, sec N"
        }
    }

    /// A section by its numeral (`II`), its position (`0` is the introduction) or its title's start.
    static func sectionIndex(_ argument: String, state: ExplorerState) -> Int? {
        let sections = state.model.essay.sections
        if let byNumber = sections.firstIndex(where: { $0.number?.lowercased() == argument.lowercased() }) { return byNumber }
        if let position = Int(argument), sections.indices.contains(position) {
            // Numbered essays count from their first titled section; 0 is the introduction.
            return sections.first?.title == nil ? position : max(0, position - 1)
        }
        let lowered = argument.lowercased()
        guard !lowered.isEmpty else { return nil }
        return sections.firstIndex { $0.displayTitle.lowercased().contains(lowered) }
    }
}

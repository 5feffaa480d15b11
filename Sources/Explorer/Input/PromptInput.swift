/// Keys while a line is typed at the bottom of the screen: the line editor takes them, and the
/// prompt's owner (the search, or the `:` command) acts on what it reports.
enum PromptInput {
    static func handle(_ key: Key, in state: inout ExplorerState) {
        guard var prompt = state.prompt else { return }
        let outcome = prompt.editor.handle(key)
        state.prompt = prompt
        let text = prompt.editor.text
        switch prompt.kind {
        case .search:
            SearchInput.type(key, outcome: outcome, text: text, in: &state)
        case .command:
            switch outcome {
            case .submitted:
                state.prompt = nil
                LineEditor.remember(text, in: &state.commandHistory)
                CommandPrompt.run(text, in: &state)
            case .cancelled:
                state.prompt = nil
            case .complete:
                CommandPrompt.complete(in: &state)
            case .edited, .unchanged:
                break
            }
        }
    }
}

/// A command of the `:` prompt, by its name or one of its short names.
enum PromptVerb: String, CaseIterable {
    case fn, claim, sec, quit

    /// The names each verb also answers to.
    static let aliases: [String: PromptVerb] = ["footnote": .fn, "note": .fn, "n": .fn, "c": .claim, "section": .sec, "s": .sec, "q": .quit]

    init?(named name: String) {
        let lowered = name.lowercased()
        guard let verb = PromptVerb(rawValue: lowered) ?? Self.aliases[lowered] else { return nil }
        self = verb
    }
}

/// The `:` commands: `fn N`, `claim ID`, `sec N`, `q`; and their completion.
enum CommandPrompt {
    static func run(_ line: String, in state: inout ExplorerState) {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { return }
        guard let verb = PromptVerb(named: name) else {
            state.message = "unknown command \(name); try fn N, claim ID, sec N"
            return
        }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb {
        case .fn:
            // `fn 0` is the author's note, whatever mark it carries (`*`, `†`, a Markdown `[^bio]`).
            let label = argument == "0" ? (state.model.essay.footnotes.first { $0.number == 0 }?.label ?? "*") : argument
            guard state.model.essay.footnote(label) != nil else {
                state.message = "no footnote \(argument)"
                return
            }
            let from = state.location
            Navigation.show(.footnote(label), in: &state)
            state.focus = .detail
            state.relayout()
            state.jumps.push(from: from, to: state.location)
        case .claim:
            guard state.model.claim(argument)?.isClaim == true else {
                let near = state.model.claimsProper.map(\.id).filter { $0.contains(argument.lowercased()) }.prefix(3)
                state.message = "no claim \(argument)" + (near.isEmpty ? "" : "; try " + near.joined(separator: ", "))
                return
            }
            let from = state.location
            Navigation.select(claim: argument, in: &state)
            state.jumps.push(from: from, to: state.location)
        case .sec:
            guard let index = sectionIndex(argument, state: state) else {
                state.message = "no section \(argument); sections are 0 (introduction) to \(state.model.essay.sections.count - 1), or their numerals"
                return
            }
            let from = state.location
            Navigation.goToSection(index, in: &state)
            state.detail = DetailState(subject: .section(index))
            state.jumps.push(from: from, to: state.location)
        case .quit:
            state.wantsQuit = true
        }
    }

    /// Tab: completes the verb, or a claim id, section numeral or footnote number; with several
    /// candidates, as far as they agree, and names them.
    static func complete(in state: inout ExplorerState) {
        guard var prompt = state.prompt else { return }
        let text = prompt.editor.text
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let candidates: [String]
        let prefix: String
        if parts.count < 2 {
            prefix = ""
            candidates = PromptVerb.allCases.map(\.rawValue).filter { $0.hasPrefix(text.lowercased()) }.map { $0 + " " }
        } else {
            prefix = parts[0] + " "
            let partial = parts[1]
            switch PromptVerb(named: parts[0]) {
            case .claim?:
                candidates = state.model.claimsProper.map(\.id).filter { $0.hasPrefix(partial) }
            case .sec?:
                candidates = state.model.essay.sections.compactMap(\.number).filter { $0.lowercased().hasPrefix(partial.lowercased()) }
            case .fn?:
                candidates = state.model.essay.footnotes.lazy.map(\.label).filter { $0.hasPrefix(partial) }.prefix(50).map { $0 }
            case .quit?, nil:
                candidates = []
            }
        }
        guard !candidates.isEmpty else {
            state.message = "nothing to complete"
            return
        }
        let common = candidates.dropFirst().reduce(candidates[0]) { shared, next in String(zip(shared, next).prefix { $0 == $1 }.map(\.0)) }
        prompt.editor.set(prefix + common)
        state.prompt = prompt
        if candidates.count > 1 {
            state.message = Plural.count(candidates.count, "choice") + ": " + candidates.prefix(6).joined(separator: " ") + (candidates.count > 6 ? " …" : "")
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

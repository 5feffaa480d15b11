import ArgumentGraph
import EssayKit

/// Builds what the detail pane shows for a subject, unwrapped; `DetailLayout` lays it out.
enum DetailContent {
    static func document(for subject: DetailSubject?, state: ExplorerState) -> DetailDocument {
        let model = state.model
        let essay = model.essay
        var document = DetailDocument()
        guard let subject else {
            document.line("Nothing selected", role: .heading)
            document.blank()
            document.line("Press l or → to select the next footnote marker or claim, Enter to follow it, ? for every key.")
            if let first = essay.footnotes.first(where: { $0.number > 0 }), !essay.footnotes.contains(where: { $0.number > 0 && !$0.citedBy.isEmpty }) {
                // The conversion dropped every marker: say how the notes are reached all the same.
                document.blank()
                document.line("No note is marked in this essay's text (its conversion dropped the markers). "
                    + "Open one with :fn N, then walk the notes from it; the table of authorities (a) leads to the notes citing each work.")
                document.line("  Footnote \(first.label)", role: .link, target: .subject(.footnote(first.label)))
            }
            return document
        }
        switch subject {
        case .footnote(let label):
            guard let footnote = essay.footnote(label) else { return DetailDocument([.line(DetailLine("No footnote \(label)", role: .error))]) }
            return footnoteDocument(footnote, state: state)
        case .authority(let id):
            guard let authority = essay.authority(id) else { return DetailDocument([.line(DetailLine("No authority \(id)", role: .error))]) }
            return authorityDocument(authority, state: state)
        case .claim(let id):
            guard let claim = model.claim(id) else { return DetailDocument([.line(DetailLine("No claim \(id)", role: .error))]) }
            return claimDocument(claim, state: state)
        case .sentence(let locator):
            guard let sentence = essay.sentence(at: locator) else { return DetailDocument([.line(DetailLine("No sentence \(locator)", role: .error))]) }
            return sentenceDocument(sentence, at: locator, state: state)
        case .section(let index):
            guard essay.sections.indices.contains(index) else { return document }
            let section = essay.sections[index]
            document.line(section.displayTitle, role: .heading)
            document.blank()
            let sentences = section.blocks.reduce(0) { $0 + $1.allSentences.count }
            document.line(Plural.count(section.blocks.count, "block") + ", " + Plural.count(sentences, "sentence")
                + ", line \(section.range.start.line)", role: .dim)
            let claims = claims(inSection: index, model).filter(\.isClaim)
            document.list("Claims", DetailList(count: claims.count) { claimLink(claims[$0], state: state) })
            return document
        }
    }

    /// The claims of section `index`, found by halving: the model keeps them in reading order.
    static func claims(inSection index: Int, _ model: ExplorerModel) -> ArraySlice<ExplorerModel.Claim> {
        let claims = model.claims
        func first(_ section: Int) -> Int {
            var lower = 0
            var upper = claims.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if claims[middle].section < section { lower = middle + 1 } else { upper = middle }
            }
            return lower
        }
        return claims[first(index)..<first(index + 1)]
    }

    static func claimLink(_ claim: ExplorerModel.Claim, state: ExplorerState) -> DetailLine {
        var runs = [StyledRun(text: "  ", role: .plain)]
        runs.append(contentsOf: badges(claim, state: state))
        runs.append(StyledRun(text: " \(claim.id) ", role: .link))
        runs.append(StyledRun(text: "(\(kindName(claim.kind))) ", role: .dim))
        runs.append(StyledRun(text: clip(claim.text, 60), role: .plain))
        return DetailLine(runs, target: .subject(.claim(claim.id)))
    }

    /// The name a claim's kind goes by; a plain sentence's "sentence".
    static func kindName(_ kind: ClaimKind?) -> String {
        kind?.rawValue ?? "sentence"
    }

    /// The factor badges of a claim, one letter each, coloured by stance; without colour each
    /// letter is followed by its stance's mark.
    static func badges(_ claim: ExplorerModel.Claim, state: ExplorerState) -> [StyledRun] {
        state.model.factors.compactMap { factor in
            guard let assessment = claim.assessment(of: factor.id) else { return nil }
            let suggested = assessment.source == .suggested
            let mark = state.colors == .none ? StanceMark.mark(assessment.stance, suggested: suggested) : ""
            return StyledRun(text: factor.badge + mark, role: .stance(assessment.stance, suggested: suggested))
        }
    }

    static func footnoteDocument(_ footnote: Footnote, state: ExplorerState) -> DetailDocument {
        let essay = state.model.essay
        var document = DetailDocument()
        document.line(textWithMarkers(footnote.content))
        let marks = footnote.content.markers.map(\.label).filter { $0 != footnote.label }
        if !marks.isEmpty {
            document.list("Marks", DetailList(marks.map { label in
                essay.footnote(label) == nil
                    ? DetailLine([StyledRun(text: "  footnote \(label), never defined", role: .error)])
                    : DetailLine([StyledRun(text: "  footnote \(label)", role: .link)], target: .subject(.footnote(label)))
            }))
        }
        if !footnote.citations.isEmpty {
            document.list("Cites", DetailList(footnote.citations.map { citation in
                var runs = [StyledRun(text: "  ", role: .plain)]
                if let signal = citation.signal { runs.append(StyledRun(text: signal + " ", role: .dim)) }
                runs.append(StyledRun(text: "[\(citation.form.rawValue)] ", role: .dim))
                if let id = citation.authorityID, let authority = essay.authority(id) {
                    runs.append(StyledRun(text: authorityTitle(authority), role: .link))
                    if let pinpoint = citation.pinpoint { runs.append(StyledRun(text: ", at \(pinpoint.text)", role: .plain)) }
                    if let refers = citation.refersTo { runs.append(StyledRun(text: "  (via note \(refers))", role: .dim)) }
                    return DetailLine(runs, target: .subject(.authority(id)))
                }
                runs.append(StyledRun(text: "unresolved: " + citation.text, role: .error))
                return DetailLine(runs)
            }))
        }
        for segment in footnote.segments where segment.kind == .commentary {
            document.blank()
            document.line("Commentary", role: .label)
            document.line("  " + segment.text)
        }
        let citedBy = footnote.citedBy
        document.list("Marked in", DetailList(count: citedBy.count) { index in
            let text = essay.sentence(at: citedBy[index]).map { String($0.text) } ?? ""
            return DetailLine([StyledRun(text: "  “" + clip(text, 90) + "”", role: .link)], target: .sentence(citedBy[index]))
        })
        if citedBy.isEmpty, footnote.number > 0 {
            // A note no sentence marks is reached from its neighbours, as a reader turns the pages of notes.
            document.blank()
            document.line("Not marked in the text", role: .label)
            let neighbours = neighbours(of: footnote, essay)
            if let previous = neighbours.previous {
                document.line("  ← footnote \(previous)", role: .link, target: .subject(.footnote(previous)))
            }
            if let next = neighbours.next {
                document.line("  → footnote \(next)", role: .link, target: .subject(.footnote(next)))
            }
        }
        // Every other note citing each of the works this one cites, one list a work.
        var seen: Set<String> = []
        for id in footnote.citations.compactMap(\.authorityID) where seen.insert(id).inserted {
            guard let authority = essay.authority(id) else { continue }
            let labels = authority.footnotes
            let own = position(of: footnote, in: labels, essay)
            let count = labels.count - (own == nil ? 0 : 1)
            document.list("Also citing " + clip(authority.title, 40), DetailList(count: count) { index in
                let label = labels[own.map { index >= $0 ? index + 1 : index } ?? index]
                let pinpoints = essay.footnote(label)?.citations.filter { $0.authorityID == id }.compactMap(\.pinpoint?.text) ?? []
                let suffix = pinpoints.isEmpty ? "" : ", at " + pinpoints.joined(separator: "; ")
                return DetailLine([StyledRun(text: "  note \(label)", role: .link), StyledRun(text: suffix, role: .plain)],
                                  target: .subject(.footnote(label)))
            })
        }
        return document
    }

    /// The text of `content` with each of its markers shown as in the reading pane (`¹`, `[a]`), so a
    /// note's marks of notes (its own included) stay where the author put them.
    static func textWithMarkers(_ content: RichText) -> String {
        guard !content.markers.isEmpty else { return content.text }
        let utf8 = Array(content.text.utf8)
        var shown: [UInt8] = []
        shown.reserveCapacity(utf8.count + 4 * content.markers.count)
        var from = 0
        for marker in content.markers.sorted(by: { $0.offset < $1.offset }) {
            let at = min(max(marker.offset, from), utf8.count)
            shown += utf8[from..<at]
            shown += Array(ReadingLayout.superscript(marker.label).utf8)
            from = at
        }
        shown += utf8[from...]
        return String(decoding: shown, as: UTF8.self)
    }

    /// The labels of the numbered notes just before and after `footnote`, found by halving on the
    /// notes' numbers (the essay keeps them in order).
    static func neighbours(of footnote: Footnote, _ essay: Essay) -> (previous: String?, next: String?) {
        let notes = essay.footnotes
        var lower = 0
        var upper = notes.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if notes[middle].number < footnote.number { lower = middle + 1 } else { upper = middle }
        }
        let previous = lower > 0 && notes[lower - 1].number > 0 ? notes[lower - 1].label : nil
        var after = lower
        while after < notes.count, notes[after].number <= footnote.number, after - lower < 4 { after += 1 }
        let next = after < notes.count && notes[after].number > footnote.number ? notes[after].label : nil
        return (previous, next)
    }

    /// Where `footnote` is among `labels` (a work's citing notes, in note order), found by halving
    /// on the notes' numbers; nil when it is not there.
    static func position(of footnote: Footnote, in labels: [String], _ essay: Essay) -> Int? {
        var lower = 0
        var upper = labels.count
        while lower < upper {
            let middle = (lower + upper) / 2
            let number = essay.footnote(labels[middle])?.number ?? Int.max
            if number < footnote.number { lower = middle + 1 } else { upper = middle }
        }
        if labels.indices.contains(lower), labels[lower] == footnote.label { return lower }
        return labels.firstIndex(of: footnote.label).flatMap { labels.count < 1_000 ? $0 : nil }
    }

    /// A work as one line: every author, the title, the year.
    static func authorityTitle(_ authority: Authority) -> String {
        let who = authors(authority.authors).map { $0 + ", " } ?? ""
        let year = authority.year.map { " (\($0)" + ")" } ?? ""
        return who + authority.title + year
    }

    /// Authors joined as a citation joins them: `A`, `A & B`, `A, B & C`.
    static func authors(_ names: [String]) -> String? {
        switch names.count {
        case 0: nil
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " & " + names[names.count - 1]
        }
    }

    static func authorityDocument(_ authority: Authority, state: ExplorerState) -> DetailDocument {
        let model = state.model
        let essay = model.essay
        var document = DetailDocument()
        document.line(authority.title, role: .heading)
        document.line(authority.kind.rawValue + (authority.year.map { ", \($0)" } ?? ""), role: .dim)
        if let authors = authors(authority.authors) { document.line("by " + authors) }
        if let container = authority.container { document.line("in " + container) }
        if let number = authority.documentNumber { document.line(number) }
        if let url = authority.url { document.line(url, role: .dim) }
        let labels = authority.footnotes
        let id = authority.id
        document.list("Cited in " + Plural.count(labels.count, "note"), DetailList(count: labels.count) { index in
            let label = labels[index]
            let citations = essay.footnote(label)?.citations.filter { $0.authorityID == id } ?? []
            let pinpoints = citations.compactMap(\.pinpoint?.text)
            let forms = Array(Set(citations.map(\.form.rawValue))).sorted()
            var runs = [StyledRun(text: "  note \(label)", role: .link)]
            runs.append(StyledRun(text: " [\(forms.joined(separator: ", "))]", role: .dim))
            if !pinpoints.isEmpty { runs.append(StyledRun(text: " at " + pinpoints.joined(separator: "; "), role: .plain)) }
            return DetailLine(runs, target: .subject(.footnote(label)))
        })
        let claims = (model.claimsByAuthority[id] ?? []).compactMap { model.claim($0) }
        document.list("Claims resting on it", DetailList(count: claims.count) { claimLink(claims[$0], state: state) })
        return document
    }

    static func claimDocument(_ claim: ExplorerModel.Claim, state: ExplorerState) -> DetailDocument {
        let model = state.model
        var document = DetailDocument()
        document.line(DetailLine([StyledRun(text: claim.id, role: .heading)]))
        var kindLine = [StyledRun(text: kindName(claim.kind), role: .kind(claim.kind))]
        if claim.isSuggested {
            let cues = claim.suggestion?.kindCues ?? []
            kindLine.append(StyledRun(text: cues.isEmpty ? " (suggested)" : " (suggested by “" + Self.cueList(cues) + "”)", role: .dim))
        }
        if let subject = claim.subject {
            kindLine.append(StyledRun(text: " · on " + model.subjectName(subject), role: .plain))
        } else if let phrase = claim.suggestion?.subjectPhrase {
            kindLine.append(StyledRun(text: " · about “" + phrase + "”", role: .dim))
        }
        document.line(DetailLine(kindLine))
        for assessment in claim.factors {
            let name = model.factor(assessment.factor)?.name ?? assessment.factor
            let suggested = assessment.source == .suggested
            let verdict: String
            let cues = Self.cueList(assessment.cues + assessment.stanceCues)
            if let stance = assessment.stance {
                verdict = model.name(of: stance) + (suggested ? (cues.isEmpty ? " (suggested)" : " (suggested by “" + cues + "”)") : "")
            } else {
                verdict = "suggested" + (cues.isEmpty ? "" : " by “" + cues + "”")
            }
            document.line(DetailLine([
                StyledRun(text: "  " + name + ": ", role: .plain),
                StyledRun(text: verdict, role: .stance(assessment.stance, suggested: suggested)),
            ]))
        }
        document.blank()
        document.line(quoted(claim.text))
        if let note = claim.note { document.line(note, role: .dim) }
        for type in RelationType.allCases {
            let targets = claim.targets(type).compactMap { model.claim($0) }
            document.list(type.rawValue.capitalizedFirst, DetailList(count: targets.count) { claimLink(targets[$0], state: state) })
        }
        for type in RelationType.allCases {
            let sources = model.incoming(type, to: claim.id)
            document.list(type.passive.capitalizedFirst, DetailList(count: sources.count) { index in
                model.claim(sources[index]).map { claimLink($0, state: state) } ?? DetailLine("  " + sources[index], role: .dim)
            })
        }
        if !claim.footnotes.isEmpty {
            var lines: [DetailLine] = []
            for label in claim.footnotes {
                guard let footnote = model.essay.footnote(label) else { continue }
                lines.append(DetailLine([StyledRun(text: "  note \(label)", role: .link), StyledRun(text: " " + clip(footnote.content.text, 70), role: .dim)],
                                        target: .subject(.footnote(label))))
                for citation in footnote.citations {
                    guard let id = citation.authorityID, let authority = model.essay.authority(id) else { continue }
                    let at = citation.pinpoint.map { ", at \($0.text)" } ?? ""
                    lines.append(DetailLine([StyledRun(text: "    → ", role: .dim), StyledRun(text: authorityTitle(authority), role: .link),
                                             StyledRun(text: at, role: .plain)], target: .subject(.authority(id))))
                }
            }
            document.list("Footnotes", DetailList(lines))
        }
        return document
    }

    /// A sentence of the body: its words, where it is, the claims that cover it, the factors its
    /// words suggest, and the notes it marks.
    static func sentenceDocument(_ sentence: Sentence, at locator: SentenceLocator, state: ExplorerState) -> DetailDocument {
        let model = state.model
        var document = DetailDocument()
        document.line(String(sentence.text))
        let section = model.essay.sections[locator.section]
        document.line((section.number.map { "§ " + $0 + " · " } ?? "") + section.displayTitle, role: .dim)
        let ref = ReadingBlockRef(locator)
        let block = state.text.blockIndex[ref]
        let covering = (block.flatMap { state.claimsByBlock[$0] } ?? []).filter { $0.textRange.overlaps(sentence.textRange) }
        document.list("Claims on it", DetailList(covering.filter(\.isClaim).map { claimLink($0, state: state) }))
        for claim in covering where !claim.isClaim {
            for assessment in claim.factors {
                let name = model.factor(assessment.factor)?.name ?? assessment.factor
                document.line(DetailLine([StyledRun(text: "  " + name + ": ", role: .plain),
                                          StyledRun(text: "suggested by “" + Self.cueList(assessment.cues) + "”",
                                                    role: .stance(assessment.stance, suggested: true))]))
            }
        }
        let notes = sentence.footnotes.compactMap { model.essay.footnote($0) }
        document.list("Marks", DetailList(notes.map { note in
            DetailLine([StyledRun(text: "  note \(note.label)", role: .link), StyledRun(text: " " + clip(note.content.text, 70), role: .dim)],
                       target: .subject(.footnote(note.label)))
        }))
        return document
    }

    /// A claim's words as a quotation: in curly quotes, unless they are quoted already.
    static func quoted(_ text: String) -> String {
        let opening: Set<Character> = ["“", "\"", "‘", "'", "«"]
        guard let first = text.first, !opening.contains(first) else { return text }
        return "“" + text + "”"
    }

    static func clip(_ text: String, _ width: Int) -> String {
        TerminalText.clip(text, to: width)
    }
}

extension String {
    /// The string with its first letter in upper case (`supported by` → `Supported by`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension DetailContent {
    /// Cue words as the detail lists them: each once, in the order found (a factor's cue and its
    /// stance's cue are often the same words).
    static func cueList(_ cues: [String]) -> String {
        var seen = Set<String>()
        return cues.filter { seen.insert($0).inserted }.joined(separator: "”, “")
    }
}

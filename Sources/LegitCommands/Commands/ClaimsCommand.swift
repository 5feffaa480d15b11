import ArgumentGraph
import ArgumentParser
import EssayKit

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the annotated claims (and with --suggested, the suggested ones), filtered by factor, stance, subject, kind or section.",
        discussion: """
            Factors are shown as `oversight: partial` when annotated and `~oversight` when only the \
            framework's cue terms suggest them (`~oversight: partial` with a suggested stance). With \
            --suggested, the claims the words of unannotated sentences suggest follow the annotated \
            ones, each marked `suggested` with the cue words that made it, and --factor and --stance \
            match suggested factors and stances too. \
            Factor, stance, subject and kind ids may be given in any case. Without --suggested, the \
            count of a factor's claims says how many more only the cue words suggest.
            """)

    @Option(help: "Only claims that state or assess this factor (an id of the framework).") var factor: String?
    @Option(help: "Only claims taking this stance (states, met, partial, unmet).") var stance: String?
    @Option(help: "Only claims about this subject (an id the annotations declare).") var subject: String?
    @Option(help: "Only claims of this kind (thesis, question, claim, premise, counterclaim, rebuttal, evidence, definition, conclusion).")
    var kind: String?
    @Option(help: "Only claims in this section: its number (II), its index (0 is the introduction) or the start of its title.")
    var section: String?
    @Flag(help: "List suggested claims too, and let --factor and --stance match what the cue words suggest.") var suggested = false

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        let maps = try argument.loadMaps(for: corpus)
        var selections: [(path: String, map: ArgumentMap, filter: ClaimFilter)] = []
        var firstFailure: Error?
        for (path, map) in maps {
            do {
                selections.append((path, map, try makeFilter(map)))
            } catch {
                // In a folder, an essay whose framework or annotations lack the factor, subject or
                // section has no claims that match; only when no essay has it is it an error.
                guard corpus.isMany else { throw error }
                firstFailure = firstFailure ?? error
            }
        }
        if selections.isEmpty, let firstFailure { throw firstFailure }
        let found = selections.map { (path: $0.path, map: $0.map, filter: $0.filter, claims: $0.map.claims(matching: $0.filter)) }
        if options.json {
            try StandardOutput.json(try EssayGroups.jsonArrays(found.map { entry in
                (entry.path, entry.claims.map { ExportDocument.ClaimRecord($0, essay: entry.map.essay) })
            }, many: corpus.isMany))
            return
        }
        try StandardOutput.text(EssayGroups.text(found.map { ($0.path, text($0.claims, map: $0.map, filter: $0.filter)) }, many: corpus.isMany), terminator: "")
    }

    /// The claims of one essay: how many match which conditions, then each claim.
    private func text(_ claims: [Claim], map: ArgumentMap, filter: ClaimFilter) -> String {
        var conditions: [String] = []
        if let factor = filter.factor { conditions.append("factor \(factor)") }
        if let stance = filter.stance { conditions.append("stance \(stance.rawValue)") }
        if let subject = filter.subject { conditions.append("subject \(subject)") }
        if let kind = filter.kind { conditions.append("kind \(kind.rawValue)") }
        if let index = filter.section { conditions.append("section \(map.sectionTitle(index))") }
        let suggestedCount = claims.filter { claim in
            claim.source == .suggested || filter.factor.map { !claim.speaks(to: $0, includingSuggested: false) } == true
        }.count
        var out = counted(claims.count, "claim") + (suggested ? " (\(suggestedCount) suggested)" : "")
        if !conditions.isEmpty { out += " with " + conditions.joined(separator: ", ") }
        // Say what the count leaves out: the claims only the cue words suggest for the factor.
        if let factor = filter.factor, filter.stance == nil, !suggested {
            let more = ClaimFilter(factor: factor, subject: filter.subject, kind: filter.kind, section: filter.section, includeSuggested: true)
            let extra = map.claims(matching: more).count - claims.count
            if extra > 0 { out += "; \(extra) more only suggested by cue words (--suggested lists them)" }
        }
        out += "\n"
        for claim in claims {
            out += "\n" + Self.line(claim, essay: map.essay)
        }
        return out
    }

    /// A claim in two or three lines: id, kind, section, subject and factors; then its text; a
    /// suggested claim also gets the cue words that made it.
    static func line(_ claim: Claim, essay: Essay) -> String {
        let kind = claim.source == .suggested ? claim.kind.rawValue + " (suggested)" : claim.kind.rawValue
        var head = ArgumentText.pad(claim.id, 27) + " " + ArgumentText.pad(kind, 12) + " " + ArgumentText.sectionTag(claim.section, in: essay)
        if !claim.footnotes.isEmpty { head += "  n." + claim.footnotes.joined(separator: ",") }
        var out = head + "\n"
        var tags: [String] = []
        if let subject = claim.subject { tags.append("[\(subject)]") }
        if !claim.factors.isEmpty { tags.append(ArgumentText.factors(claim.factors)) }
        if !tags.isEmpty { out += "    " + ArgumentText.wrap(tags.joined(separator: " "), column: 4) + "\n" }
        out += "    " + ArgumentText.wrap(ArgumentText.excerpt(claim.text, limit: 150), column: 4) + "\n"
        if claim.source == .suggested {
            let cues = ArgumentText.cues(claim)
            if !cues.isEmpty { out += "    " + ArgumentText.wrap("cues: " + cues, column: 4) + "\n" }
        }
        return out
    }

    private func makeFilter(_ map: ArgumentMap) throws -> ClaimFilter {
        var filter = ClaimFilter(includeSuggested: suggested)
        if let factor {
            guard let found = map.framework?.factor(matching: factor) else {
                let known = map.framework?.factors.map(\.id) ?? []
                throw CommandFailure("unknown factor \(quoted: factor); the framework has \(known.isEmpty ? "no factors" : known.joined(separator: ", "))")
            }
            filter.factor = found.id
        }
        if let stance {
            guard let value = Stance(id: stance) else {
                throw CommandFailure("unknown stance \(quoted: stance); use one of \(Stance.ids.joined(separator: ", "))")
            }
            filter.stance = value
        }
        if let subject {
            guard let found = map.subject(matching: subject) else {
                let known = map.subjects.map(\.id)
                throw CommandFailure("unknown subject \(quoted: subject); the annotations declare \(known.isEmpty ? "none" : known.joined(separator: ", "))")
            }
            filter.subject = found.id
        }
        if let kind {
            guard let value = ClaimKind(id: kind) else {
                throw CommandFailure("unknown kind \(quoted: kind); use one of \(ClaimKind.ids.joined(separator: ", "))")
            }
            filter.kind = value
        }
        if let section { filter.section = try ArgumentText.section(section, in: map.essay) }
        return filter
    }
}

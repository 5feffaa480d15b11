import ArgumentGraph
import ArgumentParser
import EssayKit

struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Show one claim: text, kind, subject, factors, relations both ways, citations resolved.")

    @Argument(help: "The claim's id, as `legit claims` lists it.") var id: String

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        let essay = try options.loadEssay()
        let map = argument.loadMap(for: essay)
        guard let claim = map.claim(id) ?? map.suggestion(id) else {
            let near = IDSuggester(map.claims.map(\.id)).suggestions(for: id)
            let hint = near.isEmpty ? "; `legit claims` lists them" : "; did you mean \(near.joined(separator: ", "))?"
            throw CommandFailure("no claim \(quoted: id)\(hint)")
        }
        if options.json {
            try StandardOutput.json(try JSONOutput.string(ClaimDetail(claim, map: map)))
        } else {
            try StandardOutput.text(Self.text(claim, map: map), terminator: "")
        }
    }

    static func text(_ claim: Claim, map: ArgumentMap) -> String {
        let essay = map.essay
        var out = "\(claim.id)  (\(claim.kind.rawValue)\(claim.source == .suggested ? ", suggested" : ""))\n"
        out += "\(map.sectionTitle(claim.section))\n\(essay.source.path):\(claim.range.start)\n\n"
        out += "  " + ArgumentText.wrap(claim.text, column: 2, width: 78) + "\n\n"
        func field(_ name: String, _ value: String) {
            out += ArgumentText.pad(name, 14) + ArgumentText.wrap(value, column: 14) + "\n"
        }
        if let subject = claim.subject {
            field("Subject", (map.subject(subject)?.name).map { "\($0) (\(subject))" } ?? subject)
        }
        if claim.source == .suggested, let suggestion = claim.suggestion {
            if !suggestion.kindCues.isEmpty { field("Kind cues", suggestion.kindCues.joined(separator: ", ")) }
            if claim.subject != nil, !suggestion.subjectCues.isEmpty { field("Subject cues", suggestion.subjectCues.joined(separator: ", ")) }
            if let phrase = suggestion.subjectPhrase { field("About", "“\(phrase)” (no declared subject is named)") }
        }
        for assessment in claim.factors {
            let name = map.framework?.factor(assessment.factor)?.name ?? assessment.factor
            if assessment.source == .annotated, let stance = assessment.stance {
                field("Factor", "\(name): \(map.framework?.name(of: stance) ?? stance.defaultName)")
            } else {
                let stance = assessment.stance.map { ": \(map.framework?.name(of: $0) ?? $0.defaultName)" } ?? ""
                let stanceCues = assessment.stanceCues.isEmpty ? "" : "; stance: " + assessment.stanceCues.joined(separator: ", ")
                field("Suggested", "\(name)\(stance) (cues: \(assessment.cues.joined(separator: ", "))\(stanceCues))")
            }
        }
        for type in RelationType.allCases {
            let targets = claim.targets(type)
            if !targets.isEmpty { field(type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst(), targets.joined(separator: ", ")) }
        }
        let incoming = map.incomingRelations(of: claim.id)
        for type in RelationType.allCases {
            let sources = incoming.filter { $0.type == type }.map(\.from)
            if !sources.isEmpty { field(type.passive.prefix(1).uppercased() + type.passive.dropFirst(), sources.joined(separator: ", ")) }
        }
        if claim.footnotes.isEmpty {
            field("Footnotes", "none")
        } else {
            field("Footnotes", claim.footnotes.joined(separator: ", "))
            let works = map.citedWorks(of: claim.id)
            if works.isEmpty {
                field("Citations", "none resolved yet")
            }
            for work in works {
                var line = "n.\(work.footnote): "
                if let authority = work.authority {
                    line += AuthorityReport.line(authority)
                } else {
                    line += "unresolved (\(ArgumentText.excerpt(String(work.citation.text), limit: 60)))"
                }
                if let pinpoint = work.pinpoint { line += ", at \(pinpoint.text)" }
                if !work.via.isEmpty { line += " (via \(ArgumentText.chain(work.via)))" }
                field("Cites", line)
            }
        }
        if let note = claim.note { field("Note", note) }
        return out
    }
}

/// `legit claim ID --json`: the claim as exported, plus relations pointing at it and its citations.
private struct ClaimDetail: Encodable {
    struct IncomingRelations: Encodable {
        var supportedBy: [String]
        var attackedBy: [String]
        var rebuttedBy: [String]
        var qualifiedBy: [String]
    }

    struct CitedWorkRecord: Encodable {
        var footnote: String
        var citation: EssayJSON.Citation
        var authority: EssayJSON.AuthorityReference?
        var pinpoint: String?
        var via: [String]
    }

    var claim: ExportDocument.ClaimRecord
    var sectionTitle: String
    var subjectName: String?
    var incoming: IncomingRelations
    var citations: [CitedWorkRecord]

    init(_ claim: Claim, map: ArgumentMap) {
        self.claim = ExportDocument.ClaimRecord(claim, essay: map.essay)
        sectionTitle = map.sectionTitle(claim.section)
        subjectName = claim.subject.flatMap { map.subject($0)?.name }
        let incoming = map.incomingRelations(of: claim.id)
        func from(_ type: RelationType) -> [String] { incoming.filter { $0.type == type }.map(\.from) }
        self.incoming = IncomingRelations(supportedBy: from(.supports), attackedBy: from(.attacks), rebuttedBy: from(.rebuts),
                                          qualifiedBy: from(.qualifies))
        citations = map.citedWorks(of: claim.id).map { work in
            CitedWorkRecord(footnote: work.footnote, citation: EssayJSON.Citation(work.citation, essay: map.essay),
                            authority: work.authority.map(EssayJSON.AuthorityReference.init), pinpoint: work.pinpoint?.text, via: work.via)
        }
    }
}

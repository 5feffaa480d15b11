import ArgumentGraph
import ArgumentParser
import EssayKit

struct ScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Show how each subject fares on each factor, with the claims behind every cell (of each essay, for a folder).",
        discussion: """
            Only annotated stances count. A cell's verdict is the stance most of its claims take; a \
            tie goes to the weaker stance (unmet, then partial, then met). Other stances in the cell \
            are shown after a plus sign.
            """)

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        let maps = try argument.loadMaps(for: corpus)
        if options.json {
            try StandardOutput.json(try EssayGroups.json(maps.map { ($0.path, ScorecardRecord(Scorecard(map: $0.map), map: $0.map)) }, many: corpus.isMany))
        } else {
            try StandardOutput.text(EssayGroups.text(maps.map { ($0.path, Self.text(Scorecard(map: $0.map), map: $0.map)) }, many: corpus.isMany), terminator: "")
        }
    }

    static func text(_ scorecard: Scorecard, map: ArgumentMap) -> String {
        guard let framework = map.framework else { return "No framework, so no factors to score.\n" }
        guard !scorecard.subjects.isEmpty else { return "The annotations declare no subjects to score.\n" }
        var out = "Scorecard: \(framework.name)\n\n"
        // Each factor keeps 12 to 16 columns; the subjects' names take what is left of 80, 20 at least.
        let column = max(12, min(16, 60 / max(1, scorecard.factors.count)))
        let longest = scorecard.subjects.map(\.name.count).max() ?? 0
        let first = max(20, min(longest + 2, 80 - column * scorecard.factors.count))
        out += ArgumentText.pad("", first) + scorecard.factors.map { ArgumentText.pad(ArgumentText.shortName($0, width: column - 1), column) }
            .joined().trimmingTrailing + "\n"
        for (row, subject) in scorecard.subjects.enumerated() {
            let name = ArgumentText.excerpt(subject.name, limit: first - 1)
            var line = ArgumentText.pad(name, first)
            for cell in scorecard.cells[row] {
                line += ArgumentText.pad(verdict(cell), column)
            }
            out += line.trimmingTrailing + "\n"
        }
        for (row, subject) in scorecard.subjects.enumerated() {
            out += "\n\(subject.name) (\(subject.id))\n"
            for cell in scorecard.cells[row] {
                let name = ArgumentText.pad(framework.factor(cell.factor).map { ArgumentText.shortName($0, width: 15) } ?? cell.factor, 16)
                guard !cell.entries.isEmpty else {
                    out += "  \(name)—\n"
                    continue
                }
                for (index, entry) in cell.entries.enumerated() {
                    let label = index == 0 ? name : ArgumentText.pad("", 16)
                    out += "  \(label)" + ArgumentText.pad(entry.stance.rawValue, 9)
                        + ArgumentText.idList(entry.claims, column: 27) + "\n"
                }
            }
        }
        return out
    }

    private static func verdict(_ cell: Scorecard.Cell) -> String {
        guard let verdict = cell.verdict else { return "—" }
        let others = cell.entries.dropFirst().map { "+" + $0.stance.rawValue }
        return ([verdict.rawValue] + others).joined(separator: " ")
    }
}

/// `legit scorecard --json`.
private struct ScorecardRecord: Encodable {
    struct CellRecord: Encodable {
        var subject: String
        var factor: String
        var verdict: Stance?
        var entries: [Scorecard.Entry]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(subject, forKey: .subject)
            try container.encode(factor, forKey: .factor)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(entries, forKey: .entries)
        }

        enum CodingKeys: String, CodingKey { case subject, factor, verdict, entries }
    }

    struct FactorRecord: Encodable {
        var id: String
        var name: String
    }

    var framework: String?
    var rule: String
    var subjects: [Subject]
    var factors: [FactorRecord]
    var cells: [CellRecord]

    init(_ scorecard: Scorecard, map: ArgumentMap) {
        framework = map.framework?.id
        rule = "verdict = the stance most claims take; ties go to the weaker stance (unmet < partial < met); annotated stances only"
        subjects = scorecard.subjects
        factors = scorecard.factors.map { FactorRecord(id: $0.id, name: $0.name) }
        cells = scorecard.cells.flatMap { row in
            row.map { CellRecord(subject: $0.subject, factor: $0.factor, verdict: $0.verdict, entries: $0.entries) }
        }
    }
}

private extension String {
    var trimmingTrailing: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

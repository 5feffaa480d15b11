import ArgumentGraph
import ArgumentParser
import EssayKit

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List what the annotations leave open: uncited claims, unanswered counterclaims, idle "
            + "authorities, unused factors, support cycles.")

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        let corpus = try options.loadCorpus()
        let maps = try argument.loadMaps(for: corpus)
        if options.json {
            try StandardOutput.json(try EssayGroups.json(maps.map { ($0.path, AuditReport(map: $0.map)) }, many: corpus.isMany))
        } else {
            try StandardOutput.text(EssayGroups.text(maps.map { ($0.path, Self.text(AuditReport(map: $0.map), map: $0.map)) }, many: corpus.isMany), terminator: "")
        }
    }

    static func text(_ report: AuditReport, map: ArgumentMap) -> String {
        var out = "Audit of \(counted(map.claims.count, "claim"))"
        if let path = map.annotationsPath { out += "\nin \(path)" }
        out += "\n"
        func group(_ title: String, _ ids: [String], explain: String) {
            out += "\n\(title): \(ids.count)\n"
            if ids.isEmpty { return }
            out += "  " + ArgumentText.wrap(explain, column: 2) + "\n"
            out += "  " + ArgumentText.idList(ids, column: 2) + "\n"
        }
        group("Claims with no citation", report.uncitedClaims,
              explain: "No footnote is marked inside these claims (questions are left out).")
        group("Counterclaims nobody answers", report.unansweredCounterclaims,
              explain: "No claim rebuts or attacks these counterclaims.")
        group("Authorities no claim cites", report.uncitedAuthorities,
              explain: "The essay cites these works, but no claim's footnotes lead to them.")
        group("Factors no claim addresses", report.unassessedFactors,
              explain: "No claim states or assesses these factors.")
        out += "\nSupport cycles: \(report.supportCycles.count)\n"
        for cycle in report.supportCycles {
            out += "  " + ArgumentText.wrap((cycle + [cycle.first ?? ""]).joined(separator: " → "), column: 2) + "\n"
        }
        return out
    }
}

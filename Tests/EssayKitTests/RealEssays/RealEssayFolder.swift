import EssayKit
import Foundation

/// A folder of real essays, each `NAME.md` beside `NAME.source.md` and `NAME.gold.yaml`: finding them,
/// scoring them and printing the results.
enum RealEssayFolder {
    /// `Tests/EssayKitTests/Fixtures/real`.
    static let fixtures = Fixture.fixtures.appendingPathComponent("real")

    /// The essays' names (file names without `.md`), sorted.
    static func essayNames(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".source.md") && $0 != "README.md" }
            .map { String($0.dropLast(3)) }
            .sorted()
    }

    static func goldURL(_ name: String, in folder: URL) -> URL {
        folder.appendingPathComponent("\(name).gold.yaml")
    }

    /// Each essay with a gold file, parsed by legit and scored.
    static func scores(in folder: URL, skipping: Set<String>) throws -> [EssayScore] {
        try essayNames(in: folder).filter { !skipping.contains($0) }.compactMap { name in
            let goldURL = goldURL(name, in: folder)
            guard FileManager.default.fileExists(atPath: goldURL.path) else { return nil }
            let gold = try GoldFile.load(goldURL)
            let essay = try EssayParser().parse(contentsOf: folder.appendingPathComponent("\(name).md").path)
            return EssayScore(name: name, essay: essay, gold: gold)
        }
    }

    static func percent(_ score: EssayScore) -> String {
        String(format: "%.1f%%", score.fraction * 100)
    }

    /// One line per essay: citing notes, right, %, wrong, unresolved, missing, split works, and a total.
    static func table(_ scores: [EssayScore]) -> String {
        let width = max(5, scores.map(\.name.count).max() ?? 0)
        func row(_ cells: [String]) -> String {
            cells[0].padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + cells.dropFirst().map { String(repeating: " ", count: max(0, 8 - $0.count)) + $0 }.joined(separator: " ")
        }
        var lines = [row(["essay", "citing", "right", "%", "wrong", "unres.", "missing", "split"])]
        for score in scores {
            lines.append(row([score.name, "\(score.citing)", "\(score.right)", percent(score), "\(score.wrong)",
                              "\(score.unresolved)", "\(score.missing)", "\(score.splitWorks.count)"]))
        }
        let citing = scores.map(\.citing).reduce(0, +)
        let right = scores.map(\.right).reduce(0, +)
        let total = citing == 0 ? 100 : Double(right) / Double(citing) * 100
        lines.append(row(["all", "\(citing)", "\(right)", String(format: "%.1f%%", total),
                          "\(scores.map(\.wrong).reduce(0, +))", "\(scores.map(\.unresolved).reduce(0, +))",
                          "\(scores.map(\.missing).reduce(0, +))", "\(scores.map(\.splitWorks.count).reduce(0, +))"]))
        return "Real essays against gold (notes right = works and first pinpoint):\n" + lines.joined(separator: "\n")
    }

    /// Every note that is not right: the gold works with their pinpoints, then legit's citations.
    static func report(_ scores: [EssayScore]) -> String {
        var lines: [String] = []
        for score in scores {
            for result in score.results where result.outcome != .right {
                let gold = result.gold.cites.map { $0.work + ($0.pin.map { " @ \($0)" } ?? "") }.joined(separator: "; ")
                let kind: String
                switch result.outcome {
                case .right: kind = "right"
                case .wrong(let why): kind = "WRONG (\(why))"
                case .unresolved(let why): kind = "UNRESOLVED (\(why))"
                case .missing: kind = "MISSING (no such footnote)"
                }
                lines.append("\(score.name) note \(result.label): \(kind)")
                lines.append("    gold:  \(gold)")
                for citation in result.legit { lines.append("    legit: \(citation)") }
                if result.legit.isEmpty, result.outcome != .missing { lines.append("    legit: no citation") }
            }
            if !score.splitWorks.isEmpty { lines.append("\(score.name): works split into several authorities: \(score.splitWorks.joined(separator: ", "))") }
            if !score.citationsInUncitedNotes.isEmpty {
                lines.append("\(score.name): citations resolved in notes the gold calls uncited: \(score.citationsInUncitedNotes.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}

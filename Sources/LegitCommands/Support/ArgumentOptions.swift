import ArgumentGraph
import ArgumentParser
import EssayKit
import Foundation
import LowLevel

/// The options the argument-graph commands share: where the annotations and framework are.
struct ArgumentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The annotation file (default: X.claims.yaml beside the essay X.md).", valueName: "path"))
    var annotations: String?

    @Option(name: .long, help: ArgumentHelp(
        "The framework file (default: the one the annotations name, else frameworks/caron-1993.yaml beside the essay).",
        valueName: "path"))
    var framework: String?

    /// Loads the essay's argument graph; problems and notes go to standard error, the graph is still used.
    func loadMap(for essay: Essay) -> ArgumentMap {
        let result = ArgumentLoader.load(essay: essay, annotationsPath: annotations, frameworkPath: framework)
        let problems = result.diagnostics
        for diagnostic in problems.prefix(5) { printError(diagnostic.description) }
        if problems.count > 5 { printError("… and \(problems.count - 5) more; run `legit check` to see them all") }
        return result.map
    }

    /// Loads the argument map of every essay of `corpus`, on every core. One essay is loaded as
    /// `loadMap` does; for several, only warnings and errors are reported (the missing annotation
    /// files of plain essays are not), at most twenty lines.
    func loadMaps(for corpus: EssayCorpus) throws -> [(path: String, map: ArgumentMap)] {
        let essays = corpus.essays
        guard corpus.isMany else { return essays.map { ($0.source.path, loadMap(for: $0)) } }
        if annotations != nil {
            throw CommandFailure("--annotations names the annotations of one essay; choose it with --essay NAME")
        }
        let frameworkPath = framework
        let results = Parallel.map(essays.count) { ArgumentLoader.load(essay: essays[$0], frameworkPath: frameworkPath) }
        let problems = results.flatMap { $0.diagnostics.filter { $0.severity != .note } }
        for diagnostic in problems.prefix(20) { printError(diagnostic.description) }
        if problems.count > 20 { printError("… and \(problems.count - 20) more; run `legit check` to see them all") }
        return results.map { ($0.map.essay.source.path, $0.map) }
    }
}

/// Text helpers the argument-graph commands share.
enum ArgumentText {
    /// A section's short name: its number (`II`) or a shortened title (`Introduction`, `Conclusion`).
    static func sectionTag(_ index: Int, in essay: Essay) -> String {
        guard essay.sections.indices.contains(index) else { return "?" }
        let section = essay.sections[index]
        if let number = section.number { return "§\(number)" }
        let title = section.title ?? section.untitledName
        return title.prefix(1).uppercased() + title.dropFirst().lowercased()
    }

    /// Factors as `oversight: partial` for annotated ones, `~oversight` (or `~oversight: partial`)
    /// for suggested ones.
    static func factors(_ factors: [FactorAssessment]) -> String {
        factors.map { assessment in
            guard assessment.source == .suggested else { return assessment.factor + ": " + (assessment.stance?.rawValue ?? "?") }
            return "~" + assessment.factor + (assessment.stance.map { ": " + $0.rawValue } ?? "")
        }.joined(separator: ", ")
    }

    /// The cue words behind a suggested claim: `kind counterclaim (Some argue); independence (independent; stance: cannot)`.
    static func cues(_ claim: Claim) -> String {
        var parts: [String] = []
        if let suggestion = claim.suggestion, !suggestion.kindCues.isEmpty {
            parts.append("\(claim.kind.rawValue) (\(suggestion.kindCues.joined(separator: ", ")))")
        }
        for factor in claim.factors where factor.source == .suggested {
            var part = factor.factor + " (" + factor.cues.joined(separator: ", ")
            if let stance = factor.stance { part += "; \(stance.rawValue): " + factor.stanceCues.joined(separator: ", ") }
            parts.append(part + ")")
        }
        if let suggestion = claim.suggestion {
            if let subject = claim.subject {
                parts.append("subject \(subject) (\(suggestion.subjectCues.joined(separator: ", ")))")
            } else if let phrase = suggestion.subjectPhrase {
                parts.append("about “\(phrase)”")
            }
        }
        return parts.joined(separator: "; ")
    }

    /// `text` cut to `limit` characters with an ellipsis.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit - 1))
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// Ids joined by commas and wrapped so that, starting at `column`, no line passes `width`.
    static func idList(_ ids: [String], column: Int, width: Int = 80) -> String {
        wrap(ids.joined(separator: ", "), column: column, width: width)
    }

    /// `text` wrapped at spaces for a block that starts at `column`: later lines are indented to
    /// that column and no line passes `width`.
    static func wrap(_ text: String, column: Int, width: Int = 80) -> String {
        let room = max(20, width - column)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > room {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n" + String(repeating: " ", count: column))
    }

    /// An *Id.*/*supra* chain for display: `n.6`, or `n.27 … n.1` when it is long.
    static func chain(_ via: [String]) -> String {
        guard let first = via.first, let last = via.last else { return "" }
        switch via.count {
        case 1: return "n.\(first)"
        case 2: return "n.\(first), n.\(last)"
        default: return "n.\(first) … n.\(last)"
        }
    }

    /// A factor's name for a narrow column: the name when it fits, else the id capitalised.
    static func shortName(_ factor: Factor, width: Int) -> String {
        if factor.name.count <= width { return factor.name }
        let id = factor.id.prefix(1).uppercased() + factor.id.dropFirst()
        return id.count <= width ? id : excerpt(id, limit: width)
    }

    /// `text` padded with spaces to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Resolves `--section`: a number as written (`II`), an index (`0` is the introduction), or a title's start.
    static func section(_ given: String, in essay: Essay) throws -> Int {
        let wanted = given.trimmingCharacters(in: .whitespaces).lowercased()
        if let index = essay.sections.firstIndex(where: { $0.number?.lowercased() == wanted }) { return index }
        if let index = Int(wanted), essay.sections.indices.contains(index) { return index }
        if let index = essay.sections.firstIndex(where: { $0.displayTitle.lowercased().hasPrefix(wanted) || ($0.title?.lowercased().hasPrefix(wanted) ?? false) }) {
            return index
        }
        let known = essay.sections.enumerated().map { "\($0.offset) (\($0.element.displayTitle))" }.joined(separator: ", ")
        throw CommandFailure("no section '\(given)'; the essay has \(known)")
    }
}

import EssayKit

/// Checks an annotation file against its essay and framework: the essay it names, factor ids and
/// stances, subjects, and the targets of relations.
public enum AnnotationValidator {
    /// How many unknown ids in one file get a "did you mean" looked for: each look goes through the
    /// known ids (`IDSuggester`), so ten thousand unknown ids would otherwise take quadratic time.
    public static let suggestionLimit = 20

    /// The problems found, each at the file:line:col of the offending YAML node.
    public static func validate(_ file: AnnotationFile, essay: Essay, framework: Framework?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var suggestionsLeft = suggestionLimit
        var suggesters: [String: IDSuggester] = [:]
        /// ` (did you mean 'x'?)` while the file's suggestions last; each list of known ids is read
        /// once, by the first suggestion among them.
        func suggestion(for id: String, among list: String, _ known: @autoclosure () -> [String]) -> String {
            guard suggestionsLeft > 0 else { return "" }
            suggestionsLeft -= 1
            let suggester = suggesters[list] ?? IDSuggester(known())
            suggesters[list] = suggester
            return suggester.nearest(to: id).map { " (did you mean \(quoted: $0)?)" } ?? ""
        }
        func report(_ severity: Diagnostic.Severity, _ position: SourcePosition?, _ message: String) {
            let start = position ?? SourcePosition(line: 1, column: 1)
            diagnostics.append(Diagnostic(severity, file: file.path, range: SourceRange(start: start, end: start), message: message))
        }
        if let named = file.essay {
            let actual = fileName(essay.source.path)
            if fileName(named) != actual {
                let titleMatches = file.title.map { essay.title.lowercased().hasPrefix($0.lowercased()) } ?? false
                if titleMatches {
                    report(.warning, file.essayPosition, "the annotations name the essay \(quoted: named), but it is read from \(quoted: actual)")
                } else {
                    report(.error, file.essayPosition, "this annotation file is for another essay (\(quoted: named)), not \(quoted: actual)")
                }
            }
        }
        let subjectIDs = Set(file.subjects.map(\.id))
        let claimIDs = Set(file.claims.map(\.id))
        let claimIDList = file.claims.map(\.id)
        for claim in file.claims {
            if let subject = claim.subject, !subjectIDs.contains(subject) {
                let hint = suggestion(for: subject, among: "subjects", file.subjects.map(\.id))
                report(.error, claim.subjectPosition, "unknown subject \(quoted: subject) for claim \(quoted: claim.id); declare it under 'subjects'\(hint)")
            }
            if let framework {
                for entry in claim.factors {
                    if framework.factor(entry.factor) == nil {
                        let hint = suggestion(for: entry.factor, among: "factors", framework.factors.map(\.id))
                        report(.error, entry.position, "unknown factor \(quoted: entry.factor) for claim \(quoted: claim.id); "
                               + "\(framework.id) has \(framework.factors.map(\.id).joined(separator: ", "))\(hint)")
                    } else if !framework.allows(entry.stance) {
                        report(.error, entry.position, "the framework \(framework.id) does not allow the stance \(quoted: entry.stance.rawValue)")
                    }
                }
            }
            var seen: Set<String> = []
            for relation in claim.relations {
                if relation.target == claim.id {
                    report(.error, relation.position, "claim \(quoted: claim.id) \(relation.type.rawValue) itself")
                } else if !claimIDs.contains(relation.target) {
                    let hint = suggestion(for: relation.target, among: "claims", claimIDList)
                    report(.error, relation.position,
                           "claim \(quoted: claim.id) \(relation.type.rawValue) \(quoted: relation.target), which is not a claim id\(hint)")
                } else if !seen.insert(relation.type.rawValue + " " + relation.target).inserted {
                    report(.warning, relation.position, "claim \(quoted: claim.id) lists \(quoted: relation.target) under \(relation.type.rawValue) twice")
                }
            }
        }
        return diagnostics
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// ` (did you mean 'x'?)` when an id is a small edit away from a known one.
    static func suggestion(for id: String, among known: [String]) -> String {
        IDSuggester(known).nearest(to: id).map { " (did you mean \(quoted: $0)?)" } ?? ""
    }
}

import EssayKit

/// The reading notes of an essay as Markdown, what terminal readers export as highlights: the
/// claims section by section, each with its quote, kind, subject, factors and stances, relations,
/// note and the works its footnotes cite (through every *Id.* and *supra*, with pinpoints).
public enum MarkdownExporter {
    /// The notes of `map`; `suggested` adds the suggested claims, marked as such.
    public static func export(_ map: ArgumentMap, suggested: Bool = false) -> String {
        let essay = map.essay
        let claims = (map.claims + (suggested ? map.suggestions : [])).sorted { EssayPlace($0.anchor) < EssayPlace($1.anchor) }
        var out = "# " + escaped(essay.title.isEmpty ? fileName(essay.source.path) : essay.title) + "\n\n"
        var byline: [String] = []
        if let author = essay.author { byline.append(escaped(author)) }
        if let doi = essay.doi { byline.append(doi.hasPrefix("http") ? doi : "doi:" + doi) }
        byline.append("`\(fileName(essay.source.path))`")
        out += byline.joined(separator: " · ") + "\n\n"
        let annotated = map.claims.count
        var summary = "Argument notes by legit: \(annotated) claim\(annotated == 1 ? "" : "s")"
        if suggested { summary += " and \(map.suggestions.count) suggested by their words (marked *suggested*)" }
        if let framework = map.framework { summary += "; factors of " + escaped(framework.name) }
        out += summary + ".\n"
        if !map.subjects.isEmpty {
            out += "\nSubjects: " + map.subjects.map { "\(escaped($0.name)) (`\($0.id)`)" }.joined(separator: ", ") + ".\n"
        }
        var section: Int?
        for claim in claims {
            if claim.section != section {
                section = claim.section
                out += "\n## " + escaped(map.sectionTitle(claim.section)) + "\n"
            }
            out += "\n" + entry(claim, map: map)
        }
        if claims.isEmpty { out += "\nNo claims yet: `legit annotate add` adds one, and `legit claims --suggested` lists what the words suggest.\n" }
        return out
    }

    /// One claim: a heading line, the quote as a block quotation, then its fields as a list.
    private static func entry(_ claim: Claim, map: ArgumentMap) -> String {
        var head = "### `\(claim.id)` · \(claim.kind.rawValue)"
        if claim.source == .suggested { head += " · *suggested*" }
        if let subject = claim.subject { head += " · " + escaped(map.subject(subject)?.name ?? subject) }
        var out = head + "\n\n"
        out += claim.text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escaped(String($0)) }.joined(separator: "\n") + "\n"
        var fields: [String] = []
        if claim.source == .suggested, let suggestion = claim.suggestion {
            let cues = { (words: [String]) in words.map { "“\(escaped($0))”" }.joined(separator: ", ") }
            if !suggestion.kindCues.isEmpty { fields.append("Kind \(claim.kind.rawValue) (*suggested* by \(cues(suggestion.kindCues)))") }
            if let subject = claim.subject, !suggestion.subjectCues.isEmpty {
                fields.append("Subject \(escaped(map.subject(subject)?.name ?? subject)) (*suggested* by \(cues(suggestion.subjectCues)))")
            } else if let phrase = suggestion.subjectPhrase {
                fields.append("About “\(escaped(phrase))”")
            }
        }
        for assessment in claim.factors {
            let name = escaped(map.framework?.factor(assessment.factor)?.name ?? assessment.factor)
            let stance = assessment.stance.map { map.framework?.name(of: $0) ?? $0.defaultName }
            if assessment.source == .annotated {
                fields.append("\(name): \(stance ?? "no stance")")
            } else {
                var line = "\(name)\(stance.map { ": \($0)" } ?? "") (*suggested* by \(assessment.cues.map { "“\(escaped($0))”" }.joined(separator: ", "))"
                if !assessment.stanceCues.isEmpty { line += "; stance by " + assessment.stanceCues.map { "“\(escaped($0))”" }.joined(separator: ", ") }
                fields.append(line + ")")
            }
        }
        for type in RelationType.allCases {
            let targets = claim.targets(type)
            if !targets.isEmpty { fields.append(type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst() + " " + targets.map { "`\($0)`" }.joined(separator: ", ")) }
        }
        let incoming = map.incomingRelations(of: claim.id)
        for type in RelationType.allCases {
            let sources = incoming.filter { $0.type == type }.map(\.from)
            if !sources.isEmpty { fields.append(type.passive.prefix(1).uppercased() + type.passive.dropFirst() + " " + sources.map { "`\($0)`" }.joined(separator: ", ")) }
        }
        if let note = claim.note { fields.append("Note: " + escaped(note)) }
        for work in citedWorks(claim, map: map) { fields.append(work) }
        if !fields.isEmpty { out += "\n" + fields.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

    /// Each citation in the claim's footnotes: the note, the work it resolves to, the pinpoint,
    /// and the notes an *Id.* or *supra* led through.
    private static func citedWorks(_ claim: Claim, map: ArgumentMap) -> [String] {
        var works: [CitedWork] = []
        for label in claim.footnotes { works += map.citedWorks(inFootnote: label) }
        return works.map { work in
            var line = "Cites n.\(work.footnote): "
            if let authority = work.authority {
                line += escaped(authority.reference)
            } else {
                line += escaped(String(work.citation.text)) + " (not resolved to a work)"
            }
            if let pinpoint = work.pinpoint { line += ", at " + escaped(pinpoint.text) }
            if !work.via.isEmpty { line += " (through " + work.via.map { "n.\($0)" }.joined(separator: ", ") + ")" }
            return line
        }
    }

    /// `text` with the characters Markdown would read as markup escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

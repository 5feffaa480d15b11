import Foundation

/// Writes a parsed essay as a readable indented tree, one node a line, with source ranges.
///
/// Tests compare this dump with a stored copy, so a parser change shows as a readable diff.
public struct EssayDumper: Sendable {
    /// How much text to show for each sentence: whole, or cut to a width.
    public var sentenceWidth: Int?

    public init(sentenceWidth: Int? = nil) {
        self.sentenceWidth = sentenceWidth
    }

    public func dump(_ essay: Essay) -> String {
        var out = ""
        out += "Essay \(quoted(essay.title))" + (essay.titleRange.map { " @\($0)" } ?? "") + "\n"
        if let author = essay.author {
            out += "  Author \(quoted(author))" + (essay.authorNoteLabel.map { " note: \($0)" } ?? "") + "\n"
        }
        if let doi = essay.doi { out += "  DOI \(doi)\n" }
        if let copyright = essay.copyright { out += "  Copyright \(quoted(copyright))\n" }
        let front = essay.frontMatter
        if !front.abstract.isEmpty {
            out += "  Abstract" + (front.abstractRange.map { " @\($0)" } ?? "") + "\n"
            for paragraph in front.abstract { out += "    \(quoted(clip(paragraph)))\n" }
        }
        if !front.keywords.isEmpty { out += "  Keywords \(front.keywords.map(quoted).joined(separator: " "))\n" }
        if !front.classification.isEmpty { out += "  Classification \(front.classification.map(quoted).joined(separator: " "))\n" }
        for section in essay.sections {
            out += "  Section \(quoted(section.displayTitle)) level: \(section.level) @\(section.range)\n"
            for block in section.blocks {
                let kind = block.kind.rawValue.capitalized
                let cut = block.pieces.count > 1 ? " pieces: \(block.pieces.count)" : ""
                let notes = block.footnoteLabels.isEmpty ? "" : " footnotes: \(block.footnoteLabels.joined(separator: ","))"
                out += "    \(kind) @\(block.range)\(cut)\(notes)\n"
                if block.holdsItems {
                    for item in block.items {
                        out += "      Item \(quoted(item.label)) @\(item.range)\n"
                        for sentence in item.sentences { out += "        " + line(sentence) + "\n" }
                    }
                } else {
                    for sentence in block.sentences { out += "      " + line(sentence) + "\n" }
                }
            }
        }
        for footnote in essay.footnotes {
            let cited = footnote.citedBy.map(\.description).joined(separator: " ")
            out += "  Footnote \(footnote.label) @\(footnote.range)" + (cited.isEmpty ? "" : " cited-by: \(cited)") + "\n"
            for sentence in footnote.sentences { out += "    " + line(sentence) + "\n" }
            for segment in footnote.segments where segment.kind == .commentary {
                out += "    Commentary \(quoted(clip(String(segment.text))))\n"
            }
            for citation in footnote.citations {
                var parts = ["Citation \(citation.form.rawValue)"]
                if let signal = citation.signal { parts.append("signal: \(quoted(signal))") }
                if let pinpoint = citation.pinpoint { parts.append("at: \(quoted(pinpoint.text)) (\(pinpoint.kind.rawValue))") }
                if let refers = citation.refersTo { parts.append("via: \(refers)") }
                parts.append("-> \(citation.authorityID ?? "unresolved")")
                out += "    " + parts.joined(separator: " ") + "\n"
            }
        }
        for authority in essay.authorities {
            var parts = ["Authority \(authority.id) \(authority.kind.rawValue)"]
            if !authority.authors.isEmpty { parts.append("by: \(authority.authors.joined(separator: "; "))") }
            parts.append(quoted(authority.title))
            if let container = authority.container { parts.append("in: \(quoted(container))") }
            if let year = authority.year { parts.append("year: \(year)") }
            parts.append("footnotes: \(authority.footnotes.joined(separator: ","))")
            out += "  " + parts.joined(separator: " ") + "\n"
        }
        for diagnostic in essay.diagnostics {
            out += "  Diagnostic \(diagnostic.severity.rawValue) @\(diagnostic.range) \(quoted(diagnostic.message))\n"
        }
        return out
    }

    private func line(_ sentence: Sentence) -> String {
        let notes = sentence.footnotes.isEmpty ? "" : " [\(sentence.footnotes.joined(separator: ","))]"
        return "Sentence @\(sentence.range)\(notes) \(quoted(clip(String(sentence.text))))"
    }

    private func clip(_ text: String) -> String {
        guard let width = sentenceWidth, text.count > width else { return text }
        return String(text.prefix(width)) + "…"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

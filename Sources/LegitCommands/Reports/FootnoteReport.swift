import EssayKit

/// One footnote, or all, with their citations resolved: `legit footnote`.
public enum FootnoteReport {
    /// The footnote as readable text: its text, where it is marked, and each citation resolved.
    public static func text(_ footnote: Footnote, essay: Essay) -> String {
        let name = footnote.number == 0 ? "Author's note (\(footnote.label))" : "Footnote \(footnote.label)"
        var out = "\(name)  line \(footnote.range.start.line)\n"
        out += "  " + TextWrap.wrap(footnote.content.text, width: 76, indent: "  ") + "\n"
        for locator in footnote.citedBy {
            guard let sentence = essay.sentence(at: locator) else { continue }
            let section = essay.sections[locator.section].displayTitle
            out += "  Marked in \(section), line \(sentence.range.start.line):\n"
            out += "    “" + TextWrap.wrap(String(sentence.text), width: 72, indent: "     ") + "”\n"
        }
        // A note that is all commentary is its text, shown above; only a note with citations is split.
        let split = footnote.segments.contains { $0.kind != .commentary }
        for segment in footnote.segments where split && segment.kind == .commentary {
            out += "  Commentary: " + TextWrap.wrap(String(segment.text), width: 64, indent: "              ") + "\n"
        }
        if footnote.citations.isEmpty {
            // Said, not left out: a reader cannot tell a note of prose from a citation legit failed to read.
            out += "  No citation read: the whole note is taken as the author's words\n"
        }
        for citation in footnote.citations {
            var head = "  " + (citation.signal.map { "\($0) " } ?? "") + "[\(citation.form.rawValue)]"
            if let pinpoint = citation.pinpoint { head += " at \(pinpoint.text)" }
            if let refers = citation.refersTo { head += " (via note \(refers))" }
            out += head + "\n"
            if let id = citation.authorityID, let authority = essay.authority(id) {
                out += "    → " + AuthorityReport.line(authority) + "  [\(authority.id)]\n"
            } else {
                out += "    → unresolved: " + unresolvedReason(citation, essay: essay) + "\n"
                out += "      " + TextWrap.wrap(String(citation.text), width: 70, indent: "      ") + "\n"
            }
        }
        return out
    }

    /// Why `citation` names no work: the message `legit check` gives at the citation's place, or,
    /// where the resolver gave none, what is known from its form.
    static func unresolvedReason(_ citation: Citation, essay: Essay) -> String {
        let messages = essay.diagnostics.filter { $0.range == citation.range }.map(\.message)
        if !messages.isEmpty { return messages.joined(separator: "; ") }
        switch citation.form {
        case .full: return "no work could be read from this citation"
        default: return "the \(citation.form.rawValue) form names no work cited before it"
        }
    }
}

/// The case a note that is only a pinpoint (`at 412C`, `PinpointOnlyForm`) points into, when the
/// sentence marking the note names one: `... as Lord Anvers said in Harrow v Mell.¹` with `¹ at 412C`
/// is that case, not the work the note before cited.
///
/// Done once the notes are linked to the sentences marking them. The sentence must name one case
/// (`X v Y`); the one case cited anywhere in the notes with that name is the work; none or several,
/// and the pinpoint stays unresolved rather than pointing into another work.
enum PinpointNoteCase {
    /// Re-points each such note's citation in `essay`.
    static func apply(_ essay: inout Essay) {
        var changes: [(footnote: Int, from: String?, to: String?)] = []
        // Looked at in place: a copy of each footnote counted a reference for each of its strings and lists.
        for position in essay.footnotes.indices {
            guard essay.footnotes[position].citations.count == 1, essay.footnotes[position].citations[0].form == .id,
                  !essay.footnotes[position].citedBy.isEmpty, isBarePinpoint(essay.footnotes[position].citations[0].text) else { continue }
            let footnote = essay.footnotes[position]
            let citation = footnote.citations[0]
            var names: [String] = []
            for locator in footnote.citedBy {
                for name in MarkedSentenceCaseNames.caseNames(in: essay, at: locator, marking: footnote.label) where !names.contains(name) {
                    names.append(name)
                }
            }
            guard names.count == 1, let name = names.first else { continue }
            let cases = essay.authorities.filter { $0.kind == .case && isNamed(name, $0) }.map(\.id)
            if let current = citation.authorityID, cases.contains(current) { continue }
            changes.append((position, citation.authorityID, cases.count == 1 ? cases[0] : nil))
        }
        guard !changes.isEmpty else { return }
        var authorities = essay.authorities
        for change in changes {
            let label = essay.footnotes[change.footnote].label
            essay.footnotes[change.footnote].citations[0].authorityID = change.to
            if let from = change.from, let index = authorities.firstIndex(where: { $0.id == from }) {
                authorities[index].footnotes.removeAll { $0 == label }
            }
            if let to = change.to, let index = authorities.firstIndex(where: { $0.id == to }), !authorities[index].footnotes.contains(label) {
                authorities[index].footnotes.append(label)
            }
        }
        essay.authorities = authorities
    }

    /// Whether a citation read as *Id.* was a place alone (`at 412C`, `para 12`), not `Id.` or `ibid`.
    private static func isBarePinpoint(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, "aApP".unicodeScalars.contains(first) else { return false }
        let lower = text.lowercased()
        return !lower.contains("ibid") && !lower.hasPrefix("id")
    }

    /// Whether the case `authority` is the one `name` (`Harrow v Mell`) names: each party's words
    /// are words of its title, in order.
    static func isNamed(_ name: String, _ authority: Authority) -> Bool {
        let title = " " + AuthorityCatalog.normalized(authority.title) + " "
        let parties = AuthorityCatalog.normalized(name).components(separatedBy: " v ")
        guard parties.count == 2, !parties[0].isEmpty, !parties[1].isEmpty,
              let first = title.range(of: " " + parties[0] + " ") else { return false }
        return title[first.lowerBound...].dropFirst().contains(" " + parties[1] + " ")
    }
}

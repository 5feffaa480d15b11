/// One pass over an essay's footnotes in order: segments each, registers full citations and
/// resolves every short form against what came before.
struct ResolutionRun {
    /// The authorities one citation clause (or string of clauses) named: what a later *Id.* refers to.
    private struct CitedGroup {
        var footnote: String
        var entries: [(authorityID: String?, pinpoint: Pinpoint?)]
    }

    let file: SourceFile
    private(set) var catalog = AuthorityCatalog()
    private(set) var diagnostics: [Diagnostic] = []
    private let labels: [String]
    /// Where each label first comes, built when the first *supra* needs it.
    private var positionByLabel: [String: Int]?
    private var fullCitationsByFootnote: [String: [String]] = [:]
    private var firstFullFootnote: [String: String] = [:]
    private var previousGroup: CitedGroup?
    private var currentGroup: CitedGroup?

    init(file: SourceFile, footnotes: [Footnote]) {
        self.file = file
        labels = footnotes.map(\.label)
    }

    /// The segments and citations of the footnote at `position`.
    mutating func resolve(_ footnote: Footnote, at position: Int) -> (segments: [FootnoteSegment], citations: [Citation]) {
        let text = CitationText(footnote.content)
        let layout = FootnoteSegmenter.layout(text)
        var citations: [Citation] = []
        for clause in layout.clauses {
            citations += resolve(clause, in: footnote, at: position, text: text)
        }
        return (layout.segments, citations)
    }

    private mutating func resolve(_ clause: FootnoteSegmenter.Clause, in footnote: Footnote, at position: Int,
                                  text: CitationText) -> [Citation] {
        if clause.startsGroup {
            if let currentGroup, !currentGroup.entries.isEmpty { previousGroup = currentGroup }
            currentGroup = CitedGroup(footnote: footnote.label, entries: [])
        }
        let reading = clause.reading
        let citationText = text.string(reading.citation)
        let range = footnote.content.sourceRange(of: clause.range, in: file) ?? footnote.range
        func citation(_ form: Citation.Form, _ id: String?, pinpoint: Pinpoint?, refersTo: String?) -> Citation {
            Citation(form: form, signal: clause.signal, text: citationText, textRange: clause.range, pinpoint: pinpoint,
                     authorityID: id, refersTo: refersTo, range: range)
        }

        switch reading.form {
        case .full(var work):
            if work.authorImplied, let antecedent = (currentGroup?.entries.last ?? previousGroup?.entries.last)?.authorityID,
               let prior = catalog.authority(antecedent), [.article, .book].contains(prior.kind) {
                work.authors = prior.authors
            }
            let id = catalog.register(work, footnote: footnote.label, citationText: citationText)
            if fullCitationsByFootnote[footnote.label]?.last != id { fullCitationsByFootnote[footnote.label, default: []].append(id) }
            if firstFullFootnote[id] == nil { firstFullFootnote[id] = footnote.label }
            append(id, reading.pinpoint)
            return [citation(.full, id, pinpoint: reading.pinpoint, refersTo: nil)]

        case .id:
            let antecedent: CitedGroup?
            if clause.startsGroup {
                antecedent = previousGroup
            } else {
                antecedent = currentGroup.map { CitedGroup(footnote: $0.footnote, entries: Array($0.entries.suffix(1))) }
            }
            guard let antecedent, !antecedent.entries.isEmpty else {
                report(.error, "*Id.* has no earlier citation to refer to; cite the work in full here", at: range)
                append(nil, reading.pinpoint)
                return [citation(.id, nil, pinpoint: reading.pinpoint, refersTo: nil)]
            }
            if reading.pinpoint != nil, antecedent.entries.count > 1 {
                report(.warning, "*Id.* with a pinpoint follows a string of \(antecedent.entries.count) works in note \(antecedent.footnote); the pinpoint is given to each, so cite the one work meant by name", at: range)
            }
            if antecedent.entries.contains(where: { $0.authorityID == nil }) {
                report(.error, "*Id.* refers to the citation in note \(antecedent.footnote), which is unresolved; fix that citation first", at: range)
            }
            return antecedent.entries.map { entry in
                let pinpoint = reading.pinpoint ?? entry.pinpoint
                if let id = entry.authorityID { catalog.recordCitation(of: id, in: footnote.label) }
                append(entry.authorityID, pinpoint)
                return citation(.id, entry.authorityID, pinpoint: pinpoint, refersTo: antecedent.footnote)
            }

        case .supra(let name, let note):
            let id = resolveSupra(name: name, note: note, from: position, range: range)
            if let id { catalog.recordCitation(of: id, in: footnote.label) }
            append(id, reading.pinpoint)
            return [citation(.supra, id, pinpoint: reading.pinpoint, refersTo: note)]

        case .short(let name):
            let found = catalog.matches(name)
            var id: String?
            if found.count == 1, let only = found.first {
                id = only
                catalog.recordCitation(of: only, in: footnote.label)
            } else if found.isEmpty {
                report(.error, "short form \"\(name)\" names no work cited before it; cite the work in full first", at: range)
            } else {
                report(.error, "short form \"\(name)\" could name several works (\(found.joined(separator: ", "))); name the work more exactly", at: range)
            }
            append(id, reading.pinpoint)
            return [citation(.short, id, pinpoint: reading.pinpoint, refersTo: id.flatMap { firstFullFootnote[$0] })]
        }
    }

    private mutating func resolveSupra(name: String, note: String, from position: Int, range: SourceRange) -> String? {
        let cited = "*supra* note \(note)"
        if positionByLabel == nil {
            var positions: [String: Int] = [:]
            for (position, label) in labels.enumerated() where positions[label] == nil { positions[label] = position }
            positionByLabel = positions
        }
        guard let target = positionByLabel?[note] else {
            report(.error, "\(cited) points at a footnote that does not exist; fix the note number", at: range)
            return nil
        }
        guard target != position else {
            report(.error, "\(cited) points at its own note; point at the earlier note that cites the work in full", at: range)
            return nil
        }
        guard target < position else {
            report(.error, "\(cited) points forward, at a later note; cite the work in full first and point back at that note", at: range)
            return nil
        }
        let works = fullCitationsByFootnote[note] ?? []
        guard !works.isEmpty else {
            report(.error, "\(cited) points at a note with no full citation; point at the note that cites the work in full", at: range)
            return nil
        }
        let named = catalog.matches(name, among: works)
        if named.count == 1 { return named[0] }
        if works.count == 1 {
            if !name.isEmpty, let work = catalog.authority(works[0]) {
                report(.warning, "\(cited) names \"\(name)\", but note \(note) cites \"\(work.title)\"; check the name or the note number", at: range)
            }
            return works[0]
        }
        let problem = named.isEmpty ? "matches none of the \(works.count) works" : "matches several of the works"
        report(.error, "\(cited) names \"\(name)\", which \(problem) note \(note) cites in full; name the work as that note does", at: range)
        return nil
    }

    private mutating func append(_ id: String?, _ pinpoint: Pinpoint?) {
        currentGroup?.entries.append((id, pinpoint))
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, at range: SourceRange) {
        diagnostics.append(Diagnostic(severity, file: file.path, range: range, message: message))
    }
}

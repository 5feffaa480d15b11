/// One pass over an essay's footnotes in order: segments each, registers full citations and
/// resolves every short form against what came before.
struct ResolutionRun {
    /// The authorities one citation clause (or string of clauses) named: what a later *Id.* refers to.
    private struct CitedGroup {
        /// A struct, not a tuple: arrays of tuples holding optionals are destroyed through slow
        /// generic code, and these are made and dropped for every clause.
        struct Entry {
            var authority: Int?
            var pinpoint: Pinpoint?
        }
        var footnote: String
        /// Each work's index in the catalog (nil when unresolved) and latest pinpoint, once per
        /// work, in the order first cited.
        private(set) var entries: [Entry] = []
        /// The citation made last, which a following *Id.* in the same string means.
        private(set) var latest: Entry?
        /// Each work's place in `entries`, keyed by catalog index (-1 for unresolved), once long.
        private var places: [Int: Int] = [:]

        init(footnote: String, entries: [Entry] = []) {
            self.footnote = footnote
            for entry in entries { add(entry) }
        }

        /// Adds a citation. A work cited again in the string (`*Id.* at 2; *Id.* at 3`) keeps its
        /// place and takes the newer pinpoint, so an *Id.* after the string means each work once
        /// and a string of repeated *Id.* never grows.
        mutating func add(_ entry: Entry) {
            latest = entry
            if let place = place(of: entry.authority) {
                entries[place].pinpoint = entry.pinpoint
                return
            }
            entries.append(entry)
            if !places.isEmpty {
                places[entry.authority ?? -1] = entries.count - 1
            } else if entries.count > 8 {
                // Most strings hold a few works, looked through directly; a long one gets a table.
                for (index, each) in entries.enumerated() { places[each.authority ?? -1] = index }
            }
        }

        private func place(of authority: Int?) -> Int? {
            places.isEmpty ? entries.firstIndex { $0.authority == authority } : places[authority ?? -1]
        }
    }

    /// The most works an *Id.* may refer to at once. Strings of authorities run to a handful; an
    /// *Id.* after more is not a way anyone cites, and each would make a citation of its own.
    static let longestStringForId = 16

    let file: SourceFile
    private(set) var catalog = AuthorityCatalog()
    private(set) var diagnostics: [Diagnostic] = []
    private let labels: [String]
    /// Where each label first comes, built when the first *supra* needs it.
    private var positionByLabel: LabelIndex?
    /// The catalog indices of the works each footnote cites in full, in order, by position.
    private var fullCitationsByPosition: [[Int]]
    /// The label of the footnote citing each catalog work in full first, by catalog index.
    private var firstFullFootnote: [String] = []
    private var previousGroup: CitedGroup?
    private var currentGroup: CitedGroup?

    /// A run over footnotes labelled `labels`, in the order they will be resolved.
    init(file: SourceFile, labels: [String]) {
        self.file = file
        self.labels = labels
        fullCitationsByPosition = Array(repeating: [], count: labels.count)
        catalog = AuthorityCatalog(expectedWorks: labels.count)
    }

    /// The citations of the footnote labelled `label` at `position`, whose reading is `reading`.
    /// The works cited, each once, and what could not be resolved: what the run found, once
    /// every footnote is resolved. The catalog made room for a work a footnote; the essay keeps
    /// only as many as were cited.
    /// Each authority's position in `outcome.authorities`, by id: the essay's index of them, made already.
    var authorityPositions: [String: Int] { catalog.indexByID }

    var outcome: (authorities: [Authority], diagnostics: [Diagnostic]) {
        (catalog.authorities.copiedToFit(), diagnostics)
    }

    mutating func resolve(_ label: String, at position: Int, reading: FootnoteReading) -> [Citation] {
        var citations: [Citation] = []
        citations.reserveCapacity(reading.clauses.count)
        for index in reading.clauses.indices {
            resolve(reading.clauses[index], in: label, at: position, into: &citations)
        }
        return citations
    }

    /// Resolves one clause, adding its citations (one per work it names) to `citations`.
    private mutating func resolve(_ prepared: FootnoteReading.Clause, in label: String, at position: Int,
                                  into citations: inout [Citation]) {
        let clause = prepared.clause
        if clause.startsGroup {
            if let currentGroup, !currentGroup.entries.isEmpty { previousGroup = currentGroup }
            currentGroup = CitedGroup(footnote: label)
        }
        let reading = clause.reading
        let citationText = prepared.citationText
        let range = prepared.range
        func citation(_ form: Citation.Form, _ authority: Int?, pinpoint: Pinpoint?, refersTo: String?) -> Citation {
            Citation(form: form, signal: clause.signal, text: citationText, textRange: clause.range, pinpoint: pinpoint,
                     authorityID: authority.map { catalog.authorities[$0].id }, refersTo: refersTo, range: range)
        }

        switch reading.form {
        case .full(let shared):
            let index: Int
            if shared.work.authorImplied, let antecedent = (currentGroup?.latest ?? previousGroup?.latest)?.authority,
               [.article, .book].contains(catalog.authorities[antecedent].kind) {
                // Copied only here, to take the author of the work discussed.
                var named = shared.work
                named.authors = catalog.authorities[antecedent].authors
                index = catalog.register(named, footnote: label, citationText: citationText)
            } else {
                index = catalog.register(shared.work, footnote: label, citationText: citationText,
                                         keys: shared.work.authorImplied ? nil : prepared.keys)
            }
            if fullCitationsByPosition[position].last != index { fullCitationsByPosition[position].append(index) }
            // A work enters the catalog with its first full citation.
            if index == firstFullFootnote.count { firstFullFootnote.append(label) }
            append(index, reading.pinpoint)
            citations.append(citation(.full, index, pinpoint: reading.pinpoint, refersTo: nil))

        case .id:
            let antecedent: CitedGroup?
            if clause.startsGroup {
                antecedent = previousGroup
            } else {
                antecedent = currentGroup.map { CitedGroup(footnote: $0.footnote, entries: $0.latest.map { [$0] } ?? []) }
            }
            guard let antecedent, !antecedent.entries.isEmpty else {
                report(.error, "*Id.* has no earlier citation to refer to; cite the work in full here", at: range)
                append(nil, reading.pinpoint)
                citations.append(citation(.id, nil, pinpoint: reading.pinpoint, refersTo: nil))
                return
            }
            if antecedent.entries.count > Self.longestStringForId {
                report(.error, "*Id.* follows a string of \(antecedent.entries.count) works in note \(antecedent.footnote), too many to tell which is meant; cite the work by name", at: range)
                append(nil, reading.pinpoint)
                citations.append(citation(.id, nil, pinpoint: reading.pinpoint, refersTo: nil))
                return
            }
            if reading.pinpoint != nil, antecedent.entries.count > 1 {
                report(.warning, "*Id.* with a pinpoint follows a string of \(antecedent.entries.count) works in note \(antecedent.footnote); the pinpoint is given to each, so cite the one work meant by name", at: range)
            }
            if antecedent.entries.contains(where: { $0.authority == nil }) {
                report(.error, "*Id.* refers to the citation in note \(antecedent.footnote), which is unresolved; fix that citation first", at: range)
            }
            for entry in antecedent.entries {
                let pinpoint = reading.pinpoint ?? entry.pinpoint
                if let index = entry.authority { catalog.recordCitation(at: index, in: label) }
                append(entry.authority, pinpoint)
                citations.append(citation(.id, entry.authority, pinpoint: pinpoint, refersTo: antecedent.footnote))
            }

        case .supra(let name, let note):
            let index = resolveSupra(name: name, parts: prepared.nameParts, note: note, from: position, range: range)
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint)
            citations.append(citation(.supra, index, pinpoint: reading.pinpoint, refersTo: note))

        case .short(let name):
            let found = catalog.matches(prepared.nameParts)
            var index: Int?
            if found.count == 1, let only = found.first {
                index = only
                catalog.recordCitation(at: only, in: label)
            } else if found.isEmpty {
                report(.error, "short form \"\(name)\" names no work cited before it; cite the work in full first", at: range)
            } else {
                let ids = found.map { catalog.authorities[$0].id }
                report(.error, "short form \"\(name)\" could name several works (\(ids.joined(separator: ", "))); name the work more exactly", at: range)
            }
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))
        }
    }

    private mutating func resolveSupra(name: String, parts: [String], note: String, from position: Int, range: SourceRange) -> Int? {
        var cited: String { "*supra* note \(note)" }
        if positionByLabel == nil { positionByLabel = LabelIndex(labels) }
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
        let works = fullCitationsByPosition[target]
        guard !works.isEmpty else {
            report(.error, "\(cited) points at a note with no full citation; point at the note that cites the work in full", at: range)
            return nil
        }
        let named = catalog.matches(parts, among: works)
        if named.count == 1 { return named[0] }
        if works.count == 1 {
            if !name.isEmpty {
                report(.warning, "\(cited) names \"\(name)\", but note \(note) cites \"\(catalog.authorities[works[0]].title)\"; check the name or the note number", at: range)
            }
            return works[0]
        }
        let problem = named.isEmpty ? "matches none of the \(works.count) works" : "matches several of the works"
        report(.error, "\(cited) names \"\(name)\", which \(problem) note \(note) cites in full; name the work as that note does", at: range)
        return nil
    }

    private mutating func append(_ authority: Int?, _ pinpoint: Pinpoint?) {
        currentGroup?.add(CitedGroup.Entry(authority: authority, pinpoint: pinpoint))
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, at range: SourceRange) {
        diagnostics.append(Diagnostic(severity, file: file.path, range: range, message: message))
    }
}

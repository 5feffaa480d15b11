import LowLevel

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
            /// Resolved by a guess the run warned about: an *Id.* never follows it.
            var isGuess = false
            /// Pages of the essay itself (`post, at 12`): an *Id.* after them cites no work.
            var isOwnPages = false
            /// The first page of the report of a case the citation gave its pinpoint in, when not
            /// the case's first (`Roe, 93 S. Ct. at 710`): the pages an *Id.* after it is a page of.
            var reportPage: Int?
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

        /// Empties the group for a new string of citations in `footnote`, keeping its lists' room.
        mutating func restart(footnote: String) {
            self.footnote = footnote
            entries.removeAll(keepingCapacity: true)
            latest = nil
            if !places.isEmpty { places.removeAll(keepingCapacity: true) }
        }

        /// Adds a citation. A work cited again in the string (`*Id.* at 2; *Id.* at 3`) keeps its
        /// place and takes the newer pinpoint, so an *Id.* after the string means each work once
        /// and a string of repeated *Id.* never grows.
        mutating func add(_ entry: Entry) {
            latest = entry
            if let place = place(of: entry.authority) {
                entries[place].pinpoint = entry.pinpoint
                entries[place].reportPage = entry.reportPage
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
    /// The code whose section a note cited last by its acronym (`UrhG`), which a bare `sec. 13` means.
    private var lastCodeName: String?
    /// The statute the notes cited in full last, and the position of its note: the act a bare
    /// section in a note speaking of "the Act" means.
    private var lastStatute: (index: Int, position: Int)?
    /// Whether the note being resolved speaks of an act before its bare section (`The Act defines ... §3(f)`).
    private var noteSpeaksOfAct = false
    /// The work a note declared bare paragraph numbers to mean (`DefaultWorkDeclaration`), by catalog index.
    private var defaultWork: Int?
    /// How many citations named a section of each such code.
    private var citedCodes: [String: Int] = [:]
    /// The labels of the footnotes, built when an *Id.* first looks back over a note.
    private var definedLabels: Set<String>?
    /// Where each label first comes, built when the first *supra* needs it.
    private var positionByLabel: LabelIndex?
    /// The *infra* citations, which wait for their later note to be read (`resolveForwardReferences`).
    private var forwardReferences: [ForwardReference] = []
    /// The catalog indices of the works each footnote cites in full, in order, by position.
    private var fullCitationsByPosition: PositionLists
    /// The catalog indices of the works each footnote cites in any form, by position.
    private var citedByPosition: PositionLists
    /// The position of the footnote being resolved.
    private var resolvingPosition = 0
    /// The label of the footnote citing each catalog work in full first, by catalog index.
    private var firstFullFootnote: [String] = []
    private var previousGroup: CitedGroup?
    private var currentGroup: CitedGroup?
    /// Cases cited in full in the running text, looked up when a short form finds none in the notes.
    private var runningText = RunningTextCases()
    /// Cases earlier citations' subsequent histories named, looked up when a short form finds none cited.
    private var historyCases: [(work: WorkDraft, footnote: String)] = []
    /// Where a case cited in full is printed again by its subsequent history, with no name of its own.
    private struct LaterReport {
        var index: Int
        var firstPage: Int
    }
    /// The cases the subsequent histories of full citations print again in each volume (`modified,
    /// 123 F.3d 1479`), by volume key, looked up when a short form finds no case of its volume.
    private var laterReports: [String: [LaterReport]] = [:]
    /// Works cited in full in the running text, looked up when a surname and page names none in the notes.
    private var runningWorks: RunningTextWorks
    /// The acts the text places in a titled code (`IEEPA, 50 U.S.C. §1701 et seq.`), found when a
    /// note first needs them.
    private var declaredCodes: [DeclaredCode]?
    /// The codes the text cites sections of (`Neb. Rev. Stat. § 29-2523`), found when a bare
    /// section first needs them.
    private var sectionCodes: [CitedCode]?

    /// A run over footnotes labelled `labels`, in the order they will be resolved; `bodyBlocks`
    /// are the pieces of the running text's blocks, where a note's surname and page may find its work.
    init(file: SourceFile, labels: [String], bodyBlocks: [[Range<Int>]] = []) {
        self.file = file
        self.labels = labels
        runningWorks = RunningTextWorks(blocks: bodyBlocks)
        fullCitationsByPosition = PositionLists(count: labels.count)
        citedByPosition = PositionLists(count: labels.count)
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

    /// `outcome`, its works moved out of the catalog rather than copied: for the run's last use.
    mutating func takeOutcome() -> (authorities: [Authority], diagnostics: [Diagnostic]) {
        (catalog.takeAuthorities(), diagnostics)
    }

    /// The reading's clauses are taken out of it (its segments stay): each moves into the run
    /// rather than being copied, as the reading is not needed after.
    mutating func resolve(_ label: String, at position: Int, reading: inout FootnoteReading) -> [Citation] {
        var citations: [Citation] = []
        citations.reserveCapacity(reading.clauses.count)
        resolvingPosition = position
        var clauses: [FootnoteReading.Clause] = []
        swap(&clauses, &reading.clauses)
        // Taken from the back, in order.
        clauses.reverse()
        var declaration = reading.declaration
        while let clause = clauses.popLast() {
            // A statement after the note's citations takes effect before its later clauses; one that
            // opens the note waits for the citation after it.
            if let offset = declaration, clause.clause.range.lowerBound > offset, citations.contains(where: { $0.textRange.lowerBound < offset }) {
                declare(at: offset, citations, position: position)
                declaration = nil
            }
            if case .bareSection = clause.clause.reading.form {
                let start = clause.clause.range.lowerBound
                noteSpeaksOfAct = Self.speaksOf("Act", reading.segments, before: start)
                    || lastStatuteNames.contains { Self.speaksOf($0, reading.segments, before: start) }
            }
            resolve(clause, in: label, at: position, into: &citations)
        }
        if let offset = declaration { declare(at: offset, citations, position: position) }
        return citations
    }

    /// `Art 8 ECHR` with no note declaring `ECHR`: the convention continental notes cite by that
    /// acronym alone (`NamedInstrumentForm.conventionsByAcronym`), registered under its name.
    private mutating func conventionByAcronym(_ name: String, footnote: String, citationText: Substring) -> Int? {
        guard let known = NamedInstrumentForm.conventionsByAcronym.first(where: { $0.shortNames.contains(name) }) else { return nil }
        var work = WorkDraft(kind: .treaty, title: known.name)
        work.shortNames = known.shortNames
        return register(work, footnote: footnote, citationText: citationText)
    }

    /// Takes the work a note's statement at `offset` declares bare paragraph numbers to mean: the
    /// last case the note cites before it, else the last work it cites before it, else the first
    /// case it cites after it (`All paragraphs refer to ECtHR ...`), else the last case cited in
    /// full in an earlier note. `citations` are the note's so far.
    private mutating func declare(at offset: Int, _ citations: [Citation], position: Int) {
        let works = citations.compactMap { citation -> (index: Int, before: Bool)? in
            guard let id = citation.authorityID, let index = catalog.indexByID[id] else { return nil }
            return (index, citation.textRange.lowerBound < offset)
        }
        let before = works.filter(\.before).map(\.index)
        let after = works.filter { !$0.before }.map(\.index)
        if let index = before.last(where: { catalog.authorities[$0].kind == .case }) ?? before.last
            ?? after.first(where: { catalog.authorities[$0].kind == .case }) {
            defaultWork = index
            return
        }
        var earlier = position - 1
        while earlier >= 0 {
            if let index = fullCitationsByPosition[earlier].last(where: { catalog.authorities[$0].kind == .case }) {
                defaultWork = index
                return
            }
            earlier -= 1
        }
    }

    /// Resolves one clause, adding its citations (one per work it names) to `citations`.
    private mutating func resolve(_ prepared: FootnoteReading.Clause, in label: String, at position: Int,
                                  into citations: inout [Citation]) {
        let clause = prepared.clause
        if clause.isParenthetical {
            // Resolved like any citation, but the string it sits in stays what an *Id.* means.
            let (saved, savedPrevious) = (currentGroup, previousGroup)
            defer { (currentGroup, previousGroup) = (saved, savedPrevious) }
            var inner = prepared
            inner.clause.isParenthetical = false
            resolve(inner, in: label, at: position, into: &citations)
            return
        }
        if clause.startsGroup {
            // Moved, not copied: a copy counts a reference for each of the group's tables.
            if currentGroup?.entries.isEmpty == false {
                // The string before the last is meant by no *Id.* from here on: the new string
                // takes its place and the room of its lists (a string is begun for most clauses).
                let finished = currentGroup.take()
                currentGroup = previousGroup.take()
                previousGroup = finished
            }
            if currentGroup == nil { currentGroup = CitedGroup(footnote: label) } else { currentGroup?.restart(footnote: label) }
        }
        let reading = clause.reading
        let citationText = prepared.citationText
        let range = prepared.range
        func citation(_ form: Citation.Form, _ authority: Int?, pinpoint: Pinpoint?, refersTo: String?) -> Citation {
            var made = Citation(form: form, signal: clause.signal, text: citationText, textRange: clause.range, pinpoint: pinpoint,
                                authorityID: authority.map { catalog.authorities[$0].id }, refersTo: refersTo, range: range)
            if !reading.parentheticals.isEmpty { made.parentheticals = reading.parentheticals }
            if reading.history != nil { made.history = reading.history }
            return made
        }

        switch reading.form {
        case .full(let shared) where catalog.hasDeclaredNames:
            // `Live Nation, Form 10-K for FY ended December 31, 2025, p. 6`: a declared name with
            // a pinpoint reads like a full citation, but is the work that declared it.
            if let declared = catalog.declaredWork(citedAs: citationText, pinpoint: reading.pinpoint) {
                catalog.recordCitation(at: declared, in: label)
                append(declared, reading.pinpoint)
                citations.append(citation(.short, declared, pinpoint: reading.pinpoint, refersTo: firstFullFootnote[declared]))
            } else {
                registerFull(shared, prepared, in: label, at: position, into: &citations)
            }

        case .full(let shared):
            registerFull(shared, prepared, in: label, at: position, into: &citations)

        case .declared(let name):
            // A name no earlier note declared, nor a surname of one work cited before, is the
            // author's words, not a citation.
            guard let index = catalog.declaredWork(named: name) ?? catalog.instrumentWork(named: name)
                ?? surnameWork(name, pinpoint: reading.pinpoint, range: range, footnote: label, citationText: citationText)
                ?? conventionByAcronym(name, footnote: label, citationText: citationText) else { return }
            catalog.recordCitation(at: index, in: label)
            append(index, reading.pinpoint)
            // A work the running text cited first is entered in this very note: no note before it to name.
            let first = firstFullFootnote[index]
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: first == label ? nil : first))

        case .shortTitle(let author, let title, _) where title.isEmpty:
            // `Vale.`, `Vale, 45`: the work by that author cited last; else `Protecting Radio Signals,
            // 88`, the one work whose title opens with the words; a name no work has is the author's words.
            var found = catalog.lastCitedWork(byAuthor: author)
            if found == nil, reading.pinpoint != nil {
                let titled = catalog.works(byTitleOpening: author)
                if titled.count > 1 {
                    let ids = titled.map { catalog.authorities[$0].id }
                    report(.error, "short form \"\(author)\" could name several works whose titles open so (\(ids.joined(separator: ", "))); name the work more exactly",
                           at: range)
                    append(nil, reading.pinpoint)
                    citations.append(citation(.short, nil, pinpoint: reading.pinpoint, refersTo: nil))
                    return
                }
                found = titled.first
            }
            guard let index = found else { return }
            catalog.recordCitation(at: index, in: label)
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: firstFullFootnote[index]))

        case .shortTitle(let author, let title, let marked):
            // A declared name first (`hereinafter Roe, Harbours`), then the works by the author
            // whose titles hold the short title's words.
            let found = catalog.declaredWork(named: author + ", " + title).map { [$0] } ?? catalog.works(byAuthor: author, shortTitle: title)
            if found.count > 1 {
                let ids = found.map { catalog.authorities[$0].id }
                report(.error, "short form \"\(author), \(title)\" could name several works (\(ids.joined(separator: ", "))); name the work more exactly",
                       at: range)
            }
            var index = found.count == 1 ? found.first : nil
            if found.isEmpty {
                // `Survey Office, German Economy Report, 9` with no full note before: the work named by its
                // author and title, as notes that lean on a bibliography cite it.
                var work = WorkDraft(kind: marked ? .book : .other, title: title)
                work.authors = [author]
                index = register(work, footnote: label, citationText: citationText)
                if marked {
                    report(.warning, "short form \"\(author), \(title)\" names no work cited in full before it; read as a work of its own",
                           at: range)
                }
            }
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint)
            let first = index.map { firstFullFootnote[$0] }
            citations.append(citation(found.isEmpty ? .full : .short, index, pinpoint: reading.pinpoint, refersTo: first == label ? nil : first))

        case .recordTitle(let shared):
            // The filing cited before under this title, by its docket entry or its title alone.
            let key = RecordTitle.key(Substring(shared.work.title))
            let found = catalog.authorities.indices.filter { RecordTitle.keys(of: catalog.authorities[$0]).contains(key) }
            if found.isEmpty {
                registerFull(shared, prepared, in: label, at: position, into: &citations)
            } else if found.count == 1, let index = found.first {
                catalog.recordCitation(at: index, in: label)
                append(index, reading.pinpoint)
                citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: firstFullFootnote[index]))
            } else {
                let ids = found.map { catalog.authorities[$0].id }
                report(.error, "filing \"\(shared.work.title)\" could be several filings (\(ids.joined(separator: ", "))); cite it with its docket entry",
                       at: range)
                append(nil, reading.pinpoint)
                citations.append(citation(.short, nil, pinpoint: reading.pinpoint, refersTo: nil))
            }

        case .caseName(let name):
            // `*Hill*`: the one case cited before whose name holds the words; else the author's words.
            let found = catalog.matches(name: name, parts: prepared.nameParts).filter { catalog.authorities[$0].kind == .case }
            guard found.count == 1, let index = found.first else { return }
            catalog.recordCitation(at: index, in: label)
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: nil, refersTo: firstFullFootnote[index]))

        case .id:
            // The note and works an *Id.* refers to, read out of the group rather than a copy of it.
            let antecedent: (footnote: String, entries: [CitedGroup.Entry], latest: CitedGroup.Entry?)?
            if clause.startsGroup, let footnote = previousGroup?.footnote, let entries = previousGroup?.entries {
                antecedent = (footnote, entries, previousGroup?.latest)
            } else if !clause.startsGroup, let footnote = currentGroup?.footnote {
                let latest = currentGroup?.latest
                antecedent = (footnote, latest.map { [$0] } ?? [], latest)
            } else {
                antecedent = nil
            }
            // A note between the antecedent's and this one is marked but missing: what it cited,
            // which the *Id.* may mean, is unknown.
            if clause.startsGroup, let antecedent, let missing = missingNote(between: antecedent.footnote, and: label) {
                report(.error, "*Id.* follows note \(missing), which the essay marks but does not give; cite the work by name", at: range)
                append(nil, reading.pinpoint)
                citations.append(citation(.id, nil, pinpoint: reading.pinpoint, refersTo: nil))
                return
            }
            // The note just before cites nothing that was read: its *Id.* means what that note cites
            // (a form legit does not read), never an older note's work, so it stays unresolved.
            if clause.startsGroup, let antecedent, antecedent.footnote != label, resolvingPosition > 0,
               resolvingPosition - 1 < labels.count, labels[resolvingPosition - 1] != antecedent.footnote,
               labels[resolvingPosition - 1] != label {
                report(.error, "*Id.* follows note \(labels[resolvingPosition - 1]), in which no citation was read; cite the work by name", at: range)
                append(nil, reading.pinpoint)
                citations.append(citation(.id, nil, pinpoint: reading.pinpoint, refersTo: nil))
                return
            }
            // `post, at 12. Id., at 13`: the essay's own pages again, no work.
            // The citation just before is what an *Id.* means (`X; see post, at 12. Id., at 13`).
            if let latest = antecedent?.latest, latest.isOwnPages {
                currentGroup?.add(CitedGroup.Entry(authority: nil, pinpoint: reading.pinpoint, isOwnPages: true))
                return
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
                // A pinpoint is a page of one work: the citation just before, when its pages can hold it.
                if let kind = reading.pinpoint?.kind, kind == .page || kind == .pages,
                   let last = antecedent.latest, let index = last.authority, !last.isGuess,
                   let held = reportHolding(index, reading.pinpoint, after: last.reportPage) {
                    report(.warning, "*Id.* with a pinpoint follows a string of \(antecedent.entries.count) works in note \(antecedent.footnote); it is read as the last of them, \(catalog.authorities[index].id)", at: range)
                    catalog.recordCitation(at: index, in: label)
                    append(index, reading.pinpoint, reportPage: held.reportPage)
                    citations.append(citation(.id, index, pinpoint: reading.pinpoint, refersTo: antecedent.footnote))
                    return
                }
                report(.warning, "*Id.* with a pinpoint follows a string of \(antecedent.entries.count) works in note \(antecedent.footnote); the pinpoint is given to each, so cite the one work meant by name", at: range)
            }
            if antecedent.entries.contains(where: { $0.authority == nil }) {
                report(.error, "*Id.* refers to the citation in note \(antecedent.footnote), which is unresolved; fix that citation first", at: range)
            } else if antecedent.entries.contains(where: \.isGuess) {
                report(.error, "*Id.* refers to the citation in note \(antecedent.footnote), which was resolved only by a guess; cite the work by name", at: range)
            }
            for entry in antecedent.entries {
                var pinpoint = reading.pinpoint ?? entry.pinpoint
                var authority = entry.isGuess ? nil : entry.authority
                var section = reading.pinpoint
                // `Id. 3543`, `Id. at 3502` after a section of a titled code: a code has no pages,
                // so the number is another section of it.
                if let index = authority, let number = section, number.kind == .page, isTitledCodeSection(index) {
                    section = Pinpoint(kind: .section, text: "§ " + number.text)
                }
                // `Id. § 201(b)` after a section of a code: that section of the same code; `Id. §§ 3, 5`
                // those sections, each a citation.
                var more: [(Int?, Pinpoint?)] = []
                if let index = authority, let section, section.kind == .section {
                    let named = sectionsOfCode(at: index, section, footnote: label, citationText: citationText)
                    if let first = named.first { (authority, pinpoint) = first }
                    more = Array(named.dropFirst())
                }
                defer {
                    for (other, otherPinpoint) in more {
                        if let other { catalog.recordCitation(at: other, in: label) }
                        append(other, otherPinpoint)
                        citations.append(citation(.id, other, pinpoint: otherPinpoint, refersTo: antecedent.footnote))
                    }
                }
                var reportPage = entry.reportPage
                if let index = authority {
                    if let held = reportHolding(index, reading.pinpoint, after: entry.reportPage) {
                        reportPage = held.reportPage
                    } else if let problem = pinpointProblem(index, reading.pinpoint, reportPage: entry.reportPage) {
                        report(.error, "*Id.* \(problem)", at: range)
                        authority = nil
                    }
                }
                if let index = authority { catalog.recordCitation(at: index, in: label) }
                append(authority, pinpoint, reportPage: reportPage)
                citations.append(citation(.id, authority, pinpoint: pinpoint, refersTo: antecedent.footnote))
            }

        case .supra(let name, let note?) where note.utf8.contains(UInt8(ascii: "-")):
            // `Moss and Vale, supra notes 11-12`: the works of every note of the run.
            let found = supraRunWorks(name: name, parts: prepared.nameParts, note: note, from: position, range: range)
            for (index, _) in found { if let index { catalog.recordCitation(at: index, in: label) } }
            for (index, refersTo) in found {
                append(index, reading.pinpoint)
                citations.append(citation(.supra, index, pinpoint: reading.pinpoint, refersTo: refersTo))
            }

        case .supra(let name, let note?) where name.isEmpty:
            // `*supra* note 16` naming no work means the note, every work it cites in full.
            let works = bareSupraWorks(note: note, from: position, range: range)
            for index in works { catalog.recordCitation(at: index, in: label) }
            for index in works.isEmpty ? [nil] : works.map(Optional.some) {
                append(index, reading.pinpoint)
                citations.append(citation(.supra, index, pinpoint: reading.pinpoint, refersTo: note))
            }

        case .supra(let name, let note?):
            let found = resolveSupra(name: name, parts: prepared.nameParts, note: note, from: position, range: range)
            var index = found.index
            // `TRADE BOOK, supra note 4` where note 4 cites a chapter `[hereinafter TRADE BOOK]`: the book.
            if let chapter = index, !found.isGuess, ChapterBook.namesBook(name, chapter: catalog.authorities[chapter]),
               let book = ChapterBook.parts(of: catalog.authorities[chapter])?.book {
                index = registerBook(String(book), like: chapter, footnote: label, citationText: citationText)
            }
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint, isGuess: found.isGuess)
            citations.append(citation(.supra, index, pinpoint: reading.pinpoint, refersTo: note))

        case .chapterSupra(let chapter, let note):
            let found = resolveChapter(chapter, note: note, from: position, range: range, footnote: label, citationText: citationText)
            if let index = found.index {
                catalog.recordCitation(at: index, in: label)
                if found.isNew, fullCitationsByPosition.last(at: position) != index { fullCitationsByPosition.append(index, at: position) }
            }
            append(found.index, reading.pinpoint)
            citations.append(citation(.supra, found.index, pinpoint: reading.pinpoint, refersTo: note))

        case .infra(let name, let note):
            forwardReferences.append(ForwardReference(position: position, citation: citations.count, label: label, name: name,
                                                      parts: prepared.nameParts, note: note, range: range))
            append(nil, reading.pinpoint)
            citations.append(citation(.infra, nil, pinpoint: reading.pinpoint, refersTo: note))

        case .supra(let name, nil):
            var index = !name.isEmpty && catalog.matches(name: name, parts: prepared.nameParts).isEmpty
                ? runningTextCase(named: name, range: range, footnote: label, citationText: citationText) : nil
            if index == nil { index = resolveNamed(name: name, parts: prepared.nameParts, among: nil, what: "*supra*", range: range) }
            if let found = index, let problem = pinpointProblem(found, reading.pinpoint) {
                report(.error, "\"\(name), *supra*\" \(problem)", at: range)
                index = nil
            }
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint)
            citations.append(citation(.supra, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))

        case .caseShort(let name, let volumeKey):
            let index = resolveCaseShort(name: name, parts: prepared.nameParts, volumeKey: volumeKey, pinpoint: reading.pinpoint, range: range,
                                         footnote: label, citationText: citationText)
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint, reportPage: index.flatMap { reportPage($0, volumeKey: volumeKey) })
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))

        case .bareSection(let bare):
            for cited in citeBareSection(bare, prepared, in: label, at: position) {
                citations.append(citation(.short, cited.index, pinpoint: cited.pinpoint, refersTo: cited.refersTo))
            }

        case .seriesShort(let volume, let series):
            let index = resolveSeriesShort(volume: volume, series: series, pinpoint: reading.pinpoint, range: range)
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))

        case .bareParagraph(let judge):
            // `Para 212`: the work a note declared bare paragraphs to mean; with none, the *Id.*'s
            // work, and a judge's opinion none (which decision it is part of is not written).
            guard let index = defaultWork else {
                if judge {
                    report(.error, "a judge's opinion at a paragraph names no decision, and no note declares which decision bare paragraphs mean; cite the decision by name",
                           at: range)
                    append(nil, reading.pinpoint)
                    citations.append(citation(.short, nil, pinpoint: reading.pinpoint, refersTo: nil))
                    return
                }
                var inner = prepared
                inner.clause.reading.form = .id
                resolve(inner, in: label, at: position, into: &citations)
                return
            }
            catalog.recordCitation(at: index, in: label)
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: firstFullFootnote[index]))

        case .reviewedPages:
            let index = reviewedBook(before: position)
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))

        case .ownPages:
            currentGroup?.add(CitedGroup.Entry(authority: nil, pinpoint: reading.pinpoint, isOwnPages: true))

        case .journalShort(let name, let volumeKey, let firstPage):
            let index = resolveJournalShort(name: name, parts: prepared.nameParts, volumeKey: volumeKey, firstPage: firstPage,
                                            pinpoint: reading.pinpoint, range: range)
            if let index { catalog.recordCitation(at: index, in: label) }
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))

        case .short(let name):
            // `Meyer (2019)`: the work with those authors and that year, before any other reading of the name.
            let byYear = AuthorDateShortForm.authorsAndYear(name).map { catalog.works(bySurnames: $0.surnames, etAl: $0.etAl, year: $0.year) } ?? []
            let found = byYear.isEmpty ? catalog.matches(name: name, parts: prepared.nameParts) : byYear
            // `IEEPA, §1702(a)(1)`: the declared act's name and a section of its code.
            if found.isEmpty, let section = reading.pinpoint, section.kind == .section,
               let cited = declaredCodeSection(section, prepared, in: label, actNamed: name) {
                for each in cited { citations.append(citation(.short, each.index, pinpoint: each.pinpoint, refersTo: each.refersTo)) }
                return
            }
            var index: Int?
            if found.count == 1, let only = found.first {
                index = only
                catalog.recordCitation(at: only, in: label)
            } else if found.isEmpty, let declared = runningTextLaw(named: name, range: range, footnote: label, citationText: citationText) {
                // `Compact §5.01(b)`: a name the running text declared for a law (`The Widget Compact (or Compact)`).
                index = declared
                catalog.recordCitation(at: declared, in: label)
            } else if found.isEmpty, Self.isSurname(name), let named = runningTextCase(named: name, range: range, footnote: label, citationText: citationText) {
                // `Alder at 4`: the one case the running text names with that party, as `Alder, supra` finds it.
                index = named
                catalog.recordCitation(at: named, in: label)
            } else if found.isEmpty, case let numbered = catalog.works(printingReportNumber: name), !numbered.isEmpty {
                // `GAO-01-197, at 60`: the report whose full citation printed that number, when one did.
                if numbered.count == 1, let only = numbered.first {
                    index = only
                    catalog.recordCitation(at: only, in: label)
                } else {
                    let ids = numbered.map { catalog.authorities[$0].id }
                    report(.error, "short form \"\(name)\" could name several works (\(ids.joined(separator: ", "))); name the work more exactly", at: range)
                }
            } else if found.isEmpty, let book = ReferenceBookTitle.work(named: name) {
                // `Webster's Third New International Dictionary at 1234`: a reference book cited by its title.
                report(.warning, "\"\(name)\" names no work cited before it; read as a reference book cited by its title (\(book.title))", at: range)
                index = register(book, footnote: label, citationText: citationText)
            } else if found.isEmpty {
                report(.error, "short form \"\(name)\" names no work cited before it; cite the work in full first", at: range)
            } else {
                let ids = found.map { catalog.authorities[$0].id }
                report(.error, "short form \"\(name)\" could name several works (\(ids.joined(separator: ", "))); name the work more exactly", at: range)
            }
            if let index, catalog.authorities[index].kind == .statute { lastStatute = (index, position) }
            append(index, reading.pinpoint)
            citations.append(citation(.short, index, pinpoint: reading.pinpoint, refersTo: index.map { firstFullFootnote[$0] }))
        }
    }

    /// The law the running text declares `name` for before the note (`The Widget Compact (or
    /// Compact)`), registered with that name as its short name; none when the name is no single
    /// capitalised word or the text declares it for no law.
    private mutating func runningTextLaw(named name: String, range: SourceRange, footnote: String, citationText: Substring) -> Int? {
        let line = range.start.line - 1
        guard line >= 0, line < file.lineStarts.count, let lead = name.utf8.first, Bytes.isUpper(lead), name.utf8.count >= 3,
              name.utf8.dropFirst().allSatisfy(Bytes.isLower),
              var work = runningWorks.declaredLaw(named: name, before: file.lineStarts[line], in: file) else { return nil }
        work.shortNames.append(name)
        return register(work, footnote: footnote, citationText: citationText)
    }

    /// The one work cited before, in a note or in full in the running text, whose first author's
    /// surname (or a remark's declared name) is `name`, which a surname and page (`Roe 315`) cites.
    /// None when `name` is no single surname or names no such work; none, with an error, when it
    /// names several.
    private mutating func surnameWork(_ name: String, pinpoint: Pinpoint?, range: SourceRange, footnote: String, citationText: Substring) -> Int? {
        // The gate: a page or none (`Roe (a remark)`), and one capitalised word of lower-case letters (`Roe`, not `GAO`).
        guard pinpoint.map({ $0.kind == .page || $0.kind == .pages }) ?? true, Self.isSurname(name) else { return nil }
        // `van Dalen`: the catalog files a surname by its last word.
        let normalized = AuthorityCatalog.normalized(name)
        let key = normalized.utf8.lastIndex(of: UInt8(ascii: " ")).map { String(normalized[normalized.utf8.index(after: $0)...]) } ?? normalized
        var found = catalog.works(byFirstAuthorSurname: key)
        var drafts: [WorkDraft] = []
        let line = range.start.line - 1
        if line >= 0, line < file.lineStarts.count {
            for work in runningWorks.works(by: name, before: file.lineStarts[line], in: file) {
                if let index = catalog.registered(work) {
                    if !found.contains(index) { found.append(index) }
                } else if !drafts.contains(where: { AuthorityCatalog.WorkKeys($0).identity == AuthorityCatalog.WorkKeys(work).identity }) {
                    drafts.append(work)
                }
            }
        }
        switch (found.count, drafts.count) {
        case (1, 0):
            return found[0]
        case (0, 1):
            let index = register(drafts[0], footnote: footnote, citationText: citationText)
            return index
        case (0, 0):
            return nil
        default:
            // A bare surname two works share may be the author's word: no error, no work.
            guard let pinpoint else { return nil }
            let names = found.map { catalog.authorities[$0].id } + drafts.map(\.title)
            report(.error, "\"\(name) \(pinpoint.text)\" could name several works by \(name) (\(names.joined(separator: "; "))); cite the work by its title", at: range)
            return nil
        }
    }

    /// Whether `name` is one capitalised word of lower-case letters, as a surname is written.
    /// So are `Pérez`, `O'Neil` and, after particles, `van Dalen` (`SurnameParticle.isSurname`).
    private static func isSurname(_ name: String) -> Bool {
        SurnameParticle.isSurname(name)
    }

    /// How many notes back "the Act" of a bare section may have been cited: the note before, or the one before it.
    static let actReach = 2

    /// The one-word names the running text declared for the statute the notes cited last (`Compact`),
    /// which a note speaks of as it speaks of `the Act`.
    private var lastStatuteNames: [String] {
        guard let act = lastStatute else { return [] }
        return catalog.authorities[act.index].shortNames.filter { !$0.contains(" ") && $0 != "Act" }
    }

    /// Whether the note's text before offset `end` speaks of `word`: `the Act`, `This Act`, `the
    /// Gestational Age Act` (the word, capitalised and whole).
    private static func speaksOf(_ word: String, _ segments: [FootnoteSegment], before end: Int) -> Bool {
        let word = Array(word.utf8)
        guard let head = word.first else { return false }
        for segment in segments where segment.textRange.lowerBound < end {
            let bytes = segment.text.utf8
            var index = bytes.startIndex
            var offset = segment.textRange.lowerBound
            while index < bytes.endIndex, offset < end {
                defer { index = bytes.index(after: index); offset += 1 }
                guard bytes[index] == head, offset + word.count <= end else { continue }
                let previous = index > bytes.startIndex ? bytes[bytes.index(before: index)] : UInt8(ascii: " ")
                guard !Bytes.isWordByte(previous), bytes[index...].starts(with: word) else { continue }
                let after = bytes.index(index, offsetBy: word.count)
                if after == bytes.endIndex || !Bytes.isWordByte(bytes[after]) { return true }
            }
        }
        return false
    }

    /// Registers the work of a full citation and adds its citation.
    private mutating func registerFull(_ shared: ClauseReading.SharedWork, _ prepared: FootnoteReading.Clause, in label: String, at position: Int,
                                   into citations: inout [Citation]) {
        let clause = prepared.clause
        let reading = clause.reading
        let citationText = prepared.citationText
        let index: Int
        var repeatedPinpoint: Pinpoint?
        if shared.work.namedShort, let named = instrumentNamedShort(shared.work, footnote: label, citationText: citationText) {
            index = named
        } else if let mapped = declaredActSection(shared.work, range: prepared.range) {
            index = catalog.register(mapped, footnote: label, citationText: citationText)
        } else if shared.work.authorsAsBefore, let antecedent = (currentGroup?.latest ?? previousGroup?.latest)?.authority,
                  !catalog.authorities[antecedent].authors.isEmpty {
            // `dies. (2021): “Title”`: the authors of the work cited just before.
            var named = shared.work
            named.authors = catalog.authorities[antecedent].authors
            index = catalog.register(named, footnote: label, citationText: citationText)
        } else if shared.work.authorImplied, let antecedent = (currentGroup?.latest ?? previousGroup?.latest)?.authority,
           [.article, .book].contains(catalog.authorities[antecedent].kind) {
            // Copied only here, to take the author of the work discussed.
            var named = shared.work
            named.authors = catalog.authorities[antecedent].authors
            index = catalog.register(named, footnote: label, citationText: citationText)
        } else if let repeated = catalog.repeatedWork(shared.work, keys: shared.work.authorImplied ? nil : prepared.keys) {
            // `Orloff, "Borrowed Tunes," Music Law Quarterly 9 (2002): 120`: the work cited before, at
            // the page printed where its first page goes.
            index = repeated
            catalog.recordCitation(at: index, in: label)
            if reading.pinpoint == nil, let page = shared.work.firstPage, page != catalog.authorities[index].firstPage {
                repeatedPinpoint = Pinpoint(kind: .page, text: page)
            }
        } else {
            index = catalog.register(shared.work, footnote: label, citationText: citationText,
                                     keys: shared.work.authorImplied ? nil : prepared.keys)
        }
        // A section of a code named by its acronym (`UrhG § 69a`): the code a bare `sec. 69e` after it means.
        // Its fields are read in place: a copy of the work counts a reference for each of its strings.
        if catalog.authorities[index].kind == .statute, catalog.authorities[index].volume == nil, let code = catalog.authorities[index].container,
           catalog.authorities[index].title.hasPrefix(code + " § ") {
            citedCodes[code, default: 0] += 1
            // The code cited most often, the later on a tie: the essay's own, which a bare section means.
            if lastCodeName.map({ citedCodes[$0, default: 0] <= citedCodes[code, default: 0] }) ?? true { lastCodeName = code }
        }
        // Cases its subsequent history names, for later short forms (never cited here).
        // The first, with no name of its own after `modified` or `amended` (`modified, 123 F.3d 1479
        // (1996)`), is the court's opinion printed again: the one work, which a short form in its volume names.
        for (order, named) in reading.historyCases.enumerated() {
            if order == 0, named.title.isEmpty, catalog.authorities[index].kind == .case, let history = reading.history,
               CaseForm.printsSameOpinion(history), let volume = named.volume, let reporter = named.container,
               let page = named.firstPage.flatMap({ Int($0) }) {
                laterReports["\(volume) \(reporter)", default: []].append(LaterReport(index: index, firstPage: page))
            } else {
                historyCases.append((named, label))
            }
        }
        // The clause's work, then each sibling it lists (`§§ 348, 379e`), recorded and cited alike.
        record(index, repeatedPinpoint ?? reading.pinpoint)
        for sibling in reading.siblings {
            let work = sibling.work.work
            record((work.namedShort ? instrumentNamedShort(work, footnote: label, citationText: citationText) : nil)
                ?? catalog.register(work, footnote: label, citationText: citationText), sibling.pinpoint)
        }

        func record(_ work: Int, _ pinpoint: Pinpoint?) {
            if fullCitationsByPosition.last(at: position) != work { fullCitationsByPosition.append(work, at: position) }
            if catalog.authorities[work].kind == .statute { lastStatute = (work, position) }
            // A work enters the catalog with its first full citation.
            if work == firstFullFootnote.count { firstFullFootnote.append(label) }
            append(work, pinpoint)
            // Made in its place in the list: a local citation appended is copied.
            citations.append(Citation(form: .full, signal: clause.signal, text: citationText, textRange: clause.range, pinpoint: pinpoint,
                                      authorityID: catalog.authorities[work].id, refersTo: nil, range: prepared.range))
            if !reading.parentheticals.isEmpty { citations[citations.count - 1].parentheticals = reading.parentheticals }
            if reading.history != nil { citations[citations.count - 1].history = reading.history }
        }
    }

    /// The work a *supra* note names, and whether it is only a guess: a name that matches none
    /// of the works of a note citing one is taken to mean that one, with a warning.
    private mutating func resolveSupra(name: String, parts: [String], note: String, from position: Int, range: SourceRange)
        -> (index: Int?, isGuess: Bool) {
        var cited: String { "*supra* note \(note)" }
        if positionByLabel == nil { positionByLabel = LabelIndex(labels) }
        guard let target = positionByLabel?[note] else {
            report(.error, "\(cited) points at a footnote that does not exist; fix the note number", at: range)
            return (nil, false)
        }
        guard target != position else {
            report(.error, "\(cited) points at its own note; point at the earlier note that cites the work in full", at: range)
            return (nil, false)
        }
        guard target < position else {
            report(.error, "\(cited) points forward, at a later note; cite the work in full first and point back at that note", at: range)
            return (nil, false)
        }
        // `Kemp & Strand, supra note 40` where note 40 cites another work: the author's wrong number,
        // when one work cited before goes by that name (a declared short name first, then its authors').
        func namedElsewhere(besides works: [Int]) -> Int? {
            guard !name.isEmpty, let other = workNamedElsewhere(name, parts: parts, besides: works) else { return nil }
            report(.warning, "\(cited) names \"\(name)\", which note \(note) does not cite; read as \(catalog.authorities[other].id), cited in note \(firstFullFootnote[other]); fix the note number", at: range)
            return other
        }
        let works = Array(fullCitationsByPosition[target])
        guard !works.isEmpty else {
            // `Lobel, supra note 102` where note 102 is itself `Lobel, supra note 32` (or `Id.`): the
            // one work that note cites by a short form that the name names.
            if !name.isEmpty, !citedByPosition[target].isEmpty {
                let named = catalog.matches(name: name, parts: parts, among: Array(Set(citedByPosition[target])).sorted())
                if named.count == 1 { return (named[0], false) }
            }
            if let other = namedElsewhere(besides: []) { return (other, false) }
            report(.error, "\(cited) points at a note with no full citation; point at the note that cites the work in full", at: range)
            return (nil, false)
        }
        // `DONNER [HARBOR LAW], supra note 6`: the author, and in brackets the title of the one work meant.
        if let titled = Self.bracketedTitle(name) {
            let byTitle = catalog.titlesHolding(titled.title, among: catalog.matches(AuthorityCatalog.authorParts(titled.author), among: works))
            if byTitle.count == 1 { return (byTitle[0], false) }
        }
        var named = catalog.matches(name: name, parts: parts, among: works)
        if named.count == 1 { return (named[0], false) }
        // `ECOURTS REPORT, supra note 6` for a note's `[hereinafter E-COURTS REPORT]`: the declared
        // name spelled with its hyphens or spaces otherwise.
        if named.isEmpty, !name.isEmpty, let declared = catalog.declaredIndex(spelledOtherwise: name), works.contains(declared) { return (declared, false) }
        // `Tane (first appeal), above n 1`: a party and the label the full citation printed in brackets.
        if let labelled = LabelledShortName(name), let found = labelled.work(among: works, in: catalog.authorities) { return (found, false) }
        // Names a converter glued together (`AdaQuillandTomVale, TheFerryQuestion`, `GluedNoteText`):
        // the one work whose glued author or title words hold the name's letters.
        if named.isEmpty, let glued = Self.gluedNameMatch(name, among: works.map { catalog.authorities[$0] }) { return (works[glued], false) }
        // `Roe & Poe, Redux, supra note 8` where note 8 cites two of their pieces: the one whose
        // title holds the short title's words, wherever in the title they stand.
        if parts.count > 1, let short = parts.last, let comma = name.lastIndex(of: ",") {
            let authors = named.isEmpty ? catalog.matches(AuthorityCatalog.authorParts(String(name[..<comma])), among: works) : named
            let titled = catalog.titlesHolding(short, among: authors)
            if titled.count == 1 { return (titled[0], false) }
        }
        // `Adkins, Pepper & Sykes, supra note 34` after `by Bryan L. Adkins, Alexander H. Pepper,
        // and Jay B. Sykes`: the first author's surname, when it alone singles out one work of the note.
        if named.isEmpty, works.count > 1, let first = AuthorityCatalog.authorParts(name).first, first != name {
            let byFirst = catalog.matches([first], among: works)
            if byFirst.count == 1 { return (byFirst[0], false) }
            named = byFirst
        }
        // `TINKER, supra note 18` where note 18 cites Tinker's articles and his book: a name in
        // capitals is a book's author as the Bluebook prints them (small capitals), so the one book.
        if named.count > 1, name.unicodeScalars.contains(where: { $0.properties.isUppercase }),
           !name.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            let books = named.filter { catalog.authorities[$0].kind == .book }
            if books.count == 1 { return (books[0], false) }
        }
        // `Vale, supra note 1` where note 1 cites ERNEST VALE's book and Rosa Vale's article: a name in
        // roman type is an article's author as the Bluebook prints them, so the one work whose
        // author was printed in roman, when the others' were in capitals.
        if named.count > 1, name.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            let roman = named.filter { index in
                catalog.authorities[index].authors.contains { $0.unicodeScalars.contains(where: { $0.properties.isLowercase }) }
            }
            if roman.count == 1, roman.count < named.count { return (roman[0], false) }
        }
        if named.isEmpty, !name.isEmpty {
            // `Roe I, supra note 12` for `*State v. Roe* (*Roe I*)`: the nickname the opinion gave a
            // case is a party's name and a numeral, naming the one case of the note with that party.
            let bare = Self.withoutRomanNumeral(name)
            if bare != name {
                named = catalog.matches(name: bare, parts: AuthorityCatalog.nameParts(bare), among: works)
                if named.count == 1 { return (named[0], false) }
            }
            // `State v. Poe, supra note 42` where note 42 names Poe only in a case's subsequent history.
            if named.isEmpty, let history = historyCaseNamed(bare, inNote: note, from: position) { return (history, false) }
        }
        if named.isEmpty, let other = namedElsewhere(besides: works) { return (other, false) }
        if works.count == 1 {
            guard !name.isEmpty else { return (works[0], false) }
            // A name before *supra* is an author's or a declared short name; a case, constitution,
            // statute or regulation has neither, so a name that is not its own means a work the note
            // was not read to cite (a report joined to a statute by a comma), never that law.
            let only = catalog.authorities[works[0]]
            if Self.authorless.contains(only.kind) {
                report(.error, "\(cited) names \"\(name)\", but note \(note) cites in full only the \(only.kind.rawValue) \(only.id); name a work that note cites", at: range)
                return (nil, false)
            }
            // A name the note's own words hold (`“Free” Trial Offers?` for a title kept as `Free`) is that
            // work written otherwise; any other name is a work the note was not read to cite.
            guard citationHolds(name, works[0]) else {
                report(.error, "\(cited) names \"\(name)\", but note \(note) cites \"\(only.title)\"; check the name or the note number", at: range)
                return (nil, false)
            }
            report(.warning, "\(cited) names \"\(name)\", but note \(note) cites \"\(only.title)\"; check the name or the note number", at: range)
            return (works[0], true)
        }
        let problem = named.isEmpty ? "matches none of the \(works.count) works" : "matches several of the works"
        report(.error, "\(cited) names \"\(name)\", which \(problem) note \(note) cites in full (\(ids(named.isEmpty ? works : named))); name the work as that note does", at: range)
        return (nil, false)
    }

    /// `name` without a roman numeral (I to X) ending it after a space (`Roe II` → `Roe`); `name` itself otherwise.
    static func withoutRomanNumeral(_ name: String) -> String {
        guard let space = name.lastIndex(of: " ") else { return name }
        let numeral = name[name.index(after: space)...]
        guard ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].contains(numeral) else { return name }
        return String(name[..<space]).trimmingSpaces()
    }

    /// The one case the subsequent history of note `note` named whose name holds every word of
    /// `name` (`State v. Poe` in `..., abrogated on other grounds, State v. Poe, 270 Neb. 1`),
    /// registered as cited at `position`; nil when none or several do.
    private mutating func historyCaseNamed(_ name: String, inNote note: String, from position: Int) -> Int? {
        let wanted = AuthorityCatalog.normalized(name).split(separator: " ")
        guard !wanted.isEmpty, position < labels.count else { return nil }
        var fitting: [WorkDraft] = []
        for (work, named) in historyCases where named == note && !work.title.isEmpty {
            let words = Set(AuthorityCatalog.normalized(work.title).split(separator: " "))
            guard wanted.allSatisfy(words.contains),
                  !fitting.contains(where: { $0.volume == work.volume && $0.container == work.container && $0.firstPage == work.firstPage }) else { continue }
            fitting.append(work)
        }
        guard fitting.count == 1, let only = fitting.first else { return nil }
        let index = register(only, footnote: labels[position], citationText: Substring(only.title))
        // The note whose history named it is the one a reader is sent to.
        if index == firstFullFootnote.count - 1, firstFullFootnote[index] == labels[position] { firstFullFootnote[index] = note }
        return index
    }

    /// `DONNER [HARBOR LAW]`: the author's name and the title in brackets after it, or nil.
    static func bracketedTitle(_ name: String) -> (author: String, title: String)? {
        guard name.hasSuffix("]"), let open = name.lastIndex(of: "["), open > name.startIndex else { return nil }
        let author = String(name[..<open]).trimmingSpaces()
        let title = AuthorityCatalog.nameParts(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        guard !author.isEmpty, title.count == 1 else { return nil }
        return (author, title[0])
    }

    /// The one work cited before, not among `works`, that `name` names: a short name declared for
    /// it, or else its authors' or body's name; nil when none or several do.
    private mutating func workNamedElsewhere(_ name: String, parts: [String], besides works: [Int]) -> Int? {
        if let declared = catalog.declaredIndex(named: name), !works.contains(declared) { return declared }
        let named = catalog.matches(name: name, parts: parts).filter { !works.contains($0) }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether each word of `name` (of three letters or more) is a word of the citation that
    /// first cited the work at `index`, or that word with one letter mistyped (`KOE` for `ROE`).
    private func citationHolds(_ name: String, _ index: Int) -> Bool {
        let cited = Set(AuthorityCatalog.normalized(catalog.authorities[index].firstCitedIn).split(separator: " "))
        let words = AuthorityCatalog.normalized(name).split(separator: " ").filter { $0.utf8.count >= 3 }
        return !words.isEmpty && words.allSatisfy { word in
            cited.contains(word) || cited.contains { $0.utf8.count == word.utf8.count && zip($0.utf8, word.utf8).count { $0 != $1 } == 1 }
        }
    }

    /// The chapter a `Roe, Title, in SHORT BOOK, supra note 4` names, and whether it is new: a work
    /// of its own in the book that note 4 (or, when it holds none by that name, the one earlier
    /// note that does) names so, or the chapter itself when cited before. Nil, with an error, when
    /// no work cited before names that book.
    private mutating func resolveChapter(_ chapter: ChapterInSupra.Chapter, note: String, from position: Int, range: SourceRange,
                                         footnote: String, citationText: Substring) -> (index: Int?, isNew: Bool) {
        if positionByLabel == nil { positionByLabel = LabelIndex(labels) }
        var source: (index: Int, book: String)?
        if let target = positionByLabel?[note], target < position {
            for work in fullCitationsByPosition[target] {
                if let book = ChapterBook.book(named: chapter.book, in: catalog.authorities[work]) { source = (work, book); break }
            }
        }
        // `“Files” in Lind et al, supra note 8`: the book of the one chapter note 8 cites (McGill's
        // chapter keeps its book as its container); the editors' names are not kept to check.
        if source == nil, chapter.byEditors, let target = positionByLabel?[note], target < position {
            let chapters = fullCitationsByPosition[target].filter { catalog.authorities[$0].kind == .article && catalog.authorities[$0].volume == nil
                && catalog.authorities[$0].container != nil }
            if fullCitationsByPosition[target].count == 1, chapters.count == 1, let only = chapters.first, let book = catalog.authorities[only].container {
                source = (only, book)
            }
        }
        if source == nil, !chapter.byEditors {
            var found: [(index: Int, book: String)] = []
            for work in catalog.authorities.indices {
                if let book = ChapterBook.book(named: chapter.book, in: catalog.authorities[work]),
                   !found.contains(where: { $0.book == book }) { found.append((work, book)) }
            }
            if found.count == 1 { source = found[0] }
        }
        guard let source else {
            report(.error, "*supra* note \(note) names the book \"\(chapter.book)\", which no work cited before is in; cite the book in full first", at: range)
            return (nil, false)
        }
        let year = catalog.authorities[source.index].year
        let title = chapter.title + ", in " + source.book
        // The chapter cited before (`Roe & Lo, Title One, in SHORT BOOK, supra note 4` after note 4's own chapter).
        let key = AuthorityCatalog.normalized(chapter.title)
        let surname = chapter.authors.first.flatMap { $0.split(separator: " ").last }.map { AuthorityCatalog.normalized(String($0)) }
        for work in catalog.authorities.indices where catalog.authorities[work].kind == .book {
            let authority = catalog.authorities[work]
            guard let parts = ChapterBook.parts(of: authority), AuthorityCatalog.normalized(String(parts.chapter)) == key,
                  AuthorityCatalog.normalized(String(parts.book)) == AuthorityCatalog.normalized(source.book) else { continue }
            if let surname, !authority.authors.contains(where: { AuthorityCatalog.normalized($0).hasSuffix(surname) }) { continue }
            return (work, false)
        }
        var work = WorkDraft(kind: .book, title: title)
        work.authors = chapter.authors
        work.year = year
        let count = catalog.authorities.count
        let index = register(work, footnote: footnote, citationText: citationText)
        return (index, index == count)
    }

    /// The book `title` whose chapter is the work at `chapter`, as a work of its own (of the
    /// chapter's year), registered when first named.
    private mutating func registerBook(_ title: String, like chapter: Int, footnote: String, citationText: Substring) -> Int {
        var work = WorkDraft(kind: .book, title: title)
        work.year = catalog.authorities[chapter].year
        work.authors = ChapterBook.editors(in: catalog.authorities[chapter].firstCitedIn)
        return register(work, footnote: footnote, citationText: citationText)
    }

    /// The index among `works` of the one work with a glued word (twelve letters or more, a
    /// capital after a small letter inside it) in its authors or title that holds `name`'s
    /// letters (`Quill` in `AdaQuillandTomVale`), case aside; nil when none or several do.
    static func gluedNameMatch(_ name: String, among works: [Authority]) -> Int? {
        let key = Array(name.utf8.filter(Bytes.isLetter).map(Bytes.lowercased))
        guard key.count >= 3 else { return nil }
        var found: Int?
        for (index, work) in works.enumerated() {
            let fields = work.authors + [work.title]
            let holds = fields.contains { field in
                Array(field.utf8).split(separator: 0x20).contains { word in
                    guard word.count >= 12, word.indices.dropFirst().contains(where: { Bytes.isUpper(word[$0]) && Bytes.isLower(word[$0 - 1]) })
                    else { return false }
                    let folded = Array(word.filter(Bytes.isLetter).map(Bytes.lowercased))
                    return folded.count >= key.count && (0...(folded.count - key.count)).contains { folded[$0..<($0 + key.count)].elementsEqual(key) }
                }
            }
            guard holds else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// An *infra* citation waiting for its note: the footnote's position and label, the citation's
    /// index among that footnote's citations, and what it names.
    struct ForwardReference {
        var position: Int
        var citation: Int
        var label: String
        var name: String
        var parts: [String]
        var note: String
        var range: SourceRange
    }

    /// Resolves the *infra* citations once every note is read: each is the one work its later note
    /// cites in full that its name names, or nothing, with an error that says why. Returns where
    /// each resolved citation is (its footnote's position, its index there) and its work's id.
    mutating func resolveForwardReferences() -> [(position: Int, citation: Int, authorityID: String)] {
        guard !forwardReferences.isEmpty else { return [] }
        if positionByLabel == nil { positionByLabel = LabelIndex(labels) }
        var resolved: [(position: Int, citation: Int, authorityID: String)] = []
        for reference in forwardReferences {
            let cited = "*infra* note \(reference.note)"
            guard let target = positionByLabel?[reference.note], target > reference.position else {
                report(.error, "\(cited) points at no later footnote; fix the note number", at: reference.range)
                continue
            }
            let works = Array(fullCitationsByPosition[target])
            let named = catalog.matches(name: reference.name, parts: reference.parts, among: works)
            guard named.count == 1, let index = named.first else {
                let problem = named.isEmpty ? "matches none of the \(works.count) works" : "matches several of the works"
                report(.error, "\(cited) names \"\(reference.name)\", which \(problem) note \(reference.note) cites in full; name the work as that note does",
                       at: reference.range)
                continue
            }
            let positions = positionByLabel
            catalog.recordEarlierCitation(at: index, in: reference.label, position: reference.position) { positions?[$0] }
            resolved.append((reference.position, reference.citation, catalog.authorities[index].id))
        }
        forwardReferences = []
        return resolved
    }

    /// The kinds of work with no author, which a *supra* reaches only by their own name.
    private static let authorless: Set<Authority.Kind> = [.case, .constitution, .statute, .regulation]

    /// The first numbered note after `earlier` and before `later` that no footnote defines, when
    /// both are numbers and close (a gap of a few notes: a note the conversion lost).
    private mutating func missingNote(between earlier: String, and later: String) -> String? {
        guard let first = Int(earlier), let last = Int(later), last - first > 1, last - first <= 8 else { return nil }
        if definedLabels == nil { definedLabels = Set(labels) }
        for number in (first + 1)..<last where definedLabels?.contains(String(number)) == false { return String(number) }
        return nil
    }

    /// The book a review's `P. 41.` means: the first work the essay cites in full, when that is a
    /// book; else nil (an essay that opens by citing an article or a case reviews no book so).
    private func reviewedBook(before position: Int) -> Int? {
        for earlier in 0..<position {
            guard let first = fullCitationsByPosition[earlier].first else { continue }
            return catalog.authorities[first].kind == .book ? first : nil
        }
        return nil
    }

    /// The works a `*supra* notes A-B` stands for, each with its note: in every note of the run
    /// before this one, the works the name names (every work cited in full when it names none);
    /// when no note of the run holds one, the first note's reading as a `*supra* note A`.
    private mutating func supraRunWorks(name: String, parts: [String], note: String, from position: Int, range: SourceRange) -> [(Int?, String)] {
        guard let run = SupraNoteRange.labels(note), let first = run.first else { return [(nil, note)] }
        if positionByLabel == nil { positionByLabel = LabelIndex(labels) }
        var found: [(Int?, String)] = []
        for label in run {
            guard let target = positionByLabel?[label], target < position else { continue }
            let works = Array(fullCitationsByPosition[target])
            let named = name.isEmpty ? works : catalog.matches(name: name, parts: parts, among: works)
            for index in named where !found.contains(where: { $0.0 == index }) { found.append((index, label)) }
        }
        guard found.isEmpty else { return found }
        if name.isEmpty {
            let works = bareSupraWorks(note: first, from: position, range: range)
            return works.isEmpty ? [(nil, first)] : works.map { ($0, first) }
        }
        return [(resolveSupra(name: name, parts: parts, note: first, from: position, range: range).index, first)]
    }

    /// The works a `*supra* note N` that names no work stands for: all that note N cites in
    /// full, or none (with the supra's error) when the note cannot be pointed at.
    private mutating func bareSupraWorks(note: String, from position: Int, range: SourceRange) -> [Int] {
        if positionByLabel == nil { positionByLabel = LabelIndex(labels) }
        guard let target = positionByLabel?[note], target < position, fullCitationsByPosition[target].count > 1 else {
            return resolveSupra(name: "", parts: [], note: note, from: position, range: range).index.map { [$0] } ?? []
        }
        return Array(fullCitationsByPosition[target])
    }

    /// The one work among `candidates` (every work cited so far when nil) that `name` names; when
    /// it names none or several, nothing, and an error that says which.
    private mutating func resolveNamed(name: String, parts: [String], among candidates: [Int]?, what: String, range: SourceRange) -> Int? {
        guard !name.isEmpty else {
            report(.error, "\(what) names no work; write the author's or case's name before it", at: range)
            return nil
        }
        let named = catalog.matches(name: name, parts: parts, among: candidates)
        if named.count == 1 { return named[0] }
        if named.count > 1, let authored = onlyWorkByCapitalsSurname(name, among: named) { return authored }
        if named.isEmpty {
            report(.error, "\(what) \"\(name)\" names no work cited before it; cite the work in full first", at: range)
        } else {
            report(.error, "\(what) \"\(name)\" could name several works (\(ids(named))); name the work more exactly", at: range)
        }
        return nil
    }

    /// The one work of `named` with an author of surname `name`, when `name` is printed in capitals
    /// (`ROE`, as drafts print an author's surname; no party's name is so printed), else nil.
    private func onlyWorkByCapitalsSurname(_ name: String, among named: [Int]) -> Int? {
        guard name.utf8.count >= 2, name.utf8.allSatisfy({ Bytes.isUpper($0) || $0 == UInt8(ascii: "-") || $0 >= 0x80 }) else { return nil }
        let authored = named.filter { index in
            catalog.authorities[index].authors.contains { author in author.split(separator: " ").last.map { $0.uppercased() == name } == true }
        }
        return authored.count == 1 ? authored[0] : nil
    }

    /// The case a short form (`Foo, 1 U.S. at 2`, `1 U.S. at 2`) names: among the cases cited in
    /// its volume, the one its name names, or, with no name, the one its pinpoint can lie in.
    private mutating func resolveCaseShort(name: String?, parts: [String], volumeKey: String, pinpoint: Pinpoint?,
                                           range: SourceRange, footnote: String, citationText: Substring) -> Int? {
        let cited = "\"\(name.map { "\($0), " } ?? "")\(volumeKey) at \(pinpoint?.text ?? "")\""
        let cases = catalog.cases(inVolume: volumeKey)
        // A case an earlier citation's subsequent history named, cited by short form (`Doe, 565 U.S.
        // at 474` after `..., rev'd sub nom. Doe v. Roe, 565 U.S. 469 (2012)`): registered now.
        // `Quill, 123 F.3d at 1482` after `Quill v. Antler, 107 F.3d 455 (11th Cir. 1996), modified, 123
        // F.3d 1479 (1996)`: the case its history printed again in that volume.
        if !laterReports.isEmpty, let reports = laterReports[volumeKey],
           cases.isEmpty || name.map({ catalog.matches(name: $0, parts: parts, among: cases).isEmpty }) == true,
           let index = laterReport(reports, name: name, parts: parts, pinpoint: pinpoint) {
            return index
        }
        if !historyCases.isEmpty, cases.isEmpty || name.map({ catalog.matches(name: $0, parts: parts, among: cases).isEmpty }) == true,
           let index = historyCase(name: name, volumeKey: volumeKey, pinpoint: pinpoint, footnote: footnote, citationText: citationText) {
            return index
        }
        if let name {
            let named = catalog.matches(name: name, parts: parts, among: cases)
            if named.isEmpty, let index = runningTextCase(name: name, volumeKey: volumeKey, pinpoint: pinpoint, range: range,
                                                          footnote: footnote, citationText: citationText) {
                return index
            }
            // A case cited before by its reporter alone (its name in the running text) is the one
            // of its volume whose pages hold the pinpoint, when it alone is so.
            let nameless = cases.filter { catalog.authorities[$0].title.isEmpty && pinpointProblem($0, pinpoint, in: volumeKey) == nil }
            if named.isEmpty, nameless.count == 1, let index = nameless.first,
               !cases.contains(where: { !catalog.authorities[$0].title.isEmpty && pinpointProblem($0, pinpoint, in: volumeKey) == nil }) {
                catalog.learnShortName(name, at: index)
                return index
            }
            // The one case of its volume, cited by reporter alone, whose pages cannot hold the
            // pinpoint (`Roe, 602 U.S., at 2` after `602 U.S. 680 (2024).`): the pinpoint is wrong,
            // or the case another; neither is guessed.
            if named.isEmpty, cases.count == 1, let only = cases.first, catalog.authorities[only].title.isEmpty,
               let problem = pinpointProblem(only, pinpoint, in: volumeKey) {
                report(.error, "short form \(cited) \(problem)", at: range)
                return nil
            }
            if named.isEmpty {
                // `Loper Bright Enterprises, 603 U.S., at 401` after `Loper Bright, 603 U.S., at 400`,
                // neither cited in full: the case the earlier short form entered.
                let entered = cases.filter { index in
                    catalog.authorities[index].firstPage == nil && !catalog.hasBlankPage(index)
                        && ShortFormCaseName.sameCase(registered: catalog.authorities[index].title, cited: name)
                }
                if entered.count == 1, let index = entered.first { return index }
                if entered.count > 1 {
                    report(.error, "short form \(cited): \"\(name)\" could name several cases known only by short forms (\(ids(entered))); name the case as one of them does", at: range)
                    return nil
                }
                // `Lark, 212 U.S. at 219` after `Dove v. Lark, 455 U.S. 212`: the first page written where
                // the volume goes; the case the name names that begins there, never a new one.
                let startingThere = catalog.matches(name: name, parts: parts, among: catalog.cases(startingAtVolumeOf: volumeKey))
                if startingThere.count == 1, let index = startingThere.first, pinpointProblem(index, pinpoint) == nil {
                    let volume = catalog.authorities[index].volume.map { "\($0) " } ?? ""
                    report(.warning, "short form \(cited) writes the first page where the volume goes; read as \(volume)\(catalog.authorities[index].container ?? "") at \(pinpoint?.text ?? "")", at: range)
                    return index
                }
                // A case known only by its short form (`Computer Assoc., 982 F.2d at 714`, its full
                // name in the running text) is a case of its own: its name and volume single it out.
                let others = cases.isEmpty ? "" : " (the cases cited in \(volumeKey): \(ids(cases)))"
                report(.warning, "short form \(cited) names a case not cited in full before\(others); it is taken as a case of its own, to be cited in full", at: range)
                return registerShortFormCase(name: name, volumeKey: volumeKey, footnote: footnote, citationText: citationText)
            }
            guard named.count == 1, let index = named.first else {
                if let index = oneCaseCitedTwice(named, pinpoint: pinpoint, volumeKey: volumeKey, cited: cited, range: range) { return index }
                report(.error, "short form \(cited): \"\(name)\" names several cases (\(ids(named))); name the case as its full citation does", at: range)
                return nil
            }
            if let problem = pinpointProblem(index, pinpoint, in: volumeKey) {
                report(.error, "short form \(cited) \(problem)", at: range)
                return nil
            }
            return index
        }
        guard !cases.isEmpty else {
            if let index = runningTextCase(name: nil, volumeKey: volumeKey, pinpoint: pinpoint, range: range,
                                           footnote: footnote, citationText: citationText) {
                return index
            }
            report(.error, "short form \(cited) names no case cited before in \(volumeKey); cite the case in full first", at: range)
            return nil
        }
        let fitting = cases.filter { pinpointProblem($0, pinpoint, in: volumeKey) == nil }
        guard fitting.count == 1, let index = fitting.first else {
            if let index = oneCaseCitedTwice(fitting, pinpoint: pinpoint, volumeKey: volumeKey, cited: cited, range: range) { return index }
            let problem = fitting.isEmpty ? "its pinpoint lies in none of the cases cited in \(volumeKey) (\(ids(cases)))"
                : "its pinpoint could lie in several cases (\(ids(fitting)))"
            report(.error, "short form \(cited) names no case, and \(problem); add the case's name", at: range)
            return nil
        }
        return index
    }

    /// The one case among `reports` whose later report's pages hold the pinpoint and whose name
    /// holds the short form's, when it gives one; nil when none or several are such.
    private mutating func laterReport(_ reports: [LaterReport], name: String?, parts: [String], pinpoint: Pinpoint?) -> Int? {
        let page = pinpoint.flatMap(Self.firstNumber)
        var found: Int?
        for report in reports where found != report.index {
            if let page, page < report.firstPage || page > report.firstPage + Self.longestCase { continue }
            if let name, catalog.matches(name: name, parts: parts, among: [report.index]).isEmpty { continue }
            guard found == nil else { return nil }
            found = report.index
        }
        return found
    }

    /// The case cited in full last among `candidates` when they look like one case cited twice with
    /// a slip (`AuthorityCatalog.oneCaseCitedTwice`) and the pinpoint can lie in it, with a warning
    /// naming both; nil otherwise, and the caller reports the ambiguity.
    private mutating func oneCaseCitedTwice(_ candidates: [Int], pinpoint: Pinpoint?, volumeKey: String, cited: String, range: SourceRange) -> Int? {
        guard let index = catalog.oneCaseCitedTwice(candidates), pinpointProblem(index, pinpoint, in: volumeKey) == nil else { return nil }
        let others = candidates.filter { $0 != index }
        report(.warning, "short form \(cited) could name \(ids(candidates)), which look like one case cited twice with a slip (same volume, reporter, year, court and first party, first pages within \(AuthorityCatalog.firstPageSlip)); read as the one cited last, \(catalog.authorities[index].id), not \(ids(others))", at: range)
        return index
    }

    /// The article a short form by volume and journal names (`Silvers, 81 N.Y.U. L. Rev. at 1850`):
    /// the one cited in that volume, or, of several, the one the first page, the name and the
    /// pinpoint single out. The volume and journal decide; a name that answers to none of the
    /// candidates (a misspelt surname) is reported, not trusted over them.
    private mutating func resolveJournalShort(name: String?, parts: [String], volumeKey: String, firstPage: String?,
                                              pinpoint: Pinpoint?, range: SourceRange) -> Int? {
        let printedVolume = volumeKey.replacingOccurrences(of: "|", with: " ")
        let cited = "\"\(name.map { "\($0), " } ?? "")\(printedVolume) at \(pinpoint?.text ?? "")\""
        var candidates = catalog.articles(inVolume: volumeKey)
        guard !candidates.isEmpty else {
            report(.error, "short form \(cited) names no article cited before in that volume of the journal; cite the article in full first", at: range)
            return nil
        }
        if let firstPage {
            candidates = candidates.filter { catalog.authorities[$0].firstPage == firstPage }
        }
        if candidates.count > 1, let name {
            let named = catalog.matches(name: name, parts: parts, among: candidates)
            if !named.isEmpty { candidates = named }
        }
        if candidates.count > 1, let page = pinpoint.flatMap(Self.firstNumber) {
            candidates = candidates.filter { index in
                guard let first = catalog.authorities[index].firstPage.flatMap({ Int($0) }) else { return true }
                return page >= first && page <= first + Self.longestCase
            }
        }
        guard candidates.count == 1, let index = candidates.first else {
            let problem = candidates.isEmpty ? "its first page is that of none of the articles cited in that volume" : "it could name several articles (\(ids(candidates)))"
            report(.error, "short form \(cited): \(problem); name the article as its full citation does", at: range)
            return nil
        }
        if let name, catalog.matches(name: name, parts: parts, among: [index]).isEmpty {
            report(.warning, "short form \(cited) names \"\(name)\", but the article cited in that volume is \(catalog.authorities[index].id); check the name", at: range)
        }
        return index
    }

    /// The session law a short form by series names (`130 Stat. at 1357`): of the laws cited in that
    /// volume, the one printed last at or before the page, as acts follow one another in the series.
    /// None, with the reason, when no law cited before starts at or before it.
    private mutating func resolveSeriesShort(volume: String, series: String, pinpoint: Pinpoint?, range: SourceRange) -> Int? {
        let page = pinpoint.flatMap(Self.firstNumber)
        var best: (index: Int, first: Int)?
        for index in catalog.authorities.indices where catalog.authorities[index].kind == .statute
            && catalog.authorities[index].container == series && catalog.authorities[index].volume == volume {
            guard let first = catalog.authorities[index].firstPage.flatMap({ Int($0) }), let page, first <= page else { continue }
            if best.map({ first > $0.first }) ?? true { best = (index, first) }
        }
        guard let best else {
            report(.error, "short form \"\(volume) \(series) at \(pinpoint?.text ?? "")\" names no session law cited before at or before that page; cite the act in full first", at: range)
            return nil
        }
        return best.index
    }

    /// The leading number of a pinpoint (`1850` of `1850–52`), when it starts with one.
    private static func firstNumber(_ pinpoint: Pinpoint) -> Int? {
        Int(String(decoding: pinpoint.text.utf8.prefix { Bytes.isDigit($0) }, as: UTF8.self))
    }

    /// The case a short form names that the essay cites in full only in its running text, before
    /// the note: the one in `volumeKey` whose pages hold the pinpoint (and whose name holds the
    /// short form's name, when it gives one), registered as the notes' work. None, with no guess,
    /// when none or several are such.
    private mutating func runningTextCase(name: String?, volumeKey: String, pinpoint: Pinpoint?, range: SourceRange,
                                          footnote: String, citationText: Substring) -> Int? {
        let line = range.start.line - 1
        guard line >= 0, line < file.lineStarts.count else { return nil }
        let found = runningText.cases(inVolume: volumeKey, before: file.lineStarts[line], in: file)
        let wanted = name.map(AuthorityCatalog.normalized)
        var fitting: [WorkDraft] = []
        var pages: [String?] = []
        for (work, firstPage) in found.map({ ($0.work, $0.firstPage) }) where !pages.contains(firstPage) {
            if let wanted, !AuthorityCatalog.normalized(work.title).contains(wanted) { continue }
            if let pinpoint, let first = firstPage.flatMap({ Int($0) }) {
                let digits = pinpoint.text.utf8.prefix { Bytes.isDigit($0) }
                if let page = Int(String(decoding: digits, as: UTF8.self)), page < first || page > first + Self.longestCase { continue }
            }
            fitting.append(work)
            pages.append(firstPage)
        }
        guard let only = fitting.first else { return nil }
        guard fitting.count == 1 else {
            let names = fitting.map { "\($0.title), \($0.volume ?? "") \($0.container ?? "") \($0.firstPage ?? "")" }
            report(.error, "short form names one of several cases the running text cites in \(volumeKey) (\(names.joined(separator: "; "))); add the case's name", at: range)
            return nil
        }
        let index = register(only, footnote: footnote, citationText: citationText)
        return index
    }

    /// The one case an earlier subsequent history named in `volumeKey` whose pages hold the pinpoint
    /// (and whose name holds the short form's, when it gives one), registered as cited here; nil
    /// when none or several are such.
    private mutating func historyCase(name: String?, volumeKey: String, pinpoint: Pinpoint?, footnote: String, citationText: Substring) -> Int? {
        let wanted = name.map(AuthorityCatalog.normalized)
        let page = pinpoint.flatMap(Self.firstNumber)
        var fitting: [(work: WorkDraft, footnote: String)] = []
        for (work, named) in historyCases where work.volume.map({ "\($0) \(work.container ?? "")" }) == volumeKey
            && !fitting.contains(where: { $0.work.firstPage == work.firstPage }) {
            if let wanted, !AuthorityCatalog.normalized(work.title).contains(wanted) { continue }
            if let page, let first = work.firstPage.flatMap({ Int($0) }), page < first || page > first + Self.longestCase { continue }
            fitting.append((work, named))
        }
        guard fitting.count == 1, let only = fitting.first else { return nil }
        let index = register(only.work, footnote: footnote, citationText: citationText)
        // The note whose history named it is the one a reader is sent to.
        if index == firstFullFootnote.count - 1, firstFullFootnote[index] == footnote { firstFullFootnote[index] = only.footnote }
        return index
    }

    /// Registers `work` as cited in `footnote` and, when the work is new, remembers that note as
    /// the one citing it first (what a later short form's `refersTo` names).
    private mutating func register(_ work: WorkDraft, footnote: String, citationText: Substring) -> Int {
        let index = catalog.register(work, footnote: footnote, citationText: citationText)
        if index == firstFullFootnote.count { firstFullFootnote.append(footnote) }
        return index
    }

    /// The one case the running text cites in full before the note whose name holds `name`
    /// (`Alder, supra, at 25` after `In Alder v. Birch, 501 U. S. 20 (1991), the Court ...`),
    /// registered as the notes' work; none when none or several are such (the caller reports).
    private mutating func runningTextCase(named name: String, range: SourceRange, footnote: String, citationText: Substring) -> Int? {
        let line = range.start.line - 1
        guard line >= 0, line < file.lineStarts.count else { return nil }
        var found: [WorkDraft] = []
        for work in runningWorks.cases(named: name, before: file.lineStarts[line], in: file)
        where !found.contains(where: { $0.volume == work.volume && $0.container == work.container && $0.firstPage == work.firstPage }) {
            found.append(work)
        }
        guard found.count == 1, let only = found.first else { return nil }
        let index = register(only, footnote: footnote, citationText: citationText)
        return index
    }

    /// A case named by a short form alone, registered by its name, volume and reporter.
    private mutating func registerShortFormCase(name: String, volumeKey: String, footnote: String, citationText: Substring) -> Int {
        var work = WorkDraft(kind: .case, title: name)
        if let space = volumeKey.firstIndex(of: " ") {
            work.volume = String(volumeKey[..<space])
            work.container = String(volumeKey[volumeKey.index(after: space)...])
        }
        let index = register(work, footnote: footnote, citationText: citationText)
        return index
    }

    /// The most pages a case is taken to run to: a pinpoint further from its first page lies in
    /// another case. The longest opinions of the U.S. Reports, dissents included, run to about two
    /// hundred pages.
    static let longestCase = 300

    /// Why `pinpoint` cannot lie in the case at `index` as the report of `volumeKey` prints it: its
    /// first reporter's, a parallel cite's (`Roe, 93 S. Ct. at 710` after `410 U.S. 113, 93 S. Ct.
    /// 705`) or a later report's pages.
    private func pinpointProblem(_ index: Int, _ pinpoint: Pinpoint?, in volumeKey: String) -> String? {
        guard pinpoint != nil, catalog.authorities[index].kind == .case else { return nil }
        return pinpointProblem(index, pinpoint, reportPage: reportPage(index, volumeKey: volumeKey))
    }

    /// The first page of the report of the case at `index` in `volumeKey` when that is not its first
    /// reporter: a parallel cite's (`705` of `93 S. Ct. 705`) or a later report's its subsequent
    /// history printed (`modified, 123 F.3d 1479`); nil for the first reporter.
    private func reportPage(_ index: Int, volumeKey: String) -> Int? {
        guard catalog.authorities[index].kind == .case else { return nil }
        for parallel in catalog.authorities[index].parallelCitations {
            guard let space = parallel.utf8.lastIndex(of: UInt8(ascii: " ")), parallel[..<space] == volumeKey else { continue }
            return Int(parallel[parallel.index(after: space)...])
        }
        return laterReports[volumeKey]?.first { $0.index == index }?.firstPage
    }

    /// The report whose pages an *Id.*'s pinpoint lies in, of the work at `index`.
    private struct HeldIn {
        /// The report's first page; nil for the case's first reporter (or a work of no reporter).
        var reportPage: Int?
    }

    /// Which report of the work at `index` holds an *Id.*'s pinpoint: the one the citation before
    /// it used (`used`), else the case's first reporter or a parallel cite (`Id. at 708` after `410
    /// U.S. 113, 93 S. Ct. 705`), as the same case's pages; nil when none can.
    private func reportHolding(_ index: Int, _ pinpoint: Pinpoint?, after used: Int?) -> HeldIn? {
        if pinpointProblem(index, pinpoint, reportPage: used) == nil { return HeldIn(reportPage: used) }
        if used != nil, pinpointProblem(index, pinpoint) == nil { return HeldIn() }
        for parallel in catalog.authorities[index].parallelCitations {
            guard let space = parallel.utf8.lastIndex(of: UInt8(ascii: " ")), let page = Int(parallel[parallel.index(after: space)...]),
                  page != used else { continue }
            if pinpointProblem(index, pinpoint, reportPage: page) == nil { return HeldIn(reportPage: page) }
        }
        return nil
    }

    /// Why `pinpoint` cannot lie in the work at `index`, a case reported by page: before its first
    /// page (or `reportPage`, that of the report cited), too far after it, not a page at all, or any
    /// page of a case whose pages are not known.
    private func pinpointProblem(_ index: Int, _ pinpoint: Pinpoint?, reportPage: Int? = nil) -> String? {
        // Most works are no cases: asked before the work is copied out of the catalog.
        guard let pinpoint, catalog.authorities[index].kind == .case, !SlipOpinion.isSlipPage(pinpoint) else { return nil }
        let work = catalog.authorities[index]
        // Database cites (`2019 WL 123456, at *3`) number documents, not pages.
        if let reporter = work.container, reporter.contains("WL") || reporter.contains("LEXIS") { return nil }
        // `At [41]`, `at para 52`: a judgment's numbered paragraph as Commonwealth and continental
        // writing cites it, which lies in it whatever report printed it (`[1999] 2 SCR 817 at para
        // 43`, then `Ibid at para 52`); a Bluebook `¶ 100` after a case cited by page stays a problem.
        if pinpoint.kind == .paragraph, pinpoint.text.utf8.first == UInt8(ascii: "[") || pinpoint.text.lowercased().hasPrefix("para") { return nil }
        let name = work.title.isEmpty ? work.id : work.title
        if catalog.hasBlankPage(index) {
            // `591 U. S., at ___`: a blank page of a case whose pages are blank too.
            if pinpoint.text.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 >= 0x80 }) { return nil }
            return "gives a pinpoint in \(name), which was cited before its pages were known; cite it by its first page"
        }
        guard let first = reportPage ?? work.firstPage.flatMap({ Int($0) }) else { return nil }
        switch pinpoint.kind {
        case .page, .pages, .note:
            let digits = pinpoint.text.utf8.prefix { Bytes.isDigit($0) }
            guard let page = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
            if page < first || page > first + Self.longestCase {
                return "at \(pinpoint.text) cannot lie in \(name), which begins at page \(first); check the pinpoint"
            }
            return nil
        default:
            return "at \(pinpoint.text) is no page of \(name), which is cited by page; check the pinpoint"
        }
    }

    /// The work an *Id.* with a section pinpoint names after the code section at `index`: the
    /// section it gives, of the same code (`Id. § 201(b)` after `17 U.S.C. § 102` is `17 U.S.C.
    /// § 201`, at `(b)`), registered when first named so.
    private mutating func sectionsOfCode(at index: Int, _ section: Pinpoint, footnote: String, citationText: Substring) -> [(Int?, Pinpoint?)] {
        let cited = catalog.authorities[index]
        guard cited.kind == .statute || cited.kind == .regulation, cited.documentNumber == nil else { return [(index, section)] }
        // `ibid s 7`: a Commonwealth section mark is a place in the Act cited, never a code's `§`.
        if section.text.hasPrefix("s ") || section.text.hasPrefix("ss ") { return [(index, section)] }
        let code = cited.title.components(separatedBy: " §").first ?? cited.title
        return StatuteForm.sections(code: code, section).map { title, pinpoint in
            guard title != cited.title else { return (index, pinpoint) }
            var work = WorkDraft(kind: cited.kind, title: title)
            work.container = cited.container
            work.volume = cited.volume
            let sibling = register(work, footnote: footnote, citationText: citationText)
            return (sibling, pinpoint)
        }
    }

    /// Cites a bare section (`§300gg–11`, `sec. 69e para 1`) as a section of a code named elsewhere:
    /// the code with a title number whose section the same note cited just before it (`42 U. S. C.
    /// §18022(b)(1)(D) ... see §300gg–11`); else, for a section the author's words name, the code
    /// the notes cite sections of by name (`UrhG, sec. 69a` in an earlier note). When neither is,
    /// the section is the author's words: no citation, as the code is not clear.
    private mutating func citeBareSection(_ bare: ClauseReading.BareSection, _ prepared: FootnoteReading.Clause,
                                          in label: String, at position: Int) -> [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)] {
        let clause = prepared.clause
        let citationText = prepared.citationText
        if bare.ofAct {
            let cited = citeActPart(bare.section, prepared, in: label, at: position)
            // `Section 2261(b).` alone after no Act's section: a code's section cited before.
            guard cited.isEmpty, bare.onlyCited else { return cited }
            return citedCodeSection(Pinpoint(kind: .section, text: "§ " + bare.section.text.dropFirst(2)), prepared, in: label)
        }
        if bare.onlyCited { return citedCodeSection(bare.section, prepared, in: label) }
        let before = clause.startsGroup ? previousGroup : currentGroup
        if let before, before.footnote == label, let last = before.latest, let index = last.authority, !last.isGuess,
           isTitledCodeSection(index) {
            var cited: [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)] = []
            for (sibling, pinpoint) in sectionsOfCode(at: index, bare.section, footnote: label, citationText: citationText) {
                guard let sibling else { continue }
                catalog.recordCitation(at: sibling, in: label)
                append(sibling, pinpoint)
                cited.append((sibling, pinpoint, firstFullFootnote[sibling]))
            }
            return cited
        }
        // `§1702(b)` after the text declared `IEEPA, 50 U.S.C. §1701 et seq.`: a section of that code.
        if !bare.inTheAuthorsWords, let cited = declaredCodeSection(bare.section, prepared, in: label) { return cited }
        // `§5.05(b), id., at 25`: read in the record, a section of the law the running text named
        // (`The Widget Compact (or Compact)`), when the notes just before cited it.
        let recordedLaw = bare.readInTheRecord && !lastStatuteNames.isEmpty
        if !bare.inTheAuthorsWords, noteSpeaksOfAct || recordedLaw {
            // `The Act defines ... §3(f)`: a section of the act the notes cited just before.
            guard let act = lastStatute, position - act.position <= Self.actReach else {
                report(.error, "\(bare.section.text) names a section of an act, but no note just before cites a statute; cite the act with the section", at: prepared.range)
                append(nil, bare.section)
                return [(nil, bare.section, nil)]
            }
            catalog.recordCitation(at: act.index, in: label)
            append(act.index, bare.section)
            return [(act.index, bare.section, firstFullFootnote[act.index])]
        }
        // `§ 216` after a note declared which decision bare paragraphs mean, in notes that cite no
        // code's section by name: that decision's paragraph, as the Strasbourg court numbers them.
        if !bare.inTheAuthorsWords, lastCodeName == nil, let index = defaultWork, catalog.authorities[index].kind == .case {
            catalog.recordCitation(at: index, in: label)
            append(index, bare.section)
            return [(index, bare.section, firstFullFootnote[index])]
        }
        // `See § 29-2523(1)(a).` after `Neb. Rev. Stat. § 29-2523` in the body or a note: that code's section.
        if !bare.inTheAuthorsWords, !bare.readInTheRecord, let cited = shapedCodeSection(bare.section, prepared, in: label) { return cited }
        guard bare.inTheAuthorsWords, let code = lastCodeName else { return [] }
        citedCodes[code, default: 0] += 1
        let number = bare.section.text.drop { $0 == "§" || $0 == " " }
        var work = WorkDraft(kind: .statute, title: "\(code) § \(number)")
        work.container = code
        let index = register(work, footnote: label, citationText: citationText)
        catalog.recordCitation(at: index, in: label)
        append(index, clause.reading.pinpoint)
        return [(index, clause.reading.pinpoint, nil)]
    }

    /// `s 27(1)(a)(v)` right after notes citing an Act's sections (`WA s 14`, `Widgets Act 1990, s 3`):
    /// that Act's section, its subdivision the pinpoint; nothing when the note before (or this one)
    /// cited no Act's section.
    private mutating func citeActPart(_ section: Pinpoint, _ prepared: FootnoteReading.Clause,
                                      in label: String, at position: Int) -> [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)] {
        // Only right after the Act's section: a bare `s 27` after another work is no longer the Act's.
        guard let act = lastStatute, position - act.position <= 1, let name = catalog.authorities[act.index].container else { return [] }
        let title = catalog.authorities[act.index].title
        // `WA s 14` or `Widgets Act 1990, s 3`: the Act's name, then its part.
        let separator = title.hasPrefix(name + ", ") ? ", " : " "
        let part = title.dropFirst(name.count + separator.count)
        guard title.hasPrefix(name + separator), part.hasPrefix("s ") || part.hasPrefix("ss ") else { return [] }
        let written = section.text.dropFirst(2)
        let number = written.prefix { $0 != "(" }
        let subdivision = written.dropFirst(number.count)
        var work = WorkDraft(kind: .statute, title: "\(name)\(separator)s \(number)")
        work.container = name
        let index = register(work, footnote: label, citationText: prepared.citationText)
        catalog.recordCitation(at: index, in: label)
        lastStatute = (index, position)
        let pinpoint = subdivision.isEmpty ? nil : Pinpoint(kind: .section, text: String(subdivision))
        append(index, pinpoint)
        return [(index, pinpoint, firstFullFootnote[index] == label ? nil : firstFullFootnote[index])]
    }

    /// `Section 2261(b)` after `28 U. S. C. §2261` cited in full: the one statute cited in the notes
    /// before whose title ends in that section (else the one code citation of it the text writes
    /// before the note, registered), its subdivision the pinpoint; nothing when none or several.
    private mutating func citedCodeSection(_ section: Pinpoint, _ prepared: FootnoteReading.Clause,
                                           in label: String) -> [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)] {
        let written = section.text.drop { $0 == "§" || $0 == " " }
        let number = written.prefix { $0.isNumber || ($0.isLetter && $0.isASCII) }
        guard !number.isEmpty else { return [] }
        let subdivision = written.dropFirst(number.count)
        let suffix = "§ " + number
        var found = catalog.authorities.indices.filter { catalog.authorities[$0].kind == .statute && catalog.authorities[$0].title.hasSuffix(suffix) }
        if found.isEmpty, let work = codeSectionWritten(String(number), before: prepared.range) {
            found = [register(work, footnote: label, citationText: prepared.citationText)]
        }
        guard found.count == 1, let index = found.first else { return [] }
        let pinpoint = subdivision.isEmpty ? nil : Pinpoint(kind: .section, text: String(subdivision))
        catalog.recordCitation(at: index, in: label)
        append(index, pinpoint)
        let first = firstFullFootnote[index]
        return [(index, pinpoint, first == label ? nil : first)]
    }

    /// The most bytes of a code's title and name before its section sign (`28 U. S. C. `).
    private static let longestCodeName = 24

    /// The one code citation of section `number` the file writes before the line of `range`
    /// (`28 U. S. C. §2261`, `42 U.S.C. § 1983`), read as a statute; nil when none or several.
    private func codeSectionWritten(_ number: String, before range: SourceRange) -> WorkDraft? {
        let line = range.start.line - 1
        guard line >= 0, line < file.lineStarts.count else { return nil }
        let bytes = file.bytes
        let limit = file.lineStarts[line]
        let digits = Array(number.utf8)
        var found: WorkDraft?
        var index = 0
        while index + 2 < limit {
            guard bytes[index] == 0xC2, bytes[index + 1] == 0xA7 else { index += 1; continue }
            var start = index + 2
            if start < limit, bytes[start] == UInt8(ascii: " ") { start += 1 }
            let end = start + digits.count
            index += 2
            guard end <= limit, bytes[start..<end].elementsEqual(digits), end == limit || !(Bytes.isDigit(bytes[end]) || Bytes.isLetter(bytes[end])) else { continue }
            // Back over the code's name to its title's number.
            var lead = index - 2
            let floor = max(0, lead - Self.longestCodeName)
            while lead > floor, Bytes.isLetter(bytes[lead - 1]) || bytes[lead - 1] == UInt8(ascii: ".") || bytes[lead - 1] == UInt8(ascii: " ") { lead -= 1 }
            while lead > floor, Bytes.isDigit(bytes[lead - 1]) { lead -= 1 }
            guard lead < limit, Bytes.isDigit(bytes[lead]) else { continue }
            let text = CitationText(RichText(text: String(decoding: bytes[lead..<end], as: UTF8.self)))
            guard let reading = CitationForms.read(text, 0..<text.bytes.count), case .full(let shared) = reading.form,
                  shared.work.kind == .statute, shared.work.title.hasSuffix("§ " + number) else { continue }
            if let earlier = found, earlier.title != shared.work.title { return nil }
            found = shared.work
        }
        return found
    }

    /// The declarations of acts' codes (`DeclaredCode`) the text makes before the line of `range`.
    private mutating func codesDeclared(before range: SourceRange) -> [DeclaredCode] {
        if declaredCodes == nil { declaredCodes = DeclaredCode.find(in: file) }
        let line = range.start.line - 1
        guard line >= 0, line < file.lineStarts.count else { return [] }
        let limit = file.lineStarts[line]
        return (declaredCodes ?? []).filter { $0.offset < limit }
    }

    /// The leading number of a section pinpoint (`1702` of `§1702(b)`, `§§ 1702, 1703`).
    private static func sectionNumber(_ section: Pinpoint) -> Int? {
        let digits = section.text.utf8.drop { !Bytes.isDigit($0) }.prefix { Bytes.isDigit($0) }
        return digits.isEmpty ? nil : Int(String(decoding: digits, as: UTF8.self))
    }

    /// A bare section as a section of the one code the text declared an act in before the note
    /// (`§1702(b)` after `IEEPA, 50 U.S.C. §1701 et seq.` is `50 U.S.C. § 1702` at `(b)`), among
    /// the declarations whose first section it does not come before. Nil when none is declared;
    /// unresolved, with the reason, when several codes are.
    /// With `actNamed`, only the declarations of the act so named count (`IEEPA, §1702(a)(1)`).
    private mutating func declaredCodeSection(_ section: Pinpoint, _ prepared: FootnoteReading.Clause, in label: String, actNamed: String? = nil)
        -> [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)]? {
        guard let number = Self.sectionNumber(section) else { return nil }
        var titles: [String] = []
        var code: DeclaredCode?
        for declared in codesDeclared(before: prepared.range) where number >= declared.firstSection && !titles.contains(declared.codeTitle)
            && (actNamed == nil || declared.acronym == actNamed) {
            titles.append(declared.codeTitle)
            code = declared
        }
        guard let code else { return nil }
        guard titles.count == 1 else {
            report(.error, "\(section.text) names a section of no one code: the text declares acts in \(titles.joined(separator: " and ")); cite the code with the section", at: prepared.range)
            append(nil, section)
            return [(nil, section, nil)]
        }
        return codeSections(codeTitle: code.codeTitle, container: code.code, volume: code.volume, section, prepared, in: label)
    }

    /// A bare section as a section of the one code cited before the note, in the running text or a
    /// note, whose sections have its shape (`§ 29-2519(2)(e)` after `Neb. Rev. Stat. § 29-2523` is
    /// `Neb. Rev. Stat. § 29-2519` at `(2)(e)`): nil when no code of that shape was cited;
    /// unresolved, with the reason, when several were.
    private mutating func shapedCodeSection(_ section: Pinpoint, _ prepared: FootnoteReading.Clause, in label: String)
        -> [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)]? {
        guard let shape = SectionShape(section.text.drop { $0 == "§" || $0 == " " }) else { return nil }
        if sectionCodes == nil { sectionCodes = CitedCode.find(in: file) }
        let line = prepared.range.start.line - 1
        guard line >= 0, line < file.lineStarts.count else { return nil }
        let limit = file.lineStarts[line]
        var codes: [CitedCode] = []
        for cited in sectionCodes ?? [] where cited.offset < limit && cited.shape == shape && !codes.contains(where: { $0.codeTitle == cited.codeTitle }) {
            codes.append(cited)
        }
        guard let code = codes.first else { return nil }
        guard codes.count == 1 else {
            report(.warning, "\(section.text) names a section of no one code: the text cites sections of \(codes.map(\.codeTitle).joined(separator: " and ")) numbered alike; cite the code with the section", at: prepared.range)
            append(nil, section)
            return [(nil, section, nil)]
        }
        return codeSections(codeTitle: code.codeTitle, container: code.container, volume: code.volume, section, prepared, in: label)
    }

    /// Each section a bare `§` names as a work of the code titled `codeTitle`, cited in the note
    /// `label` (the declared code's and the cited code's sections are registered alike).
    private mutating func codeSections(codeTitle: String, container: String?, volume: String?, _ section: Pinpoint,
                                       _ prepared: FootnoteReading.Clause, in label: String)
        -> [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)] {
        var cited: [(index: Int?, pinpoint: Pinpoint?, refersTo: String?)] = []
        for (title, pinpoint) in StatuteForm.sections(code: codeTitle, section) {
            var work = WorkDraft(kind: .statute, title: title)
            work.container = container
            work.volume = volume
            let index = register(work, footnote: label, citationText: prepared.citationText)
            catalog.recordCitation(at: index, in: label)
            append(index, pinpoint)
            cited.append((index, pinpoint, firstFullFootnote[index] == label ? nil : firstFullFootnote[index]))
        }
        return cited
    }

    /// `IEEPA §1702(a)(1)(B)` read as a section of a code named `IEEPA`: the declared act's code
    /// section (`50 U.S.C. § 1702`) when the text declared `(IEEPA), 50 U.S.C. §1701 et seq.` before
    /// and the section does not come before the act's first; nil otherwise (`IEEPA §203`, a section
    /// of the act itself, stays as read).
    private mutating func declaredActSection(_ work: WorkDraft, range: SourceRange) -> WorkDraft? {
        // The gate: a statute with no title number, named by capitals (`IEEPA § 1702`).
        guard work.kind == .statute, work.volume == nil, let space = work.title.utf8.firstIndex(of: UInt8(ascii: " ")),
              work.title.utf8[space...].starts(with: " § ".utf8) else { return nil }
        let name = String(work.title[..<space])
        guard name.utf8.count >= 2, name.utf8.filter(Bytes.isUpper).count >= 2,
              let number = Self.sectionNumber(Pinpoint(kind: .section, text: String(work.title[space...]))) else { return nil }
        guard let code = codesDeclared(before: range).last(where: { $0.acronym == name && number >= $0.firstSection }) else { return nil }
        var mapped = work
        mapped.title = code.codeTitle + String(work.title[space...])
        mapped.container = code.code
        mapped.volume = code.volume
        return mapped
    }

    /// The instrument cited in full before that a part named short means (`InstrumentPartForm`):
    /// `Harbour Works Act, s 41` or `HWA, s 41` after `Harbour Works Act 1987 (HWA), s 3` is
    /// `Harbour Works Act 1987, s 41`, registered; `UNCLOS, art 9` after the Convention declared
    /// `[UNCLOS]` is the Convention. The instrument is the one cited last whose title is the name
    /// and a year (and a jurisdiction), or which declared the name; nil when none was cited.
    private mutating func instrumentNamedShort(_ work: WorkDraft, footnote: String, citationText: Substring) -> Int? {
        let name = work.container ?? work.title
        let isAbbreviation = !name.contains(" ")
        var found: (index: Int, instrument: String)?
        for index in catalog.authorities.indices.reversed() {
            let cited = catalog.authorities[index]
            guard cited.kind == .statute || cited.kind == .treaty || cited.kind == .regulation else { continue }
            let instrument = cited.container ?? cited.title
            // A name declared in brackets may stay in the instrument's title (`... 1833 UNTS 3, [UNCLOS]`).
            let declares = cited.shortNames.contains(name) || cited.title.contains("[\(name)]") || cited.title.contains("(\(name))")
            if isAbbreviation ? declares : Self.isDatedTitle(instrument, of: name) {
                found = (index, instrument)
                break
            }
        }
        guard let found, found.instrument != name else { return nil }
        guard let container = work.container else {
            // The instrument is the work (`UNCLOS, art 9`): the one cited, if it is the instrument itself.
            if catalog.authorities[found.index].container == nil {
                catalog.recordCitation(at: found.index, in: footnote)
                return found.index
            }
            var named = work
            named.title = found.instrument
            named.namedShort = false
            return register(named, footnote: footnote, citationText: citationText)
        }
        var named = work
        named.title = found.instrument + work.title.dropFirst(container.count)
        named.container = found.instrument
        named.namedShort = false
        return register(named, footnote: footnote, citationText: citationText)
    }

    /// Whether `title` is `name` with a year after it, and perhaps a jurisdiction (`Harbour Works
    /// Act 1987`, `Harbour Works Act 1987 (NZ)` for `Harbour Works Act`).
    private static func isDatedTitle(_ title: String, of name: String) -> Bool {
        guard title.hasPrefix(name + " ") else { return false }
        let rest = title.utf8.dropFirst(name.utf8.count + 1)
        guard rest.count >= 4, rest.prefix(4).allSatisfy(Bytes.isDigit) else { return false }
        let after = rest.dropFirst(4)
        return after.isEmpty || after.first == UInt8(ascii: " ") && after.dropFirst().first == UInt8(ascii: "(")
    }

    /// Whether the work at `index` is a section of a code with a title number (`44 U.S.C. § 3541`).
    private func isTitledCodeSection(_ index: Int) -> Bool {
        // Read in place: a copy of the work counts a reference for each of its strings.
        let kind = catalog.authorities[index].kind
        return (kind == .statute || kind == .regulation) && catalog.authorities[index].documentNumber == nil
            && catalog.authorities[index].volume != nil && catalog.authorities[index].title.contains(" § ")
    }

    /// The ids of the works at `indices`, for messages.
    private func ids(_ indices: [Int]) -> String {
        indices.map { catalog.authorities[$0].id }.joined(separator: ", ")
    }

    private mutating func append(_ authority: Int?, _ pinpoint: Pinpoint?, isGuess: Bool = false, reportPage: Int? = nil) {
        if let authority, !isGuess, resolvingPosition < labels.count, citedByPosition.last(at: resolvingPosition) != authority {
            citedByPosition.append(authority, at: resolvingPosition)
        }
        currentGroup?.add(CitedGroup.Entry(authority: authority, pinpoint: pinpoint, isGuess: isGuess, reportPage: reportPage))
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, at range: SourceRange) {
        diagnostics.append(Diagnostic(severity, file: file.path, range: range, message: message))
    }
}

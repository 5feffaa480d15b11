import LowLevel

/// The works an essay cites, each once, in order of first citation, with the footnotes citing them.
///
/// Two full citations are the same work when they share a document symbol, or else the same first
/// author, title and year, whatever their pinpoints and signals.
struct AuthorityCatalog {
    private(set) var authorities: [Authority] = []
    /// What `matches` compares names with, per authority, normalized when first needed.
    private var nameKeys: [NameKeys?] = []
    private var indexByKey: [String: Int] = [:]
    /// The cases in each volume of a reporter, by `ReporterCite.volumeKey`.
    private var casesByVolume: [String: [Int]] = [:]
    /// The articles in each volume of a journal, by `journalVolumeKey`.
    private var articlesByVolume: [String: [Int]] = [:]
    /// Per authority: whether it is a case cited with a blank first page.
    private var blankPages: [Bool] = []
    /// Each authority's position by id; ids are unique.
    private(set) var indexByID: [String: Int] = [:]
    /// For a base id taken more than once, the next suffix to try: ids are never given back, so
    /// the works that share a base (ten thousand books of one author and year) number themselves
    /// in linear time, not by trying every suffix from 2 again.
    private var nextSuffix: [String: Int] = [:]
    /// The works by each short name declared for them (`hereinafter X`), normalized.
    private var declaredNames: [String: Int] = [:]
    /// The most bytes a key of `declaredNames` has.
    private var longestDeclaredName = 0
    /// `declaredNames` keyed without their spaces: `E-COURTS REPORT` declared and `ECOURTS REPORT`
    /// written later are one name, as hyphens and spaces come and go between an author's notes.
    private var compactDeclaredNames: [String: Int] = [:]
    /// The works each name key may answer for, filled when a name is first held against every work
    /// (`hasNameIndex`). Not optional, so that filing a work changes the tables in place.
    private var nameIndex = NameIndex()
    private var hasNameIndex = false
    /// The works that are no case by the first word of their normalized title and the first and
    /// last words of that title without its article, filled when a declared name is first looked
    /// for among every work (`hasTitleEdges`).
    private var worksByTitleEdge: [String: [Int]] = [:]
    private var hasTitleEdges = false
    /// The fewest works the indexes are made for: a short essay's few works are walked faster
    /// than they are filed.
    var indexedFrom = 64

    /// An empty catalog with room for about `expectedWorks` works.
    init(expectedWorks: Int = 0) {
        authorities.reserveCapacity(expectedWorks)
        nameKeys.reserveCapacity(expectedWorks)
        blankPages.reserveCapacity(expectedWorks)
        indexByKey.reserveCapacity(expectedWorks)
        // Not reserved: the essay keeps this table, and an essay cites far fewer works than it
        // has notes; grown as works come, it stays near their number.
    }

    /// An authority's short names, authors, volume and journal, and title, normalized for `matches`.
    /// The volume and journal and the title are made when first compared: most names a *supra*
    /// note gives are an author's, and are answered before them.
    private struct NameKeys {
        var shortNames: [String]
        var authors: [String]
        /// The last word of each normalized author.
        var surnames: [String?]
        /// nil until made; then the key, or nil when the work has no volume and journal.
        var volumeAndContainer: String??
        /// The title without a leading article; nil until made.
        var title: String?
        /// The title's words; nil until made.
        var titleWords: [Substring]?

        /// The keys of a work with these short names and authors; given the two lists, not the
        /// work, which passed from the catalog's list was copied, a reference counted for each field.
        init(shortNames names: [String], authors people: [String]) {
            shortNames = names.map(AuthorityCatalog.normalized)
            authors = people.map(AuthorityCatalog.normalized)
            // Normalized names are ASCII words with single spaces between them.
            surnames = authors.map { name in
                guard !name.isEmpty else { return nil }
                guard let space = name.utf8.lastIndex(of: UInt8(ascii: " ")) else { return name }
                let last = name[name.utf8.index(after: space)...]
                // `Ronald J. Roe Jr.`: the surname is the word before the suffix.
                if Self.isNameSuffix(last.utf8) {
                    let head = name[..<space]
                    let start = head.utf8.lastIndex(of: UInt8(ascii: " ")).map { name.utf8.index(after: $0) } ?? head.startIndex
                    return String(name[start..<space])
                }
                return String(last)
            }
        }

        /// Whether a normalized word is `jr`, `sr`, `ii` or `iii`, compared byte by byte: a list of
        /// the suffixes compared as strings cost more than the rest of a work's keys.
        private static func isNameSuffix(_ word: Substring.UTF8View) -> Bool {
            switch word.count {
            case 2: word.elementsEqual("jr".utf8) || word.elementsEqual("sr".utf8) || word.elementsEqual("ii".utf8)
            case 3: word.elementsEqual("iii".utf8)
            default: false
            }
        }

        /// Whether `part` is one of the short names, an author or an author's surname, or an
        /// author with initials for some of the name's words. Mutating though it changes nothing:
        /// asked of the catalog's own keys through optional chaining, it reads them in place, where
        /// a non-mutating call copied them (a reference counted for each list) for every work and part.
        mutating func namesAuthorOrShortName(_ part: String) -> Bool {
            if shortNames.contains(part) { return true }
            for (name, surname) in zip(authors, surnames) where name == part || surname == part
                || AuthorityCatalog.isInitialled(part, name, surname: surname) {
                return true
            }
            return false
        }

        static func volumeAndContainer(of authority: Authority) -> String? {
            guard let container = authority.container, let volume = authority.volume else { return nil }
            return AuthorityCatalog.normalized("\(volume) \(container)")
        }

        static func title(of authority: Authority) -> String {
            // Normalized text is ASCII: articles come off byte by byte.
            let title = AuthorityCatalog.normalized(authority.title)
            var articleLength = 0
            for article in ["the ", "a ", "an "] where title.utf8.dropFirst(articleLength).starts(with: article.utf8) {
                articleLength += article.utf8.count
            }
            return articleLength == 0 ? title : String(title.utf8.dropFirst(articleLength)) ?? title
        }
    }

    /// What the catalog keys a work by, which its draft alone decides: made ahead, on any thread.
    struct WorkKeys: Sendable {
        /// Equal for two citations of the same work.
        var identity: String
        /// The id the work gets when no earlier work has taken it.
        var baseID: String
        /// Other keys the same work is known by: a case's parallel cites.
        var aliases: [String] = []
        /// An article's volume and journal (`articleVolumeKey`), made here, with the other keys,
        /// rather than when the work is registered.
        var articleVolume: String?

        /// `article:VOLUME|journal|PAGE`, made in one string of its size: interpolated, it was made in pieces.
        private static func articleAlias(_ volumeKey: String, _ page: String) -> String {
            var alias = "article:"
            alias.reserveCapacity(9 + volumeKey.utf8.count + page.utf8.count)
            alias.append(volumeKey)
            alias.append("|")
            alias.append(page)
            return alias
        }

        init(_ work: WorkDraft) {
            identity = AuthorityCatalog.identityKey(work)
            baseID = AuthorityIDMaker.baseID(for: work)
            if work.kind == .case {
                aliases = work.parallelCitations.filter { !$0.hasSuffix("___") }.map { "case:" + CommonwealthCaseTail.identityCite($0) }
            } else if work.kind == .article, let volumeKey = AuthorityCatalog.articleVolumeKey(work) {
                articleVolume = volumeKey
                // An article is its journal's volume and first page, however its author, title
                // and journal are written from one citation to the next (`White, 79 Fordham L. Rev
                // 369` after `Daniel M. White, The Title, 79 Fordham L. Rev. 369`).
                if let page = work.firstPage { aliases = [Self.articleAlias(volumeKey, page)] }
            } else if let order = NumberedDocumentForm.orderAlias(work) {
                // An executive order is its number, cited by it alone or in full by its register notice.
                aliases = [order]
            } else if let series = SessionLawForm.seriesAlias(work) {
                // A public law is its Statutes at Large page too, cited by it alone (`92 Stat. 1824, 1830`).
                aliases = [series]
            } else if work.documentNumber == nil, let url = work.url, let document = URLParts.documentAlias(of: url) {
                // `Title, https://.../m-15-14.pdf`: the file of a numbered document is that document,
                // cited by its number in another note (`OMB Memorandum M-15-14`).
                aliases = [document]
            } else if work.kind == .webpage, let url = work.url, let page = URLParts.pageAlias(of: url) {
                // A page is its address, whatever title one citation gives it and another does not
                // (`https://...` bare, then `Section 9 of The Agreement, at https://...`).
                aliases = [page]
            }
        }
    }

    /// Adds the work of a full citation, or finds it if already cited, and returns its index in
    /// `authorities`. `keys`, when given, must be the keys of `work`.
    mutating func register(_ work: WorkDraft, footnote: String, citationText: Substring, keys: WorkKeys? = nil) -> Int {
        // The keys given are read where they are: `keys ?? WorkKeys(work)` copied them, a reference
        // counted for each of their strings.
        if let keys { return register(work, footnote: footnote, citationText: citationText, madeKeys: keys) }
        return register(work, footnote: footnote, citationText: citationText, madeKeys: WorkKeys(work))
    }

    /// `register(_:footnote:citationText:keys:)` with the work's keys at hand.
    private mutating func register(_ work: WorkDraft, footnote: String, citationText: Substring, madeKeys keys: WorkKeys) -> Int {
        // Claim the key for a new work; a work already cited keeps it (one lookup either way).
        if let index = Self.existing(&indexByKey[keys.identity, default: -1], claimingFor: authorities.count), !Self.isOtherPage(work, authorities[index]) {
            merge(work, keys: keys, into: index)
            recordCitation(at: index, in: footnote)
            return index
        }
        // `Agency, Title, p. 4` in full but undated, after `Agency, Title, 2020`: that work, when
        // only one work has that author and title.
        if work.year == nil, keys.identity.hasPrefix("work:"), let index = onlyDatedWork(like: work) {
            indexByKey[keys.identity] = index
            merge(work, keys: keys, into: index)
            recordCitation(at: index, in: footnote)
            return index
        }
        // A case cited before by a parallel cite is that case. The aliases no work has (one bit
        // each, for the first 64) are filed below without being looked for again.
        var unfiled: UInt64 = 0
        for (position, alias) in keys.aliases.enumerated() {
            guard let index = indexByKey[alias] else {
                if position < 64 { unfiled |= 1 << UInt64(position) }
                continue
            }
            guard !Self.namesOtherAuthor(work, authorities[index]) else { continue }
            indexByKey[keys.identity] = index
            merge(work, keys: keys, into: index)
            recordCitation(at: index, in: footnote)
            return index
        }
        let index = authorities.count
        let id = claimID(keys.baseID, for: index)
        // Made in place: a local authority appended is copied, a reference counted per field.
        authorities.append(Authority(
            id: id, kind: work.kind, authors: work.authors, title: work.title, year: work.year, container: work.container,
            volume: work.volume, firstPage: work.firstPage, documentNumber: work.documentNumber, url: work.url,
            shortNames: work.shortNames, footnotes: [footnote], firstCitedIn: Self.citedIn(footnote, citationText)))
        authorities[index].court = work.court
        authorities[index].courtName = work.courtName
        authorities[index].parallelCitations = work.parallelCitations
        authorities[index].printedReporter = work.printedReporter
        nameKeys.append(nil)
        for name in work.shortNames { declare(name, at: index) }
        blankPages.append(work.isBlankPage)
        for (position, alias) in keys.aliases.enumerated()
        where position < 64 ? unfiled & 1 << UInt64(position) != 0 : indexByKey[alias] == nil {
            indexByKey[alias] = index
        }
        if work.kind == .case { addVolumes(of: work, at: index) }
        if work.kind == .article, let volumeKey = keys.articleVolume { articlesByVolume[volumeKey, default: []].append(index) }
        if hasNameIndex { indexNames(of: index) }
        if hasTitleEdges { indexTitleEdges(of: index) }
        return index
    }

    /// `footnote: text`, made in one string of its size: an interpolation made it in pieces.
    private static func citedIn(_ footnote: String, _ text: Substring) -> String {
        var cited = footnote
        cited.reserveCapacity(footnote.utf8.count + 2 + text.utf8.count)
        cited.append(": ")
        cited.append(contentsOf: text)
        return cited
    }

    /// The works, moved out in storage no larger than they need; the catalog is spent after.
    mutating func takeAuthorities() -> [Authority] {
        authorities.movedToFit()
    }

    /// Whether a draft and a work cited before both name authors, the first of each another
    /// surname: two articles, whatever pages they share.
    private static func namesOtherAuthor(_ work: WorkDraft, _ cited: Authority) -> Bool {
        guard let author = work.authors.first, let other = cited.authors.first else { return false }
        var left: [UInt8] = []
        var right: [UInt8] = []
        AuthorityIDMaker.appendSurname(author, to: &left)
        AuthorityIDMaker.appendSurname(other, to: &right)
        return left != right
    }

    /// Files a case under the volume of each of its reporters, for its short forms.
    private mutating func addVolumes(of work: WorkDraft, at index: Int) {
        var volumes: [String] = []
        if let volume = work.volume, let edition = work.container { volumes.append("\(volume) \(edition)") }
        for parallel in work.parallelCitations {
            // `VOL EDITION PAGE`: the volume key drops the page.
            if let space = parallel.utf8.lastIndex(of: UInt8(ascii: " ")) { volumes.append(String(parallel[..<space])) }
        }
        for volume in volumes where casesByVolume[volume]?.contains(index) != true {
            casesByVolume[volume, default: []].append(index)
        }
    }

    /// The cases cited so far in a volume of a reporter (`1 U.S.`), by any of their reporters.
    func cases(inVolume volumeKey: String) -> [Int] {
        casesByVolume[volumeKey] ?? []
    }

    /// Whether the case at `index` was cited with a blank first page (`590 U.S. ___`).
    func hasBlankPage(_ index: Int) -> Bool {
        blankPages[index]
    }

    /// Notes that footnote `footnote` cites the work at `index` (by any form).
    /// Records that `footnote`, at `position`, cites the work at `index` after later footnotes were
    /// recorded (an *infra* resolved once its note is read): in its place among them, by `positionOf`.
    mutating func recordEarlierCitation(at index: Int, in footnote: String, position: Int, positionOf: (String) -> Int?) {
        guard !authorities[index].footnotes.contains(footnote) else { return }
        let place = authorities[index].footnotes.firstIndex { (positionOf($0) ?? Int.max) > position } ?? authorities[index].footnotes.endIndex
        authorities[index].footnotes.insert(footnote, at: place)
    }

    mutating func recordCitation(at index: Int, in footnote: String) {
        guard authorities[index].footnotes.last != footnote else { return }
        authorities[index].footnotes.append(footnote)
    }

    /// Whether the words `short` run somewhere in `long`, each the same word or one the start of
    /// the other, three letters at least (`computer assocs` in `computer assoc`).
    private static func abbreviates(_ short: [Substring], _ long: [Substring]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) {
            let matched = zip(short, long[start...]).allSatisfy { left, right in
                left == right || min(left.count, right.count) >= 3 && (left.hasPrefix(right) || right.hasPrefix(left))
            }
            if matched { return true }
        }
        return false
    }

    /// Whether `part` is an author's name with initials for some of its words (`w royce` for
    /// `winston w royce`): its last word the surname, each other word the start of one of the name's.
    private static func isInitialled(_ part: String, _ name: String, surname: String?) -> Bool {
        guard let surname, part.hasSuffix(" " + surname), part.utf8.count < name.utf8.count else { return false }
        let nameWords = name.split(separator: " ").dropLast()
        return part.split(separator: " ").dropLast().allSatisfy { word in nameWords.contains { $0.hasPrefix(word) } }
    }

    /// The normalized comma-separated parts of a short form's name, which `matches` compares.
    static func nameParts(_ name: String) -> [String] {
        var parts: [String] = []
        var slug: [UInt8] = []
        // Room for the longest slug at once: a slug is no longer than its text.
        slug.reserveCapacity(name.utf8.count)
        appendNameParts(name.utf8Span.span, slug: &slug, to: &parts)
        return parts
    }

    /// Appends `nameParts` of UTF-8 `bytes` to `parts`, each slug made in `slug` (room for
    /// `bytes.count` bytes); only the first when `firstOnly`.
    private static func appendNameParts(_ bytes: Span<UInt8>, slug: inout [UInt8], to parts: inout [String], firstOnly: Bool = false) {
        // Split by byte: splitting a `String` compares characters.
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") {
            slug.removeAll(keepingCapacity: true)
            AuthorityIDMaker.appendSlug(bytes.extracting(start..<end), separator: UInt8(ascii: " "), to: &slug)
            if !slug.isEmpty {
                parts.append(String(decoding: slug, as: UTF8.self))
                if firstOnly { return }
            }
            start = end + 1
        }
    }

    /// The indices among `candidates` (all works when nil) that `name`, cut into `parts`, names;
    /// when it names none, what its authors' surnames name: `Lee & Xia`, `Alleman et al.`.
    mutating func matches(name: String, parts: [String], among candidates: [Int]? = nil) -> [Int] {
        // A declared name with a comma (`[hereinafter Roe, Interview]`) is one name, not an author
        // and a title: the work that declared it, when it alone did.
        if parts.count > 1, !declaredNames.isEmpty {
            let declared = declaredWorks(named: Self.normalized(name), among: candidates)
            if declared.count == 1 { return declared }
        }
        let found = matches(parts, among: candidates)
        guard found.isEmpty else { return found.count > 1 ? byAuthorList(Self.authorParts(name), etAl: Self.endsEtAl(name), among: found) : found }
        let authors = Self.authorParts(name)
        let byAuthors = authors == parts ? [] : matches(authors, among: candidates)
        return byAuthors.count > 1 ? byAuthorList(authors, etAl: Self.endsEtAl(name), among: byAuthors) : byAuthors
    }

    /// Among works a name answers to, those whose authors it lists whole: every author, in order
    /// (`Quell & Tan` is not `Quell, Tan & Berg`); with `et al.`, the first authors, and more after
    /// them (`Quell et al.` is not Quell alone). All of `found` when none or all are so listed.
    private mutating func byAuthorList(_ authors: [String], etAl: Bool, among found: [Int]) -> [Int] {
        guard !authors.isEmpty else { return found }
        let listed = found.filter { index in
            let keys = nameKeys(at: index)
            guard etAl ? keys.authors.count > authors.count : keys.authors.count == authors.count else { return false }
            return zip(authors, zip(keys.authors, keys.surnames)).allSatisfy { part, author in
                part == author.0 || part == author.1 || Self.isInitialled(part, author.0, surname: author.1)
            }
        }
        return listed.isEmpty ? found : listed
    }

    /// Whether a short form's name ends in `et al.`.
    static func endsEtAl(_ name: String) -> Bool {
        [" et al.", " et al", " ET AL.", " ET AL"].contains { name.hasSuffix($0) }
    }

    /// The works among `candidates` (every work when nil) that declared the normalized name `key`.
    private mutating func declaredWorks(named key: String, among candidates: [Int]?) -> [Int] {
        guard key.utf8.count <= longestDeclaredName, let first = declaredNames[key] else { return [] }
        guard let candidates else { return [first] }
        return candidates.filter { index in
            if nameKeys[index] == nil { nameKeys[index] = NameKeys(shortNames: authorities[index].shortNames, authors: authorities[index].authors) }
            return nameKeys[index]?.shortNames.contains(key) == true
        }
    }

    /// A short form's name as its authors' names: without `et al.`, cut at `&` and `and` (`AND`
    /// between names in capitals).
    static func authorParts(_ name: String) -> [String] {
        asciiAuthorParts(name) ?? characterAuthorParts(name)
    }

    /// `authorParts(name).first`, with no list of the other authors made.
    static func firstAuthorPart(_ name: String) -> String? {
        if let parts = asciiAuthorParts(name, firstOnly: true) { return parts.first }
        return characterAuthorParts(name).first
    }

    /// `authorParts` by the name's characters, as any name outside ASCII is read.
    static func characterAuthorParts(_ name: String) -> [String] {
        // Initials run into a surname are two words: `W.Royce`.
        var spaced = ""
        var previous: Character = " "
        for character in name {
            if previous == ".", character.isLetter { spaced.append(" ") }
            spaced.append(character)
            previous = character
        }
        var cut = spaced
        for ending in [" et al.", " et al", " ET AL.", " ET AL"] where cut.hasSuffix(ending) { cut = String(cut.dropLast(ending.count)) }
        var parts: [String] = []
        for piece in cut.split(separator: "&").flatMap({ $0.components(separatedBy: " and ") }).flatMap({ $0.components(separatedBy: " AND ") }) {
            parts.append(contentsOf: nameParts(String(piece)))
        }
        return parts
    }

    /// `authorParts` of a name written in ASCII alone, read byte by byte, or nil for any other name.
    ///
    /// In ASCII each character is one byte (`\r\n` aside, which is neither a period nor a letter)
    /// and compares as that byte, so the same spacing, endings and cuts give the same parts; the
    /// `Character` walk and Foundation's `components(separatedBy:)` cost some thirty thousand
    /// instructions for a short name.
    private static func asciiAuthorParts(_ name: String, firstOnly: Bool = false) -> [String]? {
        var spaced: [UInt8] = []
        spaced.reserveCapacity(name.utf8.count + 4)
        var previous = UInt8(ascii: " ")
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if previous == UInt8(ascii: "."), Bytes.isLetter(byte) { spaced.append(UInt8(ascii: " ")) }
            spaced.append(byte)
            previous = byte
        }
        var end = spaced.count
        for ending in [" et al.", " et al", " ET AL.", " ET AL"] as [StaticString] where ByteScan.matches(ending, in: spaced, at: end - ending.utf8CodeUnitCount, end: end) {
            end -= ending.utf8CodeUnitCount
        }
        var parts: [String] = []
        var slug: [UInt8] = []
        slug.reserveCapacity(spaced.count)
        let bytes = spaced.span
        // Cut at `&`, then each piece at ` and `, then each of those at ` AND `, left to right as
        // `split` and `components(separatedBy:)` cut; an empty piece has no parts.
        var start = 0
        while start <= end {
            var ampersand = start
            while ampersand < end, bytes[ampersand] != UInt8(ascii: "&") { ampersand += 1 }
            var lower = start
            while lower <= ampersand {
                var and = lower
                while and < ampersand, !ByteScan.matches(" and ", in: spaced, at: and, end: ampersand) { and += 1 }
                var upper = lower
                while upper <= and {
                    var capitalAnd = upper
                    while capitalAnd < and, !ByteScan.matches(" AND ", in: spaced, at: capitalAnd, end: and) { capitalAnd += 1 }
                    appendNameParts(bytes.extracting(upper..<capitalAnd), slug: &slug, to: &parts, firstOnly: firstOnly)
                    if firstOnly, !parts.isEmpty { return parts }
                    upper = capitalAnd + 5
                }
                lower = and + 5
            }
            start = ampersand + 1
        }
        return parts
    }

    /// The indices among `candidates` (all works when nil) whose short names, authors, title or
    /// volume and journal answer to every part of a name (`nameParts`).
    mutating func matches(_ parts: [String], among candidates: [Int]? = nil) -> [Int] {
        guard !parts.isEmpty else { return [] }
        // Each part's words, split once for every work it is held against, not once a work, and
        // only when a case asks for them.
        // The first part's words apart: most names are one part, for which no list of them is made.
        var firstWords: [Substring]?
        var partWords = parts.count > 1 ? [[Substring]?](filledWith: nil, count: parts.count) : []
        var found: [Int] = []
        // Every work is looked through by its index, without a list of all of them.
        func consider(_ index: Int) {
            if parts.indices.allSatisfy({ $0 == 0 ? answers(index, to: parts[0], words: &firstWords) : answers(index, to: parts[$0], words: &partWords[$0]) }) {
                found.append(index)
            }
        }
        if let candidates {
            for index in candidates { consider(index) }
        } else {
            for index in authorities.count < indexedFrom ? Array(authorities.indices) : worksNaming(parts[0]) { consider(index) }
        }
        return found
    }

    /// The works filed under a key `part` has, in catalog order: every work `answers` may say
    /// names `part`, and perhaps others. A name's part answers to a work by a short name or
    /// volume and journal it equals, by an author whose surname is its last word, by a title
    /// that starts with its first word, or by a case name with a word its first word is or abbreviates.
    private mutating func worksNaming(_ part: String) -> [Int] {
        if !hasNameIndex {
            hasNameIndex = true
            for index in authorities.indices { indexNames(of: index) }
        }
        let index = nameIndex
        let first = part.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(part[..<$0]) } ?? part
        let last = part.utf8.lastIndex(of: UInt8(ascii: " ")).map { String(part[part.utf8.index(after: $0)...]) } ?? part
        var works: [Int] = []
        works.append(contentsOf: index.byWhole[part] ?? [])
        works.append(contentsOf: index.bySurname[last] ?? [])
        works.append(contentsOf: index.byTitleStart[first] ?? [])
        works.append(contentsOf: index.byCaseWord[NameIndex.wordKey(first)] ?? [])
        works.sort()
        var unique: [Int] = []
        unique.reserveCapacity(works.count)
        for work in works where unique.last != work { unique.append(work) }
        return unique
    }

    /// Files the work at `index` under each name key it has (`NameIndex`).
    private mutating func indexNames(of index: Int) {
        if nameKeys[index] == nil { nameKeys[index] = NameKeys(shortNames: authorities[index].shortNames, authors: authorities[index].authors) }
        guard let keys = nameKeys[index] else { return }
        let volume = volumeAndContainerKey(at: index)
        let title = titleKey(at: index)
        let isCase = authorities[index].kind == .case
        let caseWords = isCase ? titleWords(at: index) : []
        nameIndex.file(index, shortNames: keys.shortNames, surnames: keys.surnames, volumeAndContainer: volume,
                        title: title, caseWords: caseWords)
    }

    private mutating func nameKeys(at index: Int) -> NameKeys {
        if let keys = nameKeys[index] { return keys }
        let keys = NameKeys(shortNames: authorities[index].shortNames, authors: authorities[index].authors)
        nameKeys[index] = keys
        return keys
    }

    private mutating func answers(_ index: Int, to part: String, words partWords: inout [Substring]?) -> Bool {
        // Read in place: a copy of the keys counts a reference for each of their lists.
        if nameKeys[index] == nil { nameKeys[index] = NameKeys(shortNames: authorities[index].shortNames, authors: authorities[index].authors) }
        if nameKeys[index]?.namesAuthorOrShortName(part) == true { return true }
        if volumeAndContainerKey(at: index) == part { return true }
        if authorities[index].kind == .case {
            // A case is named by any run of words of its name (`Wal-Mart`, `Sullivan`, `N.Y.
            // Times`), each word whole or the one abbreviating the other (`Assoc.`, `Assocs.`).
            let title = titleKey(at: index)
            guard !title.isEmpty else { return false }
            if Self.holdsWordRun(title, part) { return true }
            if partWords == nil { partWords = part.split(separator: " ") }
            return Self.abbreviates(partWords ?? [], titleWords(at: index))
        }
        guard part.utf8.count >= 4 else { return false }
        let title = titleKey(at: index)
        return title == part || title.hasPrefix(part + " ")
    }

    /// The volume-and-journal key of the authority at `index`, made once.
    private mutating func volumeAndContainerKey(at index: Int) -> String? {
        if let made = nameKeys[index]?.volumeAndContainer { return made }
        let made = NameKeys.volumeAndContainer(of: authorities[index])
        nameKeys[index]?.volumeAndContainer = .some(made)
        return made
    }

    /// The works among `candidates` whose title holds the name part `part` as a run of whole words
    /// (`redux` in `contract interpretation redux`).
    mutating func titlesHolding(_ part: String, among candidates: [Int]) -> [Int] {
        candidates.filter { Self.holdsWordRun(titleKey(at: $0), part) }
    }

    /// The title key of the authority at `index`, made once.
    private mutating func titleKey(at index: Int) -> String {
        if let made = nameKeys[index]?.title { return made }
        let made = NameKeys.title(of: authorities[index])
        nameKeys[index]?.title = made
        return made
    }

    /// The title key's words of the authority at `index`, split once.
    private mutating func titleWords(at index: Int) -> [Substring] {
        if let made = nameKeys[index]?.titleWords { return made }
        let made = titleKey(at: index).split(separator: " ")
        nameKeys[index]?.titleWords = made
        return made
    }

    /// Whether `run` is a run of whole words of `text` (`" \(text) ".contains(" \(run) ")`), byte
    /// by byte: keys are ASCII words, and the padded strings were two allocations a work.
    private static func holdsWordRun(_ text: String, _ run: String) -> Bool {
        let whole = text.utf8Span.span
        let words = run.utf8Span.span
        guard !words.isEmpty, words.count <= whole.count else { return " \(text) ".contains(" \(run) ") }
        for start in 0...(whole.count - words.count) {
            guard start == 0 || whole[start - 1] == UInt8(ascii: " ") else { continue }
            let end = start + words.count
            guard end == whole.count || whole[end] == UInt8(ascii: " ") else { continue }
            var same = true
            for offset in 0..<words.count where whole[start + offset] != words[offset] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    private mutating func merge(_ work: WorkDraft, keys: WorkKeys, into index: Int) {
        var namesChanged = false
        if authorities[index].kind == .case {
            for alias in keys.aliases where indexByKey[alias] == nil { indexByKey[alias] = index }
            for parallel in work.parallelCitations where !authorities[index].parallelCitations.contains(parallel) {
                authorities[index].parallelCitations.append(parallel)
            }
            if authorities[index].title.isEmpty, !work.title.isEmpty {
                authorities[index].title = work.title
                namesChanged = true
            }
            if authorities[index].court == nil { authorities[index].court = work.court }
            if authorities[index].courtName == nil { authorities[index].courtName = work.courtName }
            addVolumes(of: work, at: index)
        }
        for name in work.shortNames where !authorities[index].shortNames.contains(name) {
            authorities[index].shortNames.append(name)
            declare(name, at: index)
            namesChanged = true
        }
        if authorities[index].year == nil { authorities[index].year = work.year }
        if authorities[index].url == nil { authorities[index].url = work.url }
        if authorities[index].container == nil, let container = work.container {
            authorities[index].container = container
            namesChanged = true
        }
        // Only what `NameKeys` reads makes its keys stale; a work cited in full again is common.
        if namesChanged {
            nameKeys[index] = nil
            // The keys the work had stay filed: a work filed under a key it no longer has is
            // held against the name in full, and answers no.
            if hasNameIndex { indexNames(of: index) }
        }
    }

    /// Gives the nameless case at `index` the name a short form found it by (`Poe` in `*Poe*, 603
    /// U.S., at 5`), so that a later short form with no volume (`*Poe*, slip op., at 12`) finds it.
    mutating func learnShortName(_ name: String, at index: Int) {
        guard authorities[index].kind == .case, authorities[index].title.isEmpty, !name.isEmpty,
              !authorities[index].shortNames.contains(name) else { return }
        authorities[index].shortNames.append(name)
        declare(name, at: index)
        nameKeys[index] = nil
        if hasNameIndex { indexNames(of: index) }
    }

    /// Files `name` as a name declared for the work at `index`; the first work to declare it keeps it.
    private mutating func declare(_ name: String, at index: Int) {
        let key = Self.normalized(name)
        guard !key.isEmpty, declaredNames[key] == nil else { return }
        declaredNames[key] = index
        longestDeclaredName = max(longestDeclaredName, key.utf8.count)
        // Two works under one spelling-free name: neither answers to it (-1).
        let compact = Self.compact(key)
        if let other = compactDeclaredNames[compact], other != index { compactDeclaredNames[compact] = -1 } else { compactDeclaredNames[compact] = index }
    }

    /// The works, no cases, whose first author's surname is `key` (normalized), in the order first cited:
    /// what a surname and page (`Roe 315`) may name when no remark declared the surname.
    mutating func works(byFirstAuthorSurname key: String) -> [Int] {
        (authorities.count < indexedFrom ? Array(authorities.indices) : worksNaming(key)).filter { authorities[$0].kind != .case && !authorities[$0].authors.isEmpty && nameKeys(at: $0).surnames.first == key }
    }

    /// The works cited before whose authors' surnames open with `surnames` (all of them, unless
    /// `etAl`, where more must follow) and whose year is `year` (`2019`, or `2019a` for the one such
    /// work of 2019 whose short name carries the letter).
    mutating func works(bySurnames surnames: [String], etAl: Bool, year: String) -> [Int] {
        guard !surnames.isEmpty, let value = Int(year.prefix(4)) else { return [] }
        let keys = surnames.map { Self.normalized($0).split(separator: " ").last.map(String.init) ?? "" }
        let letter = year.dropFirst(4)
        return works(byFirstAuthorSurname: keys[0]).filter { index in
            guard authorities[index].year == value else { return false }
            let listed = nameKeys(at: index).surnames
            guard etAl ? listed.count > keys.count : listed.count == keys.count, listed.prefix(keys.count).map({ $0 ?? "" }) == keys else { return false }
            // `Meyer (2019a)`: the work declared so, when one is.
            return letter.isEmpty || authorities[index].shortNames.contains { $0.hasSuffix("(" + year + ")") }
        }
    }

    /// The work registered already as the same work as `work` (whose keys are `keys`, when made already), if any.
    func registered(_ work: WorkDraft, keys: WorkKeys? = nil) -> Int? {
        indexByKey[keys?.identity ?? Self.identityKey(work)]
    }

    /// The work that declared `name` as its short name (`hereinafter HARBOUR FEES REPORT`), if any.
    func declaredIndex(named name: String) -> Int? {
        guard !declaredNames.isEmpty else { return nil }
        let key = Self.normalized(name)
        return declaredNames[key] ?? spelledOtherwise(key)
    }

    /// The work that declared `name` spelled with other hyphens or spaces (`ECOURTS REPORT` for
    /// `E-COURTS REPORT`); nil when that spelling itself was declared, or when two works answer.
    func declaredIndex(spelledOtherwise name: String) -> Int? {
        guard !declaredNames.isEmpty else { return nil }
        let key = Self.normalized(name)
        return declaredNames[key] == nil ? spelledOtherwise(key) : nil
    }

    private func spelledOtherwise(_ key: String) -> Int? {
        guard let index = compactDeclaredNames[Self.compact(key)], index >= 0 else { return nil }
        return index
    }

    /// Whether any work has a declared short name.
    var hasDeclaredNames: Bool { !declaredNames.isEmpty }

    /// Words one of which makes a name an instrument's (`European Convention on Human Rights`).
    private static let instrumentWords: Set<String> = ["Convention", "Covenant", "Treaty", "Charter", "Protocol", "Agreement", "Declaration"]

    /// The treaty a name and an acronym name together: the name spelled out whose initials are an
    /// acronym a note declared (`European Convention on Human Rights` for `[hereinafter ECHR]`,
    /// `International Covenant on Civil and Political Rights` for `ICCPR`), or an acronym that is
    /// the initials of the one treaty cited under that title. Initials are the capitalised words'
    /// (or every word's but `the`, `and`, `a`); only a name holding an instrument's word is spelled
    /// out so, and only one treaty may answer an acronym.
    func instrumentWork(named name: String) -> Int? {
        let words = name.split { $0 == " " || $0 == "," }
        if words.count == 1, (3...8).contains(name.count), name.allSatisfy({ $0.isUppercase && $0.isASCII }) {
            let found = authorities.indices.filter { authorities[$0].kind == .treaty && Self.instrumentInitials(authorities[$0].title).contains(name) }
            return found.count == 1 ? found[0] : nil
        }
        guard hasDeclaredNames, words.count >= 3, words.contains(where: { Self.instrumentWords.contains(String($0)) }) else { return nil }
        for initials in Self.instrumentInitials(name) where initials.count >= 3 {
            if let index = declaredNames[Self.normalized(initials)] { return index }
        }
        return nil
    }

    /// A name's initials: of its capitalised words (`initials`), and of every word but `the`, `and`, `a`.
    static func instrumentInitials(_ name: String) -> [String] {
        let words = name.split { $0 == " " || $0 == "," }
        let capitals = initials(name.replacingOccurrences(of: ",", with: " "))
        let joined = String(words.compactMap { ["the", "and", "a"].contains(String($0)) ? nil : $0.first }).uppercased()
        return capitals == joined ? [capitals] : [capitals, joined]
    }

    /// The work `name` names as policy writing repeats it: a short name declared for it
    /// (`hereinafter GAO, Event Ticket Sales`), or, when none is, an issuing body's acronym and
    /// the title's first words (`GAO, Event Ticket Sales` or `EPA Inventory` after `U.S.
    /// Environmental Protection Agency (EPA), Inventory of ...`), when one work alone answers.
    mutating func declaredWork(named name: String) -> Int? {
        let key = Self.normalized(name)
        if let index = declaredNames[key] { return index }
        if let index = workByAuthorAndTitle(name) { return index }
        // The acronym: the first word, written in two to six capitals.
        let words = name.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return nil }
        let acronym = words[0].filter { $0 != "," }
        guard (2...6).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return nil }
        let rest = Self.normalized(String(words[1]))
        guard rest.utf8.count >= 4 else { return nil }
        let acronymKey = Self.normalized(String(acronym))
        var found: Int?
        for index in worksWithTitleEdges(rest, rest) {
            let authority = authorities[index]
            let title = Self.normalized(authority.title)
            guard title == rest || title.hasPrefix(rest + " ") else { continue }
            let byAuthor = authority.authors.contains { Self.normalized($0) == acronymKey }
                || authority.firstCitedIn.contains("(\(acronym))")
            guard byAuthor else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// The work policy writing names again by its author and title alone, without *supra* or a
    /// declared name: `Auer et al., "The Technology of Decentralized Finance"`, `Department of the
    /// Treasury, Illicit Finance Risk Assessment`, `CFTC, Decentralized Finance`. The title must
    /// be the work's title, its opening words or its last field; the author must be written in
    /// the work's first citation (each surname of `A and B`, `A et al.`) or be the initials of its
    /// author. Only one work may answer.
    private mutating func workByAuthorAndTitle(_ name: String) -> Int? {
        guard let (lead, title) = Self.authorAndTitle(name) else { return nil }
        let titleKey = Self.withoutArticle(Self.normalized(title))
        guard titleKey.utf8.count >= 4 else { return nil }
        let leadParts = Self.authorParts(lead)
        let acronym = lead.utf8.count <= 6 && lead.utf8.count >= 2 && lead.allSatisfy { $0.isUppercase && $0.isASCII } ? lead : nil
        guard !leadParts.isEmpty || acronym != nil else { return nil }
        var found: Int?
        var exact: [Int] = []
        var several = false
        for index in worksWithTitleEdges(titleKey, titleKey) {
            let authority = authorities[index]
            let workTitle = Self.withoutArticle(Self.normalized(authority.title))
            guard workTitle == titleKey || workTitle.hasPrefix(titleKey + " ") || workTitle.hasSuffix(" " + titleKey) else { continue }
            let cited = " " + Self.normalized(authority.firstCitedIn) + " "
            let byAuthor = (!leadParts.isEmpty && leadParts.allSatisfy { cited.contains(" \($0) ") })
                || acronym.map { short in authority.authors.contains { Self.initials($0) == short } } == true
            guard byAuthor else { continue }
            if workTitle == titleKey { exact.append(index) }
            if found != nil { several = true }
            found = index
        }
        // One author's `A Signal Code` and `A Signal Code (Draft)`: the title named whole is the work.
        if several { return exact.count == 1 ? exact[0] : nil }
        return found
    }

    /// The works that are no case filed (`worksByTitleEdge`) under the first word of `start` or
    /// the last word of `end`, in catalog order: each work whose title, normalized, starts with
    /// `start`'s first word, or, without its article, starts with it or ends with `end`'s last word.
    mutating func worksWithTitleEdges(_ start: String, _ end: String) -> [Int] {
        if authorities.count < indexedFrom { return authorities.indices.filter { authorities[$0].kind != .case } }
        if !hasTitleEdges {
            hasTitleEdges = true
            for index in authorities.indices { indexTitleEdges(of: index) }
        }
        let first = start.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(start[..<$0]) } ?? start
        let last = end.utf8.lastIndex(of: UInt8(ascii: " ")).map { String(end[end.utf8.index(after: $0)...]) } ?? end
        var works = (worksByTitleEdge[first] ?? []) + (first == last ? [] : worksByTitleEdge[last] ?? [])
        works.sort()
        var unique: [Int] = []
        for work in works where unique.last != work { unique.append(work) }
        return unique
    }

    /// Files the work at `index`, when it is no case, under its title's edge words (`worksByTitleEdge`).
    private mutating func indexTitleEdges(of index: Int) {
        guard authorities[index].kind != .case else { return }
        let title = Self.normalized(authorities[index].title)
        let plain = Self.withoutArticle(title)
        var words: [Substring] = []
        for text in [title, plain] {
            let split = text.split(separator: " ")
            if let first = split.first { words.append(first) }
            if let last = split.last { words.append(last) }
        }
        for word in words {
            let key = String(word)
            if worksByTitleEdge[key]?.last != index { worksByTitleEdge[key, default: []].append(index) }
        }
    }

    /// `Lead, "Title"` or `Lead, Title`: the author before the first comma (outside quotation marks)
    /// and the title after it, without its marks.
    private static func authorAndTitle(_ name: String) -> (String, String)? {
        // The comma found in the UTF-8 view: a search by characters measured every grapheme before it.
        guard let comma = name.utf8.firstIndex(of: UInt8(ascii: ",")), !name[..<comma].contains(where: { $0 == "\"" || $0 == "\u{201C}" }) else { return nil }
        let lead = name[..<comma].trimmingCharacters(in: .whitespaces)
        var title = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        if let open = title.first, open == "\"" || open == "\u{201C}" {
            let inner = title.dropFirst()
            guard let close = inner.firstIndex(where: { $0 == "\"" || $0 == "\u{201D}" }),
                  inner[inner.index(after: close)...].allSatisfy({ $0 == "." || $0 == "," || $0 == " " }) else { return nil }
            title = String(inner[..<close])
        }
        guard !lead.isEmpty, !title.isEmpty else { return nil }
        return (lead, title)
    }

    /// The capitals opening each capitalised word of a name: `CFTC` for `Commodity Futures Trading Commission`.
    private static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } })
    }

    /// A normalized title without a leading `the`, `a` or `an`.
    static func withoutArticle(_ title: String) -> String {
        for article in ["the ", "a ", "an "] where title.hasPrefix(article) { return String(title.dropFirst(article.count)) }
        return title
    }

    /// The work a full citation stands for when it is written as a name declared for an earlier
    /// work and, perhaps, the pinpoint (`Live Nation, Form 10-K for FY ended December 31, 2025, p. 6`).
    func declaredWork(citedAs citation: Substring, pinpoint: Pinpoint?) -> Int? {
        // Each ASCII letter and digit stays in the key, and a pinpoint's key is no longer than
        // its text: a citation with more of them than the longest name and the pinpoint is no
        // declared name, and is not normalized.
        let longest = longestDeclaredName + (pinpoint.map { $0.text.utf8.count + 1 } ?? 0)
        guard Self.asciiLettersAndDigits(in: citation, moreThan: longest) == false else { return nil }
        var key = Self.normalized(String(citation))
        if let pinpoint {
            let written = Self.normalized(pinpoint.text)
            guard key.hasSuffix(" " + written) else { return nil }
            key = String(key.dropLast(written.count + 1))
        }
        return declaredNames[key]
    }

    /// Takes `base`, or `base-2`, `base-3` ... when taken, as the id of the work at `index`.
    private mutating func claimID(_ base: String, for index: Int) -> String {
        // One lookup a try: a taken id is left as it was, not put back after being overwritten.
        if Self.claim(&indexByID[base, default: -1], for: index) { return base }
        var suffix = nextSuffix[base] ?? 2
        var id = Self.suffixed(base, suffix)
        while !Self.claim(&indexByID[id, default: -1], for: index) {
            suffix += 1
            id = Self.suffixed(base, suffix)
        }
        nextSuffix[base] = suffix + 1
        return id
    }

    /// Whether `work` is a web page on another site than `authority`, a page whose title is the
    /// same (`Home`, or words a converter left before two addresses): two pages, never one. On one
    /// site, the same title is the same page whatever path a citation gives it.
    private static func isOtherPage(_ work: WorkDraft, _ authority: Authority) -> Bool {
        guard work.kind == .webpage, authority.kind == .webpage, let url = work.url, let other = authority.url,
              let site = URLParts.siteName(of: url), let otherSite = URLParts.siteName(of: other) else { return false }
        return site.lowercased() != otherSite.lowercased()
    }

    /// The index in `slot`, a key's entry (-1 for a new one), or nil when it was new: then it is `index`.
    private static func existing(_ slot: inout Int, claimingFor index: Int) -> Int? {
        guard slot < 0 else { return slot }
        slot = index
        return nil
    }

    /// Whether `slot`, an id's entry (-1 for a new one), was free; it is `index`'s if it was.
    private static func claim(_ slot: inout Int, for index: Int) -> Bool {
        guard slot < 0 else { return false }
        slot = index
        return true
    }

    /// `base-suffix`, made in one string of its size.
    private static func suffixed(_ base: String, _ suffix: Int) -> String {
        let number = String(suffix)
        var id = base
        id.reserveCapacity(base.utf8.count + 1 + number.utf8.count)
        id.append("-")
        id.append(number)
        return id
    }

    /// The one dated work cited before with `work`'s kind of identity, first author and title, or nil
    /// when none or several (two years of one annual report) have them. Looked for only when an
    /// undated work is new, so it costs nothing on the works an essay cites with their dates.
    private func onlyDatedWork(like work: WorkDraft) -> Int? {
        var found: Int?
        for (index, cited) in authorities.enumerated()
        where cited.year != nil && cited.title == work.title && cited.authors.first == work.authors.first && cited.documentNumber == nil
            && ![.case, .statute, .regulation, .constitution].contains(cited.kind) {
            guard found == nil else { return nil }
            found = index
        }
        return found
    }

    private static func identityKey(_ work: WorkDraft) -> String {
        // Built in one byte buffer: interpolating slugs cost more than making them.
        var key: [UInt8] = []
        // Room for every part: a slug is no longer than its text, and an author's slug comes first.
        key.reserveCapacity(24 + (work.authors.first?.utf8.count ?? 0) + work.title.utf8.count)
        let bar = UInt8(ascii: "|")
        if work.kind == .case {
            // A case is its first reporter's volume and page; one cited before its pages are
            // known, its volume, name and year.
            key.append(contentsOf: "case:".utf8)
            key.append(contentsOf: "\(work.volume ?? "") \(work.container ?? "") ".utf8)
            if let page = work.firstPage {
                key.append(contentsOf: page.utf8)
            } else if let number = work.documentNumber {
                // A case reported nowhere, known by its court's number (`C-128/11`, an application's
                // `12345/06`): that number, whatever names and dates its citations print.
                key.append(contentsOf: "no ".utf8)
                AuthorityIDMaker.appendSlug(String(CaseNumberKey.bare(number)), to: &key)
            } else {
                key.append(contentsOf: "___".utf8)
                key.append(bar)
                AuthorityIDMaker.appendSlug(work.title, to: &key)
                key.append(bar)
                AuthorityIDMaker.appendYear(work.year, to: &key)
            }
        } else if [.statute, .regulation, .constitution].contains(work.kind), work.documentNumber == nil {
            // A code section is its title, whatever year its code's edition carries.
            key.append(contentsOf: "law:".utf8)
            AuthorityIDMaker.appendSlug(work.title, to: &key)
        } else if let number = work.documentNumber {
            if work.kind == .resolution {
                key.append(contentsOf: "res:".utf8)
                AuthorityIDMaker.appendSlug(work.resolutionBody ?? "", to: &key)
                key.append(bar)
            } else {
                key.append(contentsOf: "doc:".utf8)
            }
            AuthorityIDMaker.appendSlug(number, to: &key)
        } else {
            key.append(contentsOf: "work:".utf8)
            if let author = work.authors.first { AuthorityIDMaker.appendSlug(author, to: &key) }
            key.append(bar)
            AuthorityIDMaker.appendSlug(work.title, to: &key)
            key.append(bar)
            AuthorityIDMaker.appendYear(work.year, to: &key)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// An article's volume and journal, the journal in lower-case letters and digits alone
    /// (`81|nyulrev` for `81 N.Y.U. L. Rev.` and `81 N. Y. U. L. Rev`): what its short forms give.
    static func articleVolumeKey(_ work: WorkDraft) -> String? {
        guard let volume = work.volume, let journal = work.container else { return nil }
        return journalVolumeKey(volume: volume, journal: journal)
    }

    /// `VOLUME|journal`, the journal squeezed to its lower-case letters and digits.
    static func journalVolumeKey(volume: String, journal: String) -> String? {
        guard !volume.isEmpty else { return nil }
        // Built in one byte buffer: the journal's slug, its separators then squeezed out in place.
        var key: [UInt8] = []
        key.reserveCapacity(volume.utf8.count + 1 + journal.utf8.count)
        key.append(contentsOf: volume.utf8)
        key.append(UInt8(ascii: "|"))
        let journalStart = key.count
        AuthorityIDMaker.appendSlug(journal, separator: UInt8(ascii: " "), to: &key)
        var end = journalStart
        for index in journalStart..<key.count where key[index] != UInt8(ascii: " ") {
            key[end] = key[index]
            end += 1
        }
        guard end > journalStart else { return nil }
        key.removeSubrange(end...)
        return String(decoding: key, as: UTF8.self)
    }

    /// The articles cited so far in a volume of a journal (`journalVolumeKey`).
    func articles(inVolume volumeKey: String) -> [Int] {
        articlesByVolume[volumeKey] ?? []
    }

    /// Whether `text` has more than `limit` ASCII letters and digits; counts no further than that.
    private static func asciiLettersAndDigits(in text: Substring, moreThan limit: Int) -> Bool {
        var count = 0
        for byte in text.utf8 where Bytes.isLetter(byte) || Bytes.isDigit(byte) {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    /// Lower-case ASCII letters and digits, single spaces between runs; for comparing names.
    static func normalized(_ string: String) -> String {
        AuthorityIDMaker.slug(string, separator: UInt8(ascii: " "))
    }

    /// A normalized key without its spaces (`e courts report` is `ecourtsreport`).
    private static func compact(_ key: String) -> String {
        String(decoding: key.utf8.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
    }
}

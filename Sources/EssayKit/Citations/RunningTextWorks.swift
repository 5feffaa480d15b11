import LowLevel

/// The works an essay cites in full in its running text rather than in a note, as court opinions
/// cite treatises (`See generally J. Roe, A History of the Law 126 (2006) (Roe); ...`), so that a
/// note's surname and page (`Roe 315`) can find them.
///
/// Looked for only when a surname and page names no work of the notes, one surname at a time, in
/// the body's blocks (the parser's, so a citation a page break cut in two reads whole) that hold
/// the surname as a word and start before the note: most essays never need it.
struct RunningTextWorks {
    /// A work found, with the offset of the block it is in.
    struct Found {
        var work: WorkDraft
        var start: Int
    }

    /// The pieces of each block of the running text, in the order of the text.
    private let blocks: [[Range<Int>]]
    private var bySurname: [String: [Found]] = [:]
    /// The cases of the blocks holding each word, by the word.
    private var casesByWord: [String: [Found]] = [:]

    /// The law each name the running text declares stands for (`Compact` of `The Red River
    /// Compact (or Compact)`), nil when no declaration names a law.
    private var byDeclaredName: [String: WorkDraft?] = [:]

    init(blocks: [[Range<Int>]]) {
        self.blocks = blocks
    }

    /// The works the running text cites in full before offset `limit` whose remark declares them
    /// `surname` (`(Roe)`) or whose first author has that surname, in the order of the text.
    mutating func works(by surname: String, before limit: Int, in file: SourceFile) -> [WorkDraft] {
        if bySurname[surname] == nil { bySurname[surname] = find(surname, in: file) }
        return (bySurname[surname] ?? []).filter { $0.start < limit }.map(\.work)
    }

    /// The cases the running text cites in full before offset `limit` whose name holds `name`
    /// (`Alder` of `Alder v. Birch`), as a run of whole words, in the order of the text.
    mutating func cases(named name: String, before limit: Int, in file: SourceFile) -> [WorkDraft] {
        let key = AuthorityCatalog.normalized(name)
        guard let last = key.split(separator: " ").last, let word = name.split(separator: " ").last else { return [] }
        if casesByWord[String(last)] == nil { casesByWord[String(last)] = findCases(Array(word.utf8), in: file) }
        return (casesByWord[String(last)] ?? []).filter { found in
            found.start < limit && " \(AuthorityCatalog.normalized(found.work.title)) ".contains(" \(key) ")
        }.map(\.work)
    }

    /// The law the running text declares `name` for before offset `limit`: `The Widget River
    /// Compact, (or Compact), 94 Stat. 3305`, `the Widget Act (the “Act”)`, `Widget Compact
    /// (hereinafter Compact)`. Its title is the capitalised words before the declaration, its cite
    /// a session law right after it; a declaration naming no law (`The Widget River (or River)`) is
    /// none. Among several, the first with a cite, else the first.
    mutating func declaredLaw(named name: String, before limit: Int, in file: SourceFile) -> WorkDraft? {
        if byDeclaredName[name] == nil { byDeclaredName[name] = findDeclaredLaw(Array(name.utf8), before: limit, in: file) }
        return byDeclaredName[name] ?? nil
    }

    /// Words a law's name ends in, which say a declared name is a law's without a cite.
    private static let lawWords: Set<String> = ["Act", "Compact", "Code", "Law", "Treaty", "Convention", "Constitution", "Ordinance",
                                                "Statute", "Charter", "Agreement", "Amendment", "Regulation", "Directive"]
    /// Lower-case words inside a law's name.
    private static let nameConnectors: Set<String> = ["of", "and", "on", "for", "the", "to"]
    /// The openings of a declaration before the name: `(or Compact)`, `(the “Act”)`, `(hereinafter Act)`.
    private static let declarationOpenings: [[UInt8]] = ["(or ", "(hereinafter the ", "(hereinafter ", "(the ", "("].map { Array($0.utf8) }

    private func findDeclaredLaw(_ name: [UInt8], before limit: Int, in file: SourceFile) -> WorkDraft? {
        var first: WorkDraft?
        for pieces in blocks(holding: name, in: file) {
            guard let start = pieces.first?.lowerBound, start < limit else { continue }
            var inline = InlineParser(file: file)
            let text = CitationText(inline.parse(pieces: pieces))
            var from = 0
            while true {
                let open = text.firstOffset(of: UInt8(ascii: "("), from: from, end: text.count)
                guard open < text.count else { break }
                from = open + 1
                guard let close = Self.declaration(of: name, in: text, at: open), let work = Self.law(declaredAt: open, closing: close, in: text) else { continue }
                if work.volume != nil { return work }
                if first == nil { first = work }
            }
        }
        return first
    }

    /// The offset past the declaration of `name` opening at `open`, or nil when it declares no such name.
    private static func declaration(of name: [UInt8], in text: CitationText, at open: Int) -> Int? {
        let bytes = text.bytes
        for opening in declarationOpenings where text.count - open >= opening.count + name.count + 1
            && bytes[open..<open + opening.count].elementsEqual(opening) {
            var index = open + opening.count
            var quoted = false
            if bytes[index] == UInt8(ascii: "\"") { index += 1; quoted = true }
            else if text.has("“", at: index, end: text.count) { index += 3; quoted = true }
            guard index + name.count < text.count, bytes[index..<index + name.count].elementsEqual(name) else { continue }
            index += name.count
            if quoted {
                if bytes[index] == UInt8(ascii: "\"") { index += 1 } else if text.has("”", at: index, end: text.count) { index += 3 } else { continue }
            }
            // `(Compact)` alone, with no `or`, `the` or quotation, may be any remark: not taken.
            guard index < text.count, bytes[index] == UInt8(ascii: ")"), opening.count > 1 || quoted else { continue }
            return index + 1
        }
        return nil
    }

    /// The law whose name runs up to the declaration at `open`, with the session law cited right
    /// after the declaration closing at `close`, or nil when the words before name no law.
    private static func law(declaredAt open: Int, closing close: Int, in text: CitationText) -> WorkDraft? {
        var end = open
        while end > 0, Bytes.isSpace(text.bytes[end - 1]) { end -= 1 }
        if end > 0, text.bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        // The capitalised words before, back to the first that is neither capitalised nor a connector.
        let lower = max(0, end - 160)
        let words = text.words(in: lower..<end)
        var firstWord = words.count
        while firstWord > 0 {
            let word = words[firstWord - 1]
            let isCapitalised = Bytes.isUpper(text.bytes[word.lowerBound]) && !text.bytes[word].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
            guard isCapitalised || nameConnectors.contains(text.string(word)) else { break }
            firstWord -= 1
        }
        while firstWord < words.count, !Bytes.isUpper(text.bytes[words[firstWord].lowerBound]) || text.equals(words[firstWord], "The") { firstWord += 1 }
        guard firstWord < words.count, words.count - firstWord >= 2 else { return nil }
        let title = text.string(words[firstWord].lowerBound..<end)
        // `, 94 Stat. 3305`: a session law right after the declaration.
        var after = text.skipSpaces(from: close, end: text.count)
        if after < text.count, text.bytes[after] == UInt8(ascii: ",") {
            after = text.skipSpaces(from: after + 1, end: text.count)
            var pieceEnd = after
            for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: after..<text.count) {
                pieceEnd = comma
                break
            }
            if pieceEnd == after { pieceEnd = text.count }
            if after < pieceEnd, Bytes.isDigit(text.bytes[after]), let reading = SessionLawForm.read(text, after..<pieceEnd),
               case .full(let shared) = reading.form {
                var work = shared.work
                work.title = title
                work.kind = .statute
                return work
            }
        }
        guard let last = words.last, lawWords.contains(text.string(last)) else { return nil }
        return WorkDraft(kind: .statute, title: title)
    }

    private func findCases(_ word: [UInt8], in file: SourceFile) -> [Found] {
        var found: [Found] = []
        for pieces in blocks(holding: word, in: file) {
            guard let start = pieces.first?.lowerBound else { continue }
            var inline = InlineParser(file: file)
            let text = CitationText(inline.parse(pieces: pieces))
            found += RunningTextCases.cases(in: text, volumeKey: nil).map { Found(work: $0, start: start) }
            // `3561/09, Alder v. Birch Ltd.`: a decision named by its docket number, as courts without reporters are cited.
            found += DocketLedCaseForm.cases(inProse: text).map { Found(work: $0, start: start) }
        }
        return found
    }

    private func find(_ surname: String, in file: SourceFile) -> [Found] {
        let word = Array(surname.utf8)
        let key = AuthorityCatalog.normalized(surname)
        var found: [Found] = []
        for pieces in blocks(holding: word, in: file) {
            guard let start = pieces.first?.lowerBound else { continue }
            var inline = InlineParser(file: file)
            let text = CitationText(inline.parse(pieces: pieces))
            // Only the sentences holding the surname are read: a body paragraph is long, and
            // reading each of its sentences as citations costs much.
            let layout = FootnoteSegmenter.layout(text) { sentence in
                Self.holds(word, in: text.bytes, sentence)
            }
            for clause in layout.clauses {
                guard case .full(let shared) = clause.reading.form, Self.names(shared.work, key) else { continue }
                found.append(Found(work: shared.work, start: start))
            }
        }
        return found
    }

    /// Whether the work, no case, has a first author written as a name and declares the short name
    /// `key` or has that surname (both normalized). In running text a citation may follow the
    /// author's words with no signal (`Later the Court read T. Roe, ...`): an author with prose in
    /// it is no author, and its work is not taken.
    static func names(_ work: WorkDraft, _ key: String) -> Bool {
        guard work.kind != .case, let author = work.authors.first, isName(author) else { return false }
        if work.shortNames.contains(where: { AuthorityCatalog.normalized($0) == key }) { return true }
        return AuthorityCatalog.normalized(author).split(separator: " ").last.map(String.init) == key
    }

    /// Whether `author` reads as a person's name: at most five words, each capitalised (`J.`, `Roe`)
    /// or a particle of a name (`de`, `van`).
    private static func isName(_ author: String) -> Bool {
        let words = author.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.utf8.first else { return false }
            return Bytes.isUpper(first) || word == "&" || word == "and" || SurnameParticle.isParticle(word)
        }
    }

    /// The blocks whose text holds `word` as a whole word: the file is searched once for it
    /// (its first byte found by `ByteScan`), and each block's pieces are looked up among the hits.
    private func blocks(holding word: [UInt8], in file: SourceFile) -> [[Range<Int>]] {
        guard let first = word.first else { return [] }
        let bytes = file.bytes.span
        var hits: [Int] = []
        var from = 0
        while let hit = ByteScan.firstIndex(of: first, in: bytes, from: from) {
            from = hit + 1
            let end = hit + word.count
            guard end <= bytes.count, hit == 0 || !Bytes.isWordByte(bytes[hit - 1]), end == bytes.count || !Bytes.isWordByte(bytes[end]) else { continue }
            var same = true
            for offset in 1..<word.count where bytes[hit + offset] != word[offset] {
                same = false
                break
            }
            if same { hits.append(hit) }
        }
        guard !hits.isEmpty else { return [] }
        return blocks.filter { pieces in
            pieces.contains { piece in
                // The first hit at or after the piece's start, by halving.
                var low = 0
                var high = hits.count
                while low < high {
                    let middle = (low + high) / 2
                    if hits[middle] < piece.lowerBound { low = middle + 1 } else { high = middle }
                }
                return low < hits.count && hits[low] + word.count <= piece.upperBound
            }
        }
    }

    /// Whether `word` stands as a whole word in `range` of `bytes`.
    private static func holds(_ word: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = word.first, range.count >= word.count else { return false }
        var offset = range.lowerBound
        let last = range.upperBound - word.count
        while offset <= last {
            defer { offset += 1 }
            guard bytes[offset] == first, offset == range.lowerBound || !Bytes.isWordByte(bytes[offset - 1]),
                  offset + word.count == range.upperBound || !Bytes.isWordByte(bytes[offset + word.count]) else { continue }
            var same = true
            for index in 1..<word.count where bytes[offset + index] != word[index] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }
}

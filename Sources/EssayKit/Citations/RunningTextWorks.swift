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

    init(blocks: [[Range<Int>]]) {
        self.blocks = blocks
    }

    /// The works the running text cites in full before offset `limit` whose remark declares them
    /// `surname` (`(Roe)`) or whose first author has that surname, in the order of the text.
    mutating func works(by surname: String, before limit: Int, in file: SourceFile) -> [WorkDraft] {
        if bySurname[surname] == nil { bySurname[surname] = find(surname, in: file) }
        return (bySurname[surname] ?? []).filter { $0.start < limit }.map(\.work)
    }

    private func find(_ surname: String, in file: SourceFile) -> [Found] {
        let word = Array(surname.utf8)
        let key = AuthorityCatalog.normalized(surname)
        var found: [Found] = []
        for pieces in blocks where pieces.contains(where: { Self.holds(word, in: file.bytes, $0) }) {
            guard let start = pieces.first?.lowerBound else { continue }
            var inline = InlineParser(file: file)
            let text = CitationText(inline.parse(pieces: pieces))
            for clause in FootnoteSegmenter.layout(text).clauses {
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
            return Bytes.isUpper(first) || ["de", "van", "von", "der", "la", "le", "&", "and"].contains(word)
        }
    }

    /// Whether `word` stands as a whole word in `range` of `bytes`: the cheap test a block passes
    /// before it is parsed.
    private static func holds(_ word: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = word.first, range.count >= word.count else { return false }
        var offset = range.lowerBound
        let last = range.upperBound - word.count
        while offset <= last {
            defer { offset += 1 }
            guard bytes[offset] == first, offset == range.lowerBound || !Bytes.isWordByte(bytes[offset - 1]),
                  offset + word.count == range.upperBound || !Bytes.isWordByte(bytes[offset + word.count]),
                  bytes[offset..<(offset + word.count)].elementsEqual(word) else { continue }
            return true
        }
        return false
    }
}

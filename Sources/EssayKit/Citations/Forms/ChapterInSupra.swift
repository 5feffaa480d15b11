import LowLevel

/// `Pilar Ostend, The Quiet Tariff, in TRADE BOOK, supra note 4, at 55`: a chapter of a book an
/// earlier note cited, named by its authors and title, the book by the name that note gave it.
/// A new work, not the work of note 4 (which may be another chapter of the book); `SupraForm`
/// asks this reader about the words before `supra`.
enum ChapterInSupra {
    /// The chapter the words before `supra` name, and the name of its book.
    struct Chapter: Equatable {
        var authors: [String]
        var title: String
        /// The book as the supra names it: a short name declared for it, or its title.
        var book: String
        /// The McGill Guide's form, `“Title” in Editor et al`: the book named by its editors, so
        /// only a note citing one chapter of an edited book can be meant.
        var byEditors = false
    }

    /// The chapter `name` (the words before `supra`, without the comma) names, or nil when it
    /// names no chapter: `Authors, Title, in Book`, each author a few capitalised words.
    static func read(_ text: CitationText, _ name: Range<Int>) -> Chapter? {
        // The gate: `, in ` in the name; most names before a supra (`Roe`, `ROE`) are short and have none.
        guard name.count > 12 else { return nil }
        guard let joint = lastJoint(text, name) else { return editedBookChapter(text, name) }
        let book = text.string(joint + 5..<name.upperBound)
        guard let first = book.utf8.first, Bytes.isUpper(first) || first == UInt8(ascii: "\u{22}") || first >= 0x80,
              !book.contains(","), book.split(separator: " ").count <= longestBookName else { return nil }
        let lead = text.string(name.lowerBound..<joint)
        var fields = lead.components(separatedBy: ", ")
        guard fields.count >= 2, let title = fields.popLast(), let opening = title.utf8.first,
              Bytes.isUpper(opening) || Bytes.isDigit(opening) || opening >= 0x80 || opening == UInt8(ascii: "\u{22}") else { return nil }
        var authors: [String] = []
        for field in fields {
            for piece in field.components(separatedBy: " & ").flatMap({ $0.components(separatedBy: " and ") }) {
                let person = FullWorkForm.withoutEtAl(piece.trimmingSpaces())
                guard isPerson(person) else { return nil }
                authors.append(person)
            }
        }
        guard !authors.isEmpty else { return nil }
        return Chapter(authors: authors, title: title, book: book)
    }

    /// `Dana Holt, “Files” in Lind et al`: the McGill Guide's chapter of a book an earlier note cited,
    /// the authors, the quoted title, ` in ` and the editors' names (up to six words), or nil.
    private static func editedBookChapter(_ text: CitationText, _ name: Range<Int>) -> Chapter? {
        let bytes = text.bytes
        var joint = name.upperBound - 4
        while joint > name.lowerBound, !text.has(" in ", at: joint, end: name.upperBound) { joint -= 1 }
        guard joint > name.lowerBound + 3, text.has("”", at: joint - 3, end: joint) || bytes[joint - 1] == UInt8(ascii: "\"") else { return nil }
        let editors = text.trimmed(joint + 4..<name.upperBound)
        let closing = bytes[joint - 1] == UInt8(ascii: "\"") ? joint - 1 : joint - 3
        var opening = closing - 1
        while opening > name.lowerBound, !(text.has("“", at: opening, end: closing) || bytes[opening] == UInt8(ascii: "\"")) { opening -= 1 }
        let openWidth = text.has("“", at: opening, end: closing) ? 3 : 1
        guard opening > name.lowerBound, !editors.isEmpty, text.wordCount(in: editors, limit: 7) <= 6,
              let first = editors.first, Bytes.isUpper(bytes[first]) else { return nil }
        let title = text.trimmingTrailing(text.trimmed(opening + openWidth..<closing), [UInt8(ascii: ",")])
        let lead = text.trimmingTrailing(text.trimmed(name.lowerBound..<opening), [UInt8(ascii: ",")])
        guard !title.isEmpty, !lead.isEmpty else { return nil }
        var authors: [String] = []
        for field in text.string(lead).components(separatedBy: ", ") {
            for piece in field.components(separatedBy: " & ").flatMap({ $0.components(separatedBy: " and ") }) {
                let person = FullWorkForm.withoutEtAl(piece.trimmingSpaces())
                guard isPerson(person) else { return nil }
                authors.append(person)
            }
        }
        guard !authors.isEmpty else { return nil }
        return Chapter(authors: authors, title: text.string(title), book: text.string(editors), byEditors: true)
    }

    /// `, 140 at 144` after a McGill chapter's supra: the chapter's first page, then the place cited;
    /// the place and just past it, or nil.
    static func pageAfterFirst(_ text: CitationText, from offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard text.has(", ", at: offset, end: end) else { return nil }
        var index = offset + 2
        let digits = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > digits, text.has(" at ", at: index, end: end),
              let place = PinpointParser.parse(text, at: index + 4, end: end, allowRoman: false) else { return nil }
        return place
    }

    /// The chapter's pinpoint from the pages printed after `supra note N, at`: the first is the
    /// chapter's first page, so `141, 146` points at `146` and a lone `141` at no page of it, as a
    /// chapter's full citation gives its first page and then the pin.
    static func pinpoint(after written: Pinpoint?) -> Pinpoint? {
        guard let written, written.kind == .page || written.kind == .pages else { return written }
        let text = written.text.utf8
        let first = text.prefix(while: Bytes.isDigit)
        guard !first.isEmpty else { return written }
        if first.count == text.count { return nil }
        let rest = text.dropFirst(first.count)
        guard rest.starts(with: ", ".utf8), let pin = rest.dropFirst(2).first, Bytes.isDigit(pin) else { return written }
        let pages = String(decoding: rest.dropFirst(2), as: UTF8.self)
        return Pinpoint(kind: pages.utf8.contains(where: { !Bytes.isDigit($0) }) ? .pages : .page, text: pages)
    }

    /// The most words a book's name after `in` runs to.
    private static let longestBookName = 16

    /// The offset of the last `, in ` in `name` at its own level (not inside a quotation or
    /// parenthesis), nil when it has none.
    private static func lastJoint(_ text: CitationText, _ name: Range<Int>) -> Int? {
        let base = text.baseLevel(of: name)
        var found: Int?
        var comma = text.firstOffset(of: UInt8(ascii: ","), from: name.lowerBound, end: name.upperBound)
        while comma < name.upperBound {
            if text.has(", in ", at: comma, end: name.upperBound), text.isAtLevel(comma, base: base) { found = comma }
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: name.upperBound)
        }
        return found
    }

    /// Whether `words` read as one person's name: one to five words, the first and last capitalised
    /// (`Ann Roe`, `Jo van der Berg`, `A. B. Cole`).
    private static func isPerson(_ words: String) -> Bool {
        let split = words.split(separator: " ")
        guard (1...5).contains(split.count), let first = split.first?.utf8.first, let last = split.last?.utf8.first else { return false }
        return (Bytes.isUpper(first) || first >= 0xC0) && (Bytes.isUpper(last) || last >= 0xC0)
            && !split.contains { $0.utf8.contains(where: Bytes.isDigit) }
    }
}

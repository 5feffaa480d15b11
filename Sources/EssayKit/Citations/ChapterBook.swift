/// The book a chapter sits in, as legit keeps a chapter cited in full: a book whose title runs on
/// to `, in ` and the book's title (`Title One, in TRADE AND ITS DISCONTENTS`). What a name
/// before *supra* means of such a work: the chapter, or the book.
enum ChapterBook {
    /// The chapter's own title and its book's, or nil when `authority` is no chapter.
    static func parts(of authority: Authority) -> (chapter: Substring, book: Substring)? {
        guard authority.kind == .book else { return nil }
        let title = authority.title.utf8
        let joint = Array(", in ".utf8)
        guard title.count > joint.count + 1 else { return nil }
        var start = title.index(title.endIndex, offsetBy: -joint.count - 1)
        while start > title.startIndex {
            if title[start...].starts(with: joint) {
                let book = title.index(start, offsetBy: joint.count)
                return (authority.title[..<start], authority.title[book...])
            }
            start = title.index(before: start)
        }
        return nil
    }

    /// The book's title `name` (a chapter supra's `in X`) names in `authority`: its book, when it is a
    /// chapter of one that `name` is a declared short name of or the title of; itself, when it is a
    /// book so named; nil otherwise.
    static func book(named name: String, in authority: Authority) -> String? {
        let key = AuthorityCatalog.normalized(name)
        guard !key.isEmpty else { return nil }
        let declared = authority.shortNames.contains { AuthorityCatalog.normalized($0) == key }
        if let (_, book) = parts(of: authority) {
            return declared || titles(key, String(book)) ? String(book) : nil
        }
        guard authority.kind == .book, declared || titles(key, authority.title) else { return nil }
        return authority.title
    }

    /// Whether `name`, a name before *supra* that names the chapter at `authority`, means its book
    /// instead: the book's title, or a short name declared on the chapter that is drawn from the
    /// book's title (not the chapter's or its authors'), or printed in capitals, as the Bluebook
    /// prints a book's title and never a chapter's, when the chapter's title is not.
    static func namesBook(_ name: String, chapter authority: Authority) -> Bool {
        guard let (chapter, book) = parts(of: authority) else { return false }
        let key = AuthorityCatalog.normalized(name)
        if titles(key, String(book)) { return true }
        guard authority.shortNames.contains(where: { AuthorityCatalog.normalized($0) == key }) else { return false }
        let nameWords = words(key)
        let chapterWords = Set(words(AuthorityCatalog.normalized(String(chapter) + " " + authority.authors.joined(separator: " "))))
        if nameWords.allSatisfy(chapterWords.contains) { return false }
        let bookWords = Set(words(AuthorityCatalog.normalized(String(book))))
        if nameWords.allSatisfy(bookWords.contains) { return true }
        return !name.unicodeScalars.contains { $0.properties.isLowercase } && chapter.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// The editors a chapter's citation names in its parenthesis (`(Ann Roe & Ben Lo eds., 2009)`),
    /// the book's authors; none when it names none.
    static func editors(in citation: String) -> [String] {
        let bytes = Array(citation.utf8)
        var mark: Int?
        for ending in [" eds.,", " ed.,", " eds. ", " ed. "] {
            let pattern = Array(ending.utf8)
            if let found = (0..<max(0, bytes.count - pattern.count + 1)).first(where: { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }) {
                mark = found
                break
            }
        }
        guard let mark, let open = bytes[..<mark].lastIndex(of: UInt8(ascii: "(")), mark - open <= longestEditors else { return [] }
        let names = String(decoding: bytes[(open + 1)..<mark], as: UTF8.self)
        let people = names.split(separator: "&").flatMap { $0.components(separatedBy: " and ") }.flatMap { $0.components(separatedBy: ", ") }
            .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        guard people.allSatisfy({ name in name.first.map(\.isUppercase) == true && name.split(separator: " ").count <= 5 }) else { return [] }
        return people
    }

    /// The most bytes a parenthesis's editors run to.
    private static let longestEditors = 120

    /// Whether the normalized `key` is `title`, or its opening words.
    private static func titles(_ key: String, _ title: String) -> Bool {
        let whole = AuthorityCatalog.normalized(title)
        return !key.isEmpty && (whole == key || whole.hasPrefix(key + " "))
    }

    /// A normalized name's words of three letters or more (`the`, `and` and the like are kept; `of`, `a` are not).
    private static func words(_ key: String) -> [Substring] {
        key.split(separator: " ").filter { $0.utf8.count >= 3 }
    }
}

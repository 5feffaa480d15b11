extension AuthorityCatalog {
    /// The works a Chicago shortened note (`Roe, Quiet Harbours`, `Roe and Poe, Docks`) may name, in
    /// the order first cited: each work, no case, whose first author's surname is the first name's
    /// last word, whose other authors include the other names, and whose title (or a short name)
    /// holds the short title's words in order, its leading article aside (`Shape of Harbour Law`
    /// in `The Shape of Harbour Law: A Study`).
    mutating func works(byAuthor author: String, shortTitle title: String) -> [Int] {
        let people = Self.authorParts(author)
        guard let first = people.first else { return [] }
        let surname = first.split(separator: " ").last.map(String.init) ?? first
        let wanted = Self.titleWords(title)
        guard !wanted.isEmpty else { return [] }
        let found = works(byFirstAuthorSurname: surname).filter { index in
            let authors = authorities[index].authors.map(Self.normalized)
            let othersNamed = people.dropFirst().allSatisfy { person in
                authors.contains { $0 == person || $0.hasSuffix(" " + person) }
            }
            guard othersNamed else { return false }
            if Self.holdsInOrder(wanted, Self.titleWords(authorities[index].title)) { return true }
            return authorities[index].shortNames.contains { Self.holdsInOrder(wanted, Self.titleWords($0)) }
        }
        // `Vale, "A Signal Code"` after `"A Signal Code"` and `"A Signal Code (Draft)"`: the work of that very title.
        if found.count > 1 {
            let exact = found.filter { Self.titleWords(authorities[$0].title) == wanted }
            if exact.count == 1 { return exact }
        }
        return found
    }

    /// The work whose first author's surname is the last word of `author` that a note cited last
    /// (`Vale.` after two works by Vale), or nil when there is none.
    mutating func lastCitedWork(byAuthor author: String) -> Int? {
        guard let first = Self.authorParts(author).first, let surname = first.split(separator: " ").last.map(String.init) else { return nil }
        let found = works(byFirstAuthorSurname: surname)
        // Footnote labels are numbers in every essay that writes `Vale.` for a work.
        return found.max { left, right in
            (authorities[left].footnotes.last.flatMap { Int($0) } ?? 0) < (authorities[right].footnotes.last.flatMap { Int($0) } ?? 0)
        }
    }

    /// The works cited before whose title opens with `opening`'s words (its article aside), for a
    /// Chicago short form by the title alone (`Protecting Radio Signals, 88` after `Protecting Radio
    /// Signals: Hearing Before ...`): the one whose title is those words whole when several open so.
    /// Two words at least, so a surname alone never names a work by its title.
    mutating func works(byTitleOpening opening: String) -> [Int] {
        let key = Self.withoutArticle(Self.normalized(opening))
        guard key.utf8.contains(UInt8(ascii: " ")) else { return [] }
        let found = worksWithTitleEdges(key, key).filter { index in
            let title = Self.withoutArticle(Self.normalized(authorities[index].title))
            return title == key || title.hasPrefix(key + " ")
        }
        if found.count > 1 {
            let exact = found.filter { Self.withoutArticle(Self.normalized(authorities[$0].title)) == key }
            if exact.count == 1 { return exact }
        }
        return found
    }

    /// A title's normalized words without a leading article.
    private static func titleWords(_ title: String) -> [Substring] {
        var words = normalized(title).split(separator: " ")
        if let first = words.first, first == "the" || first == "a" || first == "an" { words.removeFirst() }
        return words
    }

    /// Whether every word of `short` appears in `long`, in the same order.
    private static func holdsInOrder(_ short: [Substring], _ long: [Substring]) -> Bool {
        var position = long.startIndex
        for word in short {
            guard let found = long[position...].firstIndex(of: word) else { return false }
            position = found + 1
        }
        return true
    }
}

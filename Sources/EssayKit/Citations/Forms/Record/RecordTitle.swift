/// The title of a record filing as the notes cite it again: the key a title is compared by, and
/// the title of a filing already cited.
///
/// `Decl. Roe` and `Decl. of Roe`, `Pet'rs' Mem.` and `Pet’rs’ Mem.` are one title: the key keeps
/// letters and digits alone, lower-cased, without `of` and `the`.
enum RecordTitle {
    /// The prefix of the document number of a filing cited by its title alone.
    static let titlePrefix = "Filing "

    /// The document number that identifies a filing cited by its title alone.
    static func titleNumber(_ title: String) -> String {
        titlePrefix + title
    }

    /// `title` folded to the key titles are compared by.
    static func key(_ title: Substring) -> String {
        var key = ""
        for word in title.split(separator: " ") {
            let folded = word.lowercased().filter { $0.isLetter || $0.isNumber }
            guard !folded.isEmpty, folded != "of", folded != "the" else { continue }
            key += folded
        }
        return key
    }

    /// The key of the title of `authority` when it is a record filing (`RecordDocumentForm`,
    /// `RecordTitleForm`), or nil.
    static func key(of authority: Authority) -> String? {
        guard authority.kind == .document, let number = authority.documentNumber else { return nil }
        if number.hasPrefix(titlePrefix) { return key(number.dropFirst(titlePrefix.count)) }
        // `Compl. (doc. no. 1)`: the title before its docket entry.
        guard number.contains(RecordDocumentForm.docketWords), authority.title.hasSuffix(")"),
              let open = authority.title.range(of: " (", options: .backwards) else { return nil }
        return key(authority.title[..<open.lowerBound])
    }
}

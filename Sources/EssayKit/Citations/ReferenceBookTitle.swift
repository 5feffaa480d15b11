/// A reference book cited by its title alone and a page, as court opinions cite dictionaries
/// (`Webster's Third New International Dictionary at 1234`, `Oxford Law Glossary, Second Compact
/// Edition at 214`): read as the book itself when no work cited before bears the title.
enum ReferenceBookTitle {
    /// Words only a reference book's title holds, or its edition.
    private static let markWords: Set<String> = ["Dictionary", "Glossary", "Lexicon", "Encyclopedia", "Encyclopaedia", "Thesaurus"]

    /// The most words of such a title, with its edition.
    private static let longestTitle = 12

    /// The book `name` (a short form's name) titles: `Oxford Law Glossary`, its edition after a
    /// comma kept as a short name with the whole; nil unless the title holds a reference book's word
    /// and every word is capitalised (or a small joining word).
    static func work(named name: String) -> WorkDraft? {
        let words = name.split(separator: " ")
        guard (2...longestTitle).contains(words.count),
              words.contains(where: { markWords.contains(String($0.trimmingCharacters(in: .punctuationCharacters))) }),
              words.allSatisfy({ word in word.first.map { $0.isUppercase || $0.isNumber } == true || ["of", "the", "and", "de", "la"].contains(word) })
        else { return nil }
        // `Title, Second Compact Edition`: the edition is no part of the title.
        var title = name
        if let comma = name.firstIndex(of: ","), name[comma...].contains("Edition") || name[comma...].contains("ed.") {
            title = String(name[..<comma])
        }
        var work = WorkDraft(kind: .book, title: title)
        if title != name { work.shortNames = [name] }
        return work
    }
}

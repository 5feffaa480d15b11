/// Whether two short forms' names name one case known to the essay only by short forms: `Loper
/// Bright, 603 U.S., at 400` and later `Loper Bright Enterprises, 603 U.S., at 401` (or the full
/// name, `Loper Bright Enterprises v. Raimondo, 603 U.S., at 404`) in the same volume.
///
/// A dissent or an excerpt cites the majority's cases by short form alone, their full citations
/// being elsewhere; each name then stands for its case. Two names are one case when, word by word,
/// one is the start of the other's first party and that start holds a word no government or
/// procedural party shares (`United States`, `In re`): `Loper Bright` and `Loper Bright
/// Enterprises` are one case, `Loper Bright` and `Corner Post` two, `United States` and `United
/// States Steel` never taken for one.
enum ShortFormCaseName {
    /// Words a party's name shares with many others: a start made only of them proves nothing.
    private static let commonWords: Set<String> = [
        "united", "states", "state", "people", "commonwealth", "in", "re", "ex", "parte", "the", "of", "city", "county",
    ]

    /// Whether `registered`, the name a case was entered under from a short form, and `cited`, a
    /// later short form's name, name one case.
    static func sameCase(registered: String, cited: String) -> Bool {
        let left = firstParty(registered)
        let right = firstParty(cited)
        guard !left.isEmpty, !right.isEmpty else { return false }
        let shorter = left.count <= right.count ? left : right
        let longer = left.count <= right.count ? right : left
        guard longer.starts(with: shorter) else { return false }
        return shorter.contains { !commonWords.contains($0) }
    }

    /// The normalized words of a name's first party: the words before `v.` (all of them when none).
    private static func firstParty(_ name: String) -> [String] {
        let words = AuthorityCatalog.normalized(name).split(separator: " ").map(String.init)
        if let versus = words.firstIndex(where: { $0 == "v" || $0 == "vs" }) { return Array(words[..<versus]) }
        return words
    }
}

import LowLevel

/// A short name with a label in parentheses, as New Zealand judgments tell apart the decisions of
/// one dispute: `Tane (SC)`, `Tane (first appeal)`, `Tane (costs ruling)`. The full citation prints
/// the label in brackets after the cite, whole (`[Tane (SC)]`) or alone (`[first appeal]`).
struct LabelledShortName {
    /// The name before the parenthesis, normalized (`tane`).
    var party: String
    /// The label inside it, normalized (`first appeal`).
    var label: String
    /// The whole name, normalized (`tane first appeal`).
    var whole: String

    /// `name` cut into its party and label, or nil when it does not end in a parenthesis after a name.
    init?(_ name: String) {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return nil }
        let party = AuthorityCatalog.normalized(String(name[..<open]))
        let label = AuthorityCatalog.normalized(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        guard !party.isEmpty, !label.isEmpty else { return nil }
        self.party = party
        self.label = label
        whole = AuthorityCatalog.normalized(name)
    }

    /// The one work among `works` this name means: the one whose bracketed label is this label (or
    /// the whole name); else, when `works` is a single work whose name holds the party's words, that
    /// work (the note's number settles it). Nil otherwise: a label that tells none of several works
    /// apart is no reason to take one of them.
    func work(among works: [Int], in authorities: [Authority]) -> Int? {
        let labelled = works.filter { index in
            authorities[index].shortNames.contains { declared in
                let key = AuthorityCatalog.normalized(declared)
                return key == label || key == whole
            }
        }
        if labelled.count == 1 { return labelled[0] }
        guard labelled.isEmpty, works.count == 1 else { return nil }
        let title = Set(AuthorityCatalog.normalized(authorities[works[0]].title).split(separator: " "))
        let partyWords = party.split(separator: " ")
        return partyWords.allSatisfy(title.contains) ? works[0] : nil
    }
}

extension LabelledShortName {
    /// The most words of a label printed alone in brackets.
    private static let longestLabel = 4
    /// Words of an editor's remark in brackets (`[emphasis added]`, `[citations omitted]`), which no label holds.
    private static let editorialWords: Set<String> = ["emphasis", "added", "omitted", "sic", "original", "footnote", "footnotes", "citation", "citations"]

    /// `first appeal`, `bail ruling`: a label of a few lower-case words that a judgment prints alone
    /// in brackets after a case's cite, for its short form to name with a party (`Tane (first
    /// appeal)`); nil for anything else in the brackets `inner` holds.
    static func bracketedLabel(_ text: CitationText, _ inner: Range<Int>) -> String? {
        guard let first = inner.first, Bytes.isLower(text.bytes[first]),
              text.bytes[inner].allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: " ") }),
              text.wordCount(in: inner, limit: longestLabel + 1) <= longestLabel else { return nil }
        let label = text.string(inner)
        guard !label.split(separator: " ").contains(where: { editorialWords.contains(String($0)) }) else { return nil }
        return label
    }
}

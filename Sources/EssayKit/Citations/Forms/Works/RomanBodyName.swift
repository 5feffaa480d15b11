import LowLevel

/// The name of a body in roman type and its sub-unit, as a corporate author is printed before its
/// work's title: `U.S. Dep't of Justice, Civil Rights Division`, `Nat'l Ctr. for Educ. Stat., U.S.
/// Dep't of Educ.`.
///
/// One of its words is an institution's (`Department`, `Dep't`, `Division`, `Bureau`, `Ctr.` ...),
/// and its other lower-case words are only those a body's name holds (`of`, `for`, `and`, `on`,
/// `the`): a title holding such a word (`Office Politics in the Agency`) has others.
enum RomanBodyName {
    /// Words that say a body (`department`, `dep't` ...), by the packed lower-case key of their
    /// first eight bytes (`Bytes.packedLowercase`), with their length: no string made per word.
    private static let institutionWords: [UInt64: Int] = Dictionary([
        "bureau", "dep't", "dep’t", "department", "office", "off.", "agency", "admin.", "administration", "comm'n", "comm’n",
        "commission", "inst.", "institute", "ctr.", "center", "centre", "council", "bd.", "board", "div.", "division", "serv.",
        "servs.", "service", "services", "ministry", "auth.", "authority", "committee", "directorate", "secretariat",
    ].compactMap { word in Bytes.packedLowercase(Array(word.utf8.prefix(8))).map { ($0, word.utf8.count) } }, uniquingKeysWith: { first, _ in first })

    /// Lower-case words a body's name holds.
    private static let smallWords: [StaticString] = ["of", "for", "and", "on", "the", "&"]

    /// The most words a body's name takes.
    private static let longestName = 8

    /// Where a body in roman and at least one of its sub-units end among `names`, a field at least
    /// left after them for the title: `U.S. Dep't of Justice, Civil Rights Division, Title`. A
    /// body alone before a title keeps the reading it had (`Office of Widget Budget, Tables`).
    static func end(_ text: CitationText, _ names: ArraySlice<CitationField>) -> Int? {
        // The gate: three fields, the first two in roman.
        guard names.count >= 3, names[names.startIndex].shape == .words, names[names.startIndex + 1].shape == .words,
              isBody(text, names[names.startIndex].core) else { return nil }
        var issued = names.startIndex + 1
        while issued + 1 < names.endIndex, names[issued].shape == .words, isBody(text, names[issued].core) { issued += 1 }
        return issued >= names.startIndex + 2 ? issued : nil
    }

    /// Whether `core` is such a name.
    static func isBody(_ text: CitationText, _ core: Range<Int>) -> Bool {
        let words = text.words(in: core, limit: longestName + 1)
        guard words.count <= longestName, let first = words.first, let lead = text.bytes[first].first, Bytes.isUpper(lead) else { return false }
        var institutional = false
        for word in words {
            let bytes = text.bytes[word]
            guard let byte = bytes.first, !bytes.contains(where: Bytes.isDigit) else { return false }
            if Bytes.isLower(byte) {
                guard smallWords.contains(where: { text.equals(word, $0) }) else { return false }
            } else if !institutional, Bytes.isUpper(byte), let key = Bytes.packedLowercase(bytes.prefix(8)), institutionWords[key] == bytes.count {
                institutional = true
            }
        }
        return institutional
    }
}

import LowLevel

/// The words a case's name is led in by that are no part of it: a subsequent history's
/// (`disapproved on other grounds, State v. Roe`, `abrogated on other grounds, State v. Poe`,
/// `rev'd sub nom. Doe v. Roe`) and an opinion's `also,` (`Also, State v. Poe, supra note 11`,
/// `See, also, State v. Poe`), as state courts print them inside the emphasis of the name.
///
/// Such a lead is lower-case words after one of `leads` (its first letter may be a capital),
/// ending at a comma or `sub nom.`, with a capital after it: a party's name never opens so.
enum CaseNameLead {
    /// The words such a lead opens with.
    private static let leads: [StaticString] = [
        "abrogated", "overruled", "disapproved", "vacated", "modified", "superseded", "reversed", "affirmed", "aff'd", "aff’d",
        "rev'd", "rev’d", "cert.", "criticized", "questioned", "distinguished", "limited", "also", "see",
    ]
    /// The most words a lead runs to (`abrogated in part on other grounds`).
    private static let longestLead = 7

    /// The leads that may open with a capital, as the first words of an opinion's sentence.
    private static let capitalLeads: [StaticString] = ["Also", "See"]

    /// Where the name in `name` starts once the leads opening it are passed; `name.lowerBound`
    /// when none does, or when no capital follows them.
    static func start(_ text: CitationText, _ name: Range<Int>) -> Int {
        var start = name.lowerBound
        // Each lead in turn: `See, also, State v. Poe`.
        while let next = afterLead(text, from: start, end: name.upperBound) { start = next }
        return start < name.upperBound && Bytes.isUpper(text.bytes[start]) ? start : name.lowerBound
    }

    /// Whether `word` (its comma dropped) is one of `words`.
    private static func isOne(of words: [StaticString], _ text: CitationText, _ word: Range<Int>) -> Bool {
        let bare = text.trimmingTrailing(word, [UInt8(ascii: ",")])
        return words.contains { text.equals(bare, $0) }
    }

    /// Just past the lead opening at `offset` and the spaces after it, or nil.
    private static func afterLead(_ text: CitationText, from offset: Int, end: Int) -> Int? {
        // The gate, with no list made: a lower-case letter or the capital of `Also` or `See`, then a lead's letters.
        guard offset < end else { return nil }
        let lead = text.bytes[offset]
        guard Bytes.isLower(lead) || lead == UInt8(ascii: "A") || lead == UInt8(ascii: "S"),
              leads.contains(where: { text.has($0, at: offset, end: end) }) || capitalLeads.contains(where: { text.has($0, at: offset, end: end) })
        else { return nil }
        let words = text.words(in: offset..<end, limit: longestLead + 2)
        guard let first = words.first, isOne(of: leads, text, first) || isOne(of: capitalLeads, text, first) else { return nil }
        for (index, word) in words.enumerated() where index < longestLead {
            // Each word after the first is lower-case.
            if index > 0, !Bytes.isLower(text.bytes[word.lowerBound]) { return nil }
            let ending: Int?
            if text.bytes[word.upperBound - 1] == UInt8(ascii: ",") {
                ending = word.upperBound
            } else if text.equals(word, "nom."), index > 0, text.equals(words[index - 1], "sub") {
                ending = word.upperBound
            } else {
                ending = nil
            }
            guard let ending else { continue }
            let next = text.skipSpaces(from: ending, end: end)
            return next < end ? next : nil
        }
        return nil
    }
}

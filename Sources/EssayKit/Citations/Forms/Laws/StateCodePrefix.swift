import LowLevel

/// The state a code's name opens with when the laws table knows the code only without it: `VT.
/// STAT. §` and `KAN. STAT. §` (the table has `Vt. Stat. Ann.`, `Kan. Stat. Ann.`), `IOWA REV.
/// STAT. §`. The table's match is then `Stat.` alone (the Statutes at Large) or another state's
/// words; the state written before it must stay part of the code, so that one state's sections
/// are never another code's.
enum StateCodePrefix {
    /// The most abbreviated words between the state and the code the table knows (`Rev.`).
    private static let longestBetween = 2

    /// Every state's abbreviation (`LegalTables.states`), lower-cased: `vt.`, `kan.`, `n.y.`.
    private static let abbreviations: [String: String] = {
        var found: [String: String] = [:]
        let table = LegalTables.states
        for line in 0..<table.count {
            let abbreviation = table.field(1, ofLine: line)
            found[abbreviation.lowercased()] = abbreviation
        }
        // Abbreviations in wide use besides the Bluebook's.
        for (variant, abbreviation) in [("ore.", "Or."), ("oreg.", "Or."), ("calif.", "Cal."), ("wisc.", "Wis."), ("nebr.", "Neb."), ("penn.", "Pa.")] {
            found[variant] = abbreviation
        }
        return found
    }()

    /// The code's name with its state, and the word the state is, when a state's name or
    /// abbreviation stands before the code found at `codeWord` (at most `longestBetween`
    /// abbreviated words between them); nil otherwise, or when the code names a state already.
    static func read(_ text: CitationText, _ words: ArraySlice<Range<Int>>, codeWord: Int, code: String) -> (code: String, firstWord: Int)? {
        guard codeWord > words.startIndex, state(code.split(separator: " ").first.map(String.init) ?? "") == nil else { return nil }
        var first = codeWord - 1
        var between: [String] = []
        while true {
            let written = text.string(text.trimmingTrailing(words[first], [UInt8(ascii: ",")]))
            if let state = state(written) {
                return (([state] + between.reversed() + [code]).joined(separator: " "), first)
            }
            // `REV.`: an abbreviated word of the code's name, as printed in capitals or not.
            guard between.count < longestBetween, written.utf8.count >= 3, written.hasSuffix("."),
                  written.utf8.dropLast().allSatisfy(Bytes.isLetter), first > words.startIndex else { return nil }
            between.append(written.prefix(1).uppercased() + written.dropFirst().lowercased())
            first -= 1
        }
    }

    /// The state `word` names (`Vt.` for `VT.` or `Vermont`), as the Bluebook abbreviates it, or nil.
    static func state(_ word: String) -> String? {
        guard let first = word.utf8.first, Bytes.isUpper(first) else { return nil }
        let lowered = word.lowercased()
        if let abbreviation = abbreviations[lowered] { return abbreviation }
        var key: [UInt8] = []
        LegalTable.fold(Array(word.utf8)[...], into: &key)
        guard let line = LegalTables.states.lines(forKey: key).first else { return nil }
        return LegalTables.states.field(1, ofLine: line)
    }
}

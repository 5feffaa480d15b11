import LowLevel

/// A state's code named in words, as policy writing names it (`Connecticut General Statute`,
/// `Georgia Code Annotated`, `New York Arts and Cultural Affairs Law`, `Maryland Commercial Law
/// Code`, or the state abbreviated and the code in words, `N.Y. General Business Law`), read to the code as cited (`Conn. Gen. Stat.`, `Ga. Code Ann.`, `N.Y. Arts & Cult. Aff.
/// Law`, `Md. Code Ann., Com. Law`) by generated tables alone: the state's abbreviation
/// (`LegalTables.states`), then a code of that state in the laws table whose words the rest of the
/// name abbreviates, in order (`General` `Gen.`, `Statute` `Stat.`; a last word the name leaves out,
/// `Ga. Code Ann.` for `Georgia Code`, is allowed), or a subject of one of its codes
/// (`LegalTables.codeSubjects`) followed by words of that code.
enum StateCodeName {
    /// The most words a state's name takes (`New York`, `District of Columbia`).
    private static let longestState = 3
    /// The most words the whole name takes.
    private static let longestName = 10

    /// The code that the last words of `words` name, where its name starts, or nil.
    static func read(_ text: CitationText, _ words: ArraySlice<Range<Int>>) -> (code: String, firstWord: Int)? {
        guard words.count >= 2 else { return nil }
        var key: [UInt8] = []
        for first in max(words.startIndex, words.endIndex - longestName)..<(words.endIndex - 1) {
            // A state's name opens with a capital.
            guard Bytes.isUpper(text.bytes[words[first].lowerBound]) else { continue }
            for length in 1...longestState where first + length < words.endIndex {
                LegalTable.fold(text.bytes[words[first].lowerBound..<words[first + length - 1].upperBound], into: &key)
                let state: String
                if let line = LegalTables.states.lines(forKey: key).first {
                    state = LegalTables.states.field(1, ofLine: line)
                } else if length == 1, let abbreviated = abbreviatedState(text, words[first], key: key) {
                    // `N.Y. General Business Law`: the state abbreviated, its code's subject in words.
                    state = abbreviated
                } else {
                    continue
                }
                let rest = words[(first + length)...]
                if let code = statute(of: state, named: rest, text) ?? subjectCode(of: state, named: rest, text) {
                    return (code, first)
                }
            }
        }
        return nil
    }

    /// A state's abbreviation as written (`N.Y.`, `Tex.`), when the subjects table holds codes of
    /// that state: the abbreviation, or nil.
    private static func abbreviatedState(_ text: CitationText, _ word: Range<Int>, key: [UInt8]) -> String? {
        // The gate: an abbreviation ends in a period.
        guard word.count >= 3, text.bytes[word.upperBound - 1] == UInt8(ascii: ".") else { return nil }
        let lines = LegalTables.codeSubjects.lines(forKeysStartingWith: key)
        guard let line = lines.first else { return nil }
        let written = text.string(word)
        return LegalTables.codeSubjects.field(1, ofLine: line).hasPrefix(written + " ") ? written : nil
    }

    /// The state's statute in the laws table whose words after the state's `rest` abbreviates in
    /// order, all of them (the fewest left over wins).
    private static func statute(of state: String, named rest: ArraySlice<Range<Int>>, _ text: CitationText) -> String? {
        var key: [UInt8] = []
        LegalTable.fold(state.utf8, into: &key)
        let table = LegalTables.laws
        var best: (code: String, leftOver: Int)?
        let stateWords = state.split(separator: " ").count
        for line in table.lines(forKeysStartingWith: key) where table.field(2, ofLine: line) == "statute" {
            let code = table.field(1, ofLine: line)
            let tokens = code.split(separator: " ").dropFirst(stateWords)
            guard code.hasPrefix(state + " "), tokens.count >= rest.count,
                  zip(rest, tokens).allSatisfy({ abbreviates($1, text.string($0)) }) else { continue }
            let leftOver = tokens.count - rest.count
            if best.map({ leftOver < $0.leftOver || (leftOver == $0.leftOver && code.count < $0.code.count) }) ?? true {
                best = (code, leftOver)
            }
        }
        return best?.code
    }

    /// A code cited by subject: the longest run of `rest`'s first words that is a subject of one of
    /// the state's codes, each word after it a word of that code (`Law`, `Code`).
    private static func subjectCode(of state: String, named rest: ArraySlice<Range<Int>>, _ text: CitationText) -> String? {
        var key: [UInt8] = []
        var subject: [UInt8] = []
        for end in stride(from: rest.endIndex, to: rest.startIndex, by: -1) {
            LegalTable.fold(state.utf8, into: &key)
            LegalTable.fold(text.bytes[rest[rest.startIndex].lowerBound..<rest[end - 1].upperBound], into: &subject)
            key.append(contentsOf: subject)
            guard let line = LegalTables.codeSubjects.lines(forKey: key).first else { continue }
            let code = LegalTables.codeSubjects.field(1, ofLine: line)
            let tokens = code.split(separator: " ").map { $0.trimmingCharacters(in: [","]) }
            if rest[end...].allSatisfy({ word in tokens.contains { abbreviates(Substring($0), text.string(word)) } }) { return code }
        }
        return nil
    }

    /// Whether an abbreviation's word stands for `word`: the same word, its first letters and a
    /// period (`Gen.` `General`, `Stat.` `Statute`), its letters in order with a period or an
    /// apostrophe (`Regs.` `Regulations`), or `&` for `and`.
    static func abbreviates(_ token: Substring, _ word: String) -> Bool {
        if token == "&" { return word == "and" || word == "&" }
        let bare = token.filter { $0 != "." && $0 != "'" && $0 != "’" }.lowercased()
        let written = word.lowercased()
        guard let first = bare.first, written.first == first else { return false }
        if bare == written { return true }
        guard token.hasSuffix(".") || token.contains("'"), bare.count < written.count else { return false }
        var letters = bare.makeIterator()
        var next = letters.next()
        for character in written where character == next { next = letters.next() }
        return next == nil
    }
}

/// Finds the code, statute book or register a citation names, by Free Law Project's laws table
/// (`LegalTables.laws`): `U.S.C.`, `Mass. Gen. Laws`, `C.F.R.`, `Stat.`, `Fed. Reg.`, and codes
/// with a subject between their first and last words (`Cal. Civ. Proc. Code`, `N.Y. Gen. Bus. Law`).
struct LawCode {
    /// Which of the words given is the code's first.
    var firstWord: Int
    /// The code as reporters-db writes it (`U.S.C.`, `Cal. Code`).
    var abbreviation: String
    /// `statute`, `regulation`, `session` or `register`.
    var kind: String
    /// Whether the words matched the table whole, with no subject left out between them.
    var isWhole = true
    /// Just past the code's last word, for `opening`.
    var end = 0

    /// The code that the first words of `words` name (`U.S. Code may be found`), the longest the
    /// table knows, matched whole.
    static func opening(_ text: CitationText, _ words: ArraySlice<Range<Int>>) -> LawCode? {
        let table = LegalTables.laws
        var key: [UInt8] = []
        var found: LawCode?
        for last in words.indices {
            let word = text.trimmingTrailing(words[last], [UInt8(ascii: ",")])
            LegalTable.fold(text.bytes[words[words.startIndex].lowerBound..<word.upperBound], into: &key)
            // No key starting so, none equal to it: one search, not two, for the words most cites open with.
            let search = table.search(key)
            guard search.anyStartsWith else { break }
            if let line = search.lines.first {
                found = LawCode(firstWord: words.startIndex, abbreviation: table.field(1, ofLine: line), kind: table.field(2, ofLine: line),
                                end: word.upperBound)
            }
        }
        return found
    }

    /// The most words a code's name takes, subject included.
    private static let longestCode = 8

    /// The code that the last words of `words` name, the longest that the table knows.
    static func ending(_ text: CitationText, _ words: ArraySlice<Range<Int>>) -> LawCode? {
        guard let last = words.last else { return nil }
        let table = LegalTables.laws
        var key: [UInt8] = []
        var part: [UInt8] = []
        for first in max(words.startIndex, words.endIndex - longestCode)..<words.endIndex {
            // Every word, then the first word and the last ones, leaving a subject out.
            for tail in first..<words.endIndex {
                LegalTable.fold(text.bytes[words[first].lowerBound..<words[first].upperBound], into: &key)
                if tail > first {
                    LegalTable.fold(text.bytes[words[tail].lowerBound..<last.upperBound], into: &part)
                    key.append(contentsOf: part)
                } else {
                    LegalTable.fold(text.bytes[words[first].lowerBound..<last.upperBound], into: &key)
                }
                // A last period left off (`U.S.C`) is the same code.
                var line = table.lines(forKey: key).first
                if line == nil, key.last != UInt8(ascii: ".") {
                    key.append(UInt8(ascii: "."))
                    line = table.lines(forKey: key).first
                }
                if let line {
                    return LawCode(firstWord: first, abbreviation: table.field(1, ofLine: line), kind: table.field(2, ofLine: line),
                                   isWhole: tail <= first + 1)
                }
            }
        }
        return nil
    }

    /// The kind of authority a code's citations name.
    var authorityKind: Authority.Kind {
        kind == "regulation" || kind == "register" ? .regulation : .statute
    }
}

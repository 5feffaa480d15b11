import LowLevel

/// The authors before an author-date citation's year, as European writing in English names them:
/// surnames joined by `/` (`Novak/Hartmann/Ruiz`), by `and`, `&` or `und` (`Holm and Dahl`), with
/// `et al.`, or one name inverted (`Meyer, Anna`; `douek, evelyn`, printed in lower case as its
/// bearer writes it); or `dies.`/`ders.` (German: the same author(s) as the citation before).
struct AuthorDateNames: Equatable {
    /// The surnames, first author first; empty for `dies.`/`ders.`.
    var surnames: [String]
    var etAl = false
    /// `dies.`, `ders.`, `idem`, `eadem`: the authors of the citation before.
    var asBefore = false

    /// The most bytes a list of authors takes.
    static let longest = 100
    /// The words that stand for the authors of the citation before.
    private static let sameAuthors: [StaticString] = ["dies.", "ders.", "Dies.", "Ders.", "idem", "Idem", "eadem", "Eadem", "ders", "dies"]
    /// Lower-case words inside a surname (`van Dyke`, `de Vries`).
    private static let particles: Set<String> = ["von", "van", "de", "der", "den", "zu", "di", "da", "le", "la", "du", "del", "ten", "ter"]

    /// The names `range` holds whole, or nil when it holds anything else (a word of prose, a digit).
    /// With `surnamesOnly`, as a short form prints them, each name is a surname alone (`Meyer`, `van
    /// Dyke`) and none is inverted: `ANN ROE, HARBOUR LAW (2004)` is a book's full citation.
    static func read(_ text: CitationText, _ range: Range<Int>, surnamesOnly: Bool = false) -> AuthorDateNames? {
        let bytes = text.bytes
        let names = text.trimmed(range)
        guard !names.isEmpty, names.count <= longest, !bytes[names].contains(where: Bytes.isDigit) else { return nil }
        if sameAuthors.contains(where: { text.equals(names, $0) }) { return AuthorDateNames(surnames: [], asBefore: true) }
        var end = names.upperBound
        var etAl = false
        if text.has(" et al.", at: end - 7, end: end) || text.has(" et al", at: end - 6, end: end) {
            etAl = true
            end = text.trimmed(names.lowerBound..<(bytes[end - 1] == UInt8(ascii: ".") ? end - 7 : end - 6)).upperBound
        }
        let words = text.words(in: names.lowerBound..<end, limit: 12)
        let joiners: Set<String> = ["and", "&", "und"]
        let hasJoiner = words.contains { joiners.contains(text.string($0)) } || bytes[names.lowerBound..<end].contains(UInt8(ascii: "/"))
        // `Meyer, Anna`, `douek, evelyn`: one inverted name, its surname before the comma.
        if !hasJoiner, !etAl, let comma = (names.lowerBound..<end).first(where: { bytes[$0] == UInt8(ascii: ",") }) {
            guard !surnamesOnly, let surname = name(text, names.lowerBound..<comma, lowerCaseAllowed: true),
                  let given = text.words(in: comma + 1..<end, limit: 4) as [Range<Int>]?, (1...3).contains(given.count),
                  given.allSatisfy({ word in bytes[word].allSatisfy { Bytes.isLetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") } }),
                  // Given names are no words in capitals (`RHODE, ACCESS TO JUSTICE` is an author and a title).
                  given.allSatisfy({ word in word.count <= 2 || !bytes[word].dropFirst().allSatisfy(Bytes.isUpper) }),
                  !bytes[comma + 1..<end].contains(UInt8(ascii: ","))
            else { return nil }
            // A lower-case surname only with lower-case given names, as one person prints a name.
            if Bytes.isLower(bytes[names.lowerBound]) {
                guard given.allSatisfy({ Bytes.isLower(bytes[$0.lowerBound]) }) else { return nil }
            }
            return AuthorDateNames(surnames: [surname], etAl: false)
        }
        var surnames: [String] = []
        var start = names.lowerBound
        var index = names.lowerBound
        while index <= end {
            var separator = 0
            if index < end {
                if bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: ",") {
                    separator = 1
                } else if bytes[index] == UInt8(ascii: " ") {
                    for joiner in [" and ", " & ", " und "] as [StaticString] where text.has(joiner, at: index, end: end) {
                        separator = joiner.utf8CodeUnitCount
                    }
                }
            }
            if index == end || separator > 0 {
                let piece = text.trimmed(start..<index)
                // `Ash, Birch, and Cedar`: the comma before `and` joins nothing more.
                if piece.isEmpty, !surnames.isEmpty, index < end {
                    index += max(separator, 1)
                    start = index
                    continue
                }
                guard let surname = name(text, piece, lowerCaseAllowed: false),
                      !surnamesOnly || surname.utf8.count == piece.count else { return nil }
                surnames.append(surname)
                index += max(separator, 1)
                start = index
                continue
            }
            index += 1
        }
        guard !surnames.isEmpty, surnames.count <= 6 else { return nil }
        return AuthorDateNames(surnames: surnames, etAl: etAl)
    }

    /// The surname of one person's name (`Meyer`, `van Dyke`, `Perez-Lind`, `Anna Meyer`: its last
    /// word with its particles), or nil when `range` is no name: one to three words, letters only,
    /// each capitalised or a particle (or all in lower case where `lowerCaseAllowed`).
    private static func name(_ text: CitationText, _ range: Range<Int>, lowerCaseAllowed: Bool) -> String? {
        let bytes = text.bytes
        let words = text.words(in: text.trimmed(range), limit: 4)
        guard (1...3).contains(words.count) else { return nil }
        let lowerCase = lowerCaseAllowed && words.allSatisfy { Bytes.isLower(bytes[$0.lowerBound]) }
        for word in words {
            let lead = bytes[word.lowerBound]
            guard Bytes.isUpper(lead) || lead >= 0xC0 || lowerCase || particles.contains(text.string(word)),
                  bytes[word].allSatisfy({ Bytes.isLetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ".") })
            else { return nil }
        }
        guard let last = words.last, !particles.contains(text.string(last)) else { return nil }
        // `van Dyke`: the surname keeps its particles; a given name before it is dropped.
        var first = words.count - 1
        while first > 0, particles.contains(text.string(words[first - 1])) { first -= 1 }
        return text.string(words[first].lowerBound..<last.upperBound)
    }

    /// The year in brackets closing at `close` (the offset of `)`): `(2019)`, `(2019a)`; its value and
    /// where its `(` is, or nil.
    static func bracketedYear(_ text: CitationText, closingAt close: Int, start: Int) -> (year: Int, letter: String, open: Int)? {
        let bytes = text.bytes
        guard close < bytes.count, bytes[close] == UInt8(ascii: ")") else { return nil }
        var open = close - 5
        var letter = ""
        if open >= start, bytes[open] != UInt8(ascii: "("), open - 1 >= start, Bytes.isLower(bytes[close - 1]) {
            letter = text.string(close - 1..<close)
            open -= 1
        }
        guard open >= start, bytes[open] == UInt8(ascii: "("), bytes[open + 1..<open + 5].allSatisfy(Bytes.isDigit),
              let year = DateWords.year(in: bytes[open + 1..<open + 5]), (1800...2099).contains(year) else { return nil }
        return (year, letter, open)
    }

    /// The short name the work is cited by later: the surnames joined by `/` and the year in
    /// brackets (`Novak/Hartmann/Ruiz (2020)`), `et al.` after the first.
    static func key(surnames: [String], etAl: Bool, year: String) -> String {
        (etAl ? (surnames.first ?? "") + " et al." : surnames.joined(separator: "/")) + " (" + year + ")"
    }
}

import Foundation

/// One entry of a reference list, read: its authors' surnames, year, title and container.
///
/// Reads the author-date styles (Chicago `Smith, John. 2010. "Title." Journal 12 (3): 3-40.`, APA
/// `Smith, J., & Jones, K. (2010). Title. Journal, 12(3), 3-40.`, economics `Smith, John, and Kate
/// Jones (2010), "Title," Journal 12, 3-40.`) and entries with the year last or none.
struct ReferenceEntry: Equatable, Sendable {
    /// The authors' surnames as printed (a body's whole name when a body is the author).
    var surnames: [String]
    /// The year as printed with its letter (`2010a`), lower-cased; `n.d.` when the entry says so,
    /// `forthcoming` for work not yet out; nil when the entry gives none.
    var year: String?
    var title: String
    var container: String?
    var kind: Authority.Kind
    /// The entry's whole text, lines joined.
    var text: String
    /// The entry's bytes in the file.
    var range: Range<Int>

    /// The year's number, without its letter.
    var yearNumber: Int? { year.flatMap { Int($0.prefix(4)) } }

    /// Reads `text`, an entry without its number; nil when it names no author or title.
    init?(_ text: String, range: Range<Int>) {
        self.text = text
        self.range = range
        let year = Self.yearMatch(in: text)
        let nameEnd: Int
        if let year, Self.isNameList(text.prefix(year.offset)) {
            nameEnd = year.offset
            self.year = year.year
        } else {
            nameEnd = Self.endOfNames(text)
            self.year = year?.year
        }
        surnames = Self.surnames(String(text.prefix(nameEnd)))
        var rest = Substring(text.dropFirst(nameEnd))
        if let year, year.offset >= nameEnd, year.offset - nameEnd <= 3 {
            rest = Substring(text.dropFirst(year.offset + year.length))
        }
        rest = rest.drop { " .,:;()".contains($0) }
        let (title, after, quoted) = Self.title(rest)
        guard !title.isEmpty || !surnames.isEmpty else { return nil }
        self.title = title
        var tail = after.drop { " .,:;”\"’".contains($0) }
        var inBook = false
        if tail.hasPrefix("In ") || tail.hasPrefix("in ") {
            tail = tail.dropFirst(3)
            inBook = true
        }
        let container = tail.prefix { !$0.isNumber && $0 != "(" && $0 != "," && $0 != ";" }
            .trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
        self.container = container.isEmpty ? nil : container
        let lower = text.lowercased()
        if lower.contains("working paper") || lower.contains("discussion paper") || lower.contains("research paper") || lower.contains("report") {
            kind = .report
        } else if inBook || lower.contains(" eds.") || lower.contains("(ed.") || lower.contains("(eds.") {
            kind = .book
        } else if quoted || tail.contains(where: \.isNumber) {
            kind = .article
        } else if lower.contains("http") {
            kind = .webpage
        } else {
            kind = .book
        }
    }

    /// The first year in `text` (`2010`, `(2010a)`, `n.d.`, `forthcoming`): where it starts, its
    /// length and the year as the entry gives it, lower-cased.
    static func yearMatch(in text: String) -> (offset: Int, length: Int, year: String)? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCII, character.isNumber, index + 3 < characters.count,
               index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) {
                let digits = String(characters[index..<index + 4])
                if digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits), (1500...2099).contains(value),
                   index + 4 == characters.count || !(characters[index + 4].isASCII && characters[index + 4].isNumber) {
                    var length = 4
                    var year = digits
                    if index + 4 < characters.count, characters[index + 4].isLowercase, characters[index + 4].isASCII,
                       index + 5 == characters.count || !characters[index + 5].isLetter {
                        year.append(characters[index + 4])
                        length = 5
                    }
                    return (index, length, year)
                }
            }
            if character == "n" || character == "f" || character == "N" || character == "F" {
                let rest = String(characters[index...].prefix(11)).lowercased()
                let opensWord = index == 0 || !characters[index - 1].isLetter
                if opensWord, rest.hasPrefix("n.d.") { return (index, 4, "n.d.") }
                if opensWord, rest.hasPrefix("forthcoming") { return (index, 11, "forthcoming") }
            }
            index += 1
        }
        return nil
    }

    /// Whether the text before a year reads as the entry's authors: no digits or quotation marks,
    /// and not a sentence's length.
    static func isNameList(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 160 && !text.contains { $0.isNumber || "“”\"".contains($0) }
    }

    /// Where the authors end in an entry whose year does not follow them: at an opening quotation
    /// mark, or at the full stop after a word that is no initial.
    static func endOfNames(_ text: String) -> Int {
        let characters = Array(text)
        var wordLength = 0
        for (index, character) in characters.enumerated() {
            if "“\"".contains(character) { return index }
            if character == "." {
                if wordLength >= 2 { return index }
                wordLength = 0
            } else if character.isLetter {
                wordLength += 1
            } else {
                wordLength = 0
            }
        }
        return 0
    }

    /// The title at the head of `rest`: inside quotation marks, else up to the full stop (or
    /// question mark) that ends it; with what follows it and whether it was quoted.
    static func title(_ rest: Substring) -> (String, Substring, Bool) {
        if let first = rest.first, "“\"‘'".contains(first) {
            let closers: String = first == "“" ? "”\"" : (first == "‘" ? "’" : String(first))
            var index = rest.index(after: rest.startIndex)
            while index < rest.endIndex {
                if closers.contains(rest[index]) {
                    let next = rest.index(after: index)
                    if first != "‘" || next == rest.endIndex || !rest[next].isLetter {
                        let title = rest[rest.index(after: rest.startIndex)..<index].trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
                        return (title, rest[next...], true)
                    }
                }
                index = rest.index(after: index)
            }
        }
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            if ".?!".contains(character) {
                let next = rest.index(after: index)
                let before = rest[rest.startIndex..<index].split(separator: " ").last ?? ""
                let isInitial = before.count == 1
                if !isInitial, next == rest.endIndex || rest[next] == " " || rest[next].isUppercase {
                    let end = character == "." ? index : next
                    return (String(rest[rest.startIndex..<end]).trimmingSpaces(), rest[next...], false)
                }
            }
            index = rest.index(after: index)
        }
        return (String(rest).trimmingSpaces(), rest[rest.endIndex...], false)
    }

    /// The surnames in an entry's list of authors: `Che, Yeon Koo, and Kathryn E. Spier`,
    /// `Smith, J., & Jones, K.`, `Crawford, Vincent and Sobel, Joel`, `Acheson, D. J.; Roe, A.`;
    /// a list with no comma is a body's name (`US Courts`), kept whole.
    static func surnames(_ authors: String) -> [String] {
        var text = authors.trimmingSpaces()
        while let last = text.last, " .,;(".contains(last) { text.removeLast() }
        for suffix in [" et al", " (eds", " (ed", " eds", " ed"] where text.lowercased().hasSuffix(suffix) {
            text.removeLast(suffix.count)
        }
        while let last = text.last, " .,;(".contains(last) { text.removeLast() }
        guard !text.isEmpty else { return [] }
        let written = text
        text = text.replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: ";", with: ",")
        // A name with no comma is a body's (`NY City Bar`, `Ernst & Young`), kept whole.
        guard text.contains(",") else { return [written] }
        var pieces: [(text: String, afterAnd: Bool)] = []
        for part in text.split(separator: ",") {
            var piece = part.trimmingSpaces()
            var afterAnd = false
            if piece.hasPrefix("and ") {
                piece = String(piece.dropFirst(4)).trimmingSpaces()
                afterAnd = true
            } else if piece.hasPrefix("and"), piece.dropFirst(3).first?.isUppercase == true {
                // Text from a PDF that lost its spaces: `andJeanTirole`.
                piece = Self.spacedCamelCase(String(piece.dropFirst(3)))
                afterAnd = true
            }
            let halves = piece.components(separatedBy: " and ")
            for (index, half) in halves.enumerated() {
                pieces.append((half.trimmingSpaces(), afterAnd || index > 0))
            }
        }
        var names: [String] = []
        var expectGiven = false
        for piece in pieces where !piece.text.isEmpty {
            if piece.text.contains(where: \.isNumber) { break }
            if expectGiven, !piece.afterAnd {
                expectGiven = false
                continue
            }
            if isInitials(piece.text) { continue }
            let words = piece.text.split(separator: " ")
            if names.isEmpty || words.count == 1 {
                names.append(piece.text)
                expectGiven = true
            } else {
                names.append(lastName(piece.text))
                expectGiven = false
            }
        }
        return names
    }

    /// The surname of a name written given name first, with its particles: `Kathryn E. Spier` →
    /// `Spier`, `Jan van der Berg` → `van der Berg`.
    static func lastName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard var start = words.indices.last else { return name }
        // A particle in capitals (`Gerrit De Geest`) is the surname's too.
        while start > words.startIndex, SurnameParticle.isParticle(words[start - 1].lowercased()) { start -= 1 }
        return words[start...].joined(separator: " ")
    }

    /// Whether a piece is initials alone: `J.`, `D. J.`, `J.K.`, `G`.
    static func isInitials(_ piece: String) -> Bool {
        let words = piece.split(whereSeparator: { $0 == " " || $0 == "." })
        return !words.isEmpty && words.allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
    }

    /// `JeanTirole` → `Jean Tirole`: words run together, parted where a capital follows a small letter.
    static func spacedCamelCase(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for character in text {
            if let previous, previous.isLowercase, character.isUppercase { out.append(" ") }
            out.append(character)
            previous = character
        }
        return out
    }
}

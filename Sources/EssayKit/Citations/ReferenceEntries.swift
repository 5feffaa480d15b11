/// Parts a reference list's lines into entries and reads each (`ReferenceEntry`).
///
/// An author's file gives each entry a paragraph; text from a PDF runs entries on from line to line
/// with the hanging indent lost, so there a line opens a new entry when it opens as one does
/// (`Surname, Given`, the next number of a numbered list, `———.` for the author before, or a body's
/// name with its year: `US Courts. 2012.`).
enum ReferenceEntries {
    /// How a line opens an entry: its number in a numbered list, and where the entry's text starts.
    struct Opening: Equatable {
        var number: Int?
        /// The offset in the line's characters where the entry's own text starts.
        var textStart: Int
        /// Whether the entry repeats the author before (`———.`, `---,`).
        var repeatsAuthor: Bool
        /// Whether the line opens with a body's name and year rather than `Surname,`: it opens an
        /// entry only after a line that ends one.
        var byName: Bool
    }

    /// The entries of a reference list whose units (runs of lines) are `units`.
    static func read(units: [[Range<Int>]], in bytes: [UInt8]) -> [ReferenceEntry] {
        let lines = units.map { unit in unit.map { plain(String(decoding: LineRules.trim(bytes[$0]), as: UTF8.self)) } }
        let byUnit = lines.count >= 3 && lines.filter { $0.first.flatMap(opening(of:)) != nil }.count * 5 >= lines.count * 4
        var texts: [(text: String, range: Range<Int>, opening: Opening?)] = []
        var expected: Int?
        for (unitIndex, unit) in units.enumerated() {
            for (lineIndex, line) in lines[unitIndex].enumerated() where !line.isEmpty {
                let range = unit[lineIndex]
                var open = opening(of: line)
                if let number = open?.number {
                    if let wanted = expected, number != wanted { open = nil }
                } else if expected != nil {
                    // A numbered list: only its next number opens an entry.
                    open = nil
                }
                if open?.byName == true, let last = texts.last, !endsEntry(last.text) { open = nil }
                let startsEntry = byUnit ? lineIndex == 0 : (open != nil || texts.isEmpty)
                if startsEntry {
                    if let number = open?.number { expected = number + 1 }
                    texts.append((line, range, open))
                } else {
                    texts[texts.count - 1].text = joined(texts[texts.count - 1].text, line)
                    texts[texts.count - 1].range = texts[texts.count - 1].range.lowerBound..<range.upperBound
                }
            }
        }
        var entries: [ReferenceEntry] = []
        for item in texts {
            let start = item.opening?.textStart ?? 0
            let body = String(item.text.dropFirst(start)).trimmingSpaces()
            guard var entry = ReferenceEntry(body, range: item.range) else { continue }
            if item.opening?.repeatsAuthor == true, let previous = entries.last { entry.surnames = previous.surnames }
            guard !entry.surnames.isEmpty else { continue }
            entries.append(entry)
        }
        return entries
    }

    /// A line without Markdown's emphasis marks (`*Journal*`, `_Title_`); an underscore inside a
    /// word or address stays.
    static func plain(_ line: String) -> String {
        guard line.contains("*") || line.contains("_") else { return line }
        let characters = Array(line)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character == "*" { continue }
            if character == "_" {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) { continue }
            }
            out.append(character)
        }
        return out
    }

    /// Two lines of one entry as one text: a word a line break hyphenated is one word again.
    static func joined(_ text: String, _ line: String) -> String {
        guard text.hasSuffix("-"), !text.hasSuffix("--"), let before = text.dropLast().last, before.isLetter else {
            return text + " " + line
        }
        if before.isLowercase, line.first?.isLowercase == true { return String(text.dropLast()) + line }
        return text + line
    }

    /// Whether an entry's text so far reads as complete: it ends with a full stop, a closing quote
    /// or bracket, or a number (its pages).
    static func endsEntry(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".”\")".contains(last) || last.isNumber
    }

    /// How `line` opens an entry, or nil when it reads as the rest of one.
    static func opening(of line: String) -> Opening? {
        let characters = Array(line)
        var index = 0
        var number: Int?
        // `12.`, `[12]`, `12)`, or a list's bullet.
        if characters.first == "[" { index = 1 }
        var digits = ""
        while index < characters.count, characters[index].isASCII, characters[index].isNumber, digits.count < 3 {
            digits.append(characters[index])
            index += 1
        }
        if !digits.isEmpty {
            guard index < characters.count, ".])".contains(characters[index]) else { return nil }
            index += 1
            number = Int(digits)
        } else if characters.first == "[" {
            return nil
        } else if characters.count > 2, "-*•".contains(characters[0]), characters[1] == " " {
            index = 2
        }
        while index < characters.count, characters[index] == " " { index += 1 }
        let start = index
        guard start < characters.count else { return nil }
        // `———.`, `---,`, `__.`: the author of the entry before.
        var dashes = 0
        while index < characters.count, "-—–_".contains(characters[index]) { dashes += 1; index += 1 }
        if dashes >= 2 {
            guard index == characters.count || ".,: ".contains(characters[index]) else { return nil }
            return Opening(number: number, textStart: index, repeatsAuthor: true, byName: false)
        }
        index = start
        guard characters[index].isUppercase || (number == nil ? false : characters[index].isLetter) || SurnameParticle.isParticle(Substring(String(characters[index...].prefix { $0.isLetter }))) else {
            return nil
        }
        if number != nil { return Opening(number: number, textStart: start, repeatsAuthor: false, byName: false) }
        // `Surname, Given`, `Surname-Name, G.`, `van der Surname, G.`: up to three name words, a comma.
        var words = 0
        while index < characters.count, words < 4 {
            let wordStart = index
            while index < characters.count, characters[index].isLetter || "-'’´`.".contains(characters[index]) { index += 1 }
            guard index > wordStart else { break }
            words += 1
            if index < characters.count, characters[index] == "," {
                var after = index + 1
                while after < characters.count, characters[after] == " " { after += 1 }
                let next = String(characters[after...].prefix { $0.isLetter || $0 == "’" || $0 == "'" })
                if after < characters.count, characters[after].isUppercase || SurnameParticle.isParticle(next.prefix { $0.isLetter }) {
                    return Opening(number: nil, textStart: start, repeatsAuthor: false, byName: false)
                }
                break
            }
            guard index < characters.count, characters[index] == " " else { break }
            index += 1
        }
        // A body's name and its year: `US Courts. 2012.`, `Ernst & Young (EY). 2012.`.
        let text = String(characters[start...])
        if let year = ReferenceEntry.yearMatch(in: text), year.offset <= 70 {
            let before = text.prefix(year.offset)
            if !before.contains(where: { $0.isNumber || "“”\",:;".contains($0) }), before.split(separator: " ").count <= 8 {
                return Opening(number: nil, textStart: start, repeatsAuthor: false, byName: true)
            }
        }
        return nil
    }
}

import LowLevel

/// A byline that a conversion wrapped over lines under the title: names as links broken inside
/// (`[Jane` / `Roe](https://...)\* & [John` / `Doe](...)`), ended by a hard line break (two spaces
/// or `\` at the line's end), perhaps followed by the work's record as the site prints it
/// (`101 Law Rev. Online 157 (2021)`, `[PDF](...)`).
enum WrappedByline {
    /// Lines of a unit that a wrapped byline with its record may span, at most.
    static let lineLimit = 8

    /// How many of `unit`'s lines the names take: up to and with the first line ending with a hard
    /// line break, else all of them.
    static func nameLineCount(_ unit: [Range<Int>], in bytes: [UInt8]) -> Int {
        for (index, line) in unit.enumerated() where endsWithHardBreak(bytes[line]) { return index + 1 }
        return unit.count
    }

    /// Whether a line ends with Markdown's hard line break: two spaces, or a lone backslash.
    static func endsWithHardBreak(_ line: ArraySlice<UInt8>) -> Bool {
        guard let last = line.last, line.count >= 2 else { return false }
        let before = line[line.endIndex - 2]
        if last == UInt8(ascii: "\\") { return before != UInt8(ascii: "\\") }
        return last == 0x20 && before == 0x20
    }

    /// Whether the text after the names is the work's record, which is no text of the essay: short,
    /// naming a year in brackets (`(2021)`) or the PDF.
    static func isRecord(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 320 else { return false }
        if LineRules.firstRange(of: "PDF", in: bytes[...]) != nil { return true }
        var index = 0
        while index + 6 <= bytes.count {
            if bytes[index] == UInt8(ascii: "("), bytes[index + 5] == UInt8(ascii: ")"), bytes[(index + 1)..<(index + 5)].allSatisfy(Bytes.isDigit) {
                return true
            }
            index += 1
        }
        return false
    }

    /// The names of a byline's plain text, with the notes' marks after them gone (`Jane Roe* &
    /// John Doe**` gives `Jane Roe & John Doe`); nil when it is no byline.
    static func names(_ text: String) -> String? {
        var name = text.trimmingSpaces()
        // The marks, and a hard break's backslash (`Roe\*\`).
        while let last = name.last, last == "*" || last == "†" || last == "‡" || last == " " || last == "\\" { name.removeLast() }
        if name.utf8.contains(UInt8(ascii: "*")) { name = name.replacingOccurrences(of: "*", with: "") }
        name = name.trimmingSpaces()
        guard !name.isEmpty, EssayBuilder.looksLikeByline(name) else { return nil }
        return name
    }
}

extension EssayBuilder {
    /// Takes a unit of two lines or more under the title as the byline when its first lines, to a
    /// hard line break, are names alone; the work's record after them goes with it, and other
    /// lines go back to be handled next.
    mutating func takeWrappedByline(_ unit: [Range<Int>]) -> Bool {
        guard unit.count > 1, unit.count <= WrappedByline.lineLimit else { return false }
        let count = WrappedByline.nameLineCount(unit, in: file.bytes)
        guard count <= 3 else { return false }
        var parser = InlineParser(file: file)
        let text = parser.parse(pieces: Array(unit.prefix(count))).text
        // What shows a byline, not a label or a title wrapped: a hard break after the names, a
        // name's link, or a note's mark.
        guard count < unit.count || unit.prefix(count).contains(where: { LineRules.firstRange(of: "](", in: file.bytes[$0]) != nil })
                || text.last.map({ $0 == "*" || $0 == "†" || $0 == "‡" }) == true,
              let names = WrappedByline.names(text) else { return false }
        if count < unit.count {
            let rest = Array(unit.dropFirst(count))
            var restParser = InlineParser(file: file)
            if !WrappedByline.isRecord(restParser.parse(pieces: rest).text) { pending.append(rest) }
        }
        author = names
        return true
    }
}

import LowLevel

/// An essay's own table of contents, read from its file: the entries a `Contents` or `Table of
/// Contents` line (or heading) lists under it, each with its depth.
///
/// Two forms are read. A web edition lists its sections as links, nested as Markdown lists nest:
/// `- [Ticket Pricing](https://...#_Toc227768159)`. A text conversion (pdftotext, MarkItDown)
/// prints a leader of dots and a page number after each, nested by indentation where the
/// conversion keeps it: `    Food Products ........ 11`; an entry too long for its line goes on
/// on the next, which carries the leader. The list ends at the first line that is none of these.
struct ContentsList {
    /// One entry: its text folded (`TextNormalizer`) and how deep it sits, 1 at the top.
    struct Entry: Equatable {
        var folded: [UInt8]
        var depth: Int
    }

    /// The entries, in the order listed.
    var entries: [Entry] = []

    /// The longest and shortest raw text of an entry, in bytes: lines outside them are not looked at.
    var shortest = Int.max
    var longest = 0
    /// The first byte of each entry's folded text: a line whose first letter or digit is none of
    /// them is not folded at all.
    private var initials: Set<UInt8> = []

    /// Whether `line` may read as an entry by its first letter or digit (a line opening with
    /// another script is folded to be sure).
    func mayRead(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first(where: { Bytes.isLetter($0) || Bytes.isDigit($0) || $0 >= 0x80 }) else { return false }
        return first >= 0x80 || initials.contains(Bytes.lowercased(first))
    }

    /// The longest title line that may name a contents list, `**Table of Contents**` with room for marks.
    private static let longestTitleLine = 40

    /// Reads the first contents list of `bytes`, whose lines start at `lineStarts`; nil when there
    /// is none (fewer than two entries).
    static func read(_ bytes: [UInt8], lineStarts: [Int]) -> ContentsList? {
        var normalizer = TextNormalizer()
        for (index, start) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
            // Only a short line may be the title: most lines are passed over at this one test.
            guard end > start, end - start <= longestTitleLine, isTitle(bytes[start..<end]) else { continue }
            if let list = readEntries(bytes, lineStarts: lineStarts, after: index, normalizer: &normalizer), list.entries.count >= 2 {
                return list
            }
        }
        return nil
    }

    /// Whether the line names a contents list: `Contents`, `# Table of Contents`, `**Contents**`.
    static func isTitle(_ line: ArraySlice<UInt8>) -> Bool {
        var text = LineRules.trim(line)
        guard let first = text.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
            || Bytes.lowercased(first) == UInt8(ascii: "c") || Bytes.lowercased(first) == UInt8(ascii: "t") else { return false }
        while text.first == UInt8(ascii: "#") { text = text.dropFirst() }
        return LineRules.isContentsTitle(LineRules.trim(text))
    }

    /// Where line `index` ends: before its line break.
    private static func line(_ index: Int, of bytes: [UInt8], lineStarts: [Int]) -> ArraySlice<UInt8> {
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        return bytes[start..<max(start, end)]
    }

    /// The entries on the lines after line `titleIndex`, until a line that is no entry or two
    /// blank lines in a row.
    private static func readEntries(_ bytes: [UInt8], lineStarts: [Int], after titleIndex: Int, normalizer: inout TextNormalizer) -> ContentsList? {
        var raw: [(text: ArraySlice<UInt8>, indent: Int)] = []
        var carried: (text: ArraySlice<UInt8>, indent: Int)?
        var blanks = 0
        for index in (titleIndex + 1)..<lineStarts.count {
            let text = line(index, of: bytes, lineStarts: lineStarts)
            if LineRules.isBlank(text) {
                blanks += 1
                if blanks == 2 || carried != nil { break }
                continue
            }
            blanks = 0
            let indent = text.prefix { $0 == 0x20 || $0 == 0x09 }.reduce(0) { $0 + ($1 == 0x09 ? 4 : 1) }
            if let title = linkItem(text) {
                guard carried == nil else { break }
                raw.append((title, indent))
                continue
            }
            if let title = leaderEntry(text) {
                if let start = carried {
                    raw.append((bytes[start.text.startIndex..<title.endIndex], start.indent))
                    carried = nil
                } else {
                    raw.append((title, indent))
                }
                continue
            }
            // A line with no leader may be the first part of an entry the next line ends, when it
            // is as long as a wrapped line or the next goes on in lower case; a short line before
            // a leader is the title of another list (`Figures`, `Tables`), which ends this one.
            let trimmed = LineRules.trim(text)
            guard carried == nil, trimmed.count <= 200, index + 1 < lineStarts.count else { break }
            let next = LineRules.trim(line(index + 1, of: bytes, lineStarts: lineStarts))
            guard leaderEntry(next) != nil, trimmed.count >= 40 || next.first.map(Bytes.isLower) == true else { break }
            carried = (trimmed, indent)
        }
        guard raw.count >= 2 else { return nil }
        let indents = Set(raw.map(\.indent)).sorted()
        var list = ContentsList()
        for entry in raw {
            let depth = (indents.firstIndex(of: entry.indent) ?? 0) + 1
            list.entries.append(Entry(folded: normalizer.foldedWords(of: [Substring(decoding: entry.text, as: UTF8.self)], separator: nil), depth: depth))
            if let initial = list.entries.last?.folded.first { list.initials.insert(initial) }
            list.shortest = min(list.shortest, entry.text.count)
            list.longest = max(list.longest, entry.text.count)
        }
        return list
    }

    /// The link text of a list item that is one link and nothing else: `- [Ticket Pricing](url)`.
    static func linkItem(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var text = LineRules.trim(line)
        guard let bullet = text.first, bullet == UInt8(ascii: "-") || bullet == UInt8(ascii: "*") || bullet == UInt8(ascii: "+") || Bytes.isDigit(bullet) else { return nil }
        if Bytes.isDigit(bullet) {
            text = text.drop(while: Bytes.isDigit)
            guard let mark = text.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") else { return nil }
        }
        text = text.dropFirst()
        guard text.first == 0x20 else { return nil }
        text = LineRules.trim(text)
        guard text.first == UInt8(ascii: "["), text.last == UInt8(ascii: ")"), let close = closingBracket(text) else { return nil }
        guard close + 1 < text.endIndex, text[close + 1] == UInt8(ascii: "("), !text[(close + 2)...].contains(0x20) else { return nil }
        let title = LineRules.trim(text[(text.startIndex + 1)..<close])
        return title.isEmpty ? nil : title
    }

    /// The `]` that closes the `[` opening `text`, nested brackets counted.
    private static func closingBracket(_ text: ArraySlice<UInt8>) -> Int? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    /// The title of a line that ends in a leader of dots and a page number:
    /// `Preemption and the FD&C Act........ 6`, `Food Products ......11`, `Summary ....... iii`.
    static func leaderEntry(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var text = LineRules.trim(line)
        let page = text.reversed().prefix { Bytes.isDigit($0) || "ivxlcdm".utf8.contains($0) || $0 == UInt8(ascii: "-") || Bytes.isUpper($0) }.count
        guard (1...8).contains(page), page < text.count else { return nil }
        text = text.dropLast(page)
        var dots = 0
        while let last = text.last, last == UInt8(ascii: ".") || last == 0x20 || last == 0xA0 {
            if last == UInt8(ascii: ".") { dots += 1 }
            text = text.dropLast()
        }
        guard dots >= 4 else { return nil }
        let title = LineRules.trim(text)
        return title.isEmpty ? nil : title
    }
}

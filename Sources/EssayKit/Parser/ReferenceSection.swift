import LowLevel

/// Finds the reference list an essay in author-year style ends with: a line alone headed
/// `References`, `Bibliography`, `Works Cited`, `Literature` (and a few variants), followed by
/// lines that open entries (`Surname, Given. 2010. ...`, `1. Surname, ...`).
///
/// Only the last such heading counts, and only when entries follow it: a paper's running head
/// `REFERENCES 29` or a sentence naming its references is no heading.
enum ReferenceSection {
    /// The heading's line (an index into the file's lines) and whether the entries are numbered.
    struct Heading: Equatable {
        var line: Int
        var range: Range<Int>
        var numbered: Bool
    }

    /// The titles a reference list goes by, folded to lower case with spaces kept.
    static let titles: Set<String> = [
        "references", "reference list", "references cited", "bibliography", "select bibliography", "selected bibliography",
        "works cited", "literature", "literature cited", "cited literature", "cited works", "list of references",
    ]

    /// The reference list's heading in `file` from line `firstLine` on, or nil.
    static func heading(in file: SourceFile, from firstLine: Int = 0) -> Heading? {
        let bytes = file.bytes
        let starts = file.lineStarts
        var found: Heading?
        var index = starts.count - 1
        // From the end: the list is the essay's last part, and most lines are never looked at twice.
        while index >= firstLine {
            // Only a short line is looked at: its length from the line starts, its first byte.
            let length = (index + 1 < starts.count ? starts[index + 1] : bytes.count) - starts[index]
            guard length >= 6, length <= 50, mayOpenTitle(bytes[starts[index]]) || bytes[starts[index]] == 0x20 else {
                index -= 1
                continue
            }
            let line = lineRange(index, in: file)
            if let first = bytes[line].first(where: { $0 != 0x20 && $0 != 0x09 }), mayOpenTitle(first), holdsTitleWord(bytes[line]),
               isTitle(bytes[line]) {
                let numbered = entriesFollow(after: index, in: file)
                if let numbered {
                    found = Heading(line: index, range: line, numbered: numbered)
                    break
                }
            }
            index -= 1
        }
        return found
    }

    /// The content range of line `index`, without its line ending.
    static func lineRange(_ index: Int, in file: SourceFile) -> Range<Int> {
        let starts = file.lineStarts
        let start = starts[index]
        var end = index + 1 < starts.count ? starts[index + 1] - 1 : file.bytes.count
        if end > start, end <= file.bytes.count, file.bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, min(end, file.bytes.count))
    }

    private static func mayOpenTitle(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "w"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "c"): true
        default: byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || Bytes.isDigit(byte)
            || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X")
        }
    }

    /// Whether a line holds the start of a reference list's title word (`refer`, `bibli`, `cited`,
    /// `liter`) in any case: only then is a string made of it.
    static func holdsTitleWord(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 5 else { return false }
        var index = line.startIndex
        while index + 5 <= line.endIndex {
            switch line[index] | 0x20 {
            case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "l"):
                // Five bytes packed into a number: a list made of them for each candidate cost most of the scan.
                let key = fiveFolded(line, at: index)
                if key == refer || key == bibli || key == cited || key == liter { return true }
            default: break
            }
            index += 1
        }
        return false
    }

    /// The five bytes of `bytes` from `index`, each `| 0x20`, packed into one number.
    private static func fiveFolded(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt64 {
        var key: UInt64 = 0
        for offset in index..<(index + 5) { key = key << 8 | UInt64(bytes[offset] | 0x20) }
        return key
    }

    private static let refer = fiveFolded(Array("refer".utf8)[...], at: 0)
    private static let bibli = fiveFolded(Array("bibli".utf8)[...], at: 0)
    private static let cited = fiveFolded(Array("cited".utf8)[...], at: 0)
    private static let liter = fiveFolded(Array("liter".utf8)[...], at: 0)

    /// Whether a line is a reference list's title alone: `References`, `## Bibliography`,
    /// `**Works Cited**`, `7. REFERENCES`, `VII. Literature:`.
    static func isTitle(_ line: ArraySlice<UInt8>) -> Bool {
        var text = String(decoding: line, as: UTF8.self).trimmingSpaces()
        while let first = text.first, first == "#" || first == "*" || first == "_" || first == " " { text.removeFirst() }
        while let last = text.last, last == "*" || last == "_" || last == ":" || last == " " || last == "." { text.removeLast() }
        // A number or roman numeral before the title: `7.`, `VII.`.
        if let space = text.firstIndex(of: " "), text[..<space].allSatisfy({ $0.isNumber || "IVXivx.".contains($0) }),
           text[..<space].contains(where: { $0 != "." }) {
            text = String(text[text.index(after: space)...]).trimmingSpaces()
        }
        return titles.contains(text.lowercased())
    }

    /// Whether reference entries follow line `index`: nil when they do not, else whether they are
    /// numbered. At least two of the next ten lines with text open an entry and carry a year.
    static func entriesFollow(after index: Int, in file: SourceFile) -> Bool? {
        var seen = 0
        var entries = 0
        var numbered = 0
        var next = index + 1
        while next < file.lineStarts.count, seen < 10 {
            let line = file.bytes[lineRange(next, in: file)]
            next += 1
            let text = LineRules.trim(line)
            guard !text.isEmpty else { continue }
            seen += 1
            let string = String(decoding: text, as: UTF8.self)
            guard let opening = ReferenceEntries.opening(of: string) else { continue }
            if ReferenceEntry.yearMatch(in: string) != nil {
                entries += 1
                if opening.number != nil { numbered += 1 }
            }
        }
        guard entries >= 2 else { return nil }
        return numbered * 2 > entries
    }
}

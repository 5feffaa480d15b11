import LowLevel

/// Lines that only mark where a page ends, as converters and text corpora print them in place of
/// pdftotext's form feed: `<<PAGE_BREAK>>`, `<!-- pagebreak -->`, `-----Page 12-----`, `[Page 12]`,
/// `=== Page 12 ===`, `<PAGE 3 END>`. Such a line is a page separator, as a form feed is, so every
/// rule that asks where a page ends reads the pages alike.
///
/// - A marker is one line of up to 120 bytes: punctuation on both sides (`<`, `[`, `{`, `=`, `-`,
///   `#`, `*`, `_`, `~`, `(` and their closers) around the word `page` alone or with `break`,
///   `start`, `end`, `begin`, `of` and numbers (`PAGE_BREAK`, `pagebreak`, `Page 3 of 40`). A rule
///   (`---`), a heading or a sentence naming a page is none.
/// - Evidence: the same marker (numbers aside) comes back through the file, at least twice and
///   at least once every 20,000 bytes on average, as pages do; an author's one `<!-- pagebreak -->`
///   before a chapter is no page.
/// - A marker before any text, or right after another (a page's end and the next one's start), is
///   no second page break.
struct PageMarkers {
    /// Where each marker line read as a page separator opens (its first byte that is no space).
    private(set) var starts: Set<Int> = []
    /// What the file showed for each form of marker met so far: whether it marks pages.
    private var verdicts: [UInt64: Bool] = [:]

    /// Whether no marker line is a page separator: then only form feeds part pages.
    var isEmpty: Bool { starts.isEmpty }

    /// The bytes a marker line may open with: the cheap test every line passes through.
    @inline(__always)
    static func mayOpen(_ lead: UInt8) -> Bool {
        switch lead {
        case UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "#"),
             UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "("):
            return true
        default:
            return false
        }
    }

    /// The form of a marker line (`text` trimmed of spaces), its numbers left out, as a hash; nil
    /// when the line is no marker.
    static func form(_ text: ArraySlice<UInt8>) -> UInt64? {
        guard text.count >= 6, text.count <= 120, let lead = text.first, let last = text.last, mayOpen(lead),
              ">]}=-#*_~)".utf8.contains(last) else { return nil }
        // The words between the punctuation at both ends.
        guard let wordsStart = text.firstIndex(where: Bytes.isWordByte),
              let wordsEnd = text.lastIndex(where: Bytes.isWordByte).map({ $0 + 1 }) else { return nil }
        let words = text[wordsStart..<wordsEnd]
        guard words.count >= 4, words.count <= 40 else { return nil }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        // The punctuation at both ends is part of the form: `[Page 3]` and `-- Page 3 --` differ.
        for byte in text[text.startIndex..<wordsStart] where byte != 0x20 { mix(byte) }
        mix(0x7C)
        for byte in text[wordsEnd..<text.endIndex] where byte != 0x20 { mix(byte) }
        var sawPage = false
        var index = words.startIndex
        while index < words.endIndex {
            // Words part at spaces, `_`, `-`, `:`, `=`, `"`, `.`; a run of digits is a number.
            let byte = words[index]
            if !Bytes.isWordByte(byte) {
                guard " _-:=\".".utf8.contains(byte) else { return nil }
                index += 1
                continue
            }
            var end = index
            if Bytes.isDigit(byte) {
                while end < words.endIndex, Bytes.isDigit(words[end]) { end += 1 }
                guard end - index <= 5 else { return nil }
                mix(UInt8(ascii: "#"))
            } else {
                while end < words.endIndex, Bytes.isLetter(words[end]) { end += 1 }
                guard end > index, end == words.endIndex || !Bytes.isWordByte(words[end]) || Bytes.isDigit(words[end]) else { return nil }
                let word = words[index..<end].lazy.map(Bytes.lowercased)
                if Self.pageWords.contains(where: { word.elementsEqual($0.utf8) }) {
                    sawPage = true
                } else if !Self.otherWords.contains(where: { word.elementsEqual($0.utf8) }) {
                    return nil
                }
                for letter in word { mix(letter) }
            }
            mix(0x20)
            index = end
        }
        return sawPage ? hash : nil
    }

    /// The words that name a page break; a marker holds one.
    private static let pageWords = ["page", "pagebreak", "newpage"]
    /// The other words a marker may hold.
    private static let otherWords = ["break", "start", "end", "begin", "of"]

    /// Whether lines of `form` mark the pages of `file`: they come back at least twice, once
    /// every 20,000 bytes or more often. Worked out once a form, the first time one is met.
    mutating func marksPages(_ form: UInt64, in file: SourceFile) -> Bool {
        if let verdict = verdicts[form] { return verdict }
        let bytes = file.bytes
        var count = 0
        for start in file.lineStarts {
            var first = start
            while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            guard first < bytes.count, Self.mayOpen(bytes[first]) else { continue }
            var end = first
            while end < bytes.count, bytes[end] != 0x0A, end - first <= 130 { end += 1 }
            var last = end
            while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
            if Self.form(bytes[first..<last]) == form { count += 1 }
        }
        let verdict = count >= 2 && bytes.count / count <= 20_000
        verdicts[form] = verdict
        return verdict
    }

    /// Records a marker line, opening at `start`, read as a page separator.
    mutating func add(_ start: Int) {
        starts.insert(start)
    }

    /// Whether `line` is a marker line read as a page separator.
    func contains(_ line: Range<Int>) -> Bool {
        !starts.isEmpty && starts.contains(line.lowerBound)
    }

    /// Whether the line before `line`, past blank lines, is a marker line's form: the line opens a
    /// page. Only a line after a blank line whose text ends with a marker's closer is looked into.
    static func followsMarker(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        var end = line.lowerBound
        var newlines = 0
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
            if bytes[end - 1] == 0x0A { newlines += 1 }
            end -= 1
        }
        guard newlines >= 1, end > 0, ">]}=-#*_~)".utf8.contains(bytes[end - 1]) else { return false }
        var start = end - 1
        while start > 0, bytes[start - 1] != 0x0A, end - start <= 130 { start -= 1 }
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        return form(bytes[start..<end]) != nil
    }
}

extension EssayBuilder {
    /// Whether a line is a page separator: pdftotext's form feed, or a marker line
    /// (`<<PAGE_BREAK>>`, `PageMarkers`). The scan makes each a unit of one line.
    func isPageSeparator(_ line: Range<Int>) -> Bool {
        (line.lowerBound < file.bytes.count && file.bytes[line.lowerBound] == 0x0C) || pageMarkers.contains(line)
    }

    /// Whether a unit is a page separator alone.
    func isPageSeparator(_ unit: [Range<Int>]) -> Bool {
        unit.count == 1 && isPageSeparator(unit[0])
    }
}

extension EssayBuilder {
    /// Makes a line a page separator when it is a marker of pages (`PageMarkers`): a unit of its
    /// own, recorded with the form feeds. A marker before any unit, or right after another
    /// separator, is passed over (dropped). False, with nothing done, for a line that is no marker.
    mutating func takePageMarker(_ line: Range<Int>, into units: inout [[Range<Int>]], current: inout [Range<Int>]) -> Bool {
        let end = trimmedEnd(of: line)
        guard let form = PageMarkers.form(file.bytes[line.lowerBound..<end]), pageMarkers.marksPages(form, in: file) else { return false }
        takePageSeparator(line.lowerBound..<end, into: &units, current: &current)
        return true
    }

    /// Where `line` ends without its trailing spaces and tabs.
    func trimmedEnd(of line: Range<Int>) -> Int {
        var end = line.upperBound
        while end > line.lowerBound, file.bytes[end - 1] == 0x20 || file.bytes[end - 1] == 0x09 { end -= 1 }
        return end
    }

    /// Ends the current unit and records `separator` (a marker's or footer's line, trimmed) as a
    /// page separator, a unit of its own with the form feeds. Before any unit, or right after
    /// another separator, it is passed over (dropped).
    mutating func takePageSeparator(_ separator: Range<Int>, into units: inout [[Range<Int>]], current: inout [Range<Int>]) {
        if !current.isEmpty {
            units.append(current)
            current = []
        }
        if let last = units.last, last.count == 1, let previous = formFeeds.last, last[0].lowerBound == previous { return }
        guard !units.isEmpty else { return }
        hasFormFeeds = true
        formFeeds.append(separator.lowerBound)
        pageMarkers.add(separator.lowerBound)
        units.append([separator])
    }
}

extension EssayBuilder {
    /// Takes out of a unit the page furniture at a page's edges where a conversion runs it into
    /// the page's text with no blank line: under a page separator, the running heads and page
    /// number the page opens with (`2019] The Case Against Expanding Roe Law 455`, `454 HARBOR LAW
    /// REVIEW [Vol. 50:453`, `455`); over one, or at the file's end, the page number it ends with. Only a unit next to a
    /// separator is looked at, and a line only when it is such furniture (a unit of furniture
    /// alone is the furniture rules').
    mutating func dropPageEdgeFurniture(_ unit: inout [Range<Int>], afterSeparator: Bool) {
        guard unit.count > 1 else { return }
        let bytes = file.bytes
        if afterSeparator {
            var dropped = 0
            while unit.count > 1, dropped < 3, Self.isPageEdgeFurniture(bytes[unit[0]]) {
                unit.removeFirst()
                dropped += 1
            }
        }
        // The file's end ends its last page.
        if unit.count > 1, let last = unit.last, last.count <= 8, pending.last.map(isPageSeparator) ?? hasFormFeeds,
           LineRules.isPageNumber(bytes[last]) {
            unit.removeLast()
        }
    }

    /// A line a page prints at its head: its number alone, or a running head marked by its page
    /// number and the year or volume (`2019] Short Title 455`, `454 JOURNAL [Vol. 50:453`).
    static func isPageEdgeFurniture(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count <= 160, let lead = LineRules.trim(line).first, Bytes.isDigit(lead) || lead == UInt8(ascii: "[") || Bytes.isUpper(lead) else { return false }
        return LineRules.isPageNumber(line) || LineRules.isMarkedRunningHead(line) || LineRules.isRunningHead(line)
    }
}

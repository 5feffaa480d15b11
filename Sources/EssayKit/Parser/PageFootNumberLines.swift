import LowLevel

/// The notes at the foot of the pages of a word processor's PDF as pdftotext (default mode)
/// prints them: each note's text on lines of its own, and its number alone on a line right after
/// the text's last line (or, less often, right before its first), the page's number alone at the
/// bottom; the body marks the notes with numbers set apart by spaces (`public dollars 1 to
/// subsidize`), where the superscript sat above the line.
///
/// Worked out for the whole file before the scan, page by page: read only where the evidence
/// agrees. The numbers alone at a page's foot run on from the last page's notes in order, each
/// next to a run of text lines; every one of them is marked in the page's body above, in order;
/// and more notes have their number after their text than before it (the number before the
/// text is the form `PageFootNoteEvidence` reads). A numbered list or a column of figures marks nothing in
/// the body, or does not part into texts so, and is no notes.
struct PageFootNumberLines {
    /// One page's notes.
    struct Foot {
        /// Where the notes start (the first line's first byte) and end (the last line's end).
        var start: Int
        var end: Int
        /// Each note in order: its number, the line of its number, the lines of its text.
        var notes: [(number: Int, label: Range<Int>, pieces: [Range<Int>])]
    }

    /// The pages' notes, in order.
    private(set) var feet: [Foot] = []
    /// The body's marks the notes were matched with that no other rule reads as marks: a number
    /// set apart between two words (`dollars 1 to`), by its first byte.
    private(set) var bareMarks: [Int: Int] = [:]

    init() {}

    /// Feet read by another reader of page-foot number lines (`NumberAboveNoteFeet`).
    init(feet: [Foot], bareMarks: [Int: Int]) {
        self.feet = feet
        self.bareMarks = bareMarks
    }

    /// The notes of the pages of `units` (the file's units in order, page separators among them).
    /// Asked only where pages end with form feeds, and only when at least two lines hold a number
    /// alone (1–3 digits); a unit's lines are looked at once each.
    init(units: [[Range<Int>]], bytes: [UInt8], isSeparator: (Range<Int>) -> Bool, repeatedHeads: RepeatedHeads) {
        var pages: [[Line]] = [[]]
        var lone = 0
        for unit in units {
            if unit.count == 1, isSeparator(unit[0]) {
                pages.append([])
                continue
            }
            for (index, line) in unit.enumerated() {
                let number = Self.loneNumber(bytes[line])
                if number != nil { lone += 1 }
                pages[pages.count - 1].append(Line(range: line, opensUnit: index == 0, number: number))
            }
        }
        guard lone >= 2 else { return }
        // A page's last line holding a number alone is the page's number where the page before or
        // after ends with the number before or after it: such a number is never a note's.
        // So is one that is the page's place plus the offset most pages' last numbers share (a
        // page of tables between ends otherwise).
        let lastNumbers = pages.map { $0.last?.number }
        var offsets: [Int: Int] = [:]
        for (index, number) in lastNumbers.enumerated() {
            if let number { offsets[number - index, default: 0] += 1 }
        }
        let offset = offsets.filter { $0.value >= 2 }.max { $0.value < $1.value }?.key
        var numbered = [Bool](repeating: false, count: pages.count)
        for index in pages.indices {
            guard let number = lastNumbers[index] else { continue }
            numbered[index] = (index > 0 && lastNumbers[index - 1] == number - 1)
                || (index + 1 < pages.count && lastNumbers[index + 1] == number + 1)
                || number - index == offset
        }
        var expected = 1
        // Notes read with the number after the text against notes read with it before: where
        // notes' numbers stand before their texts, a page ending with a number (its note's text on
        // the next page) reads as numbers after texts, each note taking the one before's text;
        // the file's other pages, read with numbers before, outvote it.
        var after = 0
        var before = 0
        var found: [Foot] = []
        var marks: [Int: Int] = [:]
        for (index, page) in pages.enumerated() where !page.isEmpty {
            guard let read = Self.read(page, end: numbered[index] ? page.count - 1 : page.count, expected: expected, bytes: bytes,
                                       heads: repeatedHeads) else { continue }
            found.append(read.foot)
            for note in read.foot.notes {
                if let text = note.pieces.first, text.lowerBound < note.label.lowerBound { after += 1 } else { before += 1 }
            }
            for (position, number) in read.bareMarks { marks[position] = number }
            expected = (read.foot.notes.last?.number ?? expected - 1) + 1
        }
        guard after > before else { return }
        feet = found
        bareMarks = marks
    }

    /// A line of a page: its bytes, whether a blank line (or nothing) is above it, and the number
    /// it holds alone.
    private struct Line {
        var range: Range<Int>
        var opensUnit: Bool
        var number: Int?
    }

    /// A number alone on a line: 1–3 digits, no leading zero, spaces around allowed.
    private static func loneNumber(_ line: ArraySlice<UInt8>) -> Int? {
        guard line.count <= 8 else { return nil }
        let text = LineRules.trim(line)
        guard (1...3).contains(text.count), text.first != UInt8(ascii: "0"), text.allSatisfy(Bytes.isDigit) else { return nil }
        return text.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// A page's notes, when its foot (its lines up to `end`, the page's number left out) reads as
    /// notes numbered from `expected` (or one or two after, where notes were lost): the foot,
    /// whether a number followed its text, and the body's bare marks.
    private static func read(_ page: [Line], end: Int, expected: Int, bytes: [UInt8], heads: RepeatedHeads) -> (foot: Foot, numberAfterText: Bool, bareMarks: [(Int, Int)])? {
        // Up from the bottom, the numbers alone must fall by one each, to the first note's.
        var labels: [Int] = []
        var index = end - 1
        while index >= 0, end - index <= 90 {
            if let number = page[index].number {
                if let below = labels.first, let last = page[below].number, number != last - 1 {
                    // A number of the run's out of place (`8` / text / `6`) is another form's.
                    if number > last, let highest = labels.last.flatMap({ page[$0].number }), number <= highest + 3 { return nil }
                    break
                }
                guard number >= expected else { return nil }
                labels.insert(index, at: 0)
                if number == expected { break }
            }
            index -= 1
        }
        guard let first = labels.first, let firstNumber = page[first].number, firstNumber <= expected + 2,
              labels.count <= 40, let last = labels.last, let highest = page[last].number else { return nil }
        // Numbers of the run's out of place above it (`8`, `9`, then `7` last) are another form's.
        var above = first - 1
        while above >= 0, first - above <= 12 {
            if let number = page[above].number, number > highest, number <= highest + 3 { return nil }
            above -= 1
        }
        // Where the foot starts: at the first number, or above it at its text's first line.
        var starts = [first]
        if first > 0, page[first - 1].number == nil {
            var top = first - 1
            while top > 0, !page[top].opensUnit, first - top < 8 { top -= 1 }
            if page[top].opensUnit, top > 0 { starts.append(top) }
        }
        for start in starts {
            let items = Array(page[start..<end])
            // A line the essay prints page after page (a footer, a running head) is no note's.
            if items.contains(where: { $0.number == nil && $0.range.count <= 160 && heads.contains(line: bytes[$0.range]) }) { continue }
            guard let parse = parse(items, first: firstNumber, count: labels.count, bytes: bytes) else { continue }
            // Each note is marked in the body above, in order.
            var position = page[0].range.lowerBound
            let bodyEnd = page[start].range.lowerBound
            var bare: [(Int, Int)] = []
            var marked = true
            for number in firstNumber..<(firstNumber + labels.count) {
                guard let mark = findMark(number, in: bytes, from: position, before: bodyEnd) else { marked = false; break }
                if mark.bare { bare.append((mark.position, number)) }
                position = mark.position + 1
            }
            guard marked else { continue }
            var notes: [(number: Int, label: Range<Int>, pieces: [Range<Int>])] = []
            for (offset, note) in parse.notes.enumerated() {
                notes.append((firstNumber + offset, items[note.label].range, note.text.map { items[$0].range }))
            }
            let foot = Foot(start: page[start].range.lowerBound, end: page[end - 1].range.upperBound, notes: notes)
            return (foot, parse.numberAfterText, bare)
        }
        return nil
    }

    /// The notes of a foot's lines (`items`): `count` notes numbered from `first`, each a run of
    /// text lines with its number alone right after it or right before it. A number after its text
    /// is the likelier; where a run of text holds two notes' texts (one note's number above it,
    /// the next one's below) it parts after a line ending a sentence before one opening with no
    /// lower-case letter. Nil when the lines cannot be so parted.
    private static func parse(_ items: [Line], first: Int, count: Int, bytes: [UInt8]) -> (notes: [(label: Int, text: [Int])], numberAfterText: Bool)? {
        struct State: Hashable { var position: Int; var note: Int }
        var memo: [State: (cost: Int, notes: [(label: Int, text: [Int])], after: Bool)?] = [:]
        func best(_ state: State) -> (cost: Int, notes: [(label: Int, text: [Int])], after: Bool)? {
            if let known = memo[state] { return known }
            var result: (cost: Int, notes: [(label: Int, text: [Int])], after: Bool)?
            let number = first + state.note
            defer { memo[state] = result }
            if state.note == count {
                result = state.position == items.count ? (0, [], false) : nil
                return result
            }
            guard state.position < items.count else { return nil }
            func consider(_ cost: Int, _ note: (label: Int, text: [Int]), after: Bool, next: State) {
                guard let rest = best(next) else { return }
                let total = cost + rest.cost
                if result == nil || total < result!.cost {
                    result = (total, [note] + rest.notes, after || rest.after)
                }
            }
            if items[state.position].number == number {
                // The number before its text: the text runs to the next number or to a sentence's end.
                var textEnd = state.position + 1
                while textEnd < items.count, items[textEnd].number == nil { textEnd += 1 }
                guard textEnd > state.position + 1, !opensNumberedLine(items[state.position + 1].range, bytes: bytes) else { return nil }
                for split in (state.position + 2)...textEnd {
                    let cost = split == textEnd ? 1 : partCost(items[split - 1].range, items[split].range, bytes: bytes)
                    guard let cost else { continue }
                    consider(cost + (split == textEnd ? 0 : 1), (state.position, Array((state.position + 1)..<split)), after: false,
                             next: State(position: split, note: state.note + 1))
                }
            } else if items[state.position].number == nil, !opensNumberedLine(items[state.position].range, bytes: bytes) {
                // The number after its text.
                var label = state.position
                while label < items.count, items[label].number == nil { label += 1 }
                guard label < items.count, items[label].number == number else { return nil }
                consider(0, (label, Array(state.position..<label)), after: true, next: State(position: label + 1, note: state.note + 1))
            }
            return result
        }
        guard let parse = best(State(position: 0, note: 0)) else { return nil }
        return (parse.notes, parse.after)
    }

    /// Whether a line opens with a number and a full stop (`4. Roe ...`): a note of another form, or
    /// a numbered list's item, never the text a number alone names.
    private static func opensNumberedLine(_ line: Range<Int>, bytes: [UInt8]) -> Bool {
        let digits = bytes[line].prefix(while: Bytes.isDigit)
        return !digits.isEmpty && digits.endIndex < line.upperBound && bytes[digits.endIndex] == UInt8(ascii: ".")
    }

    /// What parting two notes' texts between `above` and `below` costs: nothing after a line
    /// ending `).`, `].` or a word's full stop, one after another end (`.`, `)`, a closing quote);
    /// nil where the line above ends no sentence or the one below opens in lower case.
    private static func partCost(_ above: Range<Int>, _ below: Range<Int>, bytes: [UInt8]) -> Int? {
        let before = LineRules.trim(bytes[above])
        let after = LineRules.trim(bytes[below])
        guard let last = before.last, let lead = after.first, !Bytes.isLower(lead) else { return nil }
        if last == UInt8(ascii: ".") {
            let previous = before.count >= 2 ? before[before.endIndex - 2] : 0
            return previous == UInt8(ascii: ")") || previous == UInt8(ascii: "]") || Bytes.isLower(previous) || Bytes.isDigit(previous) ? 0 : 1
        }
        return last == UInt8(ascii: ")") || last == 0x9D ? 1 : nil
    }

    /// Where the body between `start` and `end` first marks note `number`: glued to a word or its
    /// punctuation (`law.12`), set apart after punctuation (`law, 12 which`,
    /// `LooseMarks.isSetApart`), or set apart between two words (`dollars 12 to`, `bare`).
    static func findMark(_ number: Int, in bytes: [UInt8], from start: Int, before end: Int) -> (position: Int, bare: Bool)? {
        let digits = Array(String(number).utf8)
        var index = max(start, 4)
        while index + digits.count <= end {
            defer { index += 1 }
            guard bytes[index] == digits[0], !Bytes.isDigit(bytes[index - 1]), bytes[index..<(index + digits.count)].elementsEqual(digits) else { continue }
            let after = index + digits.count
            if after < bytes.count, Bytes.isDigit(bytes[after]) { continue }
            if EssayBuilder.isGluedMark(bytes, at: index, count: digits.count) || LooseMarks.isSetApart(bytes, at: index, count: digits.count) {
                return (index, false)
            }
            if isBareMark(bytes, at: index, count: digits.count) { return (index, true) }
        }
        return nil
    }

    /// A number set apart between two words (`dollars 12 to`, `gifts, 12 and`, `ventures 3` at a
    /// line's end): a lower-case word of three letters or more before it (its comma, semicolon or
    /// colon between) that counts nothing (`at`, `page`,
    /// `section`, `chapter`, `note`, `than`), and a lower-case word, a capital's word or the line's
    /// end after it, never a unit (`12 percent`, `12 of`).
    static func isBareMark(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard count <= 3, index >= 5, bytes[index - 1] == 0x20 else { return false }
        // A comma, semicolon or colon may close the word (`gifts, 4 and`).
        let wordEnd = ",;:".utf8.contains(bytes[index - 2]) ? index - 2 : index - 1
        var wordStart = wordEnd
        while wordStart > 0, Bytes.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = bytes[wordStart..<wordEnd]
        guard word.count >= 3, word.allSatisfy(Bytes.isLower), !numberingWords.contains(Array(word)) else { return false }
        let end = index + count
        guard end < bytes.count else { return true }
        let after = bytes[end]
        if after == 0x0A || after == 0x0D || after == 0x0C { return true }
        guard after == 0x20, end + 1 < bytes.count, Bytes.isLetter(bytes[end + 1]) else { return false }
        var nextEnd = end + 1
        while nextEnd < bytes.count, Bytes.isLetter(bytes[nextEnd]) { nextEnd += 1 }
        return !countedWords.contains(Array(bytes[(end + 1)..<nextEnd]).map(Bytes.lowercased))
    }

    /// Words a number after them counts or names (`page 12`), never a mark.
    private static let numberingWords: Set<[UInt8]> = Set(["at", "page", "pages", "section", "sections", "chapter", "chapters", "note", "notes",
                                                           "than", "part", "parts", "article", "articles", "title", "rule", "rules", "figure",
                                                           "table", "step", "steps", "item", "items", "volume", "footnote", "footnotes", "about",
                                                           "over", "under", "only", "some", "nearly", "almost", "just", "approximately", "around",
                                                           "every", "first", "last", "top", "the", "and", "with", "from", "into", "for", "are",
                                                           "were", "was", "had", "has", "have", "all", "each", "only", "these", "those", "its",
                                                           "their", "his", "her", "our", "age", "aged", "level", "grade", "class", "phase",
                                                           "round", "stage", "version", "paragraph", "clause", "schedule", "annex", "appendix",
                                                           "exhibit", "amendment", "number", "numbers", "vol", "no", "pp"].map { Array($0.utf8) })

    /// Words that make the number before them a count or an amount (`12 percent`, `12 of them`).
    private static let countedWords: Set<[UInt8]> = Set(["percent", "per", "of", "days", "day", "years", "year", "months",
                                                         "month", "weeks", "week", "hours", "hour", "minutes", "times", "people", "persons",
                                                         "million", "billion", "thousand", "hundred", "dollars", "cents", "states", "cases",
                                                         "members", "judges", "justices", "votes", "pages", "out", "am", "pm"].map { Array($0.utf8) })
}

extension EssayBuilder {
    /// A unit at or over a page's foot that `PageFootNumberLines` read as notes: the lines above
    /// the foot go on as body text (the rest is handled next); at the foot, the page's notes are
    /// read and the foot's units taken, up to its end.
    mutating func takeNumberLineFoot(_ unit: inout [Range<Int>]) -> Bool {
        let feet = numberLineFeet.feet
        while nextNumberLineFoot < feet.count, feet[nextNumberLineFoot].end <= unit[0].lowerBound { nextNumberLineFoot += 1 }
        guard nextNumberLineFoot < feet.count else { return false }
        let foot = feet[nextNumberLineFoot]
        guard let last = unit.last, last.upperBound > foot.start else { return false }
        if unit[0].lowerBound < foot.start {
            guard let index = unit.firstIndex(where: { $0.lowerBound >= foot.start }) else { return false }
            pending.append(Array(unit[index...]))
            unit.removeSubrange(index...)
            return false
        }
        for note in foot.notes {
            footnotes.append(RawFootnote(label: String(note.number), pieces: note.pieces, labelRange: note.label))
        }
        if noteForm == nil { noteForm = .pageFeet }
        nextNumberLineFoot += 1
        // Lines after the foot's end (a column of the next notes' numbers under its last note) are
        // read next, as they come.
        if let after = unit.firstIndex(where: { $0.lowerBound >= foot.end }) {
            pending.append(Array(unit[after...]))
            region = .body
            return true
        }
        // The foot's other units (blank lines part some of its lines) are its notes' too.
        while let next = pending.last, let first = next.first, first.lowerBound < foot.end, !isPageSeparator(first) {
            let lines = pending.removeLast()
            if let after = lines.firstIndex(where: { $0.lowerBound >= foot.end }) {
                pending.append(Array(lines[after...]))
                break
            }
        }
        region = .body
        return true
    }
}

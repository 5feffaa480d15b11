import LowLevel

/// Page-foot notes whose numbers pdftotext (default mode) printed alone on the line above their
/// texts, as it prints many journals' pages (`23` / `Ibid., p. 4.` / `24` / `See ...`), at the
/// page's foot or, where a publisher's stamp comes between, above the page's body.
///
/// Worked out for the whole file before the scan, page by page, where `PageFootNumberLines` (the
/// numbers after the texts) found no notes: a page's notes run on from the last page's in order
/// (one to three lost between), each number alone followed by its text (on the next line, or
/// after one blank line when that line runs on as a note's text does); the last note's text ends
/// at a blank line, a number of another kind or a line the essay prints page after page. Every
/// note is marked in the page's text outside its foot, in order (where a stamp under the foot
/// parted the page, the text below the foot is the page's top). Only a file where three pages
/// or more (a quarter of those read) print body text after their notes is read so: where notes
/// end their pages, the scan's page-foot rules read numbers alone over their texts as they come.
/// A page whose note's number a word processor moved to the foot's end (`8` / its text and note
/// 9's / `10` ... / `9`) has the moved note's text parted from the note above it at the first
/// sentence's end.
enum NumberAboveNoteFeet {
    /// The pages' notes as `PageFootNumberLines` holds them, or nil where too few are read.
    static func read(units: [[Range<Int>]], bytes: [UInt8], isSeparator: (Range<Int>) -> Bool, heads: RepeatedHeads) -> PageFootNumberLines? {
        var pages: [[Line]] = [[]]
        var openers = 0
        for unit in units {
            if unit.count == 1, isSeparator(unit[0]) {
                pages.append([])
                continue
            }
            for (index, line) in unit.enumerated() {
                let number = loneNumber(bytes[line])
                if number != nil, index + 1 < unit.count, loneNumber(bytes[unit[index + 1]]) == nil { openers += 1 }
                pages[pages.count - 1].append(Line(range: line, opensUnit: index == 0, number: number))
            }
        }
        guard openers >= minimumOpeners else { return nil }
        var expected = 1
        var missed = 0
        var feetAboveBody = 0
        var feet: [PageFootNumberLines.Foot] = []
        var bareMarks: [Int: Int] = [:]
        for page in pages where !page.isEmpty {
            // A page whose notes were not read loses their numbers: the next may open further on.
            let lost = min(lostNotes * (1 + missed), 30)
            var from = 0
            var found = false
            while let read = foot(of: page, from: from, expected: expected, lost: found ? lostNotes : lost, bytes: bytes, heads: heads),
                  let last = read.foot.notes.last {
                feet.append(read.foot)
                if read.bodyAfter { feetAboveBody += 1 }
                for (position, number) in read.bare { bareMarks[position] = number }
                expected = last.number + 1
                from = read.next
                found = true
            }
            missed = found ? 0 : missed + 1
        }
        // Only where pages print their notes above the body (a publisher's stamp between): at a
        // page's end, the scan's page-foot rules read numbers alone over their texts as they come.
        guard feet.count >= 2, feetAboveBody >= 3, feetAboveBody * 4 >= feet.count,
              feet.reduce(0, { $0 + $1.notes.count }) >= minimumNotes else { return nil }
        return PageFootNumberLines(feet: feet, bareMarks: bareMarks)
    }

    /// A line of a page: its bytes, whether a blank line (or nothing) is above it, and the number
    /// it holds alone.
    private struct Line {
        var range: Range<Int>
        var opensUnit: Bool
        var number: Int?
    }

    /// The fewest numbers alone over a text line a file needs before its pages are read.
    private static let minimumOpeners = 8
    /// The fewest notes the pages must give to be kept.
    private static let minimumNotes = 5
    /// How many notes may be lost between one page's last note and the next page's first.
    private static let lostNotes = 3

    /// A number alone on a line, flush left as pdftotext's default mode prints it (`-layout`
    /// sets columns apart by spaces): 1–3 digits, no leading zero, spaces after allowed.
    private static func loneNumber(_ line: ArraySlice<UInt8>) -> Int? {
        guard line.count <= 8, line.first.map(Bytes.isDigit) == true else { return nil }
        let text = LineRules.trim(line)
        guard (1...3).contains(text.count), text.first != UInt8(ascii: "0"), text.allSatisfy(Bytes.isDigit) else { return nil }
        return text.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// The page's notes read from the first number alone that opens note `expected` (or one a few
    /// on), with the body's bare marks they were matched with.
    private static func foot(of page: [Line], from first: Int, expected: Int, lost: Int, bytes: [UInt8], heads: RepeatedHeads) -> (foot: PageFootNumberLines.Foot, bare: [(Int, Int)], next: Int, bodyAfter: Bool)? {
        for index in page.indices.dropFirst(first) {
            guard let number = page[index].number, number >= expected, number <= expected + lost,
                  let read = notes(of: page, from: index, number: number, bytes: bytes, heads: heads) else { continue }
            return read
        }
        return nil
    }

    /// The index of the first text line of the note whose number is alone on line `index`: the
    /// next line, in the same unit or after one blank line when it runs on as a note's text does.
    private static func textStart(_ page: [Line], after index: Int, bytes: [UInt8], heads: RepeatedHeads) -> Int? {
        let next = index + 1
        guard next < page.count, page[next].number == nil else { return nil }
        let text = LineRules.trim(bytes[page[next].range])
        guard let lead = text.first, bytes[page[next].range].first == lead, text.count > 160 || !heads.contains(line: bytes[page[next].range]) else { return nil }
        // A numbered list's item (`4. Roe`) is no note's text.
        if Bytes.isDigit(lead), text.drop(while: Bytes.isDigit).first == UInt8(ascii: ".") { return nil }
        if page[next].opensUnit {
            // Short after a blank line only as a note's own words (`Id.`, `Ibid.`): a heading is none.
            guard text.count >= 24 || LineRules.isBackReference(text), Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2,
                  text.last == UInt8(ascii: ".") || (next + 1 < page.count && !page[next + 1].opensUnit) else { return nil }
        }
        return next
    }

    /// The notes of the foot opening at line `start` with note `number`, when each is marked in
    /// the page outside the foot.
    private static func notes(of page: [Line], from start: Int, number: Int, bytes: [UInt8], heads: RepeatedHeads) -> (foot: PageFootNumberLines.Foot, bare: [(Int, Int)], next: Int, bodyAfter: Bool)? {
        guard var index = textStart(page, after: start, bytes: bytes, heads: heads) else { return nil }
        var notes: [(number: Int, label: Int, text: [Int])] = []
        var current = (number: number, label: start, text: [Int]())
        var textFirst = index
        var moved: Int?
        var numberAfterText: Int?
        while index < page.count {
            let line = page[index]
            if let lone = line.number {
                // One number skipped: a word processor moved it to the foot's end.
                let skips = lone == current.number + 2 && moved == nil
                guard lone == current.number + 1 || skips, !current.text.isEmpty,
                      let text = textStart(page, after: index, bytes: bytes, heads: heads) else {
                    // The next number under the text, with no text of its own after it (a blank
                    // line, another number or the page's end): printed after its text, which is
                    // the lines after the first sentence's end.
                    if lone == current.number + 1, moved == nil, index + 1 == page.count || page[index + 1].opensUnit || page[index + 1].number != nil,
                       let part = sentenceEnd(in: current.text, page: page, bytes: bytes) {
                        notes.append((current.number, current.label, Array(current.text[..<part])))
                        current = (lone, index, Array(current.text[part...]))
                        numberAfterText = index
                    }
                    break
                }
                if skips { moved = current.number + 1 }
                notes.append(current)
                current = (lone, index, [])
                index = text
                textFirst = text
                continue
            }
            // A blank line or a line printed page after page ends the foot.
            if line.opensUnit, index != textFirst { break }
            if line.range.count <= 160, heads.contains(line: bytes[line.range]) { break }
            current.text.append(index)
            index += 1
        }
        guard !current.text.isEmpty else { return nil }
        notes.append(current)
        var end = max(notes[notes.count - 1].text.last ?? start, numberAfterText ?? start)
        if let moved {
            // The moved number alone right after the foot; its text is the one above's second.
            guard index < page.count, page[index].number == moved,
                  let above = notes.firstIndex(where: { $0.number == moved - 1 }),
                  let part = sentenceEnd(in: notes[above].text, page: page, bytes: bytes) else { return nil }
            let text = notes[above].text
            notes[above].text = Array(text[..<part])
            notes.insert((moved, index, Array(text[part...])), at: above + 1)
            end = index
        }
        // Each note marked in order in the page's text outside the foot: the text above it, then
        // the text below it, or (where a stamp under the foot parted the page) below, then above.
        let footStart = page[start].range.lowerBound
        let footEnd = page[end].range.upperBound
        let above = page[0].range.lowerBound..<footStart
        let below = footEnd..<page[page.count - 1].range.upperBound
        let numbers = notes.map(\.number)
        guard let bare = marks(of: numbers, in: [above, below], bytes: bytes) ?? marks(of: numbers, in: [below, above], bytes: bytes) else { return nil }
        let read = notes.map { note in
            (number: note.number, label: page[note.label].range, pieces: note.text.map { page[$0].range })
        }
        // Body text after the foot on its page: three lines or more that are not numbers alone.
        let bodyAfter = page[(end + 1)...].lazy.filter { $0.number == nil && $0.range.count > 40 }.prefix(3).count == 3
        return (PageFootNumberLines.Foot(start: footStart, end: footEnd, notes: read), bare, end + 1, bodyAfter)
    }

    /// The bare marks of `numbers` when each is marked in order in `parts` read one after another.
    private static func marks(of numbers: [Int], in parts: [Range<Int>], bytes: [UInt8]) -> [(Int, Int)]? {
        var part = 0
        var position = parts[0].lowerBound
        var bare: [(Int, Int)] = []
        for number in numbers {
            while true {
                if position < parts[part].upperBound,
                   let mark = PageFootNumberLines.findMark(number, in: bytes, from: position, before: parts[part].upperBound) {
                    if mark.bare { bare.append((mark.position, number)) }
                    position = mark.position + 1
                    break
                }
                part += 1
                guard part < parts.count else { return nil }
                position = parts[part].lowerBound
            }
        }
        return bare
    }

    /// Where two notes' texts part in `text` (a note's lines): after the first line ending a
    /// sentence with a full stop before a line opening with a capital or a quotation mark.
    private static func sentenceEnd(in text: [Int], page: [Line], bytes: [UInt8]) -> Int? {
        for offset in text.indices.dropFirst() {
            let before = LineRules.trim(bytes[page[text[offset - 1]].range])
            let after = LineRules.trim(bytes[page[text[offset]].range])
            guard let last = before.last, let lead = after.first else { continue }
            if last == UInt8(ascii: "."), Bytes.isUpper(lead) || lead == 0xE2 || lead == UInt8(ascii: "\"") { return offset }
        }
        return nil
    }
}

import LowLevel

/// A page-foot note's number that pdftotext (default mode) printed at the foot's end, moved back
/// above its text, as a word processor's PDF comes out: each note's number alone above its text
/// (`21` / `Court of ...` / `22` / `It follows ...`), but one number (most often the page's first
/// note's) printed after the last note's text, before the page's number (`... text of 23` / `21`
/// / blank / `116`).
///
/// A number alone is moved when it follows a line of text and ends the foot (a blank line or the
/// page's end after it), the numbers alone before it on the page run on to it from the next one
/// up (`22`, `23`), it is not among them, and the page's text outside the note marks it (glued,
/// `body.21`, or set apart, `body 21 and`). Its text opens
/// - after the note before it, where that note's number stands alone on the page: at the first
///   line opening a sentence (a capital, a digit, an opening quotation mark) after one that ends
///   one (`Ibid., para. 4.` / `Ibid.`);
/// - else after the last blank line above the next note, within 15 lines, where no line there but
///   the last is under three quarters of the foot's widest (a heading, a paragraph's end are the
///   body's).
/// No line of the text may mark a note from the moved one on with a number glued to a word (a line
/// that does is the body's; a number set apart is as often a date's, `del 7 novembre`).
/// Only lines move; each names where it stood (`SourceFile.LineOrigin`). A file without form
/// feeds is never looked into.
enum MovedFootNumbers {
    /// The file with each moved number set back above its note's text, and where each line
    /// stood; nil when no number moved.
    static func read(_ bytes: [UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        let lines = TextLines.ranges(bytes)
        // Line index of each moved number, and the line it goes above.
        var moves: [(from: Int, to: Int)] = []
        var pageStart = 0
        for index in lines.indices where index == lines.count - 1 || bytes[lines[index + 1]].first == 0x0C {
            moves += movedNumbers(bytes, lines, pageStart..<(index + 1))
            pageStart = index + 1
        }
        guard !moves.isEmpty else { return nil }
        // Each moved number goes right above the line it opens, in the order found.
        var movedAbove: [Int: [Int]] = [:]
        var movedAway = Set<Int>()
        for move in moves {
            movedAbove[move.to, default: []].append(move.from)
            movedAway.insert(move.from)
        }
        var order: [Int] = []
        order.reserveCapacity(lines.count)
        for line in lines.indices {
            if let numbers = movedAbove[line] { order += numbers }
            if !movedAway.contains(line) { order.append(line) }
        }
        return TextLines.reordered(bytes, lines: lines, order: order)
    }

    /// The moves on one page, in order, none overlapping.
    private static func movedNumbers(_ bytes: [UInt8], _ lines: [Range<Int>], _ page: Range<Int>) -> [(from: Int, to: Int)] {
        var numbers: [(line: Int, number: Int)] = []
        for index in page {
            if let number = loneNumber(bytes, lines[index]) { numbers.append((index, number)) }
        }
        guard numbers.count >= 2 else { return [] }
        var moves: [(from: Int, to: Int)] = []
        var skipped = 0
        for (position, found) in numbers.enumerated() where position > 0 {
            let index = found.line, number = found.number
            if index < skipped { continue }
            // The last text line right above, or one blank line between.
            let textAbove = index - 2 >= page.lowerBound && isBlank(bytes, lines[index - 1]) ? index - 2 : index - 1
            guard textAbove >= page.lowerBound, !isBlank(bytes, lines[textAbove]), loneNumber(bytes, lines[textAbove]) == nil else { continue }
            // Two or more numbers moved together, one a line (`2` / `3`), the page's first notes'.
            var run = 1
            while position + run < numbers.count, numbers[position + run].line == index + run, numbers[position + run].number == number + run { run += 1 }
            if run >= 2 {
                if let lead = leadNotesMoved(bytes, lines, page: page, numbers: numbers, at: position, count: run) {
                    moves += lead
                    skipped = index + run
                }
                continue
            }
            guard index + 1 == page.upperBound || isBlank(bytes, lines[index + 1]) else { continue }
            let before = numbers[..<position]
            guard let last = before.last?.number, number < last, last - number <= 30,
                  !before.contains(where: { $0.number == number }),
                  ((number + 1)...last).allSatisfy({ wanted in before.contains(where: { $0.number == wanted }) }),
                  let nextLine = before.last(where: { $0.number == number + 1 })?.line else { continue }
            let start: Int?
            if let previous = before.last(where: { $0.number == number - 1 && $0.line < nextLine })?.line {
                start = sentenceStart(bytes, lines, after: previous, before: nextLine)
            } else {
                start = footStart(bytes, lines, page: page, next: nextLine, moved: index)
            }
            guard let start, moves.last.map({ $0.from < start }) ?? true,
                  !(start..<nextLine).contains(where: { marks(bytes, lines[$0], from: number, upTo: number + 10, setApart: false) }),
                  (page.lowerBound..<start).contains(where: { loneNumber(bytes, lines[$0]) == nil && marks(bytes, lines[$0], from: number, upTo: number, setApart: true) })
            else { continue }
            moves.append((index, start))
        }
        return moves
    }

    /// The moves of a run of `count` numbers alone (`numbers[position...]`, one a line, rising by
    /// one) that end the foot, as a word processor's page prints its first notes' numbers: the
    /// numbers alone above them on the page run on from the run's last, the note before the run's
    /// first is not on the page, and going up from the next note's number the lines part into
    /// exactly `count` texts, each opening a sentence after a line ending one, the first right
    /// under a blank line (the body above it); the body above marks each number, glued or set
    /// apart. Nil where any of this fails: the numbers stay where they are.
    private static func leadNotesMoved(_ bytes: [UInt8], _ lines: [Range<Int>], page: Range<Int>, numbers: [(line: Int, number: Int)],
                                       at position: Int, count: Int) -> [(from: Int, to: Int)]? {
        let first = numbers[position].number, index = numbers[position].line
        let after = index + count
        guard after == page.upperBound || isBlank(bytes, lines[after]) else { return nil }
        let before = numbers[..<position]
        guard let last = before.last?.number, last >= first + count, last - first <= 30,
              !before.contains(where: { $0.number >= first && $0.number < first + count }),
              let nextLine = before.last(where: { $0.number == first + count })?.line,
              before.filter({ $0.line >= nextLine }).map(\.number) == Array((first + count)...last) else { return nil }
        var starts: [Int] = []
        var line = nextLine - 1
        while line > page.lowerBound, nextLine - line <= 15 * count {
            guard !isBlank(bytes, lines[line]), loneNumber(bytes, lines[line]) == nil else { return nil }
            if isBlank(bytes, lines[line - 1]) {
                guard opensSentence(bytes, lines[line]) else { return nil }
                starts.insert(line, at: 0)
                break
            }
            if opensSentence(bytes, lines[line]), endsSentence(bytes, lines[line - 1]) { starts.insert(line, at: 0) }
            line -= 1
        }
        guard starts.count == count, let top = starts.first, isBlank(bytes, lines[top - 1]),
              !before.contains(where: { $0.number == first - 1 }),
              !(top..<nextLine).contains(where: { marks(bytes, lines[$0], from: first, upTo: first + 10, setApart: false) }) else { return nil }
        // Each marked in order in the body above.
        var from = page.lowerBound
        for number in first..<(first + count) {
            guard let marking = (from..<top).first(where: { loneNumber(bytes, lines[$0]) == nil && marks(bytes, lines[$0], from: number, upTo: number, setApart: true) })
            else { return nil }
            from = marking
        }
        return (0..<count).map { (index + $0, starts[$0]) }
    }

    /// The first line after the previous note's first text line that opens a sentence after a
    /// line that ends one.
    private static func sentenceStart(_ bytes: [UInt8], _ lines: [Range<Int>], after previous: Int, before next: Int) -> Int? {
        var first = previous + 1
        while first < next, isBlank(bytes, lines[first]) { first += 1 }
        guard first + 1 < next else { return nil }
        for candidate in (first + 1)..<next where opensSentence(bytes, lines[candidate]) && endsSentence(bytes, lines[candidate - 1]) {
            return candidate
        }
        return nil
    }

    /// Where the page's first note's text opens above the next note. Where the notes' lines run
    /// clearly wider than the body's (a smaller type: their middle length at least 8% over the
    /// body's), at the top of the lines wider than halfway between, above the next note's line,
    /// a line opening a sentence; else after the last blank line above the next note, when the
    /// lines from there are a note's: at most 15, the first opening a sentence (a scan parts a
    /// note's lines by blank lines), none but the last under three quarters of the foot's widest.
    private static func footStart(_ bytes: [UInt8], _ lines: [Range<Int>], page: Range<Int>, next: Int, moved: Int) -> Int? {
        let body = middleWidth(bytes, lines, page.lowerBound..<next), notes = middleWidth(bytes, lines, next..<moved)
        if body > 0, notes * 100 >= body * 108 {
            let cut = (body + notes) / 2
            var start = next - 1
            while start - 1 > page.lowerBound, next - start < 15, width(bytes, lines[start - 1]) >= cut,
                  loneNumber(bytes, lines[start - 1]) == nil { start -= 1 }
            guard start > page.lowerBound, width(bytes, lines[start - 1]) < cut, opensSentence(bytes, lines[start]) else { return nil }
            return start
        }
        guard let blank = (page.lowerBound..<next).last(where: { isBlank(bytes, lines[$0]) }) else { return nil }
        let start = blank + 1
        guard start < next, next - start <= 15, opensSentence(bytes, lines[start]) else { return nil }
        let widest = (next..<moved).reduce(0) { max($0, width(bytes, lines[$1])) }
        guard !(start..<(next - 1)).contains(where: { width(bytes, lines[$0]) * 4 < widest * 3 }) else { return nil }
        return start
    }

    /// The middle width of the lines of `range` over 40 characters (a paragraph's last lines and
    /// headings are left out); 0 when there are none.
    private static func middleWidth(_ bytes: [UInt8], _ lines: [Range<Int>], _ range: Range<Int>) -> Int {
        var widths: [Int] = []
        for index in range {
            let count = width(bytes, lines[index])
            if count > 40 { widths.append(count) }
        }
        guard !widths.isEmpty else { return 0 }
        widths.sort()
        return widths[widths.count / 2]
    }

    /// The characters on `line` (its bytes but UTF-8's continuation bytes): a line's width, which
    /// the bytes of quotation marks and accented letters would overstate.
    private static func width(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
        var count = 0
        for byte in bytes[line] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether `line` marks a note numbered `low...high`, glued to a word or (`setApart`) set apart
    /// by spaces.
    private static func marks(_ bytes: [UInt8], _ line: Range<Int>, from low: Int, upTo high: Int, setApart: Bool) -> Bool {
        var index = line.lowerBound + 1
        while index < line.upperBound {
            guard Bytes.isDigit(bytes[index]), !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < line.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
            if end - index <= 3 {
                let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                if number >= low, number <= high,
                   EssayBuilder.isGluedMark(bytes, at: index, count: end - index)
                    || (setApart && (PageFootNumberLines.isBareMark(bytes, at: index, count: end - index)
                        || LooseMarks.isSetApart(bytes, at: index, count: end - index))) {
                    return true
                }
            }
            index = end
        }
        return false
    }

    /// The number alone on `line`, flush left (one to three digits, spaces after), if it is one.
    private static func loneNumber(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        let count = end - line.lowerBound
        guard count >= 1, count <= 3, bytes[line.lowerBound] != 0x30 else { return nil }
        var number = 0
        for byte in bytes[line.lowerBound..<end] {
            guard Bytes.isDigit(byte) else { return nil }
            number = number * 10 + Int(byte &- 0x30)
        }
        return number
    }

    private static func isBlank(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }
    }

    /// Whether `line` opens with a capital, a digit, a parenthesis or an opening quotation mark.
    private static func opensSentence(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard let lead = bytes[line].first else { return false }
        if Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "(") { return true }
        // `“`, `‘` (E2 80 9C, E2 80 98) and `«` (C2 AB).
        let rest = bytes[line].dropFirst()
        return (lead == 0xE2 && rest.starts(with: [0x80, 0x9C])) || (lead == 0xE2 && rest.starts(with: [0x80, 0x98])) || (lead == 0xC2 && rest.first == 0xAB)
    }

    /// Whether `line` ends a sentence (`.`, `!`, `?`, perhaps inside a closing quotation mark or
    /// parenthesis), not with an initial (`T.`).
    private static func endsSentence(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        // `”`, `’` (E2 80 9D, E2 80 99), `»` (C2 BB), `"` and `)` after the stop.
        if end - 3 > line.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {
            end -= 3
        } else if end - 2 > line.lowerBound, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB {
            end -= 2
        } else if end - 1 > line.lowerBound, bytes[end - 1] == UInt8(ascii: "\"") || bytes[end - 1] == UInt8(ascii: ")") {
            end -= 1
        }
        guard end > line.lowerBound, ".!?".utf8.contains(bytes[end - 1]) else { return false }
        // An initial: a capital alone before the stop.
        if end - 2 >= line.lowerBound, Bytes.isUpper(bytes[end - 2]), end - 2 == line.lowerBound || bytes[end - 3] == 0x20 { return false }
        return true
    }
}

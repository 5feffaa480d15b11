import LowLevel

/// A page's notes whose numbers pdfminer (MarkItDown) printed as a column of their own, apart
/// from the texts: each number alone on its line with a full stop (`103.`), the numbers in runs
/// among the texts or before them, and each note's first line opening with the one space left
/// where its number stood (` See id. at 4.`), its wrapped lines with none.
///
/// On a page ending with form feeds, from its first such number or opening line to its end: where
/// the numbers rise by one and there are exactly as many opening lines as numbers, and no line
/// there holds a number with its text (`21.  Text`), the k-th number goes right above the k-th
/// opening line, and the lines after an opening line, numbers and blank lines left out, follow it
/// in the order printed (a note's wrapped lines). A line between numbers before any opening line
/// (`18.` / `I.A.4.` / `19.`) is the end of the note numbered above it, the tail of a wrapped line
/// set in the numbers' column. The page's blank lines there go after the notes. Only lines move;
/// each names where it stood (`SourceFile.LineOrigin`). A file without form feeds is never
/// looked into.
enum LabelColumnNotes {
    /// The file with each page's column of numbers set above its notes' texts, and where each
    /// line stood; nil when no page reads so.
    static func read(_ bytes: [UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])? {
        guard ByteScan.firstIndex(of: 0x0C, in: bytes.span, from: 0) != nil else { return nil }
        let lines = TextLines.ranges(bytes)
        var order: [Int] = []
        order.reserveCapacity(lines.count)
        var pageStart = 0
        var moved = false
        for index in lines.indices where index == lines.count - 1 || bytes[lines[index + 1]].first == 0x0C {
            let page = pageStart..<(index + 1)
            if let pageOrder = pageOrder(bytes, lines, page) {
                order += pageOrder
                moved = true
            } else {
                order += page
            }
            pageStart = index + 1
        }
        guard moved else { return nil }
        return TextLines.reordered(bytes, lines: lines, order: order)
    }

    /// A line of a page, as the notes' column is read.
    private enum Kind: Equatable {
        case number(Int)
        case numbered
        case opening
        case text
        case blank
    }

    /// The page's lines in their new order, or nil where the page does not read so or nothing moves.
    private static func pageOrder(_ bytes: [UInt8], _ lines: [Range<Int>], _ page: Range<Int>) -> [Int]? {
        // The notes run from the page's first number alone or opening line to its end.
        guard let zoneStart = page.first(where: { index in
            switch kind(bytes[lines[index]]) {
            case .number, .opening: true
            default: false
            }
        }) else { return nil }
        let zone = zoneStart..<page.upperBound
        let kinds = zone.map { kind(bytes[lines[$0]]) }
        var numbers: [Int] = []
        var openings = 0
        for item in kinds {
            switch item {
            case .number(let number): numbers.append(number)
            case .opening: openings += 1
            case .numbered: return nil
            case .text, .blank: break
            }
        }
        guard numbers.count >= 2, openings == numbers.count, zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return nil }
        // Each note's lines: its opening line and the text lines after it; a text line before
        // any opening line belongs to the number above it (or, above every number, to the note before).
        var notes = Array(repeating: [Int](), count: numbers.count)
        var tails = Array(repeating: [Int](), count: numbers.count)
        var lead: [Int] = []
        var blanks: [Int] = []
        var opened = -1
        var numbered = -1
        for (offset, item) in kinds.enumerated() {
            let line = zone.lowerBound + offset
            switch item {
            case .number: numbered += 1
            case .opening:
                opened += 1
                notes[opened].append(line)
            case .text:
                if opened >= 0 {
                    notes[opened].append(line)
                } else if numbered >= 0 {
                    tails[numbered].append(line)
                } else {
                    lead.append(line)
                }
            case .blank: blanks.append(line)
            case .numbered: return nil
            }
        }
        var numberLines = zone.filter { if case .number = kinds[$0 - zone.lowerBound] { return true } else { return false } }.makeIterator()
        var order = Array(page.lowerBound..<zone.lowerBound) + lead
        for (note, text) in notes.enumerated() {
            guard let numberLine = numberLines.next() else { return nil }
            order.append(numberLine)
            order += text
            order += tails[note]
        }
        order += blanks
        guard order != Array(page) else { return nil }
        return order
    }

    /// What `line` is among a page's notes: a number alone with its full stop (`103.`, indented by
    /// up to four spaces), a number with its text, a note's opening line (one space, then text), a
    /// line of text or a blank line.
    private static func kind(_ line: ArraySlice<UInt8>) -> Kind {
        let text = line.drop { $0 == 0x20 }
        guard let lead = text.first else { return .blank }
        let indent = text.startIndex - line.startIndex
        let digits = text.prefix(while: Bytes.isDigit)
        if indent <= 4, !digits.isEmpty, digits.count <= 4, digits.first != UInt8(ascii: "0"), digits.endIndex < text.endIndex,
           text[digits.endIndex] == UInt8(ascii: "."), let number = Int(String(decoding: digits, as: UTF8.self)) {
            let rest = text[(digits.endIndex + 1)...]
            if rest.allSatisfy({ $0 == 0x20 }) { return .number(number) }
            if rest.first == 0x20, rest.contains(where: { $0 != 0x20 }) { return .numbered }
        }
        if indent == 1, lead != 0x0C { return .opening }
        return .text
    }
}

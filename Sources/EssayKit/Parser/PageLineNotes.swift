import LowLevel

/// Pages a converter printed each as one line, their notes glued on after the page's text, read
/// as lines: the page's text, then one line per note.
///
/// MarkItDown (pdfminer) prints some journals' pages without a line break: the page's text, its
/// notes and its foot run on in one line (`...zu bringen.4Es wundert ... geraten sind.5Diese
/// ...4Vgl. nur: EuGH, ... Tz. 164.5Grundlegend dazu: ...2008.85Name · Running head`), and the
/// form feed falls inside the line, before the next page's header. A page's notes are a chain of
/// numbers in order glued to their texts (`4Vgl.`, `5Grundlegend`, `14§ 142`), the first the note
/// numbered next; where the page's text also holds a number glued so (a mark before a sentence,
/// `bringen.4Es`), the longest chain is the notes, and of equal ones the later. The line is cut
/// before each note and after each of its marks glued to a word (so the mark reads as a mark),
/// and before its form feed. Only bytes are moved to new lines; each new line names where it
/// stood (`SourceFile.LineOrigin`). Only a file with two lines holding a form feed after
/// `pageLength` bytes is looked into.
enum PageLineNotes {
    /// The least length of a line read as a page.
    static let pageLength = 600

    /// The file's page lines cut into the page's text and its notes, and where each line stood;
    /// nil when the file has no page lines.
    static func read(_ bytes: [UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])? {
        guard hasPageLines(bytes) else { return nil }
        let lines = TextLines.ranges(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 100)
        var origins: [SourceFile.LineOrigin] = []
        var expected = 1
        var changed = false
        for (index, line) in lines.enumerated() {
            var cuts: [Int] = []
            if line.count >= pageLength {
                // The form feed opens the next page's header, on a line of its own.
                let feed = bytes[line].firstIndex(of: 0x0C).flatMap { $0 > line.lowerBound ? $0 : nil }
                let page = line.lowerBound..<(feed ?? line.upperBound)
                if let notes = notes(in: bytes, page, from: expected), let first = notes.first, let last = notes.last {
                    cuts += markEnds(in: bytes, line.lowerBound..<first.start, numbers: notes.map(\.number))
                    cuts += notes.map(\.start)
                    expected = last.number + 1
                }
                if let feed { cuts.append(feed) }
            }
            if !origins.isEmpty { output.append(0x0A) }
            var from = line.lowerBound
            var shift = 0
            for cut in cuts where cut > from && cut < line.upperBound {
                output.append(contentsOf: bytes[from..<cut])
                origins.append(.init(line: Int32(clamping: index), columnShift: Int32(clamping: shift)))
                output.append(0x0A)
                shift += scalars(in: bytes, from..<cut)
                from = cut
                changed = true
            }
            output.append(contentsOf: bytes[from..<line.upperBound])
            origins.append(.init(line: Int32(clamping: index), columnShift: Int32(clamping: shift)))
        }
        return changed ? (output, origins) : nil
    }

    /// Whether two form feeds each stand after a page's length of text on their line: only the
    /// bytes before each form feed are looked at, so a file of ordinary lines costs a byte search.
    private static func hasPageLines(_ bytes: [UInt8]) -> Bool {
        let span = bytes.span
        var count = 0
        var from = 0
        while let feed = ByteScan.firstIndex(of: 0x0C, in: span, from: from) {
            if feed >= pageLength, !bytes[(feed - pageLength)..<feed].contains(0x0A) {
                count += 1
                if count == 2 { return true }
            }
            from = feed + 1
        }
        return false
    }

    /// A number glued to the text after it, where a note may open.
    struct Opening {
        var number: Int
        var start: Int
        var capital: Bool
    }

    /// The page's notes: the longest chain of numbers glued to their texts, in order from
    /// `expected`; of equal chains the later.
    static func notes(in bytes: [UInt8], _ page: Range<Int>, from expected: Int) -> [Opening]? {
        let openings = self.openings(in: bytes, page)
        var best: [Opening] = []
        for (index, opening) in openings.enumerated() where opening.number == expected {
            let chain = self.chain(from: index, in: openings)
            if chain.count >= best.count { best = chain }
        }
        return best.isEmpty ? nil : best
    }

    /// The chain from `openings[first]`: each next number; where it is glued more than once before
    /// the one after it, the last of those (a capital's first), as a note's text may hold a
    /// number glued to a word (`Tz. 35ff.`) before the note it numbers.
    private static func chain(from first: Int, in openings: [Opening]) -> [Opening] {
        var chain = [openings[first]]
        var position = first
        while true {
            let number = chain[chain.count - 1].number + 1
            let candidates = openings.indices.dropFirst(position + 1).filter { openings[$0].number == number }
            guard let nearest = candidates.first else { return chain }
            let bound = openings.indices.dropFirst(nearest + 1).first { openings[$0].number == number + 1 } ?? openings.endIndex
            let before = candidates.filter { $0 < bound }
            let pick = bound == openings.endIndex ? nearest : before.last { openings[$0].capital } ?? before.last ?? nearest
            chain.append(openings[pick])
            position = pick
        }
    }

    /// Every number of one to three digits (not opening with a zero) glued to a text after it: a
    /// section sign, an opening quotation mark or parenthesis, or a word of two letters or more,
    /// or of one before a period or space (`J. Name`), and no pinpoint's `f.`/`ff.`. Not after a
    /// digit or inside an address (`/`, `=`, `&`, `?`, `#`, `%`, `_`).
    static func openings(in bytes: [UInt8], _ page: Range<Int>) -> [Opening] {
        var found: [Opening] = []
        var index = page.lowerBound + 1
        while index < page.upperBound {
            guard Bytes.isDigit(bytes[index]), bytes[index] != UInt8(ascii: "0") else { index += 1; continue }
            let before = bytes[index - 1]
            var end = index
            while end < page.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
            defer { index = end }
            guard end - index <= 3, end < page.upperBound, !Bytes.isDigit(before),
                  !"/=&?#%_".utf8.contains(before) else { continue }
            guard let capital = opensText(bytes, at: end, before: page.upperBound) else { continue }
            let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            found.append(Opening(number: number, start: index, capital: capital))
        }
        return found
    }

    /// Whether a note's text may open at `index` and whether it opens with a capital (or a sign),
    /// or nil.
    private static func opensText(_ bytes: [UInt8], at index: Int, before end: Int) -> Bool? {
        let lead = bytes[index]
        if lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "(") || lead == UInt8(ascii: "[") { return true }
        guard index + 2 < end else { return nil }
        // `§` (C2 A7); `„` and `“` (E2 80 9E, E2 80 9C).
        if lead == 0xC2, bytes[index + 1] == 0xA7 { return true }
        if lead == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9E || bytes[index + 2] == 0x9C { return true }
        let width = letterWidth(bytes, at: index)
        guard width > 0, index + width < end else { return nil }
        let capital = Bytes.isUpper(lead) || (lead == 0xC3 && bytes[index + 1] < 0x9F)
        let next = bytes[index + width]
        if next == UInt8(ascii: ".") || next == 0x20 { return capital ? true : nil }
        guard letterWidth(bytes, at: index + width) > 0 else { return nil }
        if !capital, lead == UInt8(ascii: "f") {
            // `35ff.`: a pinpoint's pages, not a note.
            let rest = bytes[(index + 1)..<min(end, index + 3)]
            if rest.first == UInt8(ascii: "f"), rest.count < 2 || !Bytes.isLetter(rest[rest.startIndex + 1]) { return nil }
        }
        return capital
    }

    /// The bytes of a Latin letter at `index` (an ASCII one, or two from `C3`), or 0.
    private static func letterWidth(_ bytes: [UInt8], at index: Int) -> Int {
        if Bytes.isLetter(bytes[index]) { return 1 }
        if bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] != 0x97, bytes[index + 1] != 0xB7 { return 2 }
        return 0
    }

    /// Where the page's text marks each of `numbers` glued to the word after it (`bringen.4Es`),
    /// in order: the line is cut after each, so the mark ends its line as a mark does.
    private static func markEnds(in bytes: [UInt8], _ text: Range<Int>, numbers: [Int]) -> [Int] {
        var cuts: [Int] = []
        var from = text.lowerBound + 1
        for number in numbers {
            let digits = Array(String(number).utf8)
            var index = from
            while index + digits.count < text.upperBound {
                let end = index + digits.count
                if bytes[index] == digits[0], bytes[index..<end].elementsEqual(digits), !Bytes.isDigit(bytes[index - 1]),
                   !Bytes.isSpace(bytes[index - 1]), !Bytes.isDigit(bytes[end]), letterWidth(bytes, at: end) > 0 {
                    cuts.append(end)
                    from = end
                    break
                }
                index += 1
            }
        }
        return cuts
    }

    private static func scalars(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

extension LineRules {
    /// The next note's number glued to a section sign that opens its text (`14§ 142 Act.`), as
    /// a converter that lost the spaces prints a note citing a statute by its section.
    static func gluedSectionNoteStart(_ line: ArraySlice<UInt8>, digits: ArraySlice<UInt8>, label: [UInt8]) -> NoteStart? {
        guard digits.endIndex + 2 < line.endIndex, line[digits.endIndex] == 0xC2, line[digits.endIndex + 1] == 0xA7,
              digits.elementsEqual(label) else { return nil }
        return NoteStart(label: String(decoding: label, as: UTF8.self), textStart: digits.endIndex)
    }
}

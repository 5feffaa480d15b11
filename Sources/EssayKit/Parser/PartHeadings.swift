import LowLevel

/// The numbers of the parts read so far in a law review converted to plain text: the last roman
/// part (`III.`), the last lettered part under it (`B.`), the last numbered one under that (`2.`).
/// A numbered line is a part's heading only when its number comes next in this order.
struct PartNumbering {
    var roman = 0
    var letter = 0
    var digit = 0

    /// Whether a part numbered `number` (`IV`, `C`, `3`) may come next: the next roman (one
    /// skipped allowed, a part the rule missed), the next letter or `A`, the next number or `1`
    /// once a part above it was read.
    func accepts(_ number: Number) -> Bool {
        switch number {
        case .roman(let value): value > roman && value <= roman + 2
        case .letter(let value): value == letter + 1 || value == 1
        case .digit(let value): (roman > 0 || letter > 0) && (value == digit + 1 || value == 1)
        }
    }

    /// Notes that a part numbered `number` was read: the parts under it start again.
    mutating func read(_ number: Number) {
        switch number {
        case .roman(let value): roman = value; letter = 0; digit = 0
        case .letter(let value): letter = value; digit = 0
        case .digit(let value): digit = value
        }
    }

    /// Notes a section numbered `label` at `level` (1 a roman part, 2 a lettered one, 3 a
    /// numbered one), as `EssayBuilder.startSection` places it.
    mutating func read(label: String, level: Int) {
        let readings = Number.readings(of: label.utf8)
        let number: Number? = switch level {
        case 1: readings.first { if case .roman = $0 { true } else { false } }
        case 2: readings.first { if case .letter = $0 { true } else { false } }
        default: readings.first { if case .digit = $0 { true } else { false } }
        }
        if let number { read(number) }
    }

    /// The first reading of `label` that may come next: a single capital as a letter before as a
    /// roman numeral (`I.` after `H.` is a letter).
    func next(_ label: some Collection<UInt8>) -> Number? {
        Number.readings(of: label).first(where: accepts)
    }

    /// A part's number, by its kind.
    enum Number: Equatable {
        case roman(Int)
        case letter(Int)
        case digit(Int)

        /// The numbers a heading's label may read as (`IV`, `C`, `12`; `I` a letter or a roman
        /// numeral), the letter first; none for any other label.
        static func readings(of label: some Collection<UInt8>) -> [Number] {
            guard let first = label.first, label.count <= 6 else { return [] }
            if label.allSatisfy(Bytes.isDigit) {
                guard label.count <= 2, first != UInt8(ascii: "0"), let value = Int(String(decoding: label, as: UTF8.self)) else { return [] }
                return [.digit(value)]
            }
            var readings: [Number] = []
            if label.count == 1, Bytes.isUpper(first) { readings.append(.letter(Int(first - UInt8(ascii: "A")) + 1)) }
            if let value = romanValue(label) { readings.append(.roman(value)) }
            return readings
        }

        /// The value of a roman numeral in capitals up to 39 (`XXXIX`); nil for anything else.
        private static func romanValue(_ label: some Collection<UInt8>) -> Int? {
            let digits: [UInt8: Int] = [UInt8(ascii: "I"): 1, UInt8(ascii: "V"): 5, UInt8(ascii: "X"): 10]
            var total = 0
            var previous = 0
            for byte in label.reversed() {
                guard let value = digits[byte] else { return nil }
                if value < previous { total -= value } else { total += value; previous = value }
            }
            return total > 0 && total < 40 ? total : nil
        }
    }
}

/// Part headings of a law review converted to plain text (pdftotext), which the conversion runs
/// into the text with no blank line: `INTRODUCTION`, `I. THE COURT'S POWER`, `A. Congress's
/// Power`, `1. The Exceptions Clause`, `CONCLUSION`.
///
/// A line is a heading when it stands where one does (first in its unit, or after a line that ends
/// a sentence, and the text before it ends one) and reads as one: its number (`I.`, `A.`, `1.`)
/// comes next in the order of the parts read (`PartNumbering`), or it has none and is in capitals;
/// short, written as a title (its long words capitalised), with no stop at its end and no note's
/// mark glued to it (`DELIRIUM57`: a section's heading holds no marks, so such a line stays text,
/// where its mark is read). A number alone (`I.`) takes its title from the next line;
/// a title that a line does not hold goes on on the next when that one is a title's line too. A
/// contents line (leader dots), a running head, a page number, a list (`1. X` over `2. Y`) and a
/// sentence a page broke (`A. Roe said`) are no headings.
extension EssayBuilder {
    /// The longest line, in bytes, that may be a part's heading.
    private static let longestHeadingLine = 110

    /// Takes a part's heading out of `unit`: at its head, a section of its own, the rest handled
    /// next; further in, the lines before it stay in the unit and the rest is handled next.
    mutating func takePartHeading(_ unit: inout [Range<Int>]) -> Bool {
        guard hasFormFeeds else { return false }
        let bytes = file.bytes
        for index in unit.indices {
            let line = unit[index]
            // The cheap test: a short line opening with a capital or a digit, perhaps after the
            // spaces that centre it (`pdftotext -layout`: `                II.`).
            guard line.count >= 2 else { continue }
            var leadIndex = line.lowerBound
            while leadIndex < line.upperBound, bytes[leadIndex] == 0x20 { leadIndex += 1 }
            guard leadIndex < line.upperBound, line.upperBound - leadIndex <= Self.longestHeadingLine else { continue }
            let lead = bytes[leadIndex]
            guard Bytes.isUpper(lead) || Bytes.isDigit(lead) else { continue }
            // The unit's widest line is measured only for an indented line that may be a heading.
            if leadIndex > line.lowerBound, !Self.isCentred(leadIndex..<line.upperBound, in: unit, bytes: bytes) { continue }
            if index > 0, !endsSentence(unit[index - 1]),
               !endsNumberedRun(unit[index - 1], before: index > 1 ? unit[index - 2] : nil, heading: line) { continue }
            guard let found = partHeading(unit, at: index) else { continue }
            if index > 0 {
                pending.append(Array(unit[index...]))
                unit.removeSubrange(index...)
                return false
            }
            if let pieces = sections.last?.blocks.last?.pieces, let lastLine = pieces.last, !endsSentence(lastLine),
               !endsNumberedRun(lastLine, before: pieces.count > 1 ? pieces[pieces.count - 2] : nil, heading: line) { return false }
            var rest = Array(unit.dropFirst(found.lines))
            if found.takesNextUnit, var next = pending.popLast() {
                // The title is the next unit's first line; the rest of that unit goes on the text.
                next.removeFirst()
                if !next.isEmpty { pending.append(next) }
                rest = []
            }
            if !rest.isEmpty { pending.append(rest) }
            region = .body
            bylineDecided = true
            startSection(found.heading, line: found.headingLine)
            if found.titleLines.count > 1 { sections[sections.count - 1].titlePieces = found.titleLines }
            return true
        }
        return false
    }

    /// Whether an indented line's `text` is set in the middle of the page, as `pdftotext -layout`
    /// prints a centred heading: indented by four spaces or more, and its middle within a fifth
    /// of the page's width of the middle of the unit's widest line (the page's measure; 80
    /// columns where the unit holds no wider line; pdftotext centres on the page, which may sit
    /// a few columns off the text's measure). A line indented on the left only (a quotation's
    /// or a list's short line) is not.
    static func isCentred(_ text: Range<Int>, in unit: [Range<Int>], bytes: [UInt8]) -> Bool {
        var lineStart = text.lowerBound
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0C { lineStart -= 1 }
        let indent = text.lowerBound - lineStart
        guard indent >= 4 else { return false }
        var end = text.upperBound
        while end > text.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        var width = 80
        for line in unit { width = max(width, characters(in: bytes[line])) }
        let middle = indent * 2 + characters(in: bytes[text.lowerBound..<end])
        return abs(middle - width) * 10 <= width * 4
    }

    /// A heading found: the heading, the lines it spans, and its title's pieces.
    private struct FoundHeading {
        var heading: LineRules.Heading
        var headingLine: Range<Int>
        /// How many lines of the unit it takes.
        var lines: Int
        var titleLines: [Range<Int>]
        /// Whether its title is the next unit's first line (a number alone ends its unit).
        var takesNextUnit = false
    }

    /// The heading that line `index` of `unit` opens, if it is one.
    private func partHeading(_ unit: [Range<Int>], at index: Int) -> FoundHeading? {
        let bytes = file.bytes
        let text = LineRules.trim(bytes[unit[index]])
        guard !text.isEmpty, !Self.endsWithNoteMark(text), !isContentsOrFurniture(text) else { return nil }
        // A contents list's entry goes on to its leader on the next line.
        if let after = index + 1 < unit.count ? unit[index + 1] : pending.last?.first, Self.isContentsLine(LineRules.trim(bytes[after])) { return nil }
        let (label, titleStart) = Self.partLabel(text)
        if let label {
            guard let number = partNumbering.next(label) else { return nil }
            var titleLines: [Range<Int>] = []
            var lines = 1
            var takesNextUnit = false
            if titleStart == text.endIndex {
                // `I.` alone: the title is the next line, or the next unit's first.
                let next: Range<Int>
                if index + 1 < unit.count {
                    next = unit[index + 1]
                    lines = 2
                } else if let following = pending.last?.first {
                    next = following
                    takesNextUnit = true
                } else {
                    return nil
                }
                let title = LineRules.trim(bytes[next])
                // Its words may be the running head's (a part titled as the essay's short title).
                guard Self.isHeadingText(title, numbered: true), !Self.isContentsLine(title) else { return nil }
                titleLines = [title.startIndex..<title.endIndex]
            } else {
                let title = LineRules.trim(text[titleStart...])
                guard Self.isHeadingText(title, numbered: true) || Self.opensHeadingText(title) else { return nil }
                titleLines = [title.startIndex..<title.endIndex]
            }
            if !takesNextUnit, index + lines < unit.count {
                // A title the line did not hold goes on on the next line.
                let next = LineRules.trim(bytes[unit[index + lines]])
                let first = LineRules.trim(bytes[titleLines[0]])
                // The text under a heading opens a sentence: a line that goes on in lower case after
                // the one taken as the title's end was the text's first.
                if Self.continuesHeading(next, after: first), !Self.isContentsLine(next), index + lines + 1 < unit.count,
                   !opensLowerCase(unit[index + lines + 1]) {
                    titleLines.append(next.startIndex..<next.endIndex)
                    lines += 1
                } else if !Self.isHeadingText(first, numbered: true) || opensLowerCase(unit[index + lines]) {
                    return nil
                }
                // A number over the next number is a list's item, not a part.
                if case .digit = number, let after = unit.indices.contains(index + lines) ? unit[index + lines] : nil,
                   bytes[after.lowerBound] >= UInt8(ascii: "0"), bytes[after.lowerBound] <= UInt8(ascii: "9") {
                    return nil
                }
            } else if !Self.isHeadingText(LineRules.trim(bytes[titleLines[0]]), numbered: true) {
                return nil
            }
            let lastLine = takesNextUnit ? unit[index] : unit[index + lines - 1]
            return FoundHeading(heading: LineRules.Heading(number: String(decoding: label, as: UTF8.self), titleRange: titleLines[0], hashes: 0),
                                headingLine: unit[index].lowerBound..<lastLine.upperBound, lines: lines, titleLines: titleLines,
                                takesNextUnit: takesNextUnit)
        }
        // No number, in title case (`The Problem of Notice`): only where it is sure to stand alone.
        // (A byline still to come reads alike: only once it is decided.)
        if bylineDecided, !Self.isUnnumberedHeading(text), Self.isTitleCaseHeading(text), !PlainTitle.closes(text), index + 1 < unit.count,
           index == 0 || endsParagraph(unit, at: index - 1) {
            let body = LineRules.trim(bytes[unit[index + 1]])
            guard body.count >= 40, let lead = body.first, Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2,
                  Self.opensSentence(body) else { return nil }
            return FoundHeading(heading: LineRules.Heading(number: nil, titleRange: text.startIndex..<text.endIndex, hashes: 0),
                                headingLine: unit[index], lines: 1, titleLines: [text.startIndex..<text.endIndex])
        }
        // No number: a line in capitals (`INTRODUCTION`), perhaps going on on the next.
        guard Self.isUnnumberedHeading(text), !PlainTitle.closes(text), index + 1 < unit.count else { return nil }
        var titleLines = [text.startIndex..<text.endIndex]
        var lines = 1
        let next = LineRules.trim(bytes[unit[index + 1]])
        if Self.isCapitalsHeading(next), index + 2 < unit.count {
            titleLines.append(next.startIndex..<next.endIndex)
            lines = 2
        }
        // The text under it is a paragraph's line (a cover's lines are short) opening with a capital
        // (or a quote): a sentence goes on in lower case.
        let body = LineRules.trim(bytes[unit[index + lines]])
        guard body.count >= 40, let lead = body.first, !Bytes.isLower(lead) else { return nil }
        return FoundHeading(heading: LineRules.Heading(number: nil, titleRange: titleLines[0], hashes: 0),
                            headingLine: unit[index].lowerBound..<unit[index + lines - 1].upperBound, lines: lines, titleLines: titleLines)
    }

    /// Whether a part's heading at `heading` may follow `previous`, a line that ends no sentence,
    /// as the end of a run of numbered lines (a quoted verse or list, `23. And the rain ...` over
    /// `24. And the road ...`, one short line each): `previous` and the line `before` it are
    /// numbered one after the other, and the heading is a roman part in capitals (`II. ANALYSIS`)
    /// or a lettered part (`A. The Search`), which no line of the run opens.
    private func endsNumberedRun(_ previous: Range<Int>, before: Range<Int>?, heading: Range<Int>) -> Bool {
        let bytes = file.bytes
        // The cheap test: the line before opens with a digit, the heading with a capital.
        guard Bytes.isDigit(bytes[previous.lowerBound]), Bytes.isUpper(bytes[heading.lowerBound]), let before,
              let last = Self.itemNumber(LineRules.trim(bytes[previous])), let first = Self.itemNumber(LineRules.trim(bytes[before])),
              last == first + 1 else { return false }
        let text = LineRules.trim(bytes[heading])
        let (label, titleStart) = Self.partLabel(text)
        guard let label, !label.contains(where: Bytes.isDigit) else { return false }
        return label.count == 1 || Self.isCapitalsHeading(LineRules.trim(text[titleStart...]))
    }

    /// The number of a numbered line (`12. And the rain`): one to three digits, a full stop, a
    /// space and a word.
    private static func itemNumber(_ text: ArraySlice<UInt8>) -> Int? {
        let digits = text.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 3, digits.endIndex + 2 < text.endIndex, text[digits.endIndex] == UInt8(ascii: "."),
              text[digits.endIndex + 1] == 0x20, text[digits.endIndex + 2] != 0x20 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// Whether line `index` of `unit` ends a paragraph: it ends a sentence and is shorter than the
    /// unit's full lines (four fifths of its widest), as a paragraph's last line is and a line
    /// that a sentence happens to end at the margin is not.
    private func endsParagraph(_ unit: [Range<Int>], at index: Int) -> Bool {
        guard endsSentence(unit[index]) else { return false }
        let bytes = file.bytes
        var widest = 0
        for line in unit { widest = max(widest, Self.characters(in: bytes[line])) }
        return Self.characters(in: bytes[unit[index]]) * 5 < widest * 4
    }

    /// Whether a line reads as a sentence's start, not a heading's or a table row's next line
    /// (`Appropriations and Congressional Directives`, `Food and Nutrition Act Provides`): a
    /// lower-case word of four letters or more among its first five words.
    private static func opensSentence(_ line: ArraySlice<UInt8>) -> Bool {
        line.split(separator: 0x20).prefix(5).contains { word in
            word.first.map(Bytes.isLower) == true && word.filter(Bytes.isLetter).count >= 4
        }
    }

    /// Whether an unnumbered line in title case reads surely as a heading (`Introduction`, `The
    /// Problem of Notice`): at most eight words and 70 bytes, no digit and no stop, comma, colon
    /// or mark at its end; every word capitalised but short joining ones (`of`, `the`, `and`), the
    /// first capitalised and the last not a joining one; one word alone of eight letters or more.
    static func isTitleCaseHeading(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 6, text.count <= 70, let first = text.first, Bytes.isUpper(first), let last = text.last, Bytes.isLetter(last),
              !text.contains(where: Bytes.isDigit), text.contains(where: Bytes.isLower) else { return false }
        let words = text.split(separator: 0x20)
        guard words.count <= 8 else { return false }
        if words.count == 1 { return text.count >= 8 && text.allSatisfy(Bytes.isLetter) }
        let joining = ["a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "with", "by", "at", "as", "from", "into", "v."]
        // A title that ends on a joining word goes on on the next line (`... of the House of`).
        if let lastWord = words.last, joining.contains(where: { lastWord.elementsEqual($0.utf8) }) { return false }
        for word in words {
            guard let lead = word.first else { return false }
            if Bytes.isUpper(lead) {
                // A capitalised word of letters, perhaps hyphenated or with an apostrophe.
                guard word.allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 >= 0x80 }) else { return false }
            } else if !joining.contains(where: { word.elementsEqual($0.utf8) }) {
                return false
            }
        }
        return true
    }

    /// Whether a line is a contents line (leader dots), a running head or a page number.
    private func isContentsOrFurniture(_ text: ArraySlice<UInt8>) -> Bool {
        Self.isContentsLine(text) || LineRules.isRunningHead(text) || LineRules.isPageNumber(text) || repeatedHeads.contains(line: text)
    }

    /// Whether a line holds a contents list's leader of dots (`Conclusion ........ 845`).
    private static func isContentsLine(_ text: ArraySlice<UInt8>) -> Bool {
        ContentsList.leaderEntry(text) != nil || LineRules.firstRange(of: "....", in: text) != nil || LineRules.firstRange(of: ". . .", in: text) != nil
    }

    /// A part's label and where its title starts: `IV. ` or `IV.` alone, `C. `, `3. `, and a letter
    /// a converter glued to its title (`A.The Problem`, a capital then a lower-case letter, where
    /// `U.S. Policy` has a period); a nil label for a line with none.
    static func partLabel(_ text: ArraySlice<UInt8>) -> (ArraySlice<UInt8>?, Int) {
        let label = text.prefix { Bytes.isUpper($0) || Bytes.isDigit($0) }
        guard !label.isEmpty, label.count <= 6, label.endIndex < text.endIndex, text[label.endIndex] == UInt8(ascii: ".") else { return (nil, text.startIndex) }
        let after = label.endIndex + 1
        if after == text.endIndex { return (label, after) }
        if label.count == 1, Bytes.isUpper(label[label.startIndex]), after + 1 < text.endIndex, Bytes.isUpper(text[after]), Bytes.isLower(text[after + 1]) {
            return (label, after)
        }
        guard text[after] == 0x20 else { return (nil, text.startIndex) }
        return (label, after + 1)
    }

    /// Whether a line ends with a note's mark glued to it (`DELIRIUM57`, `Power.”12`): digits after
    /// a letter or a closing mark. Such a heading stays text, so that its mark is read: a section's
    /// heading holds no marks.
    static func endsWithNoteMark(_ text: ArraySlice<UInt8>) -> Bool {
        let digits = text.reversed().prefix(while: Bytes.isDigit).count
        guard digits > 0, digits <= 3, digits < text.count else { return false }
        let before = text[text.endIndex - digits - 1]
        return Bytes.isLetter(before) || before >= 0x80 || before == UInt8(ascii: ")") || before == UInt8(ascii: "\"")
    }

    /// Whether a title reads as a heading's: three letters or more, at most 16 words, its long
    /// words (five letters or more) capitalised but one, no stop, comma, colon or semicolon at its
    /// end. A numbered title may be in title case; an unnumbered one must be in capitals.
    static func isHeadingText(_ title: ArraySlice<UInt8>, numbered: Bool) -> Bool {
        guard let last = title.last, !".,;:!".utf8.contains(last), !endsWithNoteMark(title), opensHeadingText(title) else { return false }
        return numbered || isCapitalsHeading(title)
    }

    /// Whether a title's first line reads as a heading's, whatever its end.
    static func opensHeadingText(_ title: ArraySlice<UInt8>) -> Bool {
        guard let first = title.first, title.count <= longestHeadingLine,
              Bytes.isUpper(first) || first >= 0x80 || first == UInt8(ascii: "(") || first == UInt8(ascii: "\"") || Bytes.isDigit(first)
        else { return false }
        var words = 0
        var lowerLong = 0
        var letters = 0
        for word in title.split(separator: 0x20) {
            words += 1
            let wordLetters = word.filter(Bytes.isLetter).count
            letters += wordLetters
            if let letter = word.first(where: { Bytes.isLetter($0) || $0 >= 0x80 }), Bytes.isLower(letter), wordLetters >= 5 { lowerLong += 1 }
        }
        return letters >= 3 && words <= 16 && lowerLong <= 1 && title.last != UInt8(ascii: ";") && !isRunIn(title)
    }

    /// Whether a title runs into its text after a stop and a dash (`Framed as “Accepted.” — In
    /// 2009, the`), as a part's heading set in the paragraph's first line does: no line of its own.
    private static func isRunIn(_ title: ArraySlice<UInt8>) -> Bool {
        guard let dash = LineRules.firstRange(of: "—", in: title) else { return false }
        var index = dash.lowerBound
        while index > title.startIndex {
            let byte = title[index - 1]
            if byte == 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { index -= 1; continue }
            // A closing quote, `”` or `’` (E2 80 9D, E2 80 99).
            if index - 3 >= title.startIndex, title[index - 3] == 0xE2, title[index - 2] == 0x80, byte == 0x9D || byte == 0x99 { index -= 3; continue }
            break
        }
        return index > title.startIndex && title[index - 1] == UInt8(ascii: ".")
    }

    /// Whether `next` goes on with a heading's title `first`: a title's line too (opening in
    /// lower case allowed), with no stop at its end, after a first line in the same case.
    private static func continuesHeading(_ next: ArraySlice<UInt8>, after first: ArraySlice<UInt8>) -> Bool {
        guard let last = next.last, !".,;:!".utf8.contains(last), !endsWithNoteMark(next), let lead = next.first, next.count <= longestHeadingLine,
              partLabel(next).0 == nil else { return false }
        if isCapitalsHeading(first) { return isCapitalsHeading(next) }
        // A title-case line going on: its long words capitalised, a short lower-case word first allowed.
        guard Bytes.isUpper(lead) || Bytes.isLower(lead) || lead == UInt8(ascii: "(") else { return false }
        var lowerLong = 0
        var words = 0
        for word in next.split(separator: 0x20) {
            words += 1
            if let letter = word.first, Bytes.isLower(letter), word.filter(Bytes.isLetter).count >= 5 { lowerLong += 1 }
        }
        return lowerLong == 0 && words <= 10
    }

    /// Whether a line's first byte that is not a space is a lower-case letter.
    private func opensLowerCase(_ line: Range<Int>) -> Bool {
        LineRules.trim(file.bytes[line]).first.map(Bytes.isLower) ?? false
    }

    /// Whether a line is in capitals as a heading is: three letters or more, none lower case,
    /// at most 12 words, no stop or comma at its end.
    static func isCapitalsHeading(_ text: ArraySlice<UInt8>) -> Bool {
        guard let last = text.last, !".,;:!".utf8.contains(last), !endsWithNoteMark(text), text.count <= longestHeadingLine,
              let first = text.first, Bytes.isUpper(first) || first == UInt8(ascii: "\"") || first >= 0x80 else { return false }
        var letters = 0
        for byte in text {
            if Bytes.isLower(byte) { return false }
            if Bytes.isUpper(byte) { letters += 1 }
        }
        return letters >= 3 && text.split(separator: 0x20).count <= 12
    }

    /// Whether an unnumbered line in capitals reads as a heading, not an abbreviation alone in a
    /// table's column (`NOAA`, `EIS`): two words or more, or one of six letters or more.
    private static func isUnnumberedHeading(_ text: ArraySlice<UInt8>) -> Bool {
        isCapitalsHeading(text) && (text.contains(0x20) || text.filter(Bytes.isUpper).count >= 6)
    }
}

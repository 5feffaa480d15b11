import LowLevel

/// Notes at the foot of a law review's pages where pdftotext prints each note's number alone on a
/// line, with no full stop, apart from the note's text (`12` / `See ...`), and often out of place:
/// a column of numbers before the texts (`12` / `13` / `14` / text / text / text), or a number set
/// after its text, at the end of the page's notes. The texts keep their order; the numbers only
/// say how many notes the page holds and where a note may start.
extension EssayBuilder {
    /// A line of a page's foot, as the number columns are read.
    struct FootLine {
        enum Kind: Equatable {
            /// A note's number alone (`12`).
            case number(Int)
            /// A note's number and its text (`12 See ...`): the text's start.
            case numbered(Int, textStart: Int)
            /// A line of a note's text.
            case text
        }
        var range: Range<Int>
        var kind: Kind
        /// Whether a blank line comes before it (it opens a unit).
        var opensUnit: Bool
    }

    /// A unit of body text in which a line holds the next note's number alone (`12`), at a page's
    /// foot: the page's text before the line marks that note (digits glued to a word), and the line
    /// is not at the top of its page (a page's number). Lines above it go back to the body; the
    /// line and the units after it up to the page's end are read as the page's notes
    /// (`readNumberColumns`).
    mutating func takeLawReviewNumberColumns(_ unit: inout [Range<Int>]) -> Bool {
        guard hasFormFeeds, region == .body, noteForm == nil || noteForm == .pageBlocks else { return false }
        let bytes = file.bytes
        let expected = lastNoteNumber + 1
        for (index, line) in unit.enumerated() {
            // Only a line of one to four digits is looked into further.
            guard line.count <= 6, Bytes.isDigit(bytes[line.lowerBound]), let number = Self.numberAlone(bytes[line]),
                  number >= expected, number <= expected + 60,
                  line.lowerBound - pageStart(of: line.lowerBound) > 200 else { continue }
            if number <= expected + 1, marksOnThisPageOrTheOneBefore(number, before: line.lowerBound) {
                // Marked glued: the page's notes start here.
            } else if !(number == expected && marksApartBeforeTheNext(number, at: index, in: unit))
                        && !resumesTheNumbering(number, expected: expected, at: index, in: unit) {
                continue
            }
            // A note `N Text` before it on the page (`6 The court ...` / `7` / `See ...`) says the
            // page's notes are read one by one, the number alone as the next note's start.
            if number > expected, opensNumberedNote(in: unit[..<index], from: expected, upTo: number - 1) { return false }
            if index > 0 {
                pending.append(Array(unit[index...]))
                unit.removeSubrange(index...)
                return unit.isEmpty
            }
            var lines: [FootLine] = []
            var opens = true
            for part in [unit] + takePageFoot(first: number) {
                for line in part {
                    lines.append(FootLine(range: line, kind: .text, opensUnit: opens))
                    opens = false
                }
                opens = true
            }
            unit.removeAll()
            readNumberColumns(lines, first: number)
            noteForm = .pageBlocks
            readsLawReviewNotes = true
            return true
        }
        return false
    }

    /// Whether the next note's number alone (`81`) opens the page's notes though the body sets its
    /// mark apart between two words (`deemed incompetent 81 and`, `PageFootNumberLines.isBareMark`),
    /// as it does a count: only where the note after it stands alone on a later line of the unit and
    /// is marked glued on the page. Without it the page's notes were read one by one, and every
    /// later page's notes were lost with them.
    private func marksApartBeforeTheNext(_ number: Int, at index: Int, in unit: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        let line = unit[index]
        guard unit[(index + 1)...].prefix(60).contains(where: { $0.count <= 6 && Self.numberAlone(bytes[$0]) == number + 1 }),
              marksOnThisPageOrTheOneBefore(number + 1, before: line.lowerBound) else { return false }
        let digits = Array(String(number).utf8)
        var cursor = pageStart(of: line.lowerBound) + 5
        while cursor + digits.count <= line.lowerBound {
            if bytes[cursor] == digits[0], !Bytes.isDigit(bytes[cursor - 1]), bytes[cursor..<(cursor + digits.count)].elementsEqual(digits),
               PageFootNumberLines.isBareMark(bytes, at: cursor, count: digits.count) {
                return true
            }
            cursor += 1
        }
        return false
    }

    /// Whether a number alone further on than the next note (`48` where `44` is expected) opens the
    /// page's notes after a page whose notes were lost (their numbers printed elsewhere): only in a
    /// file whose notes this reader read before, where the page's text marks it glued and the
    /// number after it stands alone on a later line of the page, marked glued too, and none of the
    /// numbers in between stands alone above it in the unit. The notes in between are missed;
    /// without it one page's lost number lost every later note.
    private func resumesTheNumbering(_ number: Int, expected: Int, at index: Int, in unit: [Range<Int>]) -> Bool {
        guard readsLawReviewNotes, number > expected + 1 else { return false }
        let bytes = file.bytes
        let line = unit[index]
        // The numbers in between are lost, not printed alone above it (those open the notes as
        // the other rules read them).
        guard !unit[..<index].contains(where: { $0.count <= 6 && Self.numberAlone(bytes[$0]).map { $0 >= expected && $0 < number } == true }),
              marksOnThisPageOrTheOneBefore(number, before: line.lowerBound), marksOnThisPageOrTheOneBefore(number + 1, before: line.lowerBound) else { return false }
        return someLineBeforeThePageEnds(after: unit[(index + 1)...], within: 200) { $0.count <= 6 && Self.numberAlone(bytes[$0]) == number + 1 }
    }

    /// Whether one of `lines`, on the page of the last of them, opens a note numbered from `low` to
    /// `high` with its text (`6 The court ...`).
    private func opensNumberedNote(in lines: ArraySlice<Range<Int>>, from low: Int, upTo high: Int) -> Bool {
        guard low <= high, let last = lines.last else { return false }
        let page = pageStart(of: last.lowerBound)
        let bytes = file.bytes
        return lines.contains { $0.lowerBound >= page && Self.numberedNoteStart(bytes[$0], from: low, upTo: high) != nil }
    }

    /// The units after the one being handled up to the page's end (its form feed) or its notice,
    /// taken out of `pending`: page furniture among them (a repeated footer, a page's number) is left out, but
    /// for the numbers of the notes from `first` on.
    private mutating func takePageFoot(first: Int) -> [[Range<Int>]] {
        let bytes = file.bytes
        var taken: [[Range<Int>]] = []
        var lines = 0
        while let next = pending.last, let opening = next.first, bytes[opening.lowerBound] != 0x0C, lines < 300 {
            // The first page's notice (its journal, copyright and DOI lines) is no note's: it is
            // left to be read as the notice.
            if next.contains(where: { LineRules.metadataKind(bytes[$0]) != nil || Self.isNoticeLine(bytes[$0]) }) { break }
            let unit = pending.removeLast()
            lines += unit.count
            if unit.allSatisfy({ line in Self.numberAlone(bytes[line]).map { $0 >= first && $0 < first + 80 } ?? false }) {
                taken.append(unit)
                continue
            }
            if isFurniture(unit) || (unit.count == 1 && LineRules.isPageNumber(LineRules.trim(bytes[opening]))) { continue }
            taken.append(unit)
        }
        return taken
    }

    /// Reads a page's foot whose first line is note `first`'s number alone: the page's numbers are
    /// those that run on from `first` among its lines; each line opening with one and a capital
    /// (`13 See ...`) starts that note, and the texts between are parted among the notes whose
    /// numbers stand alone, in order (`partTexts`). A number alone that runs on no numbering (a
    /// page's number) is left out.
    private mutating func readNumberColumns(_ lines: [FootLine], first: Int) {
        let bytes = file.bytes
        var lines = lines
        var present = Set<Int>()
        var previousEndsSentence = true
        for index in lines.indices {
            let line = lines[index].range
            if Bytes.isDigit(bytes[line.lowerBound]) {
                if let number = Self.numberAlone(bytes[line]) {
                    if number >= first, number < first + 80 { lines[index].kind = .number(number); present.insert(number) }
                    else { lines[index].kind = .number(-1) }
                    continue
                }
                if previousEndsSentence, let start = Self.numberedNoteStart(bytes[line], from: first, upTo: first + 80) {
                    lines[index].kind = .numbered(start.number, textStart: start.textStart)
                    present.insert(start.number)
                }
            }
            previousEndsSentence = Self.endsNoteSentence(LineRules.trim(bytes[line]))
        }
        // A number alone is the note's own: a line opening with it is a line of text that opens
        // with a volume (`3` / `2 James G. Blaine, Twenty Years ...`).
        for index in lines.indices {
            guard case .numbered(let number, _) = lines[index].kind else { continue }
            if lines.contains(where: { $0.kind == .number(number) }) { lines[index].kind = .text }
        }
        takeRestOfTheNoteBefore(&lines, first: first)
        var last = first
        // A number printed nowhere alone (glued to a note's last word, `anticompetitive44`) between
        // two that are is a note of the page all the same when the page's text marks it glued: the
        // numbers are a count, and the texts are parted among all of them.
        let bodyEnd = lines.first?.range.lowerBound ?? 0
        while present.contains(last + 1)
                || (present.contains(last + 2) && Self.hasGluedMark(last + 1, in: bytes, from: pageStart(of: bodyEnd), before: bodyEnd, afterNonDigit: true)) {
            last += 1
        }
        // Spans: each opens where a line opens a note with its text, in rising order.
        var spans: [(start: Int, number: Int)] = [(0, first)]
        // The other column's body found among the notes is read next, as the body.
        var body: [[Range<Int>]] = []
        defer { pending.append(contentsOf: body.reversed()) }
        for index in lines.indices {
            guard case .numbered(let number, _) = lines[index].kind else { continue }
            if number > spans[spans.count - 1].number, number <= last { spans.append((index, number)) } else { lines[index].kind = .text }
        }
        for (offset, span) in spans.enumerated() {
            let end = offset + 1 < spans.count ? spans[offset + 1].start : lines.count
            let lastNumber = offset + 1 < spans.count ? spans[offset + 1].number - 1 : last
            let labelLine = lines[span.start].range
            // Numbers alone in their places over their texts say where each note starts.
            if let anchored = notesByAnchors(lines[span.start..<end], first: span.number, last: lastNumber) {
                for note in anchored.notes {
                    footnotes.append(RawFootnote(label: String(note.number), pieces: note.pieces, labelRange: labelLine.lowerBound..<labelLine.lowerBound))
                }
                body += anchored.body
                continue
            }
            var texts: [FootLine] = []
            var numberBefore = false
            for line in lines[span.start..<end] {
                switch line.kind {
                case .number(let number):
                    // A number out of the numbering is a page's; it parts texts all the same.
                    if number <= lastNumber { numberBefore = true }
                case .numbered(_, let textStart):
                    texts.append(FootLine(range: textStart..<line.range.upperBound, kind: .text, opensUnit: true))
                    numberBefore = false
                case .text:
                    texts.append(FootLine(range: line.range, kind: .text, opensUnit: line.opensUnit || numberBefore))
                    numberBefore = false
                }
            }
            let count = lastNumber - span.number + 1
            let parts = partTexts(texts, count: count)
            for (place, part) in parts.enumerated() {
                let number = span.number + place
                footnotes.append(RawFootnote(label: String(number), pieces: texts[part].map(\.range), labelRange: labelLine.lowerBound..<labelLine.lowerBound))
            }
            // Notes whose texts could not be told apart stay, empty, in the numbering.
            for number in (span.number + parts.count)..<(lastNumber + 1) {
                footnotes.append(RawFootnote(label: String(number), pieces: [], labelRange: labelLine.lowerBound..<labelLine.lowerBound))
            }
        }
    }

    /// Gives the page's first texts to the note before `first` where they are its rest, run on
    /// from the page before: that note stops mid-sentence, and the first text goes on with it (in
    /// lower case or with a citation's rest, `3, 2010).`), or opens as no note does while the
    /// places where a note may start leave one text more than the page's numbers. The rest runs to
    /// the first such place; the texts after it are the page's notes'.
    private mutating func takeRestOfTheNoteBefore(_ lines: inout [FootLine], first: Int) {
        guard let previous = footnotes.indices.last, footnotes[previous].number == first - 1, lastNoteStopsMidSentence,
              let start = lines.firstIndex(where: { $0.kind == .text }) else { return }
        let bytes = file.bytes
        var end = start + 1
        while end < lines.count, lines[end].kind == .text, !Self.mayOpenNote(after: lines[end - 1].range, line: lines[end].range, in: bytes) { end += 1 }
        let opening = LineRules.trim(bytes[lines[start].range])
        guard let lead = opening.first else { return }
        if !(Bytes.isLower(lead) || Self.continuesCitation(opening)) {
            guard !Self.opensLikeNote(opening), end < lines.count else { return }
            let numbers = Set(lines.compactMap { line -> Int? in
                if case .number(let number) = line.kind, number >= first { return number }
                if case .numbered(let number, _) = line.kind { return number }
                return nil
            }).count
            var starts = 0
            for index in (start + 1)..<lines.count where lines[index].kind == .text && lines[index - 1].kind == .text
                && Self.mayOpenNote(after: lines[index - 1].range, line: lines[index].range, in: bytes) { starts += 1 }
            guard starts >= numbers else { return }
        }
        footnotes[previous].pieces += lines[start..<end].map(\.range)
        lines.removeSubrange(start..<end)
    }

    /// Whether `line` may open a note after `previous`: the line before ends a sentence no
    /// abbreviation closes, and the line opens with no lower-case letter, parenthesis or
    /// citation's rest.
    static func mayOpenNote(after previous: Range<Int>, line: Range<Int>, in bytes: [UInt8]) -> Bool {
        let before = LineRules.trim(bytes[previous])
        let after = LineRules.trim(bytes[line])
        guard let lead = after.first, !Bytes.isLower(lead), lead != UInt8(ascii: "("), lead != UInt8(ascii: "["),
              !Self.continuesCitation(after) else { return false }
        return (Self.endsNoteSentence(before) && !Self.endsWithAbbreviation(before)) || (Self.endsWithAddress(before) && Self.opensLikeNote(after))
    }

    /// Parts the texts of `count` notes, in order, where a note may start: after a line that ends a
    /// sentence no abbreviation closes (or a web address), on one that opens with no lower-case
    /// letter and no citation's rest (`ColumnTextPlaces`); surer where a blank line or a number
    /// comes between, where the line before is shorter than a full line, or where the line opens
    /// as a note does. Each part is a run of `texts`' indices. Places after an abbreviation are
    /// taken only where the others are too few. Where even then there are fewer places than
    /// notes less one, and each text at a place (and the first) opens as a note does, the texts
    /// are the first notes' in order. When the places cannot be chosen surely (as many likely
    /// places as notes less one, each likelier than the rest, or, where they tie, as many after a
    /// line short of the full ones, a note's last), the texts stay together with the first note,
    /// and fewer parts than notes come back.
    func partTexts(_ texts: [FootLine], count: Int) -> [Range<Int>] {
        guard !texts.isEmpty else { return [] }
        if count <= 1 { return [0..<texts.count] }
        guard texts.count >= count else { return [0..<texts.count] }
        let bytes = file.bytes
        var widest = 0
        for text in texts { widest = max(widest, Self.characters(in: bytes[text.range])) }
        var places: [(index: Int, score: Int)] = []
        // Places after a line an abbreviation ends (`Apr.`, `U.S.`): taken, last, only where the
        // others are too few.
        var abbreviated: [(index: Int, score: Int)] = []
        // Whether every text after a sure place opens as a note does.
        var allOpenNotes = true
        for index in 1..<texts.count {
            let before = LineRules.trim(bytes[texts[index - 1].range])
            let after = LineRules.trim(bytes[texts[index].range])
            // A note opens with a word, a number or a quotation mark, never a parenthesis, nor
            // with the rest of a citation (`3, 2010).`).
            guard let lead = after.first, !Bytes.isLower(lead), lead != UInt8(ascii: "("), lead != UInt8(ascii: "["),
                  !Self.continuesCitation(after) else { continue }
            let opensNote = Self.opensLikeNote(after)
            // A full stop ends a note surer than a parenthesis or a web address does.
            var score: Int
            if Self.endsNoteSentence(before) {
                score = Self.endsWithFullStop(before) ? 2 : 1
            } else if opensNote, Self.endsWithAddress(before) {
                score = 1
            } else {
                continue
            }
            if texts[index].opensUnit { score += 2 }
            if Self.characters(in: bytes[texts[index - 1].range]) * 10 < widest * 9 { score += 1 }
            if opensNote { score += 1 }
            if Self.endsWithAbbreviation(before) {
                abbreviated.append((index, score - 4))
            } else {
                places.append((index, score))
                if !opensNote { allOpenNotes = false }
            }
        }
        if places.count < count - 1 {
            let sure = places.map(\.index)
            places = (places + abbreviated).sorted { $0.index < $1.index }
            // Too few places: where every text between them opens as a note does, they are the
            // first notes' in order, and the last numbers are left empty.
            if places.count < count - 1 {
                guard !sure.isEmpty, allOpenNotes, Self.opensLikeNote(LineRules.trim(bytes[texts[0].range])) else { return [0..<texts.count] }
                return Self.spans(of: texts.count, cutAt: sure)
            }
        }
        let ranked = places.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        var chosen = ranked.prefix(count - 1).map(\.index).sorted()
        if places.count > count - 1, ranked[count - 2].score == ranked[count - 1].score {
            // A tie: the places after a paragraph's last line, shorter than the notes' full lines
            // (a note's text is justified, so only its last line falls short), when there are
            // exactly as many as the notes need, are sure; else nothing is.
            let short = places.filter { Self.characters(in: bytes[texts[$0.index - 1].range]) * 100 < widest * 85 }.map(\.index)
            guard short.count == count - 1 else { return [0..<texts.count] }
            chosen = short
        }
        return Self.spans(of: texts.count, cutAt: chosen)
    }

    /// The spans of `0..<count` between cuts at `places` (rising, inside the range): one span a note.
    static func spans(of count: Int, cutAt places: [Int]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(places.count + 1)
        var from = 0
        for place in places {
            spans.append(from..<place)
            from = place
        }
        spans.append(from..<count)
        return spans
    }

    /// Whether a line is part of a first page's notice, where a DOI or a copyright sits inside the
    /// line (`Press. https://doi.org/10.1086/1`, `q 2031 The Press. All rights reserved.`).
    static func isNoticeLine(_ line: ArraySlice<UInt8>) -> Bool {
        LineRules.firstRange(of: "doi.org/", in: line) != nil || LineRules.firstRange(of: "rights reserved", in: line) != nil
    }

    /// Whether a line of a note may end it: it ends with a full stop, a closing parenthesis,
    /// bracket or quotation mark, or the mark closing a title in a right-to-left script (U+202C).
    static func endsNoteSentence(_ line: ArraySlice<UInt8>) -> Bool {
        guard let last = line.last else { return false }
        if last == 0xAC, line.count >= 3, line[line.endIndex - 3] == 0xE2, line[line.endIndex - 2] == 0x80 { return true }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ")") || last == UInt8(ascii: "]") || last == UInt8(ascii: "\"") || last == 0x9D
    }

    /// Whether a line ends with a full stop, or a full stop before closing marks (`(2019)).`, `.”`).
    static func endsWithFullStop(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.endIndex
        while index > line.startIndex {
            let byte = line[index - 1]
            if byte == UInt8(ascii: ".") { return true }
            // A closing quotation mark's bytes (E2 80 9D, E2 80 99), a quote, a bracket.
            guard byte == 0x9D || byte == 0x99 || byte == 0x80 || byte == 0xE2 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "]") || byte == 0x20 else { return false }
            index -= 1
        }
        return false
    }

    /// The number a line holds alone (`12`): one to four digits, no leading zero.
    static func numberAlone(_ line: ArraySlice<UInt8>) -> Int? {
        let trimmed = LineRules.trim(line)
        guard !trimmed.isEmpty, trimmed.count <= 4, trimmed.first != UInt8(ascii: "0"), trimmed.allSatisfy(Bytes.isDigit) else { return nil }
        return trimmed.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// A note's start with no full stop after its number, `12 See ...`, numbered from `low` to
    /// `high`: the whole number (never the first digits of a longer one), a space and a capital or
    /// an opening quotation mark; not a citation's volume before its reporter (`385 F.3d 625`,
    /// `141 S. Ct. 989`, `99 Notre Dame L. Rev. 1467`), which opens many a line of a note's text.
    static func numberedNoteStart(_ line: ArraySlice<UInt8>, from low: Int, upTo high: Int) -> (number: Int, textStart: Int)? {
        var index = line.startIndex
        var number = 0
        while index < line.endIndex, Bytes.isDigit(line[index]), index - line.startIndex < 5 {
            number = number * 10 + Int(line[index] &- 0x30)
            index += 1
        }
        guard index > line.startIndex, index - line.startIndex <= 4, line[line.startIndex] != UInt8(ascii: "0"), number >= low, number <= high,
              index + 1 < line.endIndex, line[index] == 0x20 else { return nil }
        let text = index + 1
        let lead = line[text]
        // An opening quotation mark, or a direction mark before a title in a right-to-left script
        // (U+200E, U+200F, U+202A, U+202B), opens a note as a capital does.
        let marked = lead == 0xE2 && text + 2 < line.endIndex && line[text + 1] == 0x80
            && [0x9C, 0x8E, 0x8F, 0xAA, 0xAB].contains(line[text + 2])
        let quote = lead == UInt8(ascii: "\"") || marked
        guard Bytes.isUpper(lead) || quote, !opensCitedVolume(line[text...]) else { return nil }
        return (number, text)
    }

    /// Whether text after a number reads as the rest of a citation the number is the volume of: up
    /// to six words, each capitalised or abbreviated (`F.3d`, `S.`, `Ct.`, `L.`, `Rev.`, `&`, `3d`),
    /// one at least with a full stop, then a number or `§` (`F.3d 625`, `U.S.C. § 1`). `Id.` opens
    /// a note.
    static func opensCitedVolume(_ text: ArraySlice<UInt8>) -> Bool {
        if text.starts(with: "Id.".utf8) || text.starts(with: "Ibid".utf8) { return false }
        var words = 0
        var abbreviated = false
        var index = text.startIndex
        while index < text.endIndex, words < 7 {
            var end = index
            while end < text.endIndex, text[end] != 0x20 { end += 1 }
            let word = text[index..<end]
            guard let lead = word.first else { return false }
            if Bytes.isDigit(lead) || lead == 0xC2 {
                // A page or a section: the volume's reporter came before it; `3d` is a series.
                if lead == 0xC2 || word.allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "-") || $0 >= 0x80 }) {
                    return abbreviated && words > 0
                }
                if word.contains(UInt8(ascii: ".")) { abbreviated = true }
            } else if Bytes.isUpper(lead) || lead == UInt8(ascii: "&") {
                if word.contains(UInt8(ascii: ".")) { abbreviated = true }
            } else {
                return false
            }
            words += 1
            index = end + 1
        }
        return false
    }

    /// Where the page holding `offset` starts: after the form feed before it, or at the file's start.
    func pageStart(of offset: Int) -> Int {
        var low = 0
        var high = formFeeds.count
        while low < high {
            let middle = (low + high) / 2
            if formFeeds[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? formFeeds[low - 1] : 0
    }

    /// Whether the text of the page before `end`, or of the page before it (a note may start on the
    /// page after its mark), marks note `number` with digits glued to a word (`Hodges.6`).
    func marksOnThisPageOrTheOneBefore(_ number: Int, before end: Int) -> Bool {
        Self.hasGluedMark(number, in: file.bytes, from: pageStart(of: pageStart(of: end)), before: end, afterNonDigit: true)
    }
}

/// Notes of plain converted text whose number has no full stop (`12 See ...`), where the number
/// alone cannot tell a note's start from a line of a note's text opening with a number.
extension EssayBuilder {
    /// The next note's start on a line opening with its number and a word in lower case (`122 de
    /// Vries, supra note 27.`, `40 id. at 5.`), where pages end with form feeds: only with the
    /// other signs, as many a line of text opens so (`2019 data show ...`): the number is the next
    /// one, the last note ended a sentence, and the text of this page or the one before marks the
    /// note with digits glued to a word.
    func lowerCaseNoteStart(_ line: Range<Int>) -> LineRules.NoteStart? {
        guard hasFormFeeds else { return nil }
        let bytes = file.bytes
        let expected = lastNoteNumber + 1
        // MarkItDown indents a page's notes by a space or two (`  43 https://...`).
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == 0x20, start - line.lowerBound < 2 { start += 1 }
        var index = start
        var number = 0
        while index < line.upperBound, Bytes.isDigit(bytes[index]), index - start < 5 {
            number = number * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        guard number == expected, index + 2 < line.upperBound, bytes[index] == 0x20, Bytes.isLower(bytes[index + 1]),
              bytes[start] != UInt8(ascii: "0"), !footnotes.isEmpty, !lastNoteStopsMidSentence,
              marksOnThisPageOrTheOneBefore(number, before: line.lowerBound) else { return nil }
        return LineRules.NoteStart(label: String(number), textStart: index + 1)
    }

    /// Whether a note's start found on a line of a note's text takes the first digits of a longer
    /// number (`385 F.3d 625` read as note 38 and `5 F.3d 625`), or two numbers a justified line
    /// set apart (`12  2003 ...`), where the last note stops mid-sentence: the line goes on with
    /// that note (a citation wrapped before its volume).
    func splitsAVolume(_ start: LineRules.NoteStart, on line: Range<Int>) -> Bool {
        let bytes = file.bytes
        guard start.textStart > line.lowerBound, start.textStart < line.upperBound, Bytes.isDigit(bytes[start.textStart]) else { return false }
        let before = bytes[start.textStart - 1]
        guard Bytes.isDigit(before) || (before == 0x20 && start.textStart - 2 > line.lowerBound && bytes[start.textStart - 2] == 0x20) else { return false }
        return lastNoteStopsMidSentence
    }
}

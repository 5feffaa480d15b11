import LowLevel

/// Notes whose converter dropped the spaces between words, and the spaces a citation reader needs
/// put back.
///
/// pdfminer (MarkItDown, pdfminer.six) reads the justified lines of many LaTeX-made PDFs without
/// their word spaces: `Quill,supranote7.`, `Id.at58.`, `Pellv.Orr,409U.S.88,93(1972)`. Such notes
/// are found and numbered, but no citation form reads them. `showsGlue` tells such a file by a few
/// notes; `respaced` then puts a space only at boundaries no normal text runs over (after `,`
/// before a letter, around `v.` between names, after `supra`/`note`/`Id.`/`at` before a pin,
/// between a volume and its reporter, before a year's parenthesis, around `§`, after a signal):
/// titles and names stay glued as printed (`TheFerryQuestion`), for no rule can part prose's
/// words without a dictionary.
enum GluedNoteText {
    /// Notes looked at to tell a glued file, spread over its notes.
    private static let sampledNotes = 24
    /// Bytes of a sampled note looked at.
    private static let sampledBytes = 240

    /// Whether the notes read as glued: at least three sampled notes, and a fifth of them, hold a
    /// glued run (`gluedRun`). A file of normally spaced notes has none, and costs a look at the
    /// opening bytes of two dozen notes.
    static func showsGlue(_ footnotes: [RawFootnote], in bytes: [UInt8]) -> Bool {
        guard footnotes.count >= 2 else { return false }
        let step = max(1, footnotes.count / sampledNotes)
        var sampled = 0
        var glued = 0
        var index = 0
        while index < footnotes.count {
            sampled += 1
            for piece in footnotes[index].pieces.prefix(2) where hasGluedRun(bytes, piece.lowerBound..<min(piece.upperBound, piece.lowerBound + sampledBytes)) {
                glued += 1
                break
            }
            index += step
        }
        return glued >= 3 && glued * 5 >= sampled
    }

    /// Whether `range` of `bytes` holds a glued run: sixteen or more bytes with no space, no `/`
    /// or `@` (an address), at least ten letters, and a comma right before a letter, as no
    /// normally spaced text has (`Quill,supranote7.`).
    static func hasGluedRun(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        // Only the runs holding a comma before a letter are looked at, found comma by comma.
        var comma = range.lowerBound
        while true {
            comma = ByteScan.firstIndex(in: bytes, from: comma, upTo: range.upperBound, lanes: { $0 .== SIMD16(repeating: UInt8(ascii: ",")) },
                                        matches: { $0 == UInt8(ascii: ",") })
            guard comma < range.upperBound else { return false }
            guard comma + 1 < range.upperBound, Bytes.isLetter(bytes[comma + 1]) else {
                comma += 1
                continue
            }
            var start = comma
            while start > range.lowerBound, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
            var end = comma + 1
            while end < range.upperBound, !Bytes.isSpace(bytes[end]) { end += 1 }
            if end - start >= 16 {
                let run = bytes[start..<end]
                if run.count(where: Bytes.isLetter) >= 10, !run.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") }) { return true }
            }
            comma = end
        }
    }

    /// `text` with spaces put back at the boundaries a citation reader needs; the spans, markers
    /// and source map move with the text (an inserted space maps to the character after it).
    static func respaced(_ text: RichText) -> RichText {
        let bytes = Array(text.text.utf8)
        let inserts = insertions(bytes)
        guard !inserts.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + inserts.count)
        var next = 0
        for (offset, byte) in bytes.enumerated() {
            if next < inserts.count, inserts[next] == offset {
                out.append(0x20)
                next += 1
            }
            out.append(byte)
        }
        /// How many spaces go in before offset `offset` (those at it too when `including`).
        func shift(_ offset: Int, including: Bool) -> Int {
            var low = 0
            var high = inserts.count
            while low < high {
                let mid = (low + high) / 2
                if inserts[mid] < offset || (including && inserts[mid] == offset) { low = mid + 1 } else { high = mid }
            }
            return low
        }
        var result = RichText(text: String(decoding: out, as: UTF8.self))
        result.spans = text.spans.map { span in
            var moved = span
            let lower = span.range.lowerBound + shift(span.range.lowerBound, including: true)
            moved.range = lower..<max(lower, span.range.upperBound + shift(span.range.upperBound, including: false))
            return moved
        }
        result.markers = text.markers.map { marker in
            var moved = marker
            moved.offset += shift(marker.offset, including: false)
            return moved
        }
        if !text.sourceMap.isEmpty {
            var runs: [SourceMapRun] = []
            runs.reserveCapacity(text.sourceMap.count + inserts.count * 2)
            var runIndex = 0
            for insert in inserts {
                while runIndex < text.sourceMap.count, text.sourceMap[runIndex].textOffset < insert {
                    let run = text.sourceMap[runIndex]
                    runs.append(SourceMapRun(textOffset: run.textOffset + shift(run.textOffset, including: true), sourceOffset: run.sourceOffset))
                    runIndex += 1
                }
                let source = text.sourceOffset(at: insert) ?? 0
                let spaceAt = insert + shift(insert, including: false)
                runs.append(SourceMapRun(textOffset: spaceAt, sourceOffset: source))
                runs.append(SourceMapRun(textOffset: spaceAt + 1, sourceOffset: source))
                // A run of the old map that starts at the insertion is the one just written.
                while runIndex < text.sourceMap.count, text.sourceMap[runIndex].textOffset == insert { runIndex += 1 }
            }
            while runIndex < text.sourceMap.count {
                let run = text.sourceMap[runIndex]
                runs.append(SourceMapRun(textOffset: run.textOffset + shift(run.textOffset, including: true), sourceOffset: run.sourceOffset))
                runIndex += 1
            }
            result.sourceMap = runs
        }
        return result
    }

    /// The offsets of `bytes` before which a space goes, rising.
    static func insertions(_ bytes: [UInt8]) -> [Int] {
        var inserts: [Int] = []
        var runStart = 0
        var offset = 0
        while offset <= bytes.count {
            if offset == bytes.count || Bytes.isSpace(bytes[offset]) {
                if offset > runStart { GluedRun(bytes: bytes, run: runStart..<offset).insertions(into: &inserts) }
                runStart = offset + 1
            }
            offset += 1
        }
        return inserts
    }
}

/// One run of a note's text with no space in it, and the boundaries inside it where a space goes.
private struct GluedRun {
    let bytes: [UInt8]
    let run: Range<Int>
    /// Where an address starts (`http`, `www.`): nothing after it is touched.
    private var end: Int

    init(bytes: [UInt8], run: Range<Int>) {
        self.bytes = bytes
        self.run = run
        end = run.upperBound
        var offset = run.lowerBound
        while offset + 4 <= run.upperBound {
            if matches("http", at: offset) || matches("www.", at: offset) {
                end = offset
                break
            }
            offset += 1
        }
    }

    /// Words ending in `v` that abbreviate (`Harv.`, `Univ.`), which `v.` between two names must not split.
    private static let abbreviationsEndingInV: [String] = ["Harv", "Priv", "Univ", "Serv", "Conv", "Prov", "Deriv", "Equiv", "Gov", "Rev"]
    /// Signals and words that open a clause, longest first, with the offset inside the word
    /// where two words were glued (`Seealso`), if any.
    private static let leadWords: [(word: String, part: Int?)] = [
        ("Seegenerally", 3), ("seegenerally", 3), ("Seealso", 3), ("seealso", 3), ("Butsee", 3), ("butsee", 3),
        ("Butcf.", 3), ("butcf.", 3), ("hereinafter", nil), ("Compare", nil), ("compare", nil), ("Accord", nil),
        ("accord", nil), ("Contra", nil), ("contra", nil), ("See", nil), ("see", nil), ("Cf.", nil), ("cf.", nil),
    ]

    func insertions(into inserts: inout [Int]) {
        guard end - run.lowerBound >= 2 else { return }
        var marked = Set<Int>()
        func mark(_ offset: Int) {
            guard offset > run.lowerBound, offset < end, !Bytes.isSpace(bytes[offset]), !Bytes.isSpace(bytes[offset - 1]) else { return }
            marked.insert(offset)
        }
        var offset = run.lowerBound
        while offset < end {
            let byte = bytes[offset]
            let next: UInt8 = offset + 1 < end ? bytes[offset + 1] : 0
            let wordStart = offset == run.lowerBound || marked.contains(offset)
            if wordStart { leadWord(at: offset, mark: mark) }
            switch byte {
            case UInt8(ascii: ","):
                if Bytes.isLetter(next) || opensQuote(at: offset + 1) {
                    mark(offset + 1)
                } else if Bytes.isDigit(next), offset == run.lowerBound || !Bytes.isDigit(bytes[offset - 1]) || partsPinList(commaAt: offset) {
                    mark(offset + 1)
                    if let year = gluedYear(afterCommaAt: offset) { mark(year) }
                }
            case UInt8(ascii: ";"):
                if offset + 1 < end { mark(offset + 1) }
            case UInt8(ascii: ":"):
                if Bytes.isLetter(next) || opensQuote(at: offset + 1) { mark(offset + 1) }
            case UInt8(ascii: ")"):
                if Bytes.isLetter(next) || opensQuote(at: offset + 1) { mark(offset + 1) }
            case UInt8(ascii: "("):
                if offset > run.lowerBound, bytes[offset - 1] != UInt8(ascii: "("), holdsYearOrWords(openAt: offset) { mark(offset) }
            case UInt8(ascii: "."):
                dotBoundary(at: offset, mark: mark)
            case 0xC2 where next == 0xA7:
                // `§`: apart from what comes before, and from the section number after (`§§` stays whole).
                if offset > run.lowerBound, bytes[offset - 1] != 0xA7 { mark(offset) }
                if offset + 2 < end, Bytes.isDigit(bytes[offset + 2]) { mark(offset + 2) }
            default:
                if Bytes.isDigit(byte) {
                    digitBoundary(at: offset, mark: mark)
                } else if byte == UInt8(ascii: "v"), next == UInt8(ascii: "."), partsCaseName(vAt: offset) {
                    mark(offset)
                    mark(offset + 2)
                } else if byte == UInt8(ascii: "e"), partsEtAl(at: offset) {
                    mark(offset)
                    mark(offset + 2)
                }
            }
            offset += 1
        }
        inserts.append(contentsOf: marked.sorted())
    }

    private func matches(_ word: String, at offset: Int) -> Bool {
        var index = offset
        for byte in word.utf8 {
            guard index < run.upperBound, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private func opensQuote(at offset: Int) -> Bool {
        offset + 2 < end && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0x9C || bytes[offset + 2] == 0x98)
    }

    /// A signal or `hereinafter` opening a word, glued to what follows (`SeePell`, `Seeid.`,
    /// `Seee.g.,`, `Cf.Orr`, `Seealso33`); `Id.at58`, `at58`, `supranote7`.
    private func leadWord(at offset: Int, mark: (Int) -> Void) {
        for (word, part) in Self.leadWords where matches(word, at: offset) {
            let after = offset + word.utf8.count
            if let part { mark(offset + part) }
            guard after < end else { return }
            let next = bytes[after]
            // A capital, a volume (`Seealso33 U.S. 44`), `id.`, `e.g.` or a quotation after the
            // signal; any letter after one that cannot end a word (`Seealsothe`, `Cf.the`).
            if Bytes.isUpper(next) || Bytes.isDigit(next) || opensQuote(at: after) || matches("id.", at: after) || matches("e.g.", at: after)
                || (part != nil || word.hasSuffix(".")) && Bytes.isLetter(next) {
                mark(after)
            }
            return
        }
        if matches("Id.at", at: offset) || matches("id.at", at: offset) {
            mark(offset + 3)
            if offset + 5 < end, Bytes.isDigit(bytes[offset + 5]) { mark(offset + 5) }
        } else if matches("at", at: offset), offset + 2 < end, Bytes.isDigit(bytes[offset + 2]) {
            mark(offset + 2)
        } else if matches("supranote", at: offset) || matches("infranote", at: offset) {
            mark(offset + 5)
            var after = offset + 9
            if after < end, bytes[after] == UInt8(ascii: "s") { after += 1 }
            if after < end, Bytes.isDigit(bytes[after]) { mark(after) }
        } else if matches("note", at: offset), offset >= run.lowerBound, offset + 4 < end, Bytes.isDigit(bytes[offset + 4]) {
            mark(offset + 4)
        }
    }

    /// A period's boundary: before a page or volume number after an abbreviation (`U.S.88`,
    /// `No.115`), not an ordinal series (`F.3d`) or a decimal; before a capitalised word after
    /// a word or number (`charged.The`, `Harv.L`, `S.Ct`), not inside a string of initials (`U.S.C.`).
    private func dotBoundary(at offset: Int, mark: (Int) -> Void) {
        guard offset > run.lowerBound, offset + 1 < end else { return }
        let before = bytes[offset - 1]
        let next = bytes[offset + 1]
        if Bytes.isDigit(next) {
            guard Bytes.isLetter(before) else { return }
            var index = offset + 1
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            if index < end, Bytes.isLower(bytes[index]) { return }
            // `Id.at` keeps its own rule; `v.1` and the like part.
            mark(offset + 1)
        } else if Bytes.isUpper(next) || opensQuote(at: offset + 1) {
            if Bytes.isUpper(before) {
                // Initials stay together (`U.S.C.`); an initial before a word parts (`S.Ct`, `L.Rev`).
                guard offset + 2 < end, Bytes.isLower(bytes[offset + 2]) else { return }
            } else if !(Bytes.isLower(before) || Bytes.isDigit(before) || before == UInt8(ascii: ")") || before >= 0x80) {
                return
            }
            mark(offset + 1)
        }
    }

    /// A digit's boundary: a volume before its reporter (`409U.S.`), an ordinal before a word or
    /// a page (`9thCir.`, `3d1234`).
    private func digitBoundary(at offset: Int, mark: (Int) -> Void) {
        guard offset + 1 < end else { return }
        let next = bytes[offset + 1]
        if Bytes.isUpper(next) {
            mark(offset + 1)
            return
        }
        // An ordinal: `2d`, `3d`, `4th`, `1st`, `2nd`, `3rd`.
        var suffixEnd = offset + 1
        for suffix in ["d", "th", "st", "nd", "rd"] where matches(suffix, at: offset + 1) {
            suffixEnd = offset + 1 + suffix.utf8.count
            break
        }
        guard suffixEnd > offset + 1, suffixEnd < end, offset == run.lowerBound || !Bytes.isLetter(bytes[offset - 1]) else { return }
        let after = bytes[suffixEnd]
        if Bytes.isUpper(after) || Bytes.isDigit(after) { mark(suffixEnd) }
    }

    /// Months' names and their short forms, lower-case, as a date opens with them.
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Where the year starts in a day glued to it after a month's name and a comma (`March,12018`
    /// is March 1, 2018; `Aug.,162019`): five or six digits, a day of 1 to 31 and a year from
    /// 1900 to 2099, then no digit. Nil for any other number.
    private func gluedYear(afterCommaAt comma: Int) -> Int? {
        var digitsEnd = comma + 1
        while digitsEnd < end, Bytes.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
        let count = digitsEnd - comma - 1
        guard count == 5 || count == 6 else { return nil }
        let yearStart = digitsEnd - 4
        let value = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(self.bytes[$1] &- 0x30) } }
        guard (1...31).contains(value(comma + 1..<yearStart)), (1900...2099).contains(value(yearStart..<digitsEnd)) else { return nil }
        var wordEnd = comma
        if wordEnd > run.lowerBound, bytes[wordEnd - 1] == UInt8(ascii: ".") { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > run.lowerBound, Bytes.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordEnd - wordStart >= 3,
              Self.months.contains(String(decoding: bytes[wordStart..<wordEnd], as: UTF8.self).lowercased()) else { return nil }
        return yearStart
    }

    /// Whether the comma at `commaAt` parts two numbers of a list (`88,93`), not the groups of
    /// one number (`36,987`, `1,000`): the part after is not three digits, or it is and the part
    /// before, three digits or more and no group itself, is no larger (a first page, then a pin).
    private func partsPinList(commaAt comma: Int) -> Bool {
        var after = comma + 1
        while after < end, Bytes.isDigit(bytes[after]) { after += 1 }
        var before = comma
        while before > run.lowerBound, Bytes.isDigit(bytes[before - 1]) { before -= 1 }
        guard before < comma else { return false }
        if after - comma - 1 != 3 { return true }
        if after < end, bytes[after] == UInt8(ascii: ",") , after + 4 <= end { return false }
        guard comma - before >= 3, before == run.lowerBound || bytes[before - 1] != UInt8(ascii: ",") else { return false }
        let first = Int(String(decoding: bytes[before..<comma], as: UTF8.self)) ?? 0
        let second = Int(String(decoding: bytes[(comma + 1)..<after], as: UTF8.self)) ?? 0
        return second >= first
    }

    /// Whether the parenthesis opening at `open` holds a year (`(1972)`, `(9thCir.2001)`) or more
    /// than a subdivision's few characters (`(quoting`, `(“No`), not `(b)` or `(iii)`.
    private func holdsYearOrWords(openAt open: Int) -> Bool {
        var index = open + 1
        var digitsInRow = 0
        var year = false
        while index < bytes.count, bytes[index] != UInt8(ascii: ")") {
            if Bytes.isDigit(bytes[index]) {
                digitsInRow += 1
                if digitsInRow == 4 { year = true }
            } else {
                digitsInRow = 0
            }
            index += 1
            if index - open > 6, !year { return true }
        }
        return year || index - open > 5
    }

    /// Whether the `v.` at `vAt` parts two parties' names (`Pellv.Orr`): a name of three letters
    /// or more before it, no abbreviation ending in `v` (`Harv.`, `Gov.`), a capitalised word after.
    private func partsCaseName(vAt offset: Int) -> Bool {
        guard offset + 3 < end, Bytes.isUpper(bytes[offset + 2]), Bytes.isLower(bytes[offset + 3]) || bytes[offset + 3] >= 0x80 else { return false }
        var start = offset
        while start > run.lowerBound, Bytes.isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "'") { start -= 1 }
        guard offset - start >= 3 else { return false }
        let word = String(decoding: bytes[start...offset], as: UTF8.self)
        return !Self.abbreviationsEndingInV.contains { word.hasSuffix($0) }
    }

    /// Whether `etal.` at `offset` follows a capitalised name (`Quilletal.,`), not a word such as `metal.`.
    private func partsEtAl(at offset: Int) -> Bool {
        guard matches("etal.", at: offset), offset >= run.lowerBound + 2, Bytes.isLower(bytes[offset - 1]) else { return false }
        var start = offset
        while start > run.lowerBound, Bytes.isLetter(bytes[start - 1]) { start -= 1 }
        return offset - start >= 2 && Bytes.isUpper(bytes[start])
    }
}

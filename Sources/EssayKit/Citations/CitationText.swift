import LowLevel

/// A footnote's text as UTF-8 bytes, with the emphasis and links that citation parsing leans on.
///
/// Every offset is a UTF-8 offset into the footnote's `RichText.text`, so ranges found here are the
/// ranges the model stores.
///
/// A class: readers keep it (segment builders, offset sequences), and keeping a class takes one
/// reference count where the struct's six tables took six, a footnote's clauses over.
final class CitationText {
    /// The footnote's text, which the slices the model keeps share.
    let source: String
    let bytes: [UInt8]
    /// Per byte: bit 1 when inside emphasis, bit 2 when inside a link; empty when the text has
    /// neither.
    private let marks: [UInt8]
    /// Per byte: how deep in brackets and quotations it sits. An opening delimiter sits at the
    /// level outside it, a closing one at the level inside; emphasis and links change nothing.
    /// Empty when the text has no bracket or quotation mark, as most short footnotes (*Id.*) have not.
    private let levels: [UInt8]
    private let links: [(range: Range<Int>, url: String)]
    /// Per byte: for a `(` or `[` outside emphasis and links, the offset of the one that closes it
    /// (-1 when none does); found in one pass, so asking about every opener stays linear. Empty
    /// when `levels` is.
    private let closers: [Int32]
    /// Where a volume may start (`VolumeStarts`), found once, when first asked.
    private var volumeStartsFound: [Int]?
    /// Each volume start's reporter cite, read to the end of the text once asked: nil until
    /// read, then the cite or `.none`.
    /// A list, not a dictionary: a footnote has a few volume starts, and a dictionary's table cost
    /// more to make than a search of them.
    private var reporterCites: [(start: Int, cite: ReporterCite?)] = []
    /// The clause last given to `ClauseEnds.withoutClosingPeriod` and its answer: the table's forms
    /// ask it in turn about the same clause.
    var lastClauseWithoutPeriod: (clause: Range<Int>, citation: Range<Int>)?
    /// The citation last given to `AuthorLedFields.read` and its fields: the table's author-led
    /// forms ask in turn about the same citation.
    var lastAuthorLedFields: (citation: Range<Int>, fields: [Range<Int>]?)?

    init(_ content: borrowing RichText) {
        source = content.text
        bytes = Array(content.text.utf8)
        var marks: [UInt8] = content.spans.isEmpty ? [] : [UInt8](filledWith: 0, count: bytes.count)
        var links: [(range: Range<Int>, url: String)] = []
        for span in content.spans {
            let lower = max(0, span.range.lowerBound)
            let upper = min(bytes.count, span.range.upperBound)
            guard lower < upper else { continue }
            let bit: UInt8
            switch span.style {
            case .emphasis:
                // A whole citation in italics, as legal databases export them
                // (`*Roe v. Doe, 377 U.S. 58, 60 (1964)*`), is read as the citation it holds.
                if EmphasizedCitation.readsAsCitation(bytes, lower..<upper) { continue }
                bit = 1
            case .link(let url):
                // A citation linker's link (`[Roe v. Doe, 377 U.S. 58](https://...)`) is read as if
                // it were not there.
                if LinkedCitation.readsAsCitation(bytes, lower..<upper) { continue }
                bit = 2
                links.append((lower..<upper, url))
            }
            for offset in lower..<upper { marks[offset] |= bit }
        }
        self.marks = marks
        self.links = links
        var nested = Self.nesting(bytes, marks: marks, ignoring: [])
        // An opener the author never closed (`(analyzing ... (quoting X)).` missing one) would
        // hold the rest of the note inside it: it is read as no bracket at all.
        if !nested.unclosed.isEmpty { nested = Self.nesting(bytes, marks: marks, ignoring: Set(nested.unclosed)) }
        (levels, closers) = (nested.levels, nested.closers)
    }

    /// Each byte's nesting level, and for each opener outside spans the offset that closes it, in
    /// one pass.
    private static func nesting(_ bytes: [UInt8], marks: [UInt8], ignoring: Set<Int>)
        -> (levels: [UInt8], closers: [Int32], unclosed: [Int]) {
        let first = ByteScan.firstIndex(in: bytes, from: 0, anyMatch: mayHoldNestingByte, matches: isNestingByte)
        guard first < bytes.count else { return ([], [], []) }
        var levels = [UInt8](filledWith: 0, count: bytes.count)
        var closers = [Int32](filledWith: -1, count: bytes.count)
        // The openers not closed yet, innermost first, as lists linked through `closers` itself:
        // each open entry holds the offset of the one opened before it, until its closer is found.
        var unclosedQuotes: [Int] = []
        var openParenthesis: Int32 = -1
        var openBracket: Int32 = -1
        func push(_ offset: Int, onto innermost: inout Int32) {
            closers[offset] = innermost
            innermost = Int32(offset)
        }
        /// Closes the innermost opener of the list, if any, at `offset`.
        func close(_ innermost: inout Int32, at offset: Int) {
            guard innermost >= 0 else { return }
            let open = Int(innermost)
            innermost = closers[open]
            closers[open] = Int32(offset)
        }
        // Written through a span, so no write checks that the storage is unshared.
        do {
            var levelSpan = levels.mutableSpan
            var depth = 0
            var quotes = 0
            var straightQuote = 0
            var lastOpenQuote: Int?
            var offset = 0
            while offset < bytes.count {
                // Only brackets and quotation marks change the level: the bytes up to the next
                // one take the current level, a machine word at a time.
                let next = ByteScan.firstIndex(in: bytes, from: offset, anyMatch: mayHoldNestingByte, matches: isNestingByte)
                let runLevel = UInt8(min(depth + quotes + straightQuote, 250))
                if runLevel != 0 {
                    for run in offset..<next { levelSpan[run] = runLevel }
                }
                guard next < bytes.count else { break }
                offset = next
                var level = depth + quotes + straightQuote
                if (marks.isEmpty || marks[offset] == 0) && (ignoring.isEmpty || !ignoring.contains(offset)) {
                    switch bytes[offset] {
                    case UInt8(ascii: "("):
                        push(offset, onto: &openParenthesis)
                        depth += 1
                    case UInt8(ascii: "["):
                        push(offset, onto: &openBracket)
                        depth += 1
                    case UInt8(ascii: ")"):
                        close(&openParenthesis, at: offset)
                        depth = max(0, depth - 1)
                    case UInt8(ascii: "]"):
                        close(&openBracket, at: offset)
                        depth = max(0, depth - 1)
                    case UInt8(ascii: "\""):
                        // An opening mark stands outside its quotation, as a curly one does, so
                        // a clause that opens with the quotation is not read as inside it.
                        level = depth + quotes + straightQuote
                        straightQuote = 1 - straightQuote
                    case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x9C:
                        // `“a foo, observing that “bar”`: a double quotation opened inside another
                        // was never closed before it (a typing slip; inner ones take single marks).
                        if quotes > 0, let open = lastOpenQuote { unclosedQuotes.append(open) }
                        lastOpenQuote = offset
                        quotes += 1
                    case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x9D:
                        quotes = max(0, quotes - 1)
                        level = depth + quotes + straightQuote + 1
                    default:
                        break
                    }
                }
                levelSpan[offset] = UInt8(min(level, 250))
                offset += 1
            }
        }
        // Openers never closed: unlink them.
        var unclosed: [Int] = unclosedQuotes
        func unlink(from last: Int32) {
            var open = last
            while open >= 0 {
                unclosed.append(Int(open))
                let before = closers[Int(open)]
                closers[Int(open)] = -1
                open = before
            }
        }
        unlink(from: openParenthesis)
        unlink(from: openBracket)
        return (levels, closers, unclosed)
    }

    /// Whether one of the eight bytes of `word` may be a nesting byte.
    @inline(__always)
    private static func mayHoldNestingByte(_ word: UInt64) -> Bool {
        ByteScan.contains(word, UInt8(ascii: "(")) || ByteScan.contains(word, UInt8(ascii: ")"))
            || ByteScan.contains(word, UInt8(ascii: "[")) || ByteScan.contains(word, UInt8(ascii: "]"))
            || ByteScan.contains(word, UInt8(ascii: "\"")) || ByteScan.contains(word, 0xE2)
    }

    /// Whether a byte may change the nesting level: a bracket, a straight quote, or the first
    /// byte of a curly one.
    private static func isNestingByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), 0xE2: true
        default: false
        }
    }

    var count: Int { bytes.count }

    /// The offsets where a volume may start: a word of one to four digits followed by one space
    /// and a letter (`376 U.S.`, `124 Stat.`), in order. Found in one pass, the first time a form
    /// asks; a footnote's clauses are read by several forms, each of which would scan again.
    var volumeStarts: [Int] {
        if let found = volumeStartsFound { return found }
        var found: [Int] = []
        var offset = 0
        while offset < bytes.count {
            // The next digit, a machine word at a time: a byte is a digit when it is less than 10
            // once 0x30 is taken off by exclusive or.
            offset = ByteScan.firstIndex(in: bytes, from: offset, anyMatch: { ByteScan.containsByte($0 ^ 0x3030_3030_3030_3030, lessThan: 10) },
                                         matches: Bytes.isDigit)
            guard offset < bytes.count else { break }
            let start = offset
            while offset < bytes.count, Bytes.isDigit(bytes[offset]) { offset += 1 }
            if offset - start <= 4, start == 0 || !Bytes.isWordByte(bytes[start - 1]), offset + 1 < bytes.count,
               bytes[offset] == UInt8(ascii: " "), Bytes.isLetter(bytes[offset + 1]) {
                found.append(start)
            }
        }
        volumeStartsFound = found
        return found
    }

    /// The first reporter cite of `range` at its top level, each cite read once for all forms.
    func firstReporterCite(in range: Range<Int>) -> ReporterCite? {
        let base = baseLevel(of: range)
        for start in volumeStarts where start >= range.lowerBound {
            guard start < range.upperBound else { break }
            guard isTopLevel(start, base: base) else { continue }
            var cite: ReporterCite?
            if let read = reporterCites.first(where: { $0.start == start }) {
                cite = read.cite
            } else {
                cite = ReporterCite.read(self, at: start, end: bytes.count)
                reporterCites.append((start, cite))
            }
            guard let found = cite else { continue }
            if found.end <= range.upperBound { return found }
            // Read to the text's end, it ran past the clause: read it again within the clause.
            if let bounded = ReporterCite.read(self, at: start, end: range.upperBound) { return bounded }
        }
        return nil
    }

    /// Whether `literal` is written anywhere in `range`: sixteen places at a time, by the literal's
    /// first and last bytes together (`ByteScan.contains`), so a form's first test costs about ten
    /// instructions for each sixteen bytes of its clause, whatever the literal.
    func contains(_ literal: StaticString, in range: Range<Int>) -> Bool {
        ByteScan.contains(literal, in: bytes, range: range)
    }

    /// The offset of the first `byte` at or after `offset` and before `end` (`end` when none),
    /// found sixteen bytes at a time: the forms ask it of every clause, mostly for bytes the
    /// clause never holds, and a word at a time took three times the instructions.
    func firstOffset(of byte: UInt8, from offset: Int, end: Int) -> Int {
        guard offset < end else { return end }
        let lane = SIMD16<UInt8>(repeating: byte)
        return min(end, ByteScan.firstIndex(in: bytes, from: offset, upTo: end, lanes: { $0 .== lane }, matches: { $0 == byte }))
    }

    /// The first reading `read` gives at an offset of `byte` in `range`, each such offset tried in
    /// turn from the first (a year's bracket after a name's own brackets), or nil.
    func firstReading(at byte: UInt8, in range: Range<Int>, _ read: (Int) -> ClauseReading?) -> ClauseReading? {
        var offset = firstOffset(of: byte, from: range.lowerBound, end: range.upperBound)
        while offset < range.upperBound {
            if let reading = read(offset) { return reading }
            offset = firstOffset(of: byte, from: offset + 1, end: range.upperBound)
        }
        return nil
    }

    func isEmphasized(_ offset: Int) -> Bool { offset < marks.count && marks[offset] & 1 != 0 }

    func isLinked(_ offset: Int) -> Bool { offset < marks.count && marks[offset] & 2 != 0 }

    /// Whether the byte is inside emphasis or a link, whose text is never a delimiter.
    func isInsideSpan(_ offset: Int) -> Bool { offset < marks.count && marks[offset] != 0 }

    /// Whether any of the text is emphasized or linked.
    var hasEmphasisOrLinks: Bool { !marks.isEmpty }

    /// Whether the text holds a link.
    var hasLinks: Bool { !links.isEmpty }

    /// The link whose text starts at or covers `offset`.
    func link(covering offset: Int) -> (range: Range<Int>, url: String)? {
        links.first { $0.range.contains(offset) }
    }

    /// The links whose text lies inside `range`, in the order written.
    func links(in range: Range<Int>) -> [(range: Range<Int>, url: String)] {
        links.filter { $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The text at `range` as a string of its own (`UTF8Scan.string`: the same string as
    /// `String(decoding:as:)` makes, for less on text with curly quotes and dashes).
    func string(_ range: Range<Int>) -> String {
        let bytes = self.bytes
        return UTF8Scan.string(bytes.span.extracting(clamped(range)))
    }

    /// The text at `range` as a slice of the footnote's text, sharing its storage.
    func substring(_ range: Range<Int>) -> Substring {
        UTF8Slice.substring(source, clamped(range))
    }

    func clamped(_ range: Range<Int>) -> Range<Int> {
        let lower = min(max(0, range.lowerBound), bytes.count)
        return lower..<min(max(lower, range.upperBound), bytes.count)
    }

    /// `range` without the spaces at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Bytes.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Bytes.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// `range` without spaces and the given punctuation at its end.
    func trimmingTrailing(_ range: Range<Int>, _ punctuation: [UInt8]) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound, Bytes.isSpace(bytes[upper - 1]) || punctuation.contains(bytes[upper - 1]) { upper -= 1 }
        return range.lowerBound..<upper
    }

    /// Whether `literal` is written at `offset`, ending no later than `end`.
    func has(_ literal: StaticString, at offset: Int, end: Int? = nil, ignoringFirstLetterCase: Bool = false) -> Bool {
        ByteScan.matches(literal, in: bytes, at: offset, end: end ?? bytes.count, ignoringFirstLetterCase: ignoringFirstLetterCase)
    }


    /// Whether a word starts at `offset` (nothing word-like right before it).
    func isWordStart(_ offset: Int, from lower: Int = 0) -> Bool {
        offset <= lower || !Bytes.isWordByte(bytes[offset - 1])
    }

    /// Whether a word ends at `offset` (nothing word-like at it).
    func isWordEnd(_ offset: Int, end: Int? = nil) -> Bool {
        offset >= (end ?? bytes.count) || !Bytes.isWordByte(bytes[offset])
    }

    /// Whether the bytes of `range` are exactly `literal`.
    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        range.count == literal.utf8CodeUnitCount && has(literal, at: range.lowerBound, end: range.upperBound)
    }

    /// The space-separated words of `range`, the first `limit` of them when given.
    func words(in range: Range<Int>, limit: Int = .max) -> [Range<Int>] {
        var words: [Range<Int>] = []
        // Room for a word every five bytes, as prose runs: a long range's list grown from eight
        // was copied four or five times.
        words.reserveCapacity(Swift.max(8, Swift.min(limit, range.count / 5 + 1)))
        // A run of spaces, then a word's run: two tight loops, not a test of a start at every byte.
        let end = range.upperBound
        var offset = range.lowerBound
        while true {
            while offset < end, Bytes.isSpace(bytes[offset]) { offset += 1 }
            guard offset < end else { return words }
            let start = offset
            while offset < end, !Bytes.isSpace(bytes[offset]) { offset += 1 }
            words.append(start..<offset)
            if offset < end, words.count == limit { return words }
        }
    }

    /// How many words `words(in:limit:)` lists, with no list made.
    func wordCount(in range: Range<Int>, limit: Int = .max) -> Int {
        var count = 0
        let end = range.upperBound
        var offset = range.lowerBound
        while true {
            while offset < end, Bytes.isSpace(bytes[offset]) { offset += 1 }
            guard offset < end else { return count }
            while offset < end, !Bytes.isSpace(bytes[offset]) { offset += 1 }
            count += 1
            if offset < end, count == limit { return count }
        }
    }

    /// The first space-separated word of `range` (`words(in:).first`, with no list made).
    func firstWord(in range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound, Bytes.isSpace(bytes[start]) { start += 1 }
        guard start < range.upperBound else { return nil }
        var end = start
        while end < range.upperBound, !Bytes.isSpace(bytes[end]) { end += 1 }
        return start..<end
    }

    /// The last space-separated word of `range` (`words(in:).last`, with no list made).
    func lastWord(in range: Range<Int>) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, Bytes.isSpace(bytes[end - 1]) { end -= 1 }
        guard end > range.lowerBound else { return nil }
        var start = end
        while start > range.lowerBound, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        return start..<end
    }

    func skipSpaces(from offset: Int, end: Int) -> Int {
        var index = offset
        while index < end, Bytes.isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// The nesting level of `range`'s first byte: what counts as the top level inside `range`.
    func baseLevel(of range: Range<Int>) -> UInt8 {
        range.isEmpty || range.lowerBound >= levels.count ? 0 : levels[range.lowerBound]
    }

    /// Whether the byte at `offset` is at nesting level `base`, in emphasis or not.
    func isAtLevel(_ offset: Int, base: UInt8) -> Bool {
        levels.isEmpty ? base == 0 : levels[offset] == base
    }

    /// Whether the byte at `offset` is at nesting level `base` and outside emphasis and links.
    func isTopLevel(_ offset: Int, base: UInt8) -> Bool {
        isAtLevel(offset, base: base) && !isInsideSpan(offset)
    }

    /// The offsets in `range` of `byte` outside parentheses, brackets, quotations, emphasis and links.
    func topLevelOffsets(of byte: UInt8, in range: Range<Int>) -> TopLevelOffsets {
        TopLevelOffsets(text: self, byte: byte, range: range, endsWithUpperBound: false)
    }

    /// Where the pieces of `range` that top-level `byte`s separate end: the offset of each such
    /// byte, then `range.upperBound`.
    func pieceEnds(separatedBy byte: UInt8, in range: Range<Int>) -> TopLevelOffsets {
        TopLevelOffsets(text: self, byte: byte, range: range, endsWithUpperBound: true)
    }

    /// Offsets of one byte at the top level of a range, found as they are asked for: footnotes
    /// ask for them several times a clause, and a list each time was a good share of the parse.
    struct TopLevelOffsets: Sequence, IteratorProtocol {
        private let text: CitationText
        private let byte: UInt8
        private let base: UInt8
        private var cursor: Int
        private let end: Int
        private var endsWithUpperBound: Bool

        fileprivate init(text: CitationText, byte: UInt8, range: Range<Int>, endsWithUpperBound: Bool) {
            self.text = text
            self.byte = byte
            base = text.baseLevel(of: range)
            cursor = range.lowerBound
            end = range.upperBound
            self.endsWithUpperBound = endsWithUpperBound
        }

        mutating func next() -> Int? {
            while cursor < end {
                // The next `byte` is found a machine word at a time; most bytes are none.
                let offset = text.firstOffset(of: byte, from: cursor, end: end)
                cursor = offset + 1
                if offset < end && text.isAtLevel(offset, base: base) && !text.isInsideSpan(offset) { return offset }
            }
            guard endsWithUpperBound else { return nil }
            endsWithUpperBound = false
            return end
        }
    }

    /// The offset just past the bracket or parenthesis that closes the one opening at `offset`,
    /// if it closes before `end`.
    func closingBracket(after offset: Int, end: Int) -> Int? {
        if !isInsideSpan(offset) {
            guard !closers.isEmpty else { return nil }
            let close = Int(closers[offset])
            return close >= 0 && close < end ? close + 1 : nil
        }
        // An opener in emphasis is no delimiter; what follows pairs among itself.
        let open = bytes[offset]
        let close: UInt8 = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var depth = 0
        var index = offset
        while index < end {
            if !isInsideSpan(index) {
                if bytes[index] == open { depth += 1 }
                if bytes[index] == close {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
            }
            index += 1
        }
        return nil
    }
}

import Foundation
import LowLevel

/// Turns the raw Markdown of a block (one or more pieces of the file) into a `RichText`.
///
/// It knows footnote markers (`<sup>N</sup>`), emphasis (`*...*`), backslash escapes,
/// autolinks (`<https://...>`) and `[text](url)` links; everything else is kept as written. Links do
/// not nest: inside a link's text, brackets are text. Every search for a closing `]`, `)` or
/// `</sup>` goes through `InlineLandmarks`, so the time is linear in the text however it nests.
struct InlineParser: Sendable {
    let file: SourceFile
    private var output: [UInt8] = []
    private var spans: [RichText.Span] = []
    private var markers: [RichText.Marker] = []
    private var sourceMap: [SourceMapRun] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var lastSource = -2
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Buffers for emphasis pairing, kept from piece to piece for their capacity.
    private var emphasisBuffers = EmphasisPairs()
    /// The piece being parsed, outside any link's text.
    private var piece = 0..<0
    /// The closing brackets, parentheses and tags of `piece`, found when first needed.
    private var landmarks: InlineLandmarks?
    /// Where a search for the end of an HTML comment last failed: no later comment in the piece
    /// is looked for again, so the time stays linear.
    private var commentSearchFailedFrom = -1
    /// Whether the text's runs were joined over a block quote's `>` prefixes (`lineRuns`).
    private var quoteRuns = false

    /// What the scan found that text needs: Markdown note labels as numbered, and hyphen evidence.
    let context: InlineContext
    /// The inline notes (`^[...]`) of the text being parsed, in order, cut out of it as markers.
    private var notes: [InlineNote] = []

    init(file: SourceFile, context: InlineContext = InlineContext()) {
        self.file = file
        self.context = context
        bytes = file.bytes
        // Room for a note's text at once: a chunk's parser starts empty, and growing the buffers
        // from nothing made a list at each doubling.
        output.reserveCapacity(1024)
        sourceMap.reserveCapacity(32)
    }

    /// The diagnostics gathered so far, which the parser then forgets.
    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }

    /// Parses the pieces, joining them with a single space (or none, across a word hyphenated at a
    /// line's end), and returns the rich text. `notes`, in order, are cut out as markers.
    mutating func parse(pieces: [Range<Int>], notes: [InlineNote] = []) -> RichText {
        self.notes = notes
        defer { self.notes = [] }
        return parseText(pieces)
    }

    private mutating func parseText(_ pieces: [Range<Int>]) -> RichText {
        // The buffers keep their capacity from text to text; the result gets copies sized to fit.
        output.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        markers.removeAll(keepingCapacity: true)
        sourceMap.removeAll(keepingCapacity: true)
        lastSource = -2
        // Lines of one paragraph are parsed as one run, so emphasis and links may span them, as
        // Markdown wrapped at 72 columns has them; pieces a page break parted stay apart.
        quoteRuns = false
        let runs = Self.lineRuns(pieces, in: bytes, quoted: &quoteRuns)
        if notes.isEmpty {
            for (index, run) in runs.enumerated() {
                var joined: Int?
                if index > 0 {
                    let before = output.count
                    join(before: run)
                    // A hyphen the join took out no longer ends the emphasis that held it.
                    if output.count < before {
                        for spanIndex in spans.indices where spans[spanIndex].range.upperBound == before {
                            spans[spanIndex].range = spans[spanIndex].range.lowerBound..<output.count
                        }
                    }
                    joined = output.count
                }
                self.piece = trimmed(run)
                landmarks = nil
                let spansBefore = spans.count
                parsePiece(self.piece)
                if let joined, spans.count > spansBefore, spansBefore > 0 { joinEmphasis(at: joined) }
            }
        } else {
            parseCuttingNotes(runs)
        }
        landmarks = nil
        while output.last == UInt8(ascii: " ") { output.removeLast() }
        // Read as `String(decoding:)` reads it, but a curly quote no longer sends the whole text
        // through the standard library's check, ten instructions a byte.
        let text = UTF8Scan.string(output.span)
        let limit = output.count
        // Trailing spaces went: clip what reached into them, and drop empty spans.
        if spans.contains(where: { $0.range.upperBound > limit || $0.range.isEmpty }) {
            spans = spans.compactMap { span -> RichText.Span? in
                let upper = min(span.range.upperBound, limit)
                return span.range.lowerBound < upper ? RichText.Span(range: span.range.lowerBound..<upper, style: span.style) : nil
            }
        }
        for index in markers.indices where markers[index].offset > limit {
            markers[index].offset = limit
        }
        return RichText(text: text, spans: spans.copiedToFit(), markers: markers.copiedToFit(), sourceMap: sourceMap.copiedToFit())
    }

    /// Makes one the emphasis a page break cut in two (`_Commissioner of Ind. State Dept. of_` /
    /// `_Health_`, `_Ad-_` / `_ams_`): a span that ends where two pieces join, before the joining
    /// space or none, and one that starts right after it.
    private mutating func joinEmphasis(at join: Int) {
        guard let after = spans.firstIndex(where: { $0.style == .emphasis && $0.range.lowerBound == join }) else { return }
        let spaced = join > 0 && output[join - 1] == UInt8(ascii: " ")
        guard let before = spans.firstIndex(where: { span in
            span.style == .emphasis && (span.range.upperBound == join || (spaced && span.range.upperBound == join - 1))
        }), before != after else { return }
        spans[before].range = spans[before].range.lowerBound..<spans[after].range.upperBound
        spans.remove(at: after)
    }

    /// What goes between two pieces: a space, or nothing when the first ends with a word cut by a
    /// hyphen and the second goes on in lower case; the hyphen goes too unless the essay writes the
    /// word with one (`HyphenEvidence`).
    private mutating func join(before piece: Range<Int>, at breakOffset: Int? = nil) {
        guard !output.isEmpty, output.last != UInt8(ascii: " ") else { return }
        let next = trimmed(piece)
        let spaceSource = breakOffset ?? piece.lowerBound
        // A range cut after its dash (`at 21–` / `25`) is one range.
        if output.count >= 4, output[output.count - 3] == 0xE2, output[output.count - 2] == 0x80, output[output.count - 1] == 0x93,
           Bytes.isDigit(output[output.count - 4]), !next.isEmpty, Bytes.isDigit(bytes[next.lowerBound]) {
            return
        }
        // pdftotext glued the rule over a page's notes to a word it took the hyphen off
        // (`un——————`), and the word goes on after the notes in lower case (`designated`).
        if lastSource >= 0, lastSource + 6 < bytes.count, bytes[lastSource + 1] == 0xE2, bytes[lastSource + 3] == 0x94,
           bytes[lastSource + 4] == 0xE2, bytes[lastSource + 6] == 0x94, bytes[lastSource + 2] == 0x80,
           Bytes.isLetter(bytes[lastSource]), !next.isEmpty, Bytes.isLower(bytes[next.lowerBound]) {
            return
        }
        guard output.count >= 2, output[output.count - 1] == UInt8(ascii: "-"), Bytes.isWordByte(output[output.count - 2]), !next.isEmpty else {
            emit(UInt8(ascii: " "), from: spaceSource)
            return
        }
        // The word goes on past the emphasis that opens the next piece (`_Ad-_` / `_ams_`).
        var letter = next.lowerBound
        while letter < next.upperBound, letter - next.lowerBound < 2, bytes[letter] == UInt8(ascii: "_") || bytes[letter] == UInt8(ascii: "*") {
            letter += 1
        }
        guard letter < next.upperBound else {
            emit(UInt8(ascii: " "), from: spaceSource)
            return
        }
        // After a capital or a digit (`non-` / `State`, `12-` / `14`) the hyphen is the word's own.
        if Bytes.isUpper(bytes[letter]) || Bytes.isDigit(bytes[letter]) { return }
        if Bytes.isLower(bytes[letter]) {
            // Words are looked at up to 64 bytes each way: no word is longer, and the time stays linear.
            var wordStart = output.count - 1
            while wordStart > 0, output.count - wordStart < 64, Bytes.isWordByte(output[wordStart - 1]) || output[wordStart - 1] == UInt8(ascii: "-") {
                wordStart -= 1
            }
            var wordEnd = letter
            while wordEnd < next.upperBound, wordEnd - letter < 64, Bytes.isWordByte(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: "-") {
                wordEnd += 1
            }
            let keeps = context.hyphens?.keepsHyphen(before: output[wordStart..<(output.count - 1)],
                                                     after: Array(bytes[letter..<wordEnd])) ?? false
            if !keeps { dropLastOutputByte() }
            return
        }
        emit(UInt8(ascii: " "), from: spaceSource)
    }

    /// The pieces with each run of pieces that follow one another line by line (nothing but a
    /// line ending between them) made one.
    private static func lineRuns(_ pieces: [Range<Int>], in bytes: [UInt8], quoted: inout Bool) -> [Range<Int>] {
        guard pieces.count > 1 else { return pieces }
        var runs: [Range<Int>] = []
        runs.reserveCapacity(pieces.count)
        for piece in pieces {
            if let last = runs.last, piece.lowerBound > last.upperBound, piece.lowerBound - last.upperBound <= 2,
               bytes[piece.lowerBound - 1] == 0x0A, last.upperBound == piece.lowerBound - 1 || bytes[last.upperBound] == 0x0D {
                runs[runs.count - 1] = last.lowerBound..<piece.upperBound
            } else if let last = runs.last, piece.lowerBound > last.upperBound + 1, piece.lowerBound - last.upperBound <= 16,
                      bytes[piece.lowerBound - 1] == 0x20 || bytes[piece.lowerBound - 1] == UInt8(ascii: ">"),
                      isQuotePrefixGap(last.upperBound..<piece.lowerBound, in: bytes) {
                // Lines of one block quote: the `> ` between them is no text (`breakLine` skips it),
                // so a link or tag a converter wrapped over quoted lines is read whole.
                runs[runs.count - 1] = last.lowerBound..<piece.upperBound
                quoted = true
            } else {
                runs.append(piece)
            }
        }
        return runs
    }

    /// Whether `gap` is a line ending then a block quote's prefix: spaces, then `\n`, then spaces
    /// and `>`s, one `>` at least.
    private static func isQuotePrefixGap(_ gap: Range<Int>, in bytes: [UInt8]) -> Bool {
        var index = gap.lowerBound
        while index < gap.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
        guard index < gap.upperBound, bytes[index] == 0x0A else { return false }
        index += 1
        var quoted = false
        while index < gap.upperBound {
            switch bytes[index] {
            case UInt8(ascii: ">"): quoted = true
            case 0x20, 0x09: break
            default: return false
            }
            index += 1
        }
        return quoted
    }

    /// What a line break inside a run becomes: nothing across a hyphenated word (as `join`
    /// decides), else one space; the next line's indentation goes. Returns where the text goes on.
    private mutating func breakLine(at index: Int, end: Int) -> Int {
        var next = index + 1
        while next < end, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
        // A block quote's prefix on the next line of a run joined over it (`lineRuns`).
        if quoteRuns, next < end, bytes[next] == UInt8(ascii: ">") {
            let prefixEnd = Self.quotePrefixEnd(bytes, from: next, end: end)
            if Self.isQuotePrefixGap(index..<prefixEnd, in: bytes) { next = prefixEnd }
        }
        // Spaces that ended the line (a Markdown hard break) are one space, as between pieces.
        while output.count > 1, output[output.count - 1] == 0x20, output[output.count - 2] == 0x20 { dropLastOutputByte() }
        if output.last == UInt8(ascii: " "), next < end, output.count >= 2 { dropLastOutputByte() }
        if output.last != UInt8(ascii: " "), next < end {
            join(before: next..<end, at: index)
        } else if output.last != UInt8(ascii: " ") {
            emit(UInt8(ascii: " "), from: index)
        }
        return next
    }

    /// Just after the `>`s and spaces from `index`.
    private static func quotePrefixEnd(_ bytes: [UInt8], from index: Int, end: Int) -> Int {
        var next = index
        while next < end, bytes[next] == UInt8(ascii: ">") || bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        return next
    }

    /// Removes the last byte written, and its place in the source map.
    private mutating func dropLastOutputByte() {
        output.removeLast()
        if let last = sourceMap.last, last.textOffset >= output.count { sourceMap.removeLast() }
        lastSource = -2
    }

    /// `parseText`'s loop when the text holds inline notes: each note's `^[...]` becomes a marker,
    /// its text left out, whether it ends on its own line or further down.
    private mutating func parseCuttingNotes(_ pieces: [Range<Int>]) {
        var next = 0
        var resumeAt = -1
        for (index, piece) in pieces.enumerated() {
            var start = piece.lowerBound
            if resumeAt > start {
                guard resumeAt < piece.upperBound else { continue }
                start = resumeAt
            } else if index > 0 {
                join(before: piece)
            }
            var atPieceStart = start == piece.lowerBound
            while next < notes.count, notes[next].range.lowerBound < piece.upperBound {
                let note = notes[next]
                next += 1
                guard note.range.lowerBound >= start else { continue }
                // A mark set apart after its word (`(“DOJ”). 1 The`) stands at the word's end, not
                // before the next word.
                var markAt = note.range.lowerBound
                while markAt > start, bytes[markAt - 1] == 0x20 { markAt -= 1 }
                parseSegment(start..<markAt, trimStart: atPieceStart, trimEnd: false)
                markers.append(RichText.Marker(label: note.label, offset: output.count,
                                               range: file.range(ofBytes: note.range.lowerBound..<min(note.range.upperBound, note.range.lowerBound + 2))))
                start = note.range.upperBound
                atPieceStart = false
                if start >= piece.upperBound { break }
            }
            resumeAt = start
            if start < piece.upperBound { parseSegment(start..<piece.upperBound, trimStart: atPieceStart, trimEnd: true) }
        }
    }

    /// Parses part of a piece, trimmed only at the ends that are the piece's own.
    private mutating func parseSegment(_ range: Range<Int>, trimStart: Bool, trimEnd: Bool) {
        var lower = range.lowerBound
        var upper = range.upperBound
        if trimStart { while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 } }
        if trimEnd { while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 } }
        guard lower < upper else { return }
        piece = lower..<upper
        landmarks = nil
        parsePiece(piece)
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func emit(_ byte: UInt8, from source: Int) {
        if source != lastSource + 1 {
            sourceMap.append(SourceMapRun(textOffset: output.count, sourceOffset: source))
        }
        lastSource = source
        output.append(byte)
    }

    /// Emits the bytes `range` of the file as they are; the same as `emit` for each byte.
    private mutating func emitRun(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if context.collapsesSpaces {
            emitCollapsingSpaces(range)
            return
        }
        copyRun(range)
    }

    /// `emitRun` where a run of spaces is one space: each space after a space (in the run or
    /// ending the output) is left out.
    private mutating func emitCollapsingSpaces(_ range: Range<Int>) {
        // Most runs hold no two spaces in a row: one pass sixteen pairs at a time, then a plain copy.
        if !(bytes[range.lowerBound] == 0x20 && output.last == 0x20), !ByteScan.containsPair(of: 0x20, in: bytes.span.extracting(range)) {
            copyRun(range)
            return
        }
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == 0x20, index == start ? output.last == 0x20 : bytes[index - 1] == 0x20 else { index += 1; continue }
            copyRun(start..<index)
            while index < range.upperBound, bytes[index] == 0x20 { index += 1 }
            start = index
        }
        copyRun(start..<range.upperBound)
    }

    /// Copies the bytes `range` of the file to the output, mapping them to their source.
    private mutating func copyRun(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if range.lowerBound != lastSource + 1 {
            sourceMap.append(SourceMapRun(textOffset: output.count, sourceOffset: range.lowerBound))
        }
        lastSource = range.upperBound - 1
        output.append(contentsOf: bytes[range])
    }

    private mutating func emitLiteral(_ range: Range<Int>) {
        var runStart = range.lowerBound
        for index in range {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                emitRun(runStart..<index)
                runStart = index + 1
                if output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
            }
        }
        emitRun(runStart..<range.upperBound)
    }

    /// The first offset in `from..<end` whose byte needs more than copying, or `end`.
    private static func nextSpecial(in bytes: [UInt8], from start: Int, end: Int) -> Int {
        ByteScan.firstIndex(in: bytes, from: start, upTo: end, lanes: specialLanes, matches: isSpecial)
    }

    /// `nextSpecial`, stopping also at `&` and 0xC2 where the file holds character references or
    /// soft hyphens, and at 0xC2, 0xE2 and 0xEF where it holds wide spaces or invisible characters
    /// (`InlineContext`).
    private func nextSpecialByte(from start: Int, end: Int) -> Int {
        if context.readsWideSpaces || context.dropsInvisibles {
            return ByteScan.firstIndex(in: bytes, from: start, upTo: end, lanes: { block in
                Self.specialLanes(block) .| block .== SIMD16(repeating: UInt8(ascii: "&")) .| block .== SIMD16(repeating: 0xC2)
                    .| block .== SIMD16(repeating: 0xE2) .| block .== SIMD16(repeating: 0xEF)
            }, matches: { Self.isSpecial($0) || $0 == UInt8(ascii: "&") || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF })
        }
        guard context.decodesEntities || context.dropsSoftHyphens else { return Self.nextSpecial(in: bytes, from: start, end: end) }
        return ByteScan.firstIndex(in: bytes, from: start, upTo: end, lanes: { block in
            Self.specialLanes(block) .| block .== SIMD16(repeating: UInt8(ascii: "&")) .| block .== SIMD16(repeating: 0xC2)
        }, matches: { Self.isSpecial($0) || $0 == UInt8(ascii: "&") || $0 == 0xC2 })
    }

    /// The width in bytes of the no-break, narrow no-break, thin or figure space (U+00A0, U+202F,
    /// U+2009, U+2007) whose last byte is `bytes[last]`, or nil when no such space ends there.
    static func wideSpaceWidth(_ bytes: [UInt8], endingAt last: Int) -> Int? {
        switch bytes[last] {
        case 0xA0:
            return last >= 1 && bytes[last - 1] == 0xC2 ? 2 : nil
        case 0xAF, 0x89, 0x87:
            return last >= 2 && bytes[last - 1] == 0x80 && bytes[last - 2] == 0xE2 ? 3 : nil
        default:
            return nil
        }
    }

    /// A wide space (`wideSpaceWidth`) opening at `index`, read as one space: a LaTeX tie
    /// (`v.~Doe`, `951~F.2d`) is a space to every reader of the text, and the citation forms read
    /// words parted by spaces. Returns where the text goes on, or nil when no such space opens there.
    private mutating func readWideSpace(at index: Int, end: Int) -> Int? {
        let width = bytes[index] == 0xC2 ? 2 : 3
        guard index + width <= end, Self.wideSpaceWidth(bytes, endingAt: index + width - 1) == width else { return nil }
        if !output.isEmpty, output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
        return index + width
    }

    /// `isSpecial` of each of sixteen bytes.
    @inline(__always)
    private static func specialLanes(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        block .== SIMD16(repeating: UInt8(ascii: "\\")) .| block .== SIMD16(repeating: UInt8(ascii: "*"))
            .| block .== SIMD16(repeating: UInt8(ascii: "_")) .| block .== SIMD16(repeating: UInt8(ascii: "<"))
            .| block .== SIMD16(repeating: UInt8(ascii: "[")) .| block .== SIMD16(repeating: 0x0A)
            .| block .== SIMD16(repeating: 0x0D) .| block .== SIMD16(repeating: 0x09)
    }

    /// Whether a byte needs more than copying: escapes, emphasis, tags, links and line breaks.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: "["), 0x0A, 0x0D, 0x09: true
        default: false
        }
    }

    /// The first `</sup>` starting at or after `from` and ending by `limit`. A marker's close is a few
    /// bytes on, so the bytes just after `from` are looked at first; only past them does the piece's
    /// one-pass search of landmarks serve.
    private mutating func firstSupClose(from: Int, endingBy limit: Int) -> Int? {
        let lastNearby = min(limit - 6, from + Self.nearbySupClose)
        var index = from
        while index <= lastNearby {
            if bytes[index] == UInt8(ascii: "<"), Self.matches(bytes, at: index, "</sup>", limit: limit) { return index }
            index += 1
        }
        guard lastNearby < limit - 6 else { return nil }
        return currentLandmarks().firstSupClose(from: lastNearby + 1, endingBy: limit)
    }

    /// How far past a `<sup>` its `</sup>` is looked for directly: room for any footnote label.
    private static let nearbySupClose = 32

    /// The landmarks of the piece being parsed.
    private mutating func currentLandmarks() -> InlineLandmarks {
        if let landmarks { return landmarks }
        let found = InlineLandmarks(bytes, range: piece)
        landmarks = found
        return found
    }

    /// Parses `range`: a piece, or (`inLink`) a link's text inside it, where links are text.
    private mutating func parsePiece(_ range: Range<Int>, inLink: Bool = false) {
        // A link's text is a piece of its own, parsed inside this one: it gets fresh buffers.
        var pairs = EmphasisPairs()
        swap(&pairs, &emphasisBuffers)
        defer { swap(&pairs, &emphasisBuffers) }
        pairEmphasis(in: range, into: &pairs, skippingLinks: !inLink)
        var warnedOfNestedLink = false
        var nextOpener = 0
        var nextCloser = 0
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < end, Self.isEscapable(bytes[index + 1]) {
                    emit(bytes[index + 1], from: index + 1)
                    index += 2
                } else {
                    emit(byte, from: index)
                    index += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                // Delimiters are kept as offset × 4 + width: `*` or `_` is 1, `**` or `__` is 2.
                while nextOpener < pairs.openers.count, pairs.openers[nextOpener] >> 2 < index { nextOpener += 1 }
                while nextCloser < pairs.closers.count, pairs.closers[nextCloser] >> 2 < index { nextCloser += 1 }
                if nextOpener < pairs.openers.count, pairs.openers[nextOpener] >> 2 == index {
                    pairs.open.append(output.count)
                    index += pairs.openers[nextOpener] & 3
                } else if nextCloser < pairs.closers.count, pairs.closers[nextCloser] >> 2 == index, let start = pairs.open.popLast() {
                    spans.append(RichText.Span(range: start..<output.count, style: .emphasis))
                    index += pairs.closers[nextCloser] & 3
                } else if byte == UInt8(ascii: "_") {
                    // Underscores inside words (`FOTN_2018`) and unpaired ones are text; so are runs.
                    let runEnd = nextSpecialByte(from: index + 1, end: end)
                    emitRun(index..<runEnd)
                    index = runEnd
                } else {
                    emit(byte, from: index)
                    index += 1
                }
            case UInt8(ascii: "<"):
                index = parseAngle(at: index, end: end)
            case UInt8(ascii: "[") where inLink:
                if !warnedOfNestedLink, linkEnd(at: index, end: end) != nil {
                    warnedOfNestedLink = true
                    diagnostics.append(Diagnostic(
                        .warning, file: file.path, range: file.range(ofBytes: index..<index + 1),
                        message: "a link inside another link's text is kept as text (links do not nest); remove the inner link's brackets and address"))
                }
                emit(byte, from: index)
                index += 1
            case UInt8(ascii: "["):
                index = parseLink(at: index, end: end)
            case 0x0A:
                index = breakLine(at: index, end: end)
            case 0x0D, 0x09:
                if output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
                index += 1
            case UInt8(ascii: "&") where context.decodesEntities:
                index = parseEntity(at: index, end: end)
            case 0xC2 where context.dropsSoftHyphens && index + 1 < end && bytes[index + 1] == 0xAD:
                index = skipSoftHyphen(at: index, end: end)
            case 0xE2 where context.dropsInvisibles && index + 3 <= end && InvisibleCharacters.isInvisible(bytes, at: index),
                 0xEF where context.dropsInvisibles && index + 3 <= end && InvisibleCharacters.isInvisible(bytes, at: index):
                index = skipInvisible(at: index, end: end)
            case 0xC2 where context.readsWideSpaces, 0xE2 where context.readsWideSpaces:
                if let next = readWideSpace(at: index, end: end) {
                    index = next
                } else {
                    let runEnd = nextSpecialByte(from: index + 1, end: end)
                    emitRun(index..<runEnd)
                    index = runEnd
                }
            default:
                let runEnd = nextSpecialByte(from: index + 1, end: end)
                emitRun(index..<runEnd)
                index = runEnd
            }
        }
    }

    /// The `*` delimiters that open and close emphasis, each list in increasing offset order, and
    /// the working stacks of pairing and of parsing.
    struct EmphasisPairs {
        var openers: [Int] = []
        var closers: [Int] = []
        /// Openers not closed yet, while pairing.
        var stack: [Int] = []
        /// Where the emphasis opened so far begins in the output, while parsing.
        var open: [Int] = []
    }

    /// Pairs emphasis delimiters: `*` and `**` as before (an opener followed by a non-space, a
    /// closer preceded by one), and `_` and `__` as CommonMark has them, never inside a word, so
    /// `FOTN_2018_Final` stays text. A delimiter pairs only with one of its own character and
    /// width. Unpaired ones stay literal. `pairs` is emptied first, keeping its capacity.
    /// With `skippingLinks`, a link's text and address pair nothing outside it, as in CommonMark: the
    /// text pairs among itself when parsed, so a star page in it (`*[Roe, 2009 WL 12 at *5](url)*`)
    /// leaves the emphasis around the link whole.
    private mutating func pairEmphasis(in range: Range<Int>, into pairs: inout EmphasisPairs, skippingLinks: Bool) {
        pairs.openers.removeAll(keepingCapacity: true)
        pairs.closers.removeAll(keepingCapacity: true)
        pairs.stack.removeAll(keepingCapacity: true)
        pairs.open.removeAll(keepingCapacity: true)
        let firstDelimiter = ByteScan.firstIndex(in: bytes, from: range.lowerBound, upTo: range.upperBound, lanes: { block in
            block .== SIMD16(repeating: UInt8(ascii: "*")) .| block .== SIMD16(repeating: UInt8(ascii: "_"))
        }, matches: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") })
        guard firstDelimiter < range.upperBound else { return }
        var index = range.lowerBound
        while index < range.upperBound {
            // Only escapes, tags and delimiters matter here.
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: range.upperBound, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: "\\")) .| block .== SIMD16(repeating: UInt8(ascii: "<"))
                    .| block .== SIMD16(repeating: UInt8(ascii: "*")) .| block .== SIMD16(repeating: UInt8(ascii: "_"))
                    .| block .== SIMD16(repeating: UInt8(ascii: "["))
            }, matches: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[") })
            guard index < range.upperBound else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "[") {
                if skippingLinks, index + 1 < range.upperBound, bytes[index + 1] != UInt8(ascii: "^"),
                   let link = linkEnd(at: index, end: range.upperBound) {
                    index = link.parenthesis + 1
                } else {
                    index += 1
                }
                continue
            }
            if byte == UInt8(ascii: "<"), let close = Self.digitsMarkerClose(bytes, at: index, end: range.upperBound) {
                index = close + 6
                continue
            }
            if byte == UInt8(ascii: "<"), Self.matches(bytes, at: index, "<sup>", limit: range.upperBound) {
                if let close = firstSupClose(from: index, endingBy: range.upperBound) { index = close + 6; continue }
            }
            // A tag's attributes (`href="#_ftn1"`) hold no emphasis.
            if byte == UInt8(ascii: "<"), index + 1 < range.upperBound, Bytes.isLetter(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "/"),
               let tag = HTMLTag.read(bytes[..<range.upperBound], at: index, limit: range.upperBound) {
                index = tag.end
                continue
            }
            if byte == UInt8(ascii: "_"), index > range.lowerBound, index + 1 < range.upperBound,
               Bytes.isWordByte(bytes[index - 1]), Bytes.isWordByte(bytes[index + 1]) {
                // Inside a word (`FOTN_2018`): never a delimiter.
                index += 1
                continue
            }
            // `http://archive.example.org/*/http://...`: a star inside an address is the address's.
            if byte == UInt8(ascii: "*"), Self.isInsideAddress(bytes, at: index, from: range.lowerBound) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
                var runEnd = index + 1
                while runEnd < range.upperBound, bytes[runEnd] == byte { runEnd += 1 }
                // A run of one or two is a delimiter; longer runs are text.
                guard runEnd - index <= 2 else { index = runEnd; continue }
                let width = runEnd - index
                let before: UInt8? = index > range.lowerBound ? bytes[index - 1] : nil
                let after: UInt8? = runEnd < range.upperBound ? bytes[runEnd] : nil
                var canClose = before.map { !Self.isSpace($0) } ?? false
                var canOpen = after.map { !Self.isSpace($0) } ?? false
                if byte == UInt8(ascii: "_") {
                    // Not inside a word: `snake_case`, `FOTN_2018` are text.
                    if let before, Bytes.isWordByte(before) { canOpen = false }
                    if let after, Bytes.isWordByte(after) { canClose = false }
                }
                let token = index << 2 | width
                // Only the innermost opener can close, and only with a delimiter like it.
                if canClose, let top = pairs.stack.last, bytes[top >> 2] == byte, top & 3 == width, (top >> 2) + width < index {
                    pairs.openers.append(pairs.stack.removeLast())
                    pairs.closers.append(token)
                } else if canOpen {
                    pairs.stack.append(token)
                }
                index = runEnd
                continue
            }
            index += 1
        }
        // Closers come in order; openers close innermost first.
        pairs.openers.sort()
    }

    /// Whether the byte at `index` lies inside a web address written out (`http://`, `https://` or
    /// `www.` opening its word, no space between), where a star is a character of the address.
    static func isInsideAddress(_ bytes: [UInt8], at index: Int, from lower: Int) -> Bool {
        // The gate: a slash or a dot right before the star, as in an archive's `/*/` or `.*`.
        guard index > lower, bytes[index - 1] == UInt8(ascii: "/") || bytes[index - 1] == UInt8(ascii: ".") else { return false }
        var start = index - 1
        while start > lower, !Bytes.isSpace(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "("), bytes[start - 1] != UInt8(ascii: "<"),
              index - start < 400 {
            start -= 1
        }
        for opening in ["http://", "https://", "www."] where bytes[start..<index].starts(with: opening.utf8) { return true }
        return false
    }

    /// A character reference (`&amp;`, `&#8217;`): its character; a soft hyphen's (`&shy;`), as
    /// the character itself, none. Anything else after `&` is text.
    private mutating func parseEntity(at index: Int, end: Int) -> Int {
        guard let (scalar, next) = HTMLEntity.decode(bytes[..<end], at: index) else {
            emit(bytes[index], from: index)
            return index + 1
        }
        if scalar.value == 0xAD { return skipSoftHyphen(at: index, end: end, width: next - index) }
        // `&nbsp;`, `&#8239;`: a space, as the characters themselves are (`readWideSpace`).
        if scalar.value == 0xA0 || scalar.value == 0x202F || scalar.value == 0x2009 || scalar.value == 0x2007 {
            if !output.isEmpty, output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
            return next
        }
        for byte in String(Character(scalar)).utf8 { emit(byte, from: index) }
        return next
    }

    /// An invisible format character (`InvisibleCharacters`) is no character of the text: it goes,
    /// and after a space so do the spaces after it (`1988 \u{200B} (Cth)` is `1988 (Cth)`).
    private mutating func skipInvisible(at index: Int, end: Int) -> Int {
        var next = index + 3
        if output.last == UInt8(ascii: " ") {
            while next < end, bytes[next] == 0x20 { next += 1 }
        }
        return next
    }

    /// A soft hyphen (U+00AD, `width` bytes as written) is no character of the text: it goes, and
    /// at a line's end, the word it cut goes on with no space.
    private mutating func skipSoftHyphen(at index: Int, end: Int, width: Int = 2) -> Int {
        var next = index + width
        var lineEnd = next
        while lineEnd < end, bytes[lineEnd] == 0x20 || bytes[lineEnd] == 0x0D { lineEnd += 1 }
        guard lineEnd < end, bytes[lineEnd] == 0x0A else { return next }
        var word = lineEnd + 1
        while word < end, bytes[word] == 0x20 || bytes[word] == 0x09 { word += 1 }
        if word < end, Bytes.isLower(bytes[word]) { next = word }
        return next
    }

    private mutating func parseAngle(at index: Int, end: Int) -> Int {
        // Most angles open a note's marker of digits alone (`<sup>12</sup>`): read at once, to the
        // same marker the reading below makes of it.
        if let close = Self.digitsMarkerClose(bytes, at: index, end: end) {
            markers.append(RichText.Marker(label: String(decoding: bytes[(index + 5)..<close], as: UTF8.self), offset: output.count,
                                           range: file.range(ofBytes: index..<close + 6)))
            return close + 6
        }
        if Self.matches(bytes, at: index, "<sup", limit: end), let opened = supOpeningEnd(at: index, end: end) {
            if let close = firstSupClose(from: opened, endingBy: end) {
                let labelBytes = bytes[trimmed(opened..<close)]
                // A web edition's `<sup>[12](#fn12)</sup>` names its note by the link's text, and
                // `<sup><a href="#fn:12">12</a></sup>` by the anchor's.
                let linked = labelBytes.first == UInt8(ascii: "[") ? Self.linkedLabel(labelBytes)
                    : labelBytes.first == UInt8(ascii: "<") ? Self.anchoredLabel(labelBytes) : nil
                guard let problem = linked == nil ? Self.labelProblem(labelBytes) : nil else {
                    let label = linked ?? Self.removingBackslashes(labelBytes)
                    markers.append(RichText.Marker(label: label, offset: output.count, range: file.range(ofBytes: index..<close + 6)))
                    return close + 6
                }
                // Kept whole as text, so that what it holds is neither lost nor read again.
                diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: index..<close + 6), message: problem))
                emitLiteral(index..<close + 6)
                return close + 6
            }
            diagnostics.append(Diagnostic(
                .warning, file: file.path, range: file.range(ofBytes: index..<opened),
                message: "<sup> has no closing </sup>; kept as text (close it, as in <sup>12</sup>)"))
            emitLiteral(index..<opened)
            return opened
        }
        // Autolink: <scheme:...> with no spaces inside.
        var cursor = index + 1
        while cursor < end, bytes[cursor] != UInt8(ascii: ">"), !Self.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "<") {
            cursor += 1
        }
        if cursor < end, bytes[cursor] == UInt8(ascii: ">"), cursor > index + 1,
           let colon = bytes[index + 1..<cursor].firstIndex(of: UInt8(ascii: ":")), colon > index + 1 {
            let start = output.count
            emitLiteral(index + 1..<cursor)
            let url = String(decoding: bytes[index + 1..<cursor], as: UTF8.self)
            spans.append(RichText.Span(range: start..<output.count, style: .link(url: url)))
            return cursor + 1
        }
        if let next = parseHTML(at: index, end: end) { return next }
        emit(bytes[index], from: index)
        return index + 1
    }

    /// Where the `</sup>` closing a marker `<sup>` + up to 16 digits opening at `index` starts (tags
    /// in any case, as `matches` reads them), or nil for anything else.
    private static func digitsMarkerClose(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        guard index + 12 <= end, Bytes.lowercased(bytes[index + 1]) == UInt8(ascii: "s"), Bytes.lowercased(bytes[index + 2]) == UInt8(ascii: "u"),
              Bytes.lowercased(bytes[index + 3]) == UInt8(ascii: "p"), bytes[index + 4] == UInt8(ascii: ">") else { return nil }
        var close = index + 5
        while close < end, close - index <= 21, Bytes.isDigit(bytes[close]) { close += 1 }
        guard close > index + 5, close - index <= 21, close + 6 <= end, bytes[close] == UInt8(ascii: "<"), bytes[close + 1] == UInt8(ascii: "/"),
              Bytes.lowercased(bytes[close + 2]) == UInt8(ascii: "s"), Bytes.lowercased(bytes[close + 3]) == UInt8(ascii: "u"),
              Bytes.lowercased(bytes[close + 4]) == UInt8(ascii: "p"), bytes[close + 5] == UInt8(ascii: ">") else { return nil }
        return close
    }

    /// The no-break space a page sets before a note's link back (`(1990).&nbsp;<a href="#fnref:1">`)
    /// becomes a plain space, which goes with the text's trailing spaces when nothing follows.
    private mutating func dropNoBreakSpaceBeforeBacklink(at index: Int) {
        guard output.count >= 2, output[output.count - 2] == 0xC2, output[output.count - 1] == 0xA0 else { return }
        dropLastOutputByte()
        dropLastOutputByte()
        emit(UInt8(ascii: " "), from: index)
    }

    /// Where a `<sup>` opening at `index` ends: `<sup>`, or `<sup ...>` with attributes
    /// (`<sup id="fnref:1">`); nil for any other tag.
    private func supOpeningEnd(at index: Int, end: Int) -> Int? {
        guard index + 4 < end else { return nil }
        if bytes[index + 4] == UInt8(ascii: ">") { return index + 5 }
        guard Bytes.isSpace(bytes[index + 4]), let tag = HTMLTag.read(bytes[..<end], at: index, limit: end) else { return nil }
        return tag.end
    }

    /// What HTML a web edition leaves in its Markdown: a comment (dropped), an anchor (a note's
    /// marker when it leads to the note and its text is the number, as Word writes
    /// `<a href="#_ftn1" id="_ftnref1">[1]</a>`, else a link), and tags that only style text
    /// (`<mark>`, `<span ...>`, `<em>`, `<br>` ...), which go while their text stays. Nil for
    /// anything else, which stays text.
    private mutating func parseHTML(at index: Int, end: Int) -> Int? {
        guard index + 3 < end else { return nil }
        if Self.matches(bytes, at: index, "<!--", limit: end) {
            if commentSearchFailedFrom >= piece.lowerBound, commentSearchFailedFrom < index { return nil }
            var cursor = index + 4
            while cursor + 3 <= end {
                if bytes[cursor] == UInt8(ascii: "-"), bytes[cursor + 1] == UInt8(ascii: "-"), bytes[cursor + 2] == UInt8(ascii: ">") { return cursor + 3 }
                cursor += 1
            }
            // Any later comment in the piece has no end either: it is not searched for again.
            commentSearchFailedFrom = index
            return nil
        }
        let source = file.bytes[index..<end]
        if let anchor = LineRules.anchor(at: source) {
            if anchor.target.contains(UInt8(ascii: "#")), let label = Self.noteLabel(anchor.text) {
                markers.append(RichText.Marker(label: label, offset: output.count, range: file.range(ofBytes: index..<anchor.end)))
                return anchor.end
            }
            if anchor.target.contains(UInt8(ascii: "#")), Self.isBacklink(HTMLEntity.decoded(anchor.text)) || Self.isReturnLink(anchor.text) {
                // A note's anchor back to its marker (`<a href="#fnref1" class="footnote-back">↩︎</a>`).
                dropNoBreakSpaceBeforeBacklink(at: index)
                var next = anchor.end
                if output.isEmpty || output.last == UInt8(ascii: " ") {
                    while next < end, Self.isSpace(bytes[next]) { next += 1 }
                }
                return next
            }
            let start = output.count
            let text = anchor.text.startIndex..<anchor.text.endIndex
            if !text.isEmpty { parsePiece(text, inLink: true) }
            if output.count > start {
                spans.append(RichText.Span(range: start..<output.count, style: .link(url: String(decoding: anchor.target, as: UTF8.self))))
            }
            return anchor.end
        }
        // A styling tag: `<name ...>` or `</name>`, closed before the next `<` and within 200 bytes.
        var cursor = index + 1
        if bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
        let nameStart = cursor
        while cursor < end, cursor - nameStart < 8, Bytes.isLetter(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart, cursor < end, let key = Bytes.packedLowercase(bytes[nameStart..<cursor]),
              Self.stylingTags.contains(key) else { return nil }
        // A converter wraps a long tag over lines (`<span` / `style="...">`).
        guard bytes[cursor] == UInt8(ascii: ">") || Self.isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") else { return nil }
        while cursor < end, cursor - index < 200, bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "<") { cursor += 1 }
        guard cursor < end, bytes[cursor] == UInt8(ascii: ">") else { return nil }
        if Self.breakingTags.contains(key), output.last != UInt8(ascii: " "), !output.isEmpty { emit(UInt8(ascii: " "), from: index) }
        return cursor + 1
    }

    /// Tags that style text or build a page's blocks and carry no text of their own; `a` without
    /// an address is an anchor alone.
    private static let stylingTags: Set<UInt64> = Set(["a", "abbr", "b", "big", "br", "cite", "em", "font", "i", "ins", "mark", "small",
                                                       "span", "strong", "sub", "u", "wbr", "div", "p", "li", "ol", "ul", "section",
                                                       "aside", "hr"].compactMap { Bytes.packedLowercase(Array($0.utf8)) })
    /// Tags that part the text on either side: a line break, and a block's edges.
    private static let breakingTags: Set<UInt64> = Set(["br", "div", "p", "li", "ol", "ul", "section", "aside", "hr"]
        .compactMap { Bytes.packedLowercase(Array($0.utf8)) })

    /// Where the link opening at the `[` at `index` has its `]` and its closing `)`, if it is one.
    private mutating func linkEnd(at index: Int, end: Int) -> (bracket: Int, parenthesis: Int)? {
        let landmarks = currentLandmarks()
        guard let bracket = landmarks.closingBracket(of: index), bracket + 1 < end, bytes[bracket + 1] == UInt8(ascii: "("),
              let parenthesis = landmarks.firstParenthesis(from: bracket + 2, before: end) else { return nil }
        // `[61](b)`: a judgment's paragraph and sub-paragraph, no link.
        if ParagraphSubdivisionLink.isPlace(bytes[(index + 1)..<bracket], bytes[(bracket + 2)..<parenthesis]) { return nil }
        return (bracket, titledLinkEnd(destination: bracket + 2, firstParenthesis: parenthesis, end: end) ?? parenthesis)
    }

    /// `[text](url "12 U.S.C. § 345(c)(2)")`: the `)` after a link's quoted title, when the first `)`
    /// falls inside that title; nil when it does not.
    private func titledLinkEnd(destination: Int, firstParenthesis: Int, end: Int) -> Int? {
        var index = destination
        while index + 1 < firstParenthesis, !(bytes[index] == 0x20 && bytes[index + 1] == UInt8(ascii: "\"")) { index += 1 }
        guard index + 1 < firstParenthesis else { return nil }
        var close = index + 2
        while close < end, close - index < 400, bytes[close] != UInt8(ascii: "\"") {
            // A blank line ends any link.
            if bytes[close] == 0x0A, close + 1 < end, bytes[close + 1] == 0x0A { return nil }
            close += 1
        }
        guard close < end, close > firstParenthesis, bytes[close] == UInt8(ascii: "\""), close + 1 < end,
              bytes[close + 1] == UInt8(ascii: ")") else { return nil }
        return close + 1
    }

    private mutating func parseLink(at index: Int, end: Int) -> Int {
        if index + 1 < end, bytes[index + 1] == UInt8(ascii: "^"), let close = noteReferenceEnd(at: index, end: end) {
            // A Markdown note reference, `[^12]` or `[^name]`, under the number a reader sees.
            let written = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            let label = context.renamedLabels[written] ?? written
            markers.append(RichText.Marker(label: label, offset: output.count, range: file.range(ofBytes: index..<close + 1)))
            // The mark Word printed after a note pandoc numbered (`[^1]\*`) is the marker's, not text.
            if label != written, let first = label.utf8.first, !Bytes.isDigit(first),
               let mark = EssayBuilder.customMark(in: bytes, at: close + 1, before: end) {
                return mark.end
            }
            return close + 1
        }
        // The matching `]` (escapes skipped), then `(url)`.
        guard let (cursor, close) = linkEnd(at: index, end: end) else {
            if context.readsPandocAttributes, let spanEnd = parsePandocSpan(at: index, end: end) { return spanEnd }
            emit(bytes[index], from: index)
            return index + 1
        }
        // Pandoc's attributes after the link (`{#_ftnref1 .footnote-ref}`) are no text.
        let afterLink = context.readsPandocAttributes ? PandocAttributes.end(in: bytes[...], at: close + 1, limit: end) ?? close + 1 : close + 1
        var target = bytes[(cursor + 2)..<close]
        // The link's quoted title (`(url "title")`) is no part of its address.
        if let quote = target.firstIndex(of: UInt8(ascii: "\"")), quote > target.startIndex, bytes[quote - 1] == 0x20 {
            target = target[..<(quote - 1)]
        }
        if let hash = target.firstIndex(of: UInt8(ascii: "#")) {
            let text = bytes[(index + 1)..<cursor]
            // An address whose fragment names nothing (`https://db.example.com/doc?id=1#`, as legal
            // databases end their links) is no note's anchor: its number is a section or a page.
            if hash + 1 < target.endIndex, let label = Self.noteLabel(text) {
                // A web edition's note reference: a link to the note, its text the note's number
                // (`[12](#fn12)`, `[\[12\]](#_ftn12)`), perhaps as Pandoc's superscript `^[12](#fn12)^`.
                if index > 0, bytes[index - 1] == UInt8(ascii: "^"), output.last == UInt8(ascii: "^") { dropLastOutputByte() }
                markers.append(RichText.Marker(label: label, offset: output.count, range: file.range(ofBytes: index..<close + 1)))
                return afterLink < end && bytes[afterLink] == UInt8(ascii: "^") ? afterLink + 1 : afterLink
            }
            if Self.isBacklink(text) || Self.isReturnLink(text) {
                // A note's link back to its reference (`[↩](#fnref12)`, `[Return to citation ^](#fn12)`):
                // nothing a reader reads.
                dropNoBreakSpaceBeforeBacklink(at: index)
                var next = afterLink
                if output.isEmpty || output.last == UInt8(ascii: " ") {
                    while next < end, Self.isSpace(bytes[next]) { next += 1 }
                }
                return next
            }
        }
        let url = String(decoding: target, as: UTF8.self)
        let start = output.count
        let textRange = index + 1..<cursor
        if Self.isUnescaped(bytes[textRange], equalTo: target) {
            // A link whose text is its own address (escaped by the converter) reads best as the address.
            emitLiteral(target.startIndex..<target.endIndex)
        } else {
            parsePiece(textRange, inLink: true)
        }
        spans.append(RichText.Span(range: start..<output.count, style: .link(url: url)))
        return afterLink
    }

    /// A Pandoc bracketed span opening at the `[` at `index`, `[text]{.class}` or `[]{#id}`:
    /// its text is read as text, its attributes are no text. Returns where it ends, or nil when
    /// the bracket opens none.
    private mutating func parsePandocSpan(at index: Int, end: Int) -> Int? {
        guard let bracket = currentLandmarks().closingBracket(of: index), bracket + 1 < end, bytes[bracket + 1] == UInt8(ascii: "{"),
              let spanEnd = PandocAttributes.end(in: bytes[...], at: bracket + 1, limit: end) else { return nil }
        var start = index + 1
        // A span opening with a space (`[ at 216.]{.c4}`) after a space or at the start adds none.
        if output.isEmpty || output.last == UInt8(ascii: " ") {
            while start < bracket, Self.isSpace(bytes[start]) { start += 1 }
        }
        if bracket > start { parsePiece(start..<bracket) }
        return spanEnd
    }

    /// The `]` closing a note reference `[^label]` opening at `index`: a label of up to 999 bytes
    /// (CommonMark's limit for a link label; generated labels run past 100) with no space or bracket.
    private func noteReferenceEnd(at index: Int, end: Int) -> Int? {
        var cursor = index + 2
        while cursor < end, cursor - index <= LineRules.longestNoteLabel + 2 {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "]") { return cursor > index + 2 ? cursor : nil }
            if Self.isSpace(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "^") || byte < 0x20 { return nil }
            cursor += 1
        }
        return nil
    }

    /// The note label a link's text or a `<sup>`'s text spells once brackets, escapes, carets and
    /// `<sup>` tags go: `12`, `12a`, `*`, `†`; nil for any other text.
    static func noteLabel(_ text: ArraySlice<UInt8>) -> String? {
        var label: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "{") {
                // A tag, or Pandoc's attributes (`[\[1\]]{.MsoFootnoteReference}`).
                let closing = byte == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "}")
                guard let close = text[index...].firstIndex(of: closing), close - index <= 200 else { return nil }
                index = close + 1
                continue
            }
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "^") || isSpace(byte) {
                index += 1
                continue
            }
            guard label.count < 8 else { return nil }
            label.append(byte)
            index += 1
        }
        guard !label.isEmpty else { return nil }
        if label == [UInt8(ascii: "*")] || label == [0xE2, 0x80, 0xA0] { return String(decoding: label, as: UTF8.self) }
        let digits = label.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 5, digits.first != UInt8(ascii: "0"),
              label.count == digits.count || (label.count == digits.count + 1 && Bytes.isLower(label[label.count - 1])) else { return nil }
        return String(decoding: label, as: UTF8.self)
    }

    /// Whether a link's text is only an arrow or caret, as a note's link back to its reference is.
    static func isBacklink(_ text: ArraySlice<UInt8>) -> Bool {
        guard !text.isEmpty, text.count <= 16 else { return false }
        let shown = String(decoding: text, as: UTF8.self).unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\\" }
        guard !shown.isEmpty else { return false }
        return shown.allSatisfy { scalar in
            scalar == "^" || scalar == "\u{21A9}" || scalar == "\u{2191}" || scalar == "\u{2934}" || scalar == "\u{FE0E}" || scalar == "\u{FE0F}"
        }
    }

    /// Whether a link's text is a few words ending with an arrow or caret, as a note's link back to
    /// its marker is on some pages (`Return to citation ^`, `Back to text ↩`).
    static func isReturnLink(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count > 2, text.count <= 48, let last = text.lastIndex(where: { !isSpace($0) && $0 != UInt8(ascii: "\\") }),
              text[text.startIndex..<last].contains(where: Bytes.isLetter) else { return false }
        var start = last
        while start > text.startIndex, text[start] & 0xC0 == 0x80 || text[start] == 0xEF { start -= 1 }
        return isBacklink(text[start...last])
    }

    /// The label a `<sup>` holding an anchor to a note names: the anchor's text, as a note label.
    private static func anchoredLabel(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let anchor = LineRules.anchor(at: bytes), anchor.end == bytes.endIndex, anchor.target.contains(UInt8(ascii: "#")) else { return nil }
        return noteLabel(anchor.text)
    }

    /// The label a `<sup>` holding a link names: the link's text, as a note label.
    private static func linkedLabel(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return noteLabel(bytes[bytes.startIndex..<close])
    }

    /// The text of `bytes` without its backslashes.
    static func removingBackslashes(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            // Foundation matches whole composed characters, so a backslash before a combining mark stays.
            return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\\", with: "")
        }
        return String(decoding: bytes.filter { $0 != UInt8(ascii: "\\") }, as: UTF8.self)
    }

    /// Whether `text` without its backslashes reads the same as `other`.
    static func isUnescaped(_ text: ArraySlice<UInt8>, equalTo other: ArraySlice<UInt8>) -> Bool {
        guard text.allSatisfy({ $0 < 0x80 }), other.allSatisfy({ $0 < 0x80 }) else {
            // Beyond ASCII, strings compare by canonical equivalence.
            return removingBackslashes(text) == String(decoding: other, as: UTF8.self)
        }
        var otherIndex = other.startIndex
        for byte in text where byte != UInt8(ascii: "\\") {
            guard otherIndex < other.endIndex, other[otherIndex] == byte else { return false }
            otherIndex += 1
        }
        return otherIndex == other.endIndex
    }

    static func isEscapable(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    static func matches(_ bytes: [UInt8], at index: Int, _ literal: StaticString, limit: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= limit else { return false }
        return Bytes.withBytes(of: literal) { buffer in
            // Letters match in either case; `| 0x20` alone would also let control bytes pass for `/` or `>`.
            for offset in 0..<count where Bytes.lowercased(bytes[index + offset]) != Bytes.lowercased(buffer[offset]) { return false }
            return true
        }
    }

    /// What is wrong with the text of a `<sup>` as a footnote label, or nil when it is one: a
    /// label is short (`12`, `12a`, `*`), holds no tags and fits on a line.
    static func labelProblem(_ label: ArraySlice<UInt8>) -> String? {
        if label.isEmpty { return "<sup></sup> holds nothing, so it marks no footnote; kept as text (a marker is <sup>12</sup>)" }
        let isLabel = label.count <= 16 && !label.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 < 0x20 }
        if isLabel { return nil }
        var shown = String(decoding: label.prefix(24), as: UTF8.self)
        if label.count > 24 { shown += "…" }
        return "<sup> holds “\(shown)”, which is not a footnote label; kept as text (a marker is <sup>12</sup>)"
    }
}

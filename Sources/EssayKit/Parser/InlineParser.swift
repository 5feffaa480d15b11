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

    init(file: SourceFile) {
        self.file = file
        bytes = file.bytes
    }

    /// The diagnostics gathered so far, which the parser then forgets.
    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }

    /// Parses the pieces, joining them with a single space, and returns the rich text.
    mutating func parse(pieces: [Range<Int>]) -> RichText {
        // The buffers keep their capacity from text to text; the result gets copies sized to fit.
        output.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        markers.removeAll(keepingCapacity: true)
        sourceMap.removeAll(keepingCapacity: true)
        lastSource = -2
        for (index, piece) in pieces.enumerated() {
            if index > 0, !output.isEmpty, output.last != UInt8(ascii: " ") {
                emit(UInt8(ascii: " "), from: piece.lowerBound)
            }
            self.piece = trimmed(piece)
            landmarks = nil
            parsePiece(self.piece)
        }
        landmarks = nil
        while output.last == UInt8(ascii: " ") { output.removeLast() }
        let text = String(decoding: output, as: UTF8.self)
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
        ByteScan.firstIndex(in: bytes, from: start, upTo: end, anyMatch: { word in
            ByteScan.contains(word, UInt8(ascii: "\\")) || ByteScan.contains(word, UInt8(ascii: "*"))
                || ByteScan.contains(word, UInt8(ascii: "<")) || ByteScan.contains(word, UInt8(ascii: "["))
                || ByteScan.containsByte(word, lessThan: 0x0E)
        }, matches: isSpecial)
    }

    /// Whether a byte needs more than copying: escapes, emphasis, tags, links and line breaks.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "["), 0x0A, 0x0D, 0x09: true
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
        pairEmphasis(in: range, into: &pairs)
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
            case UInt8(ascii: "*"):
                while nextOpener < pairs.openers.count, pairs.openers[nextOpener] < index { nextOpener += 1 }
                while nextCloser < pairs.closers.count, pairs.closers[nextCloser] < index { nextCloser += 1 }
                if nextOpener < pairs.openers.count, pairs.openers[nextOpener] == index {
                    pairs.open.append(output.count)
                    index += 1
                } else if nextCloser < pairs.closers.count, pairs.closers[nextCloser] == index, let start = pairs.open.popLast() {
                    spans.append(RichText.Span(range: start..<output.count, style: .emphasis))
                    index += 1
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
            case 0x0A, 0x0D, 0x09:
                if output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
                index += 1
            default:
                let runEnd = Self.nextSpecial(in: bytes, from: index + 1, end: end)
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

    /// Pairs `*` delimiters: an opener is followed by a non-space, a closer preceded by one.
    /// Unpaired stars stay literal. `pairs` is emptied first, keeping its capacity.
    private mutating func pairEmphasis(in range: Range<Int>, into pairs: inout EmphasisPairs) {
        pairs.openers.removeAll(keepingCapacity: true)
        pairs.closers.removeAll(keepingCapacity: true)
        pairs.stack.removeAll(keepingCapacity: true)
        pairs.open.removeAll(keepingCapacity: true)
        let firstStar = ByteScan.firstIndex(in: bytes, from: range.lowerBound, upTo: range.upperBound, anyMatch: { ByteScan.contains($0, UInt8(ascii: "*")) },
                                            matches: { $0 == UInt8(ascii: "*") })
        guard firstStar < range.upperBound else { return }
        var index = range.lowerBound
        while index < range.upperBound {
            // Only escapes, tags and stars matter here.
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: range.upperBound, anyMatch: { word in
                ByteScan.contains(word, UInt8(ascii: "\\")) || ByteScan.contains(word, UInt8(ascii: "<"))
                    || ByteScan.contains(word, UInt8(ascii: "*"))
            }, matches: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") })
            guard index < range.upperBound else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "<"), Self.matches(bytes, at: index, "<sup>", limit: range.upperBound) {
                if let close = firstSupClose(from: index, endingBy: range.upperBound) { index = close + 6; continue }
            }
            if byte == UInt8(ascii: "*") {
                let before: UInt8? = index > range.lowerBound ? bytes[index - 1] : nil
                let after: UInt8? = index + 1 < range.upperBound ? bytes[index + 1] : nil
                let canClose = before.map { !Self.isSpace($0) } ?? false
                let canOpen = after.map { !Self.isSpace($0) && $0 != UInt8(ascii: "*") } ?? false
                if canClose, let opener = pairs.stack.last, opener + 1 < index {
                    pairs.stack.removeLast()
                    pairs.openers.append(opener)
                    pairs.closers.append(index)
                } else if canOpen {
                    pairs.stack.append(index)
                }
            }
            index += 1
        }
        // Closers come in order; openers close innermost first.
        pairs.openers.sort()
    }

    private mutating func parseAngle(at index: Int, end: Int) -> Int {
        if Self.matches(bytes, at: index, "<sup>", limit: end) {
            if let close = firstSupClose(from: index + 5, endingBy: end) {
                let labelBytes = bytes[trimmed(index + 5..<close)]
                guard let problem = Self.labelProblem(labelBytes) else {
                    let label = Self.removingBackslashes(labelBytes)
                    markers.append(RichText.Marker(label: label, offset: output.count, range: file.range(ofBytes: index..<close + 6)))
                    return close + 6
                }
                // Kept whole as text, so that what it holds is neither lost nor read again.
                diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: index..<close + 6), message: problem))
                emitLiteral(index..<close + 6)
                return close + 6
            }
            diagnostics.append(Diagnostic(
                .warning, file: file.path, range: file.range(ofBytes: index..<index + 5),
                message: "<sup> has no closing </sup>; kept as text (close it, as in <sup>12</sup>)"))
            emitLiteral(index..<index + 5)
            return index + 5
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
        emit(bytes[index], from: index)
        return index + 1
    }

    /// Where the link opening at the `[` at `index` has its `]` and its closing `)`, if it is one.
    private mutating func linkEnd(at index: Int, end: Int) -> (bracket: Int, parenthesis: Int)? {
        let landmarks = currentLandmarks()
        guard let bracket = landmarks.closingBracket(of: index), bracket + 1 < end, bytes[bracket + 1] == UInt8(ascii: "("),
              let parenthesis = landmarks.firstParenthesis(from: bracket + 2, before: end) else { return nil }
        return (bracket, parenthesis)
    }

    private mutating func parseLink(at index: Int, end: Int) -> Int {
        // The matching `]` (escapes skipped), then `(url)`.
        guard let (cursor, close) = linkEnd(at: index, end: end) else {
            emit(bytes[index], from: index)
            return index + 1
        }
        let url = String(decoding: bytes[(cursor + 2)..<close], as: UTF8.self)
        let start = output.count
        let textRange = index + 1..<cursor
        if Self.isUnescaped(bytes[textRange], equalTo: bytes[(cursor + 2)..<close]) {
            // A link whose text is its own address (escaped by the converter) reads best as the address.
            emitLiteral(cursor + 2..<close)
        } else {
            parsePiece(textRange, inLink: true)
        }
        spans.append(RichText.Span(range: start..<output.count, style: .link(url: url)))
        return close + 1
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
